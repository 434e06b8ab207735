"""A date field that takes a typed date (ARCHITECTURE.md, The UI by feature, kit).

Qt's ``QDateEdit`` edits one section at a time: after Ctrl+A (or a click that selects everything)
typing "25/02/2027" changed the day section only and the rest was lost.  ``DateField`` keeps the
sections for the arrow keys and the calendar, and, once the whole text is selected, takes what is
typed as a date: day, month and year in the order of the field's display format (the interface's
locale), separated by "/", "-", "." or a space ("6-1-2027", "06/01/2027").  Enter, Tab or leaving the
field takes it; a date that does not exist keeps the date the field had; Esc gives up the typing.

Every date field of the app is a ``DateField`` (or, with a time, a ``DateTimeField``); both:

- leave Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+PgUp and Ctrl+PgDn to the tab widget around them (a spin box
  took them: Ctrl+PgDn changed a case's "Opened on" and autosaved it);
- say whether what is shown is a whole date (``acceptable()``, ``validity_changed``): a dialog's
  Save (``appearance.save_cancel``) stays disabled, with a sentence, while one is not;
- for a past event (``past_event()``: a contact, a consent, a score, an opening), refuse a date after
  today: typed over the selection it is not taken and the field says why.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

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


_TAB_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


def for_the_tabs(event: QKeyEvent) -> bool:
    """Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+PgUp, Ctrl+PgDn: the tab widget's keys, never a field's."""
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier) and event.key() in _TAB_KEYS


def pass_to_tabs(field: QWidget, event: QKeyEvent) -> None:
    """The next or previous tab of the nearest tab widget around ``field`` (Qt's own handles Ctrl+Tab
    only, and only when the key reaches it); without one the key goes on up."""
    from PySide6.QtWidgets import QTabWidget

    parent = field.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is None or parent.count() < 2:
        event.ignore()
        return
    back = event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_Backtab)
    parent.setCurrentIndex((parent.currentIndex() + (-1 if back else 1)) % parent.count())
    event.accept()


def not_a_date_text() -> str:
    return QCoreApplication.translate("DateField", "Complete the date as day/month/year (Esc puts the "
                                      "previous one back).")


def future_text() -> str:
    return QCoreApplication.translate("DateField", "This date is after today; it records something that "
                                      "has happened.")


class _Checked:
    """What DateField and DateTimeField share: the tab widget's keys, whether the text is a date."""

    _acceptable = True
    problem = ""  # why the text is not a date now ("" when it is)
    latest: QDateTime | None = None  # DateTimeField.past_event: the last moment accepted

    def _watch_text(self) -> None:
        self.lineEdit().textChanged.connect(lambda _text: self._check())  # type: ignore[attr-defined]
        self.dateTimeChanged.connect(lambda _value: self._check())  # type: ignore[attr-defined]  # set by the program

    def past_event(self) -> None:
        """A date of something that happened: after today is refused."""
        today = QDate.currentDate()
        if isinstance(self, QDateEdit):
            self.setMaximumDate(today)
        elif isinstance(self, DateTimeField):
            # not Qt's maximum: QDateTimeEdit "fixes up" a typed date beyond it into another past one
            # (06/01/2027 became 06/01/2026, silently saved); the typed value is kept and refused here
            self.latest = QDateTime(today, QTime(23, 59, 59))
            self._check()

    def acceptable(self) -> bool:
        return self._acceptable

    def _text_acceptable(self) -> bool:
        return bool(self.lineEdit().hasAcceptableInput())  # type: ignore[attr-defined]

    def _why(self) -> str:
        return not_a_date_text()

    def _check(self, problem: str | None = None) -> None:
        ok = self._text_acceptable() if problem is None else not problem
        if not ok and problem is None:
            problem = self._why()
        self.problem = "" if ok else (problem or not_a_date_text())
        self.setToolTip(self.problem)  # type: ignore[attr-defined]
        if ok != self._acceptable:
            self._acceptable = ok
            self.validity_changed.emit(ok)  # type: ignore[attr-defined]  # each class's own signal


class DateTimeField(_Checked, QDateTimeEdit):
    """A date and time (a contact's "When"): the shared keys and checks of the module."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch_text()

    def in_the_future(self) -> bool:
        return self.latest is not None and self.dateTime() > self.latest

    def _text_acceptable(self) -> bool:
        return super()._text_acceptable() and not self.in_the_future()

    def _why(self) -> str:
        return future_text() if self.in_the_future() else not_a_date_text()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if for_the_tabs(event):
            pass_to_tabs(self, event)
            return
        super().keyPressEvent(event)


class DateField(_Checked, QDateEdit):
    """``QDateEdit`` that also takes a whole date typed over a full selection (see the module)."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed: str | None = None  # what is being typed over the selection, until it is taken
        self._validator: QValidator | None = None  # the spin box's own, set aside while typing
        self._watch_text()

    def _text_acceptable(self) -> bool:
        if self.typed is not None:
            value = parse_typed_date(self.typed, day_first=self.day_first())
            return value is not None and self.minimumDate() <= QDate(value.year, value.month, value.day) \
                <= self.maximumDate()
        return super()._text_acceptable()

    def day_first(self) -> bool:
        fmt = self.displayFormat()
        return "d" not in fmt or "M" not in fmt or fmt.index("d") < fmt.index("M")

    def _why(self) -> str:
        value = parse_typed_date(self.typed, day_first=self.day_first()) if self.typed is not None else None
        if value is not None and QDate(value.year, value.month, value.day) > self.maximumDate():
            return future_text()
        return not_a_date_text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if for_the_tabs(event):
            self.take_typed()
            pass_to_tabs(self, event)
            return
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
                self._check()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._typed_is_a_date():
                # Return on a half-typed date is not "save with the old date": the dialog's default button
                # would otherwise take the field's previous date (an outside tester saved a task that way)
                self._check(self._why())
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

    def _typed_is_a_date(self) -> bool:
        value = parse_typed_date(self.typed or "", day_first=self.day_first())
        return value is not None and QDate(value.year, value.month, value.day) <= self.maximumDate()

    def take_typed(self) -> None:
        """The typed date becomes the field's date (a date that does not exist changes nothing)."""
        if self.typed is None:
            return
        value = parse_typed_date(self.typed, day_first=self.day_first())
        if value is not None and QDate(value.year, value.month, value.day) > self.maximumDate():
            self._check(future_text())  # refused and said: the typing stays for the person to correct
            return
        self.typed = None
        self._restore()
        if value is not None and QDate(value.year, value.month, value.day) != self.date():
            self.setDate(QDate(value.year, value.month, value.day))
        self._check()

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
        self._check()

    def _show_date(self) -> None:
        with QSignalBlocker(self.lineEdit()):
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
