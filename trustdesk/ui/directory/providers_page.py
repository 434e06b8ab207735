"""Providers: the directory of care providers to refer to (sociale kaart).

A filterable table (words, kind, language, region) beside the details of the chosen entry; new,
edit, delete; CSV import (preview first) and export; "Import organisation pack…".  The starter
directory of public Belgian help lines is installed the first time the page loads a vault that
never had it (idempotent; the trust person's edits and deletions are kept).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.domain.models import Provider
from trustdesk.ui.directory.csv_import_dialog import (
    CsvImportDialog,
    ask_export_dialect,
    choose_csv_to_open,
)
from trustdesk.ui.directory.pack_import import PackImportDialog, pack_import_dialog
from trustdesk.ui.directory.provider_dialog import ProviderDialog
from trustdesk.ui.directory.providers_model import (
    Column,
    ProviderFilter,
    ProvidersModel,
    kind_text,
    languages_text,
    provider_details_html,
)
from trustdesk.ui.directory.queries import export_bytes, load_directory, read_csv_file
from trustdesk.ui.kit.appearance import clearable, filter_leads_to, named_button, set_texts
from trustdesk.ui.kit.case_labels import care_domain_text, language_text, region_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.kit.tab_order import tab_chain
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QShowEvent

    from trustdesk.vault.events import Change



class ProvidersPage(Page):
    tables = (Table.PROVIDERS,)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("providersPage")
        self.model = ProvidersModel(self)
        self.last_message = ""
        self._generation = 0  # the answer of an older read is dropped

        self.new_button = named_button(self, "providers_new", self.new_provider)
        self.edit_button = named_button(self, "providers_edit", self.edit_current)
        self.delete_button = named_button(self, "providers_delete", self.delete_current)
        # The coordinator's and advanced tools (CSV in and out, organisation packs) sit in one menu
        # button: the page leads with the directory, not with file formats.
        self.tools_button = QPushButton(self)
        self.tools_button.setObjectName("providers_tools")
        self.tools_menu = QMenu(self.tools_button)
        self.tools_menu.setObjectName("providers_tools_menu")
        self.import_action = self.tools_menu.addAction("", self.import_csv)
        self.import_action.setObjectName("providers_import_csv")
        self.export_action = self.tools_menu.addAction("", self.export_csv)
        self.export_action.setObjectName("providers_export_csv")
        self.tools_menu.addSeparator()
        self.pack_action = self.tools_menu.addAction("", self.import_pack)
        self.pack_action.setObjectName("providers_import_pack")
        self.tools_button.setMenu(self.tools_menu)
        self.text_filter = guard_text(QLineEdit(self))
        self.text_filter.setObjectName("providers_filter_text")
        clearable(self.text_filter)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("providers_filter_kind")
        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("providers_filter_language")
        self.region_filter = QComboBox(self)
        self.region_filter.setObjectName("providers_filter_region")
        self.domain_filter = QComboBox(self)
        self.domain_filter.setObjectName("providers_filter_domain")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("providers_count")

        self.table = QTableView(self)
        filter_leads_to(self.text_filter, self.table)  # Down/Return in the filter go to the results
        self.table.setObjectName("providers_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that measured the column over a thousand rows (each a Python data()
        # call) on every relayout — a language switch froze the window (make bench, stall monitor).
        # The codes are short and known: the column is sized for all of them (_size_label_columns).
        header.setHighlightSections(False)
        header.resizeSection(Column.KIND, 150)
        header.resizeSection(Column.ORGANISATION, 150)
        header.resizeSection(Column.REGION, 130)
        header.hideSection(Column.SOURCE)  # shown in the details
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = guard_text(QTextBrowser(self))
        self.details.setObjectName("providers_details")
        self.details.setOpenLinks(False)
        self.details.setMinimumWidth(300)
        # lines break at spaces only: a narrow pane widens the label column (or scrolls) rather than
        # cut a label in two ("Kennisdomei nen"); e-mail and web addresses never break at all
        self.details.setWordWrapMode(QTextOption.WrapMode.WordWrap)

        top = self.heading_row(self.new_button, self.tools_button)
        filters = QHBoxLayout()
        filters.addWidget(self.text_filter, 3)
        filters.addWidget(self.kind_filter, 2)
        filters.addWidget(self.language_filter, 1)
        filters.addWidget(self.region_filter, 1)
        filters.addWidget(self.domain_filter, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("providers_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = self.own_layout()  # the base page's empty state is not ours
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)
        tab_chain(self.new_button, self.tools_button, self.text_filter, self.kind_filter,  # reading order
                  self.language_filter, self.region_filter, self.domain_filter, self.table, self.details,
                  self.edit_button, self.delete_button)

        self.text_filter.textChanged.connect(lambda _text: self._apply_filter())
        for combo in (self.kind_filter, self.language_filter, self.region_filter, self.domain_filter):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.text_filter.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self._fill_filters()
        self.retranslate()
        self._update_buttons()

    # -- contract ---------------------------------------------------------------------------------

    def refresh(self, *, background: bool = False) -> None:
        """Read the directory: now (an explicit refresh, a dialog closed), or in a worker
        (``background``: the page shown, a change told by the vault), which also sorts and folds
        it; ``loaded`` says when it is on screen."""
        if not self.session.is_unlocked:
            self.clear()
            return
        self._generation += 1
        generation = self._generation
        op = VaultOp(self, lambda v: ProvidersModel.prepare(load_directory(v))).success(
            lambda prepared: self._loaded(prepared, generation))
        if background:
            op.run_in_background()
        else:
            op.run()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.retranslate_if_stale()
        QWidget.showEvent(self, event)  # not Page's: it would read the directory on the UI thread
        self.refresh(background=True)

    def _on_change(self, change: Change) -> None:
        if self.isVisible() and change.concerns(None, *self.tables):
            self.refresh(background=True)

    def clear(self) -> None:
        self.close_dialog()
        self.model.clear()
        self.details.clear()
        self.count = None
        self._update_count()
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------------

    def current_provider(self) -> Provider | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (index.row() if index.isValid() else -1)
        return self.model.provider_at(row)

    def select_provider(self, provider_id: int | None) -> None:
        row = self.model.row_of(provider_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def new_provider(self) -> ProviderDialog:
        return self.open_dialog(ProviderDialog(self.session, parent=self), self._closed)

    def edit_current(self) -> ProviderDialog | None:
        provider = self.current_provider()
        if provider is None:
            return None
        return self.open_dialog(ProviderDialog(self.session, provider, parent=self), self._closed)

    def delete_current(self, *, confirm: bool = True) -> bool:
        provider = self.current_provider()
        if provider is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete provider"),
                self.tr("Delete \u201c%1\u201d from your directory? Referrals that name it keep the name.")
                .replace("%1", provider.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from trustdesk.packs.installation import forget_item

        VaultOp(self, lambda v: forget_item(v, provider)).success(lambda _r: self.refresh()).failure(
            self._failed).run()
        return True

    def import_csv(self, path: Path | None = None) -> CsvImportDialog | None:
        path = path or choose_csv_to_open(self)
        if path is None:
            return None
        try:
            data = read_csv_file(path)
        except OSError:
            self._say(self.tr("That file cannot be read. Nothing was changed."))
            return None
        return self.open_dialog(CsvImportDialog(self.session, data, self), self._closed)

    def export_csv(self, dialect: str | None = None) -> int | None:
        """The directory as CSV through the one export path (``save_document``): the passphrase is
        asked, Qt's own dialog leaves no history, the file is written atomically and the export is
        audited.  Returns how many providers were saved, None when cancelled or refused."""
        from trustdesk.ui.output.document_output import save_document, suggested_file_name

        dialect = dialect or ask_export_dialect(self)
        if dialect is None or not self.session.is_unlocked:
            return None
        made: list[tuple[bytes, int]] = []

        def failed(_exc: BaseException, sentence: str) -> None:
            self._say(sentence)

        VaultOp(self, lambda v: export_bytes(v, dialect)).success(made.append).failure(failed).run_waiting()
        if not made:
            return None
        data, count = made[0]
        saved = save_document(self, self.session, data, suggested_file_name("providers", extension="csv"),
                              self.tr("The provider directory (CSV, with the providers' notes)"),
                              kind="providers_csv", detail=f"{count} providers")
        if saved is None:
            return None
        self._say(self.tr("%n provider(s) exported.", "", count))
        return count

    def import_pack(self, path: Path | None = None) -> PackImportDialog | None:
        dialog = pack_import_dialog(self.session, self, path)
        return None if dialog is None else self.open_dialog(dialog, self._closed)

    # -- internals --------------------------------------------------------------------------------

    def _closed(self, dialog: QDialog) -> None:
        self.refresh()
        if isinstance(dialog, ProviderDialog) and dialog.saved is not None:
            self.select_provider(dialog.saved.id)

    def _loaded(self, prepared: tuple[list[Provider], list[str]], generation: int) -> None:
        if generation != self._generation or not self.session.is_unlocked:
            return  # a newer read was asked for, or the vault locked meanwhile
        keep = self.current_provider()
        self.model.set_prepared(prepared)
        self.count = len(prepared[0])
        self._fill_regions()
        if keep is not None:
            self.select_provider(keep.id)
        self._show_details()
        self._update_count()
        self._update_buttons()
        self.loaded.emit()

    def _fill_filters(self) -> None:
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in ProviderKind:
            self.kind_filter.addItem(kind_text(kind), kind.value)
        self.kind_filter.blockSignals(False)
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("All languages"), "")
        for lang in Language:
            self.language_filter.addItem(language_text(lang), lang.value)
        self.language_filter.blockSignals(False)
        self.domain_filter.blockSignals(True)
        self.domain_filter.clear()
        self.domain_filter.addItem(self.tr("All knowledge domains"), "")
        for domain in CareDomain:
            self.domain_filter.addItem(care_domain_text(domain), domain.value)
        self.domain_filter.blockSignals(False)
        self._fill_regions()

    def _fill_regions(self) -> None:
        chosen = self.region_filter.currentData()
        self.region_filter.blockSignals(True)
        self.region_filter.clear()
        self.region_filter.addItem(self.tr("All regions"), "")
        for region in self.model.regions():
            self.region_filter.addItem(region_text(region), region)
        self.region_filter.setCurrentIndex(max(0, self.region_filter.findData(chosen)))
        self.region_filter.blockSignals(False)

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        language = self.language_filter.currentData()
        domain = self.domain_filter.currentData()
        self.model.set_filter(ProviderFilter(
            text=self.text_filter.text(), kind=ProviderKind(kind) if kind else None,
            language=Language(language) if language else None, region=str(self.region_filter.currentData() or ""),
            domain=CareDomain(domain) if domain else None))
        self._show_details()
        self._update_count()
        self._update_buttons()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details()
        self._update_buttons()

    def _show_details(self) -> None:
        provider = self.current_provider()
        if provider is None:
            hint = self.tr("Choose a provider to see the details.")  # outside the f-string: lupdate reads it
            self.details.setHtml(f"<p>{html.escape(hint)}</p>" if self.model.total else "")
        else:
            self.details.setHtml(provider_details_html(provider))

    def _update_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if self.count is None:
            self.count_label.clear()
        elif total == 0:
            self.count_label.setText(self.empty_text())
        elif shown == total:
            self.count_label.setText(self.count_text(total))
        else:
            self.count_label.setText(self.tr("%1 of %n provider(s) shown.", "", total).replace("%1", str(shown)))

    def _update_buttons(self) -> None:
        self._size_organisation_column()
        chosen = self.current_provider() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.export_action.setEnabled(self.model.total > 0)

    def _failed(self, _exc: BaseException, sentence: str) -> None:
        self._say(sentence)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.count_label.setText(text)

    # -- texts ------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Providers")

    def empty_text(self) -> str:
        return self.tr("Your provider directory is empty.")

    def count_text(self, count: int) -> str:
        return self.tr("%n provider(s) in your directory.", "", count)

    def retranslate(self) -> None:
        super().retranslate()
        set_texts((
            (self.new_button, self.tr("&New provider…"), self.tr("New provider")),
            (self.edit_button, self.tr("&Edit…"), self.tr("Edit the chosen provider")),
            (self.delete_button, self.tr("&Delete"), self.tr("Delete the chosen provider")),
            (self.tools_button, self.tr("&Import and export"), self.tr("Import and export: CSV files, organisation "
                                                                        "packs")),
        ))
        self.import_action.setText(self.tr("&Import CSV…"))
        self.export_action.setText(self.tr("E&xport CSV…"))
        self.pack_action.setText(self.tr("Import organisation &pack…"))
        self.text_filter.setPlaceholderText(self.tr("Search name, organisation, address, notes…"))
        self.text_filter.setAccessibleName(self.tr("Search the directory"))
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.language_filter.setAccessibleName(self.tr("Filter by language"))
        self.region_filter.setAccessibleName(self.tr("Filter by region"))
        self.domain_filter.setAccessibleName(self.tr("Filter by knowledge domain"))
        self.table.setAccessibleName(self.tr("Providers"))
        self.details.setAccessibleName(self.tr("Details of the chosen provider"))
        if hasattr(self, "model"):
            self.model.retranslate()
            self._size_label_columns()
            self._fill_filters_keeping()
            self._show_details()
            self._update_count()

    def _size_organisation_column(self) -> None:
        """As wide as the organisations shown (an empty column no longer squeezes the names: "Arts in
        No…"), never narrower than its title nor wider than 180 px."""
        metrics = self.table.fontMetrics()
        title = str(self.model.headerData(Column.ORGANISATION, Qt.Orientation.Horizontal) or "")
        widest = max((metrics.horizontalAdvance(p.organisation) for p in self.model.providers[:500]), default=0)
        floor = self.table.horizontalHeader().fontMetrics().horizontalAdvance(title) + 24
        self.table.horizontalHeader().resizeSection(Column.ORGANISATION, max(floor, min(widest + 16, 180)))

    def _size_label_columns(self) -> None:
        """The region column is wide enough for its longest label in this language (French
        "National / plusieurs régions" was cut off at a fixed 130 px), within reason: the name keeps the room."""
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(region_text(p.value)) for p in Province) + 16
        header = self.table.horizontalHeader()
        header.resizeSection(Column.REGION, max(130, min(widest, 30 * metrics.averageCharWidth())))
        title = str(self.model.headerData(Column.LANGUAGES, Qt.Orientation.Horizontal) or "")
        header.resizeSection(Column.LANGUAGES, max(metrics.horizontalAdvance(languages_text(Language)),
                                                   header.fontMetrics().horizontalAdvance(title)) + 24)

    def _fill_filters_keeping(self) -> None:
        kind, language = self.kind_filter.currentData(), self.language_filter.currentData()
        domain = self.domain_filter.currentData()
        self._fill_filters()
        self.domain_filter.setCurrentIndex(max(0, self.domain_filter.findData(domain)))
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))
        self.language_filter.setCurrentIndex(max(0, self.language_filter.findData(language)))

