"""A date field that takes a typed date (ARCHITECTURE.md, The UI by feature, kit).

Qt's ``QDateEdit`` edits one section at a time: after Ctrl+A (or a click that selects everything)
typing "25/02/2027" changed the day section only and the rest was lost.  ``DateField`` keeps the
sections for the arrow keys and the calendar, and, once the whole text is selected, takes what is
typed as a date: day, month and year in the order of the field's display format (the interface's
locale), separated by "/", "-", "." or a space ("6-1-2027", "06/01/2027").  Enter, Tab or leaving the
field takes it; a date that does not exist keeps the date the field had; Esc gives up the typing.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

_TYPED = re.compile(r"\s*(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,4})\s*")
_TYPING = set("0123456789/-. ")


def parse_typed_date(text: str, *, day_first: bool = True) -> date | None:
    """A typed date ("6-1-2027", "06/01/2027"; month first when ``day_first`` is False, and year first
    as in "2027-01-06"); ``None`` when it is not a full, existing date with a four-digit year."""
    match = _TYPED.fullmatch(text)
    if match is None:
        return None
    first, middle, last = match.groups()
    if len(first) == 4:  # ISO order, whatever the locale
        year, month, day = int(first), int(middle), int(last)
    elif len(last) == 4 and len(first) <= 2:
        year = int(last)
        day, month = (int(first), int(middle)) if day_first else (int(middle), int(first))
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateField(QDateEdit):
    """``QDateEdit`` that also takes a whole date typed over a full selection (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed: str | None = None  # what is being typed over the selection, until it is taken
        self._validator: QValidator | None = None  # the spin box's own, set aside while typing

    def day_first(self) -> bool:
        fmt = self.displayFormat()
        return "d" not in fmt or "M" not in fmt or fmt.index("d") < fmt.index("M")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = self.lineEdit()
        char = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if char and plain and char in _TYPING:
            if self.typed is None and editor.hasSelectedText() and editor.selectedText() == editor.text():
                # the spin box's validator would correct every keystroke section by section ("31/02"
                # becomes "28/02"): set aside while the date is typed, put back when it is taken
                self._validator = editor.validator()
                editor.setValidator(None)  # type: ignore[arg-type]  # Qt takes a null validator
                self.typed = ""
            if self.typed is not None:
                self._show(self.typed + char)
                event.accept()
                return
        if self.typed is not None:
            if event.key() == Qt.Key.Key_Backspace:
                self._show(self.typed[:-1])
                event.accept()
                return
            if event.key() == Qt.Key.Key_Escape:
                self.typed = None
                self._restore()
                event.accept()
                return
            self.take_typed()
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab reaches here before keyPressEvent (QWidget::event): take the typed date before the
        # spin box moves to its next section and reads the text its own way
        self.take_typed()
        return super().focusNextPrevChild(forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.take_typed()
        super().focusOutEvent(event)

    def take_typed(self) -> None:
        """The typed date becomes the field's date (a date that does not exist changes nothing)."""
        if self.typed is None:
            return
        typed, self.typed = self.typed, None
        self._restore()
        value = parse_typed_date(typed, day_first=self.day_first())
        if value is not None and QDate(value.year, value.month, value.day) != self.date():
            self.setDate(QDate(value.year, value.month, value.day))

    def _restore(self) -> None:
        """The field's own date shown again, and its validator back."""
        self._show_date()
        if self._validator is not None:
            self.lineEdit().setValidator(self._validator)
            self._validator = None

    def _show(self, text: str) -> None:
        self.typed = text
        with QSignalBlocker(self.lineEdit()):
            self.lineEdit().setText(text)

    def _show_date(self) -> None:
        with QSignalBlocker(self.lineEdit()):
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
