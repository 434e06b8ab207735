"""The pack editor's tables (directory, help lines): editable rows of text with Add/Remove buttons;
the keyboard types into the cells (Tab moves on), and each column fits its header and what is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.desk.checklist import fit_columns
from trustdesk.ui.kit.appearance import named_button

MIN_COLUMN = 90  # an empty column still has room for a few words


class RowsTable(QWidget):
    """An editable table of text rows with Add/Remove buttons (keyboard: Tab through the cells)."""

    def __init__(self, name: str, columns: tuple[str, ...], parent: QWidget | None = None, *,
                 read_only: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.columns = columns
        self.read_only = read_only  # columns filled by other controls (the provider's ticked values)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        # a column grows with what is typed in it (to a limit): a name is read whole, not "Pra…"
        self.table.itemChanged.connect(lambda item: fit_columns(self.table, MIN_COLUMN, (item.column(),)))
        self.add_button = named_button(self, f"{name}Add", self.add_typed_row)
        self.remove_button = named_button(self, f"{name}Remove", self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, str] | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.columns):
            item = QTableWidgetItem((values or {}).get(key, ""))
            if key in self.read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        self.table.setCurrentCell(row, 0)

    def add_typed_row(self) -> None:
        """The Add button: a new row, its first cell chosen and the focus there, so typing fills it
        (the focus left on the button, Space added one empty row after another)."""
        self.add_row()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def cell(self, row: int, key: str) -> str:
        item = self.table.item(row, self.columns.index(key))
        return item.text() if item is not None else ""

    def set_cell(self, row: int, key: str, text: str) -> None:
        item = self.table.item(row, self.columns.index(key))
        if item is not None:
            item.setText(text)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _values(self, row: int) -> dict[str, str]:
        values = {}
        for column, key in enumerate(self.columns):
            item = self.table.item(row, column)
            values[key] = item.text().strip() if item is not None else ""
        return values

    def rows(self) -> tuple[dict[str, str], ...]:
        return tuple(self._values(row) for row in self.filled())

    def filled(self) -> list[int]:
        """The table's rows that ``rows()`` gives, in order (an empty row is left out of the pack)."""
        return [row for row in range(self.table.rowCount()) if any(self._values(row).values())]

    def header_text(self, key: str) -> str:
        item = self.table.horizontalHeaderItem(self.columns.index(key)) if key in self.columns else None
        return item.text() if item is not None else key

    def set_rows(self, rows: tuple[dict[str, str], ...]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
        fit_columns(self.table, MIN_COLUMN)

    def set_headers(self, labels: list[str]) -> None:
        self.table.setHorizontalHeaderLabels(labels)
        fit_columns(self.table, MIN_COLUMN)
