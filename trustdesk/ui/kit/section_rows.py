"""A list in sections: the arrow keys walk the rows one acts on, never a section's title
(ARCHITECTURE.md, "Keyboard, focus and a laptop's screen").

A section title is a row that cannot be chosen (no ``ItemIsSelectable``: Today's "Tasks due", "Coming
days"…).  Qt's cursor stopped on it: Down from the last task of one section landed on the next
section's title, where Enter and *Mark done* do nothing (an outside tester took it for the end of the
list).  ``SectionTree`` moves the cursor on past such rows, in the direction of the key (Home: the first
row one can choose, End the last; with none that way, the cursor stays where it is).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget

Index = QModelIndex | QPersistentModelIndex
Move = QAbstractItemView.CursorAction
_UP = frozenset({Move.MoveUp, Move.MovePrevious, Move.MovePageUp, Move.MoveLeft})
_STEPS = frozenset({Move.MoveUp, Move.MoveDown, Move.MovePrevious, Move.MoveNext, Move.MoveLeft, Move.MoveRight})


def choosable(index: Index) -> bool:
    return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsSelectable)


class SectionTree(QTreeWidget):
    """A tree whose unselectable rows (section titles) the cursor keys pass over."""

    def moveCursor(self, action: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802 - Qt API
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or choosable(index):
            return index
        up = action in _UP
        found = self._next_choosable(index, up)
        if found is None and action not in _STEPS:  # a page or Home/End beyond the last row: the nearest
            found = self._next_choosable(index, not up)
        return found if found is not None else self.currentIndex()  # nothing that way: stay, never on a title

    def _next_choosable(self, index: QModelIndex, up: bool) -> QModelIndex | None:
        while index.isValid() and not choosable(index):
            index = self.indexAbove(index) if up else self.indexBelow(index)
        return index if index.isValid() else None
