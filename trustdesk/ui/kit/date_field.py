"""A date field that takes a typed date (ARCHITECTURE.md, The UI by feature, kit).

Qt's ``QDateEdit`` edits one section at a time: after Ctrl+A (or a click that selects everything)
typing "25/02/2027" changed the day section only and the rest was lost.  ``DateField`` keeps the
sections for the arrow keys and the calendar, and, once the whole text is selected (Ctrl+A selects it,
whatever is shown), takes what is typed as a date: day, month and year in the order of the field's
display format (the interface's locale), separated by "/", "-", "." or a space ("6-1-2027",
"06/01/2027").  Enter, Tab or leaving the field takes it; Esc gives up the typing.

Every date field of the app is a ``DateField`` (or, with a time, a ``DateTimeField``); both:

- leave one Tab for the next control: Qt's walked the day, month and year first (the sections are for
  the arrow keys and typing);
- leave Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+PgUp and Ctrl+PgDn to the tab widget around them
  (``kit/tab_keys.py``; a spin box took them: Ctrl+PgDn changed a case's "Opened on" and autosaved it);
- say whether what is shown is a whole date (``acceptable()``, ``validity_changed``): a dialog's
  Save (``appearance.save_cancel``) stays disabled, with a sentence, while one is not;
- for a past event (``past_event()``: a contact, a consent, a score, an opening), refuse a date after
  today: typed over the selection it is not taken and the field says why.

A ``DateTimeField`` takes typing over its whole text the same way, a date and, after a space, a time
("06/01/2027 14:30"; without one its own time stays).  What either field cannot take (half typed, over the whole text or section by section, a day that
does not exist, after today) is never put back to the old date silently: leaving the field by any
route (Tab, a click, Ctrl+PgDn, another page) keeps the typing on screen, ``half_typed()`` and not
``acceptable()``, with the reason in ``problem``; typing over it all replaces it.
"""

from __future__ import annotations

import re
import weakref
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent, QKeySequence, QShowEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from trustdesk.ui.kit.lock_bound import DraftFate
from trustdesk.ui.kit.tab_keys import for_the_tabs, pass_to_tabs

_TYPED = re.compile(r"\s*(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,4})\s*")
_TYPING = set("0123456789/-. :")
_TIME = re.compile(r"(\d{1,2})[:.hu](\d{2})")


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


def parse_typed_moment(text: str, *, day_first: bool = True) -> tuple[date, time | None] | None:
    """A typed date with, after a space, an optional time ("6-1-2027 14:30", "06/01/2027 9.05");
    ``None`` when the date is not whole or the time does not exist."""
    head, _space, tail = text.strip().rpartition(" ")
    clock = _TIME.fullmatch(tail) if head else None
    day = parse_typed_date(head if clock else text, day_first=day_first)
    if day is None:
        return None
    if clock is None:
        return day, None
    hour, minute = int(clock.group(1)), int(clock.group(2))
    return (day, time(hour, minute)) if hour < 24 and minute < 60 else None


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
    _own_tip = ""  # the field's tooltip, put back when there is no problem to say

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
        before, self.problem = self.problem, "" if ok else (problem or not_a_date_text())
        if self.problem != before:  # the reason as the tooltip while there is one, the field's own after
            if not before:
                self._own_tip = self.toolTip()  # type: ignore[attr-defined]
            self.setToolTip(self.problem or self._own_tip)  # type: ignore[attr-defined]
        if ok != self._acceptable or self.problem != before:  # a new reason is said too ("after today")
            self._acceptable = ok
            self.validity_changed.emit(ok)  # type: ignore[attr-defined]  # each class's own signal


def _leave(field: QWidget, forward: bool) -> bool:
    """Tab leaves the field: QDateTimeEdit's own Tab walked its day, month and year first (three Tabs
    to get past one date); the sections are for the arrow keys and typing."""
    return QWidget.focusNextPrevChild(field, forward)


if TYPE_CHECKING:
    _QtDateEdit = QDateTimeEdit  # what the mixin runs on (the Qt date edit after it in each class)
else:
    _QtDateEdit = object


