"""A multi-select from a fixed list of allowed values: a list of check boxes the keyboard works
(Tab in, arrows to move, Space to tick), each value shown by its name, stored by its value; and the
desk's small helpers for what its tables and fields show (columns that fit their words, languages by
name, a label's text as a name)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QWidget,
)

VALUE_ROLE = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    """``changed`` fires when the user ticks or unticks a value (not when ``set_values`` fills it)."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(value, name) in the order shown; ticks are kept across a change of names (language)."""
        chosen = set(self.values())
        self._filling = True
        self.clear()
        for value, name in choices:
            item = QListWidgetItem(name, self)
            item.setData(VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self._filling = False

    def values(self) -> list[str]:
        return [str(self.item(i).data(VALUE_ROLE)) for i in range(self.count())
                if self.item(i).checkState() is Qt.CheckState.Checked]

    def set_values(self, values: Iterable[str]) -> None:
        wanted = set(values)
        self._filling = True
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(VALUE_ROLE) in wanted else Qt.CheckState.Unchecked)
        self._filling = False

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.changed.emit()


def split_values(text: str) -> list[str]:
    """"nl, fr" -> ["nl", "fr"] (how the draft keeps a multi-value cell)."""
    return [part.strip() for part in text.split(",") if part.strip()]


def join_values(values: Iterable[str]) -> str:
    return ", ".join(values)


def plain_label(text: str) -> str:
    """A label's text as a name: "Pack &id:" -> "Pack id" (no mnemonic, no colon, French space and all)."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip().rstrip(":").rstrip("\u00a0 ")


MAX_COLUMN = 320  # a long note or refusal sentence wraps in its cell rather than push the others away


def fit_columns(table: QTableWidget, minimum: int = 0, columns: Iterable[int] | None = None) -> None:
    """Every column as wide as its header's words and its cells' (at least ``minimum``, at most
    MAX_COLUMN): no header is cut ("rtrouwenspersoo"), no name broken over two lines, in any
    language.  A last column that stretches is never narrower than its header either."""
    header = table.horizontalHeader()
    for column in columns if columns is not None else range(table.columnCount()):
        table.resizeColumnToContents(column)
        hint = header.sectionSizeHint(column)
        wanted = max(minimum, hint, table.columnWidth(column))
        table.setColumnWidth(column, min(wanted, max(MAX_COLUMN, hint)))


def name_languages(combo: QComboBox) -> None:
    """A combo box of language codes (its items' data) shows the languages' names, in the desk's language."""
    from trustdesk.domain.enums import Language
    from trustdesk.ui.kit.case_labels import language_text

    for index in range(combo.count()):
        combo.setItemText(index, language_text(Language(combo.itemData(index))))
