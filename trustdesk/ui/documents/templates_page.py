"""Templates: the letter templates (referral letters, notes of agreements), per language.

A list (name, use, language, source) beside a live preview of the chosen template, filled in with a
case of your choice (by code) or a made-up sample case; new, edit, duplicate, delete.  The shipped
default templates are added the first time the page loads; one you delete stays deleted.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import Language
from trustdesk.domain.models import Template
from trustdesk.ui.documents.queries import load_page, load_template_list, preview_context
from trustdesk.ui.documents.template_editor import (
    LETTER_LANGUAGES,
    TemplateEditor,
    template_kind_text,
    template_problem_text,
    template_source_text,
)
from trustdesk.ui.kit.appearance import named_button, set_texts
from trustdesk.ui.kit.case_labels import language_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.kit.tab_order import tab_chain
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault import Vault

TEMPLATE_ID_ROLE = Qt.ItemDataRole.UserRole


def _order(template: Template) -> tuple[int, str, str]:
    """Dutch, French, English; then by use and name."""
    rank = LETTER_LANGUAGES.index(template.language) if template.language in LETTER_LANGUAGES else 9
    return rank, template.kind.value, template.name.casefold()


class TemplatesPage(Page):
    tables = (Table.TEMPLATES,)
    previewed = Signal()  # the chosen template's letter (or its problem) is on screen
    _previews = 0  # previews asked for: only the last one's letter is shown

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("templatesPage")
        self.templates: list[Template] = []
        self.last_message = ""

        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("templates_filter_language")
        self.preview_case = QComboBox(self)
        self.preview_case.setObjectName("templates_preview_case")
        self.preview_case_label = QLabel(self)
        self.preview_case_label.setBuddy(self.preview_case)
        self.list = QTreeWidget(self)
        self.list.setObjectName("templates_list")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        for column in (1, 2):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.info = QLabel(self)
        self.info.setObjectName("templates_info")
        self.info.setWordWrap(True)
        self.preview = guard_text(QPlainTextEdit(self), document=True)
        self.preview.setObjectName("templates_preview")
        self.preview.setReadOnly(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("templates_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.message = QLabel(self)
        self.message.setObjectName("templates_message")
        self.message.setWordWrap(True)

        self.new_button = named_button(self, "templates_new", self.new_template)
        self.edit_button = named_button(self, "templates_edit", self.edit_current)
        self.duplicate_button = named_button(self, "templates_duplicate", self.duplicate_current)
        self.delete_button = named_button(self, "templates_delete", self.delete_current)
        self.default_button = named_button(self, "templates_make_default", self.make_current_default)
        self.preferred: dict[str, int] = {}
        self._reading = False
        self._read_again = False

        top = self.heading_row(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.language_filter)
        filters.addStretch(1)
        filters.addWidget(self.preview_case_label)
        filters.addWidget(self.preview_case)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = self.own_layout()  # the base page's empty state is not ours
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        tab_chain(self.new_button, self.language_filter, self.preview_case, self.list, self.preview,  # reading order
                  self.edit_button, self.duplicate_button, self.delete_button, self.default_button)

        self.language_filter.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.preview_case.currentIndexChanged.connect(lambda _i: self._show_preview())
        self.list.currentItemChanged.connect(lambda _new, _old: self._selection_changed())
        self.list.itemActivated.connect(lambda _item, _col: self.edit_current())
        self.retranslate()

    # -- contract ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        # In a worker (the open cases for the preview are thousands in a big vault); one read at a
        # time, a change told meanwhile reads once more.  ``loaded`` says when it is on screen.
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        VaultOp(self, load_page).success(self._loaded).finished(self._read_done).run_in_background()

    def _read_done(self) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _reload_templates(self) -> None:
        """After an edit made on this page: the templates again, now (the cases need no new read)."""
        VaultOp(self, load_template_list).success(self._templates_loaded).run()

    def _templates_loaded(self, data: tuple[list[Template], dict[str, int]]) -> None:
        self.templates, self.preferred = data
        self.count = len(self.templates)
        self._fill_list()

    def clear(self) -> None:
        self.close_dialog()
        self._previews += 1  # a preview under way is not shown
        self.templates = []
        self.count = None
        with QSignalBlocker(self.list):
            self.list.clear()
        with QSignalBlocker(self.preview_case):
            self.preview_case.clear()
        self.preview.clear()
        self.info.clear()
        self.problem.hide()
        self.message.clear()
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------------

    def current_template(self) -> Template | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((t for t in self.templates if t.id == item.data(0, TEMPLATE_ID_ROLE)), None)

    def select_template(self, template_id: int | None) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, TEMPLATE_ID_ROLE) == template_id:
                self.list.setCurrentItem(item)
                return

    def preview_case_id(self) -> int | None:
        value = self.preview_case.currentData()
        return int(value) if value else None

    def new_template(self) -> TemplateEditor:
        editor = TemplateEditor(self.session, None, case_id=self.preview_case_id(), parent=self)
        language = self.language_filter.currentData() or Language.NL.value
        editor.language.setCurrentIndex(max(0, editor.language.findData(language)))
        current = self.current_template()
        if current is not None:
            editor.kind.setCurrentIndex(max(0, editor.kind.findData(current.kind.value)))
        return self.open_dialog(editor, self._closed)

    def edit_current(self) -> TemplateEditor | None:
        template = self.current_template()
        if template is None:
            return None
        return self.open_dialog(TemplateEditor(self.session, template, case_id=self.preview_case_id(), parent=self),
                                self._closed)

    def duplicate_current(self) -> Template | None:
        template = self.current_template()
        if template is None:
            return None
        copy = replace(template, id=None, name=self.tr("%1 (copy)").replace("%1", template.name), source="own",
                       source_key="", edited=False)
        stored: list[Template] = []
        VaultOp(self, lambda v: v.templates.add(copy)).success(stored.append).failure(self._failed).run()
        self._reload_templates()
        if stored:
            self.select_template(stored[0].id)
            return stored[0]
        return None

    def delete_current(self, *, confirm: bool = True) -> bool:
        template = self.current_template()
        if template is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete template"),
                self.tr("Delete the template \u201c%1\u201d? Letters already kept on referrals do not change.")
                .replace("%1", template.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from trustdesk.packs.installation import forget_item

        VaultOp(self, lambda v: forget_item(v, template)).failure(self._failed).run()
        self._reload_templates()
        return True

    # -- internals --------------------------------------------------------------------------------

    def _closed(self, editor: TemplateEditor) -> None:
        self._reload_templates()
        if editor.saved is not None:
            self.select_template(editor.saved.id)

    def make_current_default(self) -> None:
        """The chosen template becomes the one letters of its language and kind start from."""
        template = self.current_template()
        if template is None:
            return
        from trustdesk.documents.library import preferred_templates, set_preferred_template

        def store(vault: Vault) -> dict[str, int]:
            set_preferred_template(vault, template)
            return preferred_templates(vault)

        VaultOp(self, store, session=self.session).success(self._preferred_loaded).failure(self._failed).run()

    def _preferred_loaded(self, preferred: dict[str, int]) -> None:
        self.preferred = preferred
        self._fill_list()

    def _loaded(self, data: tuple[list[Template], list[tuple[int, str]], dict[str, int]]) -> None:
        if not self.session.is_unlocked:
            return  # the answer came after the lock
        self.templates, cases, self.preferred = data
        self.count = len(self.templates)
        chosen = self.preview_case.currentData()
        with QSignalBlocker(self.preview_case):
            self.preview_case.clear()
            self.preview_case.addItem(self.tr("A made-up sample case"), 0)
            for case_id, code in cases:
                self.preview_case.addItem(code, case_id)
            self.preview_case.setCurrentIndex(max(0, self.preview_case.findData(chosen)))
        self._fill_list()
        self.loaded.emit()

    def _fill_list(self) -> None:
        keep = self.current_template()
        language = self.language_filter.currentData()
        with QSignalBlocker(self.list):
            self.list.clear()
            for template in sorted(self.templates, key=_order):
                if language and template.language.value != language:
                    continue
                name = template.name
                if self._is_default(template):
                    name = self.tr("%1 (default)").replace("%1", name)
                item = QTreeWidgetItem([name, language_text(template.language), template_source_text(template)])
                item.setData(0, TEMPLATE_ID_ROLE, template.id)
                item.setToolTip(0, template_kind_text(template.kind))
                self.list.addTopLevelItem(item)
        if keep is not None:
            self.select_template(keep.id)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._selection_changed()
        shown = self.list.topLevelItemCount()
        self.message.setText(self.count_text(len(self.templates)) if shown == len(self.templates)
                             else self.tr("%1 of %n template(s) shown.", "", len(self.templates)).replace("%1", str(shown)))

    def _selection_changed(self) -> None:
        self._show_preview()
        self._update_buttons()

    def _show_preview(self) -> None:
        template = self.current_template()
        if template is None or not self.session.is_unlocked:
            self._previews += 1  # one under way is not shown
            self.preview.clear()
            self.info.clear()
            self.problem.hide()
            return
        self.info.setText(self.tr("Used for: %1 \u00b7 %2 \u00b7 %3").replace("%1", template_kind_text(template.kind))
                          .replace("%2", language_text(template.language)).replace("%3", template_source_text(template)))
        from trustdesk.documents.templates import preview

        # The letter is made in a worker (its context read, the template checked and rendered: tens of
        # milliseconds) and shown when it comes, unless another was asked for meanwhile (make bench, stalls).
        case_id, body, language = self.preview_case_id(), template.body, template.language
        self._previews += 1
        asked = self._previews
        VaultOp(self, lambda v: preview(body, preview_context(v, case_id, language))).success(
            lambda result: self._previewed(asked, result)).run_in_background()

    def _previewed(self, asked: int, result: Any) -> None:
        if asked != self._previews or not self.session.is_unlocked:
            return  # another template (or case) was chosen meanwhile, or the vault was locked
        if result.problems:
            self.preview.clear()
            self.problem.setText("\u26a0 " + self.tr("This template cannot be used:") + " "
                                 + " ".join(template_problem_text(p) for p in result.problems))
            self.problem.show()
        else:
            self.problem.hide()
            self.preview.setPlainText(result.text)
        self.previewed.emit()

    def _is_default(self, template: Template) -> bool:
        from trustdesk.documents.library import is_preferred

        return is_preferred(template, self.preferred)

    def _update_buttons(self) -> None:
        current = self.current_template()
        chosen = current is not None
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)
        self.default_button.setEnabled(current is not None and not self._is_default(current))

    def _failed(self, _exc: BaseException, sentence: str) -> None:
        self.last_message = sentence
        self.message.setText(sentence)

    # -- texts ------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Templates")

    def empty_text(self) -> str:
        return self.tr("No templates yet.")

    def count_text(self, count: int) -> str:
        return self.tr("%n template(s).", "", count)

    def retranslate(self) -> None:
        super().retranslate()
        chosen = self.language_filter.currentData()
        with QSignalBlocker(self.language_filter):
            self.language_filter.clear()
            self.language_filter.addItem(self.tr("All languages"), "")
            for lang in LETTER_LANGUAGES:
                self.language_filter.addItem(language_text(lang), lang.value)
            self.language_filter.setCurrentIndex(max(0, self.language_filter.findData(chosen)))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Language"), self.tr("Source")])
        self.preview_case_label.setText(self.tr("Preview &with:"))
        set_texts(((self.new_button, self.tr("&New template…"), self.tr("New template")),
                 (self.edit_button, self.tr("&Edit…"), self.tr("Edit the chosen template")),
                 (self.duplicate_button, self.tr("D&uplicate"), self.tr("Duplicate the chosen template")),
                 (self.delete_button, self.tr("&Delete"), self.tr("Delete the chosen template")),
                 (self.default_button, self.tr("Use as the de&fault"),
                  self.tr("Letters of this kind and language start from the chosen template"))))
        self.language_filter.setAccessibleName(self.tr("Filter by language"))
        self.preview_case.setAccessibleName(self.tr("Case to preview the template with"))
        self.list.setAccessibleName(self.tr("Templates"))
        self.preview.setAccessibleName(self.tr("Preview of the chosen template"))
        if self.templates:
            self._fill_list()