class _Typing(_Checked, _QtDateEdit):
    """What DateField and DateTimeField share: a date (and time) typed over the whole text, typing kept
    and said when it is no value the field takes, one Tab to leave (see the module).  Each class says
    how its typing reads (``_typed_value``), what it may take (``_in_range``, ``_too_late``) and how it
    is set (``_set_value``)."""

    typed: str | None = None  # what is being typed over the selection, until it is taken
    _validator: QValidator | None = None  # the spin box's own, set aside while typing

    def _watch_text(self) -> None:
        super()._watch_text()
        _FIELDS.add(self)  # the lock asks these, not every widget of the application

    def _typed_value(self) -> QDate | QDateTime | None:
        raise NotImplementedError

    def _in_range(self, value: QDate | QDateTime) -> bool:
        raise NotImplementedError

    def _too_late(self, value: QDate | QDateTime) -> bool:
        raise NotImplementedError

    def _set_value(self, value: QDate | QDateTime) -> None:
        raise NotImplementedError

    def _sections_acceptable(self) -> bool:
        return super()._text_acceptable()

    def _text_acceptable(self) -> bool:
        if self.typed is not None:
            value = self._typed_value()
            return value is not None and self._in_range(value)
        return self._sections_acceptable()

    def _why(self) -> str:
        value = self._typed_value() if self.typed is not None else None
        if value is not None and self._too_late(value):
            return future_text()
        return not_a_date_text()

    def day_first(self) -> bool:
        fmt = self.displayFormat()
        return "d" not in fmt or "M" not in fmt or fmt.index("d") < fmt.index("M")

    def half_typed(self) -> bool:
        """Typing that is not (yet) a date the field takes (over the whole text or section by section):
        kept on screen, said, never saved."""
        return not self._text_acceptable()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if for_the_tabs(event):
            pass_to_tabs(self, event)  # the typing stays (it is taken, or kept and said, on leaving)
            return
        editor = self.lineEdit()
        if event.matches(QKeySequence.StandardKey.SelectAll):
            editor.selectAll()  # the whole text, also while a typed (or refused) date is shown
            event.accept()
            return
        whole = editor.hasSelectedText() and editor.selectedText() == editor.text()
        char = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if char and plain and char in _TYPING:
            if whole:  # typed over the whole text: it replaces it, refused typing included
                self._start_typing()
            if self.typed is not None:
                self._show(self.typed + char)
                event.accept()
                return
        if self.typed is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._show("" if whole else self.typed[:-1])
        elif key == Qt.Key.Key_Escape:
            self.give_up()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Return on a half-typed date is not "save with the old date": the dialog's default button
            # would otherwise take the field's previous date (an outside tester saved a task that way)
            if not self.take_typed():
                event.accept()
                return
            super().keyPressEvent(event)
            return
        elif self.take_typed():
            super().keyPressEvent(event)  # an arrow key, once the typed date is the field's
            return
        event.accept()  # the sections' keys do nothing to a text that is not a date yet

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        # Tab reaches here before keyPressEvent (QWidget::event): the typed date is taken (or kept
        # and said), and the focus leaves the field
        self._keep_half()
        self.take_typed()
        return _leave(self, forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self._keep_half()
        self.take_typed()
        typed = self.typed
        super().focusOutEvent(event)  # the spin box puts its last date back in the text...
        if typed is not None:
            self._show(typed)  # ... while the typing stays, said to be no date (issue 18)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # hidden with its tab (Ctrl+PgDn, another page): the spin box would put its last date back first
        if self.hasFocus():
            self._keep_half()
        typed = self.typed
        super().hideEvent(event)
        if typed is not None:
            self._show(typed)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        typed = self.typed
        super().focusInEvent(event)  # the date edit writes its date into the text again...
        if typed is not None:
            self._show(typed)  # ... the typing kept is shown, all of it chosen: typing replaces it
            self.lineEdit().selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # the spin box writes its date into the text again...
        if self.typed is not None:
            self._show(self.typed)  # ... the typing kept is what is shown

    def _keep_half(self) -> None:
        """A date typed section by section that is not whole ("8/04/2"): kept as typed text, never
        put back to the old date silently by the spin box."""
        editor = self.lineEdit()
        if self.typed is None and not editor.hasAcceptableInput():
            text = editor.text()
            self._start_typing()
            self._show(text)

    def _start_typing(self) -> None:
        if self.typed is None:
            # the spin box's validator would correct every keystroke section by section ("31/02"
            # becomes "28/02"): set aside while the date is typed, put back when it is taken
            self._validator = self.lineEdit().validator()
            self.lineEdit().setValidator(None)  # type: ignore[arg-type]  # Qt takes a null validator
        self.typed = ""

    def take_typed(self) -> bool:
        """The typed date becomes the field's date; typing that is no date it may take (half, not
        existing, after today) stays on screen and is said.  True when nothing typed is left."""
        if self.typed is None:
            return True
        value = self._typed_value()
        if value is None or not self._in_range(value):
            self._check(self._why())  # refused and said: the typing stays for the person to correct
            return False
        self.typed = None
        self._restore()
        self._set_value(value)
        self._check()
        return True

    def give_up(self) -> None:
        """Esc: the typing goes, the field's own date is shown again."""
        if self.typed is not None:
            self.typed = None
            self._restore()
        self._check()

    def setDate(self, value: QDate) -> None:  # noqa: N802 - Qt API
        """Set by the program: any typing is over."""
        self._typing_over()
        super().setDate(value)  # the Qt date edit after this mixin

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802 - Qt API
        """Set by the program: any typing is over."""
        self._typing_over()
        super().setDateTime(value)  # the Qt date edit after this mixin

    def _typing_over(self) -> None:
        if self.typed is not None:
            self.typed = None
            self._restore()
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



class DateTimeField(_Typing, QDateTimeEdit):
    """A date and time (a contact's "When"): typed over the whole text as "06/01/2027 14:30" (without
    a time the field's own time stays), with the shared keys and checks of the module."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch_text()

    def in_the_future(self) -> bool:
        return self.latest is not None and self.dateTime() > self.latest

    def _sections_acceptable(self) -> bool:
        return super()._sections_acceptable() and not self.in_the_future()

    def _why(self) -> str:
        if self.typed is None and self.in_the_future():
            return future_text()
        return super()._why()

    def _typed_value(self) -> QDateTime | None:
        moment = parse_typed_moment(self.typed or "", day_first=self.day_first())
        if moment is None:
            return None
        day, at = moment
        return QDateTime(QDate(day.year, day.month, day.day),
                         QTime(at.hour, at.minute) if at is not None else self.time())

    def _in_range(self, value: QDate | QDateTime) -> bool:
        assert isinstance(value, QDateTime)
        return self.minimumDateTime() <= value <= self.maximumDateTime() and not self._too_late(value)

    def _too_late(self, value: QDate | QDateTime) -> bool:
        assert isinstance(value, QDateTime)
        return value > self.maximumDateTime() or (self.latest is not None and value > self.latest)

    def _set_value(self, value: QDate | QDateTime) -> None:
        assert isinstance(value, QDateTime)
        if value != self.dateTime():
            self.setDateTime(value)


class DateField(_Typing, QDateEdit):
    """``QDateEdit`` that also takes a whole date typed over a full selection (see the module)."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch_text()

    def _typed_value(self) -> QDate | None:
        value = parse_typed_date(self.typed or "", day_first=self.day_first())
        return None if value is None else QDate(value.year, value.month, value.day)

    def _in_range(self, value: QDate | QDateTime) -> bool:
        assert isinstance(value, QDate)
        return self.minimumDate() <= value <= self.maximumDate()

    def _too_late(self, value: QDate | QDateTime) -> bool:
        assert isinstance(value, QDate)
        return value > self.maximumDate()

    def _set_value(self, value: QDate | QDateTime) -> None:
        assert isinstance(value, QDate)
        if value != self.date():
            self.setDate(value)


_FIELDS: weakref.WeakSet[_Typing] = weakref.WeakSet()


def half_dates_at_lock() -> list[DraftFate]:
    """Run just before a lock (``VaultSession.lock``): every date field in any window that holds typing it
    could not take (the case's Details tab, a dialog) loses it with the key; named after the unlock."""
    from PySide6.QtWidgets import QDialog
    from shiboken6 import isValid

    fates = []
    for widget in list(_FIELDS):  # made so far and not yet gone (asking Qt for every widget, with all
        if not isValid(widget) or not widget.half_typed():  # pages built, made thousands of wrappers)
            continue
        window = widget.window()
        if not window.isVisible():  # a closed dialog not yet deleted: nothing of it is on screen to lose
            continue
        name = widget.accessibleName() or widget.objectName()
        title = f"{window.windowTitle()} — {name}" if isinstance(window, QDialog) and window.windowTitle() else name
        fates.append(DraftFate(title, QCoreApplication.translate(
            "DateField", "the date “%1” was not complete: not kept").replace("%1", widget.lineEdit().text()), kept=False))
    return fates
