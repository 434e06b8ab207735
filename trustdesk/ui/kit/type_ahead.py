"""Type-ahead in every choice list (a combo box that is not editable, and its open list) finds an
entry by the start of any of its words, accents and case aside: "Bru" finds "Région de
Bruxelles-Capitale", "lieg" finds "Liège".

Qt's own search matches the start of an entry only, so in French "Bru" chose "Brabant flamand" (the
last entry that started with "Br") and Brussels could not be typed at all (outside tester).  This filter,
on the application's one filter (``kit/app_filters.py``, key events), replaces that search for every
combo box of the app: what was typed within the keyboard-input interval is one search; an entry that
starts with it comes first, then one with a word that starts with it, each looked for from the current
entry on (one letter typed again and again steps through the entries with that letter, as Qt does).
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from trustdesk.ui.kit.app_filters import install_once

if TYPE_CHECKING:  # the widget classes at the first key, not before the first paint
    from PySide6.QtWidgets import QComboBox, QWidget

_WORD = re.compile(r"[^\W_]+")
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def fold(text: str) -> str:
    """Lower case without accents: how typed text and entries are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find_entry(texts: Sequence[str], typed: str, current: int) -> int:
    """The entry ``typed`` chooses (-1 for none): one starting with it, else one with a word starting with it,
    looked for from ``current`` (from the next one for a single letter, or one letter repeated)."""
    key = fold(typed)
    if not key or not texts:
        return -1
    count = len(texts)
    repeated = len(set(key)) == 1
    if repeated:
        key = key[0]
    first = (current + 1) % count if (repeated or current < 0) else current
    first = max(first, 0)
    order = [(first + i) % count for i in range(count)]
    folded = [fold(text) for text in texts]
    for row in order:
        if folded[row].startswith(key):
            return row
    for row in order:
        if any(word.startswith(key) for word in _WORD.findall(folded[row])[1:]):
            return row
    return -1


def _combo_of(widget: QWidget) -> QComboBox | None:
    """The combo box ``widget`` is, or whose open list it is; None for anything else."""
    from PySide6.QtWidgets import QAbstractItemView, QComboBox

    if isinstance(widget, QComboBox):
        return widget
    if isinstance(widget, QAbstractItemView):
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QComboBox):
                return parent if parent.view() is widget else None
            parent = parent.parentWidget()
    return None


class TypeAhead(QObject):
    """Sees every key event of the app (kit/app_filters.py; see the module)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._at = 0.0
        self._target = 0  # id() of where the last letter went (the combo, or its open list): no reference kept

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress \
                or event.modifiers() & _MODIFIERS:
            return False
        from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

        if not isinstance(watched, QWidget):
            return False
        text = event.text()
        if not text or not text.isprintable():
            return False
        combo = _combo_of(watched)
        if combo is None or combo.isEditable() or not combo.isEnabled():
            return False
        now = time.monotonic()
        fresh = id(watched) != self._target or (now - self._at) * 1000 > QApplication.keyboardInputInterval()
        if fresh and text == " ":
            return False  # Space opens the list, as Qt has it
        self._typed = text if fresh else self._typed + text
        self._at, self._target = now, id(watched)
        popup = watched if isinstance(watched, QAbstractItemView) else None
        current = popup.currentIndex().row() if popup is not None else combo.currentIndex()
        texts = [combo.itemText(i) for i in range(combo.count())]
        row = find_entry(texts, self._typed, current)
        if row >= 0:
            if popup is not None:
                popup.setCurrentIndex(combo.model().index(row, combo.modelColumn(), combo.rootModelIndex()))
            else:
                combo.setCurrentIndex(row)
        return True


def install_type_ahead(app: QObject) -> None:
    """Once per application (idempotent)."""
    install_once(TypeAhead, app, QKeyEvent)  # through the application's one filter (kit/app_filters.py)
