"""Cases: the list (sortable, filterable, lazily fetched) and, in its place, one open case.

Double-click or Enter on a row opens the case; "← Cases" (Alt+Left) goes back.  Closed cases are
hidden unless the status filter asks for them: "Every status, closed included" or "Closed".  One
control says which statuses are shown (outside tester: a "Show closed cases" tick box beside it made
the box's "Every status except closed" untrue while it was ticked).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import CaseStatus, KnowledgeDomain, RiskLevel
from trustdesk.domain.rules import AttentionReason
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.case.cases_model import CaseFilter, CasesModel, Column
from trustdesk.ui.case.new_case_dialog import NewCaseDialog
from trustdesk.ui.kit.alias import CaseLabelDelegate, label_column_width
from trustdesk.ui.kit.appearance import clearable, filter_leads_to
from trustdesk.ui.kit.case_labels import date_text, domain_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.risk_badge import (
    attention_short_text,
    risk_icon,
    risk_text,
    status_icon,
    status_text,
)
from trustdesk.ui.kit.session import VaultSession

_HIGH_OR_ACUTE = "high_or_acute"
_ALL_STATUSES = "all_statuses"  # the status filter's "closed included"


def _empty_layout(layout: QLayout, keep: QWidget) -> None:
    """Take every item but ``keep`` out of the base page's layout (its empty state is not ours)."""
    for i in reversed(range(layout.count())):
        item = layout.itemAt(i)
        if item is not None and item.widget() is not keep:
            layout.takeAt(i)
            widget = item.widget()
            if widget is not None:
                widget.hide()


