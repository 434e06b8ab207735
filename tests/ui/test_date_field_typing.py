"""A date can be typed over a selected date field (issue 18: Ctrl+A then typing did nothing useful in
the task's due date: QDateEdit edits one section at a time).  With real key clicks: Ctrl+A, a date as
dd/mm/yyyy or d-m-yyyy, then Tab or Enter, in the interface's locale (nl_BE, fr_BE, en_GB)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from trustdesk.ui.case.task_dialog import TaskDialog
from trustdesk.ui.kit.date_field import parse_typed_date
from trustdesk.ui.kit.session import VaultSession

DAYS = st.dates(date(2000, 1, 1), date(2099, 12, 31))
STYLES = {"dd/mm/yyyy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
          "d-m-yyyy": lambda d: f"{d.day}-{d.month}-{d.year}",
          "locale": None}


@given(day=DAYS)
def test_typed_dates_are_read_day_first_and_impossible_ones_refused(day: date) -> None:
    assert parse_typed_date(f"{day.day}-{day.month}-{day.year}") == day
    assert parse_typed_date(f"{day.day:02d}/{day.month:02d}/{day.year}") == day
    assert parse_typed_date(day.isoformat()) == day
    assert parse_typed_date(f"{day.month}/{day.day}/{day.year}", day_first=False) == day
    assert parse_typed_date(f"{day.day}/{day.month}") is None  # no year: not a date yet
    assert parse_typed_date("31/02/2027") is None and parse_typed_date("6/13/2027") is None


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=DAYS, style=st.sampled_from(sorted(STYLES)), locale=st.sampled_from(["nl_BE", "fr_BE", "en_GB"]),
       finish=st.sampled_from([Qt.Key.Key_Tab, Qt.Key.Key_Return]))
def test_select_all_then_typing_a_date_sets_the_due_date(qtbot: QtBot, session: VaultSession, day: date, style: str,
                                                         locale: str, finish: Qt.Key) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        dialog = TaskDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        field = dialog.due_edit
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        fmt = STYLES[style]
        text = fmt(day) if fmt is not None else QLocale(locale).toString(day, field.displayFormat())
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert field.lineEdit().selectedText() == field.lineEdit().text()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, finish)
        assert field.date().toPython() == day, (text, field.lineEdit().text())
        assert dialog.task().due_on == day
        assert field.lineEdit().text() == QLocale(locale).toString(day, field.displayFormat())
        dialog.done(QDialog.DialogCode.Rejected)  # closed as by a program: no question
    finally:
        QLocale.setDefault(before)


def test_an_impossible_date_keeps_the_old_one_and_esc_gives_up(qtbot: QtBot, session: VaultSession) -> None:
    """A date that does not exist is not taken: on Tab the typing stays on screen, said to be no date
    (never put back to the old date silently, issue 18); Esc gives it up."""
    dialog = TaskDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.due_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    old = field.date().toPython()
    for typed, key in (("31/02/2027", Qt.Key.Key_Tab), ("1/1/2030", Qt.Key.Key_Escape)):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, key)
        assert field.date().toPython() == old
        if key == Qt.Key.Key_Escape:
            assert field.typed is None and field.acceptable()
        else:
            assert field.typed == typed and field.lineEdit().text() == typed and field.problem
            assert not field.hasFocus() and not dialog.save_button.isEnabled()
    dialog.done(QDialog.DialogCode.Rejected)  # closed as by a program: no question


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.sampled_from(["20/1", "2", "31/02/2027", "20/1/", "1/13/2027"]))
def test_return_on_a_half_typed_date_saves_nothing(qtbot: QtBot, session: VaultSession, typed: str) -> None:
    """Return on "20/1" saved the task with the field's old date (an outside tester): the field keeps the
    typing, says why, and the dialog is not accepted."""
    dialog = TaskDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Terugbellen")
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    field = dialog.due_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert saved == [] and dialog.isVisible()
    assert field.typed == typed and field.problem
    dialog.done(QDialog.DialogCode.Rejected)  # closed as by a program: no question


@given(day=DAYS, hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_a_typed_moment_is_a_date_and_perhaps_a_time(day: date, hour: int, minute: int) -> None:
    from datetime import time

    from trustdesk.ui.kit.date_field import parse_typed_moment

    assert parse_typed_moment(f"{day.day}/{day.month}/{day.year} {hour}:{minute:02d}") == (day, time(hour, minute))
    assert parse_typed_moment(f"{day.day:02d}-{day.month:02d}-{day.year} {hour:02d}.{minute:02d}") \
        == (day, time(hour, minute))
    assert parse_typed_moment(f"{day.day}/{day.month}/{day.year}") == (day, None)  # the field's time stays
    assert parse_typed_moment(f"{day.day}/{day.month}/{day.year} {hour + 24}:{minute:02d}") is None
    assert parse_typed_moment(f"{day.day}/{day.month} {hour}:{minute:02d}") is None
