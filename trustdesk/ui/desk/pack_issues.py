"""The pack editor's problems, all of them, each said where the coordinator sees it -- the part's
tab, the table's row number and column header, the card and the field's label, the template's
language and kind -- in the desk's language, in a list the keyboard walks: Enter (or a double click)
on a problem selects the cell or field it is about (``packs.draft_check.DraftIssue``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from trustdesk.packs import draft_check as dc
from trustdesk.ui.desk.checklist import plain_label

if TYPE_CHECKING:
    from trustdesk.ui.desk.pack_editor import PackEditor
    from trustdesk.ui.desk.rows_table import RowsTable

ISSUE_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_LINES = 5
PART_TABS = {dc.PART_PROVIDERS: 0, dc.PART_HELPLINES: 1, dc.PART_TEMPLATES: 2, dc.PART_CARDS: 3}


def key_rule(characters: str) -> str:
    """What a key may hold, in words (the card's key: its file name in the pack)."""
    if characters == dc.CARD_KEY_CHARACTERS:
        return QCoreApplication.translate("DraftIssue", "a key uses only lower-case letters a\u2013z (no accents), digits, hyphens (-) and underscores "
                  "(_), starts with a letter or digit and has at most 63 characters")
    return QCoreApplication.translate("DraftIssue", "a key uses only letters without accents, digits and the signs . _ / -, starts with a letter or "
              "digit and has at most 100 characters")


def key_sentence(characters: str) -> str:
    """The rule as a sentence of its own (a tooltip)."""
    rule = key_rule(characters)
    return rule[:1].upper() + rule[1:] + "."


def what_text(issue: dc.DraftIssue) -> str:
    """What is wrong, without the place."""
    from trustdesk.packs.provider_csv import CsvProblem
    from trustdesk.ui.directory.csv_import_dialog import problem_text

    number = int(issue.param("limit") or 0)
    if issue.problem == dc.MISSING:
        said = QCoreApplication.translate("DraftIssue", "empty, but required.")
    elif issue.problem == dc.BAD_PACK_ID:
        said = QCoreApplication.translate("DraftIssue", "\u201c%1\u201d is not a pack id: use lower-case letters a\u2013z, digits, dots and hyphens "
                  "(at most 63), starting with a letter or digit.").replace("%1", issue.value)
    elif issue.problem == dc.BAD_KEY:
        said = QCoreApplication.translate("DraftIssue", "\u201c%1\u201d cannot be a key: %2.").replace("%1", issue.value).replace(
            "%2", key_rule(issue.param("characters")))
    elif issue.problem == dc.DUPLICATE_KEY:
        said = QCoreApplication.translate("DraftIssue", "\u201c%1\u201d is the key of number %2 too; each key once.").replace("%1", issue.value).replace(
            "%2", str(int(issue.param("other")) + 1))
    elif issue.problem == dc.TOO_LONG and issue.param("unit") == "bytes":
        said = QCoreApplication.translate("DraftIssue", "too long: at most %1 KB.").replace("%1", str(number // 1024))
    elif issue.problem == dc.TOO_MANY:
        said = QCoreApplication.translate("DraftIssue", "more than a pack may carry (at most %1).").replace(
            "%1", str(number))
    elif issue.problem == dc.TEMPLATE:
        from trustdesk.documents.templates import TemplateProblem
        from trustdesk.ui.documents.template_editor import template_problem_text

        line = issue.param("line")
        said = template_problem_text(TemplateProblem(issue.param("code"), issue.param("message"),
                                                     int(line) if line else None, issue.param("name")))
    elif issue.problem == dc.OTHER:
        from trustdesk.packs.errors import said_in

        said = said_in(issue.param("detail"), QCoreApplication.translate)  # the pack check's words, translated
    else:
        try:
            problem = CsvProblem(issue.problem)
        except ValueError:
            said = issue.problem
        else:
            said = problem_text(problem, {"value": issue.value, "column": issue.field, **dict(issue.params)})
    if issue.allowed:
        from trustdesk.ui.desk.pack_issue_text import allowed_text

        said += " " + allowed_text(issue.problem, issue.value, issue.allowed)
    return said


class PackIssues(QListWidget):
    """The problems found by the last check; hidden when there are none."""

    def __init__(self, editor: PackEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskPackIssues")
        self.editor = editor
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.itemActivated.connect(self.go_to)
        self.rows: dict[str, list[int]] = {}  # part -> the screen row of each of the draft's rows
        self.setVisible(False)
        # a few problems in sight, the rest scrolled: the parts above keep their room (1366 x 768)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * VISIBLE_LINES + 2 * self.frameWidth() + 4)

    def show_issues(self, issues: list[dc.DraftIssue], rows: dict[str, list[int]]) -> None:
        self.rows = rows
        self.clear()
        for issue in issues:
            item = QListWidgetItem(self.sentence(issue), self)
            item.setData(ISSUE_ROLE, issue)
        self.setVisible(bool(issues))
        if issues:
            self.setCurrentRow(0)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate(
            "DraftIssue", "Problems in the pack: Enter goes to the cell or field of the chosen one"))
        for index in range(self.count()):
            item = self.item(index)
            item.setText(self.sentence(item.data(ISSUE_ROLE)))

    # -- where ------------------------------------------------------------------------------------

    def _screen_row(self, issue: dc.DraftIssue) -> int:
        rows = self.rows.get(issue.part, [])
        return rows[issue.row] if 0 <= issue.row < len(rows) else issue.row

    def _table(self, part: str) -> RowsTable:
        return self.editor.providers if part == dc.PART_PROVIDERS else self.editor.helplines

    def sentence(self, issue: dc.DraftIssue) -> str:
        """The place as the screen shows it, then what is wrong there."""
        editor = self.editor
        what = what_text(issue)
        tab = plain_label(editor.parts.tabText(PART_TABS.get(issue.part, 0)))
        if issue.part == dc.PART_PACK:
            label = {"id": editor.id_label, "title": editor.title_label}.get(issue.field)
            if label is None:
                return what
            return QCoreApplication.translate("DraftIssue", "\u201c%1\u201d: %2").replace("%1", plain_label(label.text())).replace("%2", what)
        if issue.part == dc.PART_TEMPLATES and issue.field:
            language, kind = issue.field.split("/", 1)
            combo = editor.template_kind
            kind_name = combo.itemText(max(0, combo.findData(kind)))
            return QCoreApplication.translate("DraftIssue", "%1, %2 \u2013 %3: %4").replace("%1", tab).replace("%2", language.upper()).replace(
                "%3", kind_name).replace("%4", what)
        if issue.row < 0:
            return QCoreApplication.translate("DraftIssue", "%1: %2").replace("%1", tab).replace("%2", what)
        row = self._screen_row(issue)
        if issue.part == dc.PART_CARDS:
            return QCoreApplication.translate("DraftIssue", "%1, card %2 (%3), field \u201c%4\u201d: %5").replace("%1", tab).replace(
                "%2", str(row + 1)).replace("%3", editor.cards.card_label(row)).replace(
                "%4", editor.cards.field_label(issue.field)).replace("%5", what)
        return QCoreApplication.translate("DraftIssue", "%1, row %2, column \u201c%3\u201d: %4").replace("%1", tab).replace("%2", str(row + 1)).replace(
            "%3", self._table(issue.part).header_text(issue.field)).replace("%4", what)

    def go_to(self, item: QListWidgetItem | None = None) -> None:
        """Show the cell or field of the chosen problem, with the focus on it."""
        item = item or self.currentItem()
        if item is None:
            return
        issue: dc.DraftIssue = item.data(ISSUE_ROLE)
        editor = self.editor
        if issue.part == dc.PART_PACK:
            target = {"id": editor.pack_id, "title": editor.title}.get(issue.field, editor.pack_id)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            target.selectAll()
            return
        editor.parts.setCurrentIndex(PART_TABS[issue.part])
        row = self._screen_row(issue)
        if issue.part == dc.PART_TEMPLATES:
            language, _, kind = issue.field.partition("/")
            editor.template_language.setCurrentIndex(max(0, editor.template_language.findData(language)))
            editor.template_kind.setCurrentIndex(max(0, editor.template_kind.findData(kind)))
            line = int(issue.param("line") or 0)
            if line:
                cursor = QTextCursor(editor.template_body.document().findBlockByNumber(line - 1))
                editor.template_body.setTextCursor(cursor)
            editor.template_body.setFocus(Qt.FocusReason.OtherFocusReason)
        elif issue.part == dc.PART_CARDS:
            if row < 0:  # the cards as a whole (too many)
                editor.cards.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            editor.cards.list.setCurrentRow(row)
            editor.cards.field_widget(issue.field).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            rows = self._table(issue.part)
            if row >= 0:
                column = rows.columns.index(issue.field) if issue.field in rows.columns else 0
                rows.table.setCurrentCell(row, column)
                rows.table.scrollTo(rows.table.model().index(row, column))
            lists = (editor.provider_lists if issue.part == dc.PART_PROVIDERS
                     else {"languages": editor.helpline_languages})
            (lists.get(issue.field) or rows.table).setFocus(Qt.FocusReason.OtherFocusReason)