class CasesPage(Page):
    tables = ()  # the model listens to the vault itself (debounced)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("casesPage")
        self.new_case_dialog: NewCaseDialog | None = None
        self.model = CasesModel(session, self)

        # -- the list panel --------------------------------------------------------------------
        self.list_panel = QWidget(self)
        self.list_panel.setObjectName("cases_list_panel")
        self.new_button = QPushButton(self.list_panel)
        self.new_button.setObjectName("cases_new")
        self.new_button.clicked.connect(self.new_case)
        self.filter_label = QLabel(self.list_panel)  # its mnemonic (Alt+I) reaches the quick filter
        self.text_filter = guard_text(QLineEdit(self.list_panel))
        self.text_filter.setObjectName("cases_filter_text")
        clearable(self.text_filter)
        self.filter_label.setBuddy(self.text_filter)
        self.status_filter = QComboBox(self.list_panel)
        self.status_filter.setObjectName("cases_filter_status")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.domain_filter = QComboBox(self.list_panel)
        self.domain_filter.setObjectName("cases_filter_domain")
        self.risk_filter = QComboBox(self.list_panel)
        self.risk_filter.setObjectName("cases_filter_risk")
        self.attention_filter = QCheckBox(self.list_panel)
        self.attention_filter.setObjectName("cases_filter_attention")
        self.clear_filters_button = QPushButton(self.list_panel)
        self.clear_filters_button.setObjectName("cases_filter_clear")
        self.clear_filters_button.clicked.connect(self.clear_filters)

        self.table = QTableView(self.list_panel)
        filter_leads_to(self.text_filter, self.table)  # Down/Return in the filter go to the results
        self.table.setObjectName("cases_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: everything stays reachable
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DOMAINS, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(Column.OPENED, Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._activated)
        self.table.setItemDelegateForColumn(Column.CODE, CaseLabelDelegate(self.table))  # the alias is cut, not the code

        self.empty = QLabel(self.list_panel)
        self.empty.setObjectName("cases_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget(self.list_panel)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.count_label = QLabel(self.list_panel)
        self.count_label.setObjectName("cases_count")

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.text_filter, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.domain_filter, 1)
        filters.addWidget(self.risk_filter, 1)
        toggles = QHBoxLayout()
        toggles.addWidget(self.attention_filter)
        toggles.addStretch(1)
        toggles.addWidget(self.count_label)
        toggles.addSpacing(16)
        toggles.addWidget(self.clear_filters_button)
        panel_layout = QVBoxLayout(self.list_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addLayout(top)
        panel_layout.addLayout(filters)
        panel_layout.addLayout(toggles)
        panel_layout.addWidget(self.list_stack, 1)

        # -- one case ----------------------------------------------------------------------------
        self.case_view = CaseView(session, self)
        self.case_view.back_requested.connect(self.show_list)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("cases_stack")
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.case_view)

        layout = self.layout()
        assert layout is not None
        _empty_layout(layout, keep=self.heading)
        layout.removeWidget(self.heading)
        self.heading.show()
        layout.addWidget(self.stack)

        self._selected_case: int | None = None  # kept across reloads, filters and sorting
        self._label_width = 0  # the code column's width as last sized from its labels
        session.locked.connect(self.clear)  # the main window calls clear() too; twice is harmless
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._model_reset)
        self.model.loaded.connect(self._update_counts)
        self.model.loaded.connect(self._size_label_column)
        self.model.loaded.connect(self.loaded.emit)
        self.case_view.loaded.connect(self.loaded.emit)
        self.retranslate()
        self.text_filter.textChanged.connect(self._filter_changed)
        for combo in (self.status_filter, self.domain_filter, self.risk_filter):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.attention_filter.toggled.connect(self._filter_changed)
        self.setTabOrder(self.new_button, self.text_filter)
        self.setTabOrder(self.text_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.domain_filter)
        self.setTabOrder(self.domain_filter, self.risk_filter)
        self.setTabOrder(self.risk_filter, self.attention_filter)
        self.setTabOrder(self.attention_filter, self.clear_filters_button)
        self.setTabOrder(self.clear_filters_button, self.table)

    # -- page contract ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        if self.stack.currentWidget() is self.case_view:
            self.case_view.reload()
        else:
            self.model.reload_soon()  # not read when a case opens at once (the main window's open_case)

    def clear(self) -> None:
        if self.new_case_dialog is not None:
            self.new_case_dialog.reject()
        self.case_view.clear()
        self.model.clear()
        self.stack.setCurrentWidget(self.list_panel)
        self.text_filter.clear()
        self._selected_case = None
        self.count = None
        self._update_counts()

    # -- opening cases ----------------------------------------------------------------------------

    def open_case(self, case_id: int, contact_id: int | None = None) -> bool:
        if not self.case_view.show_case(case_id, contact_id):
            return False
        self.model.set_active(False)
        self.stack.setCurrentWidget(self.case_view)
        self.case_view.tabs.setFocus()
        return True

    def show_list(self) -> None:
        opened = self.case_view.case_id
        self.case_view.leave()
        self.stack.setCurrentWidget(self.list_panel)
        if opened is not None:
            self._selected_case = opened
            self.select_case(opened)
        self.model.set_active(True)
        self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.case_id_at(current.row()) if current.isValid() else None
        if case_id is not None:
            self._selected_case = case_id

    def _model_reset(self) -> None:
        self._choose_row()
        self._update_counts()

    def _choose_row(self) -> None:
        """A current, chosen row whenever there are rows (a reset clears it): the case last opened or
        chosen, else the first, so Enter always has a case to open and the keyboard user sees where
        they are after coming back to the list."""
        if self._selected_case is not None and self.select_case(self._selected_case):
            return
        if self.model.rowCount() > 0:
            self._select_row(0)

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, Column.CODE)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def primary_widget(self) -> QWidget | None:
        """The open case's tabs, else the list (when it has rows), else the quick filter."""
        if self.stack.currentWidget() is self.case_view:
            return self.case_view.tabs.tabBar()
        return self.table if self.table.isVisible() else self.text_filter

    def new_case(self) -> NewCaseDialog | None:
        """Open the new-case dialog (Ctrl+N); the created case opens when it is stored."""
        if not self.session.is_unlocked:
            return None
        if self.new_case_dialog is not None:
            self.new_case_dialog.raise_()
            return self.new_case_dialog
        dialog = NewCaseDialog(self.session, self)
        self.new_case_dialog = dialog
        dialog.finished.connect(self._new_case_finished)
        dialog.open()
        return dialog

    def _new_case_finished(self, _result: int) -> None:
        dialog, self.new_case_dialog = self.new_case_dialog, None
        if dialog is None:
            return
        created = dialog.created
        dialog.deleteLater()
        if created is not None and created.id is not None and self.session.is_unlocked:
            self.model.reload()
            if self.open_case(created.id) and self.case_view.contacts is not None:
                # a new case has no notes yet: the first one is what comes next, typed at once
                self.case_view.contacts.editor.notes_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id_at(index.row())
        if case_id is not None:
            self.open_case(case_id)

    # -- filters ----------------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        status = self.status_filter.currentData()
        domain = self.domain_filter.currentData()
        risk = self.risk_filter.currentData()
        risks: frozenset[RiskLevel] | None
        if risk == _HIGH_OR_ACUTE:
            risks = frozenset({RiskLevel.HIGH, RiskLevel.ACUTE})
        elif risk:
            risks = frozenset({RiskLevel(risk)})
        else:
            risks = None
        one_status = status is not None and status != _ALL_STATUSES
        return CaseFilter(text=self.text_filter.text(), status=CaseStatus(status) if one_status else None,
                          domain=KnowledgeDomain(domain) if domain else None, risks=risks,
                          attention_only=self.attention_filter.isChecked(),
                          show_closed=status == _ALL_STATUSES)

    def _filter_changed(self) -> None:
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.text_filter, self.status_filter, self.domain_filter, self.risk_filter,
                       self.attention_filter):
            widget.blockSignals(True)
        self.text_filter.clear()
        for combo in (self.status_filter, self.domain_filter, self.risk_filter):
            combo.setCurrentIndex(0)
        self.attention_filter.setChecked(False)
        for widget in (self.text_filter, self.status_filter, self.domain_filter, self.risk_filter,
                       self.attention_filter):
            widget.blockSignals(False)
        self._filter_changed()

    def _update_counts(self) -> None:
        total, matching = self.model.total_count(), self.model.matching_count()
        self.count = total if self.session.is_unlocked else None
        filtered = self.model.filter != CaseFilter()
        if total == 0:
            self.count_label.clear()
            self.empty.setText(self.tr("No cases yet.") + "\n" + self.tr(
                "Each doctor you accompany gets a case with a pseudonymous code. Press Ctrl+N to open the "
                "first one.") if self.count is not None else "")
        elif matching == 0:
            self.empty.setText(self.tr("No case matches these filters.") + "\n" + (
                self.tr("Closed cases are hidden; choose “{all}” under Status to include them.").format(
                    all=self.status_filter.itemText(self.status_filter.findData(_ALL_STATUSES)))
                if self.status_filter.currentData() is None else ""))
        if total:
            self.count_label.setText(self.tr("Showing %1 of %2").replace("%1", str(matching)).replace(
                "%2", str(total)) if matching != total else self.tr("Total: %1").replace("%1", str(total)))
        self.list_stack.setCurrentWidget(self.table if matching else self.empty)
        self.clear_filters_button.setEnabled(filtered)

    # -- texts --------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Cases")

    def empty_text(self) -> str:
        return self.tr("No cases yet.")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        if not hasattr(self, "table"):  # the base class calls this before the widgets exist
            return
        self.new_button.setText(self.tr("&New case…"))
        self.new_button.setAccessibleName(self.tr("New case"))
        self.new_button.setToolTip(self.tr("Open a new case (Ctrl+N)"))
        self.filter_label.setText(self.tr("F&ilter"))
        self.text_filter.setPlaceholderText(self.tr("Code, domain, specialty, region…"))
        self.text_filter.setAccessibleName(self.tr("Quick filter"))
        self._fill(self.status_filter, self.tr("Status"),
                   [(None, self.tr("Every status except closed"), None),
                    (_ALL_STATUSES, self.tr("Every status, closed included"), None)]
                   + [(s.value, status_text(s), status_icon(s)) for s in CaseStatus])
        self._fill(self.domain_filter, self.tr("Knowledge domain"),
                   [(None, self.tr("All domains"), None)] + [(d.value, domain_text(d), None) for d in KnowledgeDomain])
        self._fill(self.risk_filter, self.tr("Current risk"),
                   [(None, self.tr("Any risk"), None),
                    (_HIGH_OR_ACUTE, self.tr("High or acute"), risk_icon(RiskLevel.HIGH))]
                   + [(r.value, risk_text(r), risk_icon(r)) for r in RiskLevel])
        self.attention_filter.setText(self.tr("Needs attention only"))
        self.attention_filter.setAccessibleName(self.tr("Show only cases that need attention"))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, Column.COUNT - 1)
        self._size_columns()
        self._update_counts()

    def _size_columns(self) -> None:
        """Widths from the longest text each column can show (not from the rows: 5,000 stay cheap), the
        code column from its labels (``_size_label_column``).  Domains take what is left and elide when the window is narrow (the tooltip has them all)."""
        metrics = self.table.fontMetrics()
        sample = date_text(date(2026, 12, 28))
        longest = {  # column: (texts, has an icon)
            Column.STATUS: ([status_text(s) for s in CaseStatus], True),
            Column.RISK: ([risk_text(r) for r in RiskLevel], True),
            Column.LAST_CONTACT: ([sample, QCoreApplication.translate("CasesModel", "None yet")], False),
            Column.OPENED: ([sample], False),
            Column.ATTENTION: ([attention_short_text(a, date(2026, 12, 28)) for a in AttentionReason], True),
        }
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        header = self.table.horizontalHeader()
        for column, (texts, with_icon) in longest.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(t) for t in texts) + (icon + 8 if with_icon else 0) + 16
            header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(title) + 24))
        self._label_width = 0
        self._size_label_column()

    def _size_label_column(self) -> None:
        """The code column from what it shows ("code · alias"): its widest label up to a cap, the code
        always whole; set again only when that width changes (a width the user dragged stays)."""
        header = self.table.horizontalHeader()
        title = str(self.model.headerData(Column.CODE, Qt.Orientation.Horizontal) or "")
        width = label_column_width(self.table, self.model.code_labels(), title)
        if width != self._label_width:
            self._label_width = width
            header.resizeSection(Column.CODE, width)

    @staticmethod
    def _fill(combo: QComboBox, accessible: str, items: list[tuple[str | None, str, QIcon | None]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text, icon in items:
            if icon is not None:
                combo.addItem(icon, text, data)
            else:
                combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)
        combo.setAccessibleName(accessible)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.session.is_unlocked:
            self.model.reload()  # the quick filter looks in translated words
        super().changeEvent(event)
