"""A contact's "When" beyond today is refused and said, never turned into another date: Qt's maximum
"fixed up" a typed 06/01/2027 into 06/01/2026, which autosave then stored (an outside tester, nl and fr)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.date_field import DateTimeField, future_text


@settings(max_examples=30, deadline=None)
@given(days=st.integers(min_value=1, max_value=800), minutes=st.integers(min_value=0, max_value=1439))
def test_a_future_moment_is_kept_as_typed_and_refused(qapp: object, days: int, minutes: int) -> None:
    field = DateTimeField()
    field.past_event()
    typed = (datetime.now() + timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0) \
        + timedelta(minutes=minutes)
    field.setDateTime(QDateTime(typed))
    shown = field.dateTime().toPython()
    assert shown.date() == typed.date()  # not moved into the past
    assert not field.acceptable() and field.problem == future_text()
    field.setDateTime(QDateTime(datetime.now() - timedelta(days=days)))
    assert field.acceptable() and field.problem == ""


def test_the_note_keeps_its_last_good_moment(qtbot: QtBot, session: object, vault: object) -> None:
    from datetime import date

    from trustdesk.domain.models import Case, Contact
    from trustdesk.ui.case.contact_editor import ContactEditor

    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=5)))  # type: ignore[attr-defined]
    at = (datetime.now() - timedelta(days=1)).replace(second=0, microsecond=0)
    contact = vault.contacts.add(Contact(case_id=case.id, at=at, notes="x"))  # type: ignore[attr-defined]
    editor = ContactEditor(session)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.load(contact)
    editor.at_edit.setDateTime(QDateTime(datetime.now() + timedelta(days=40)))
    current = editor.current()
    assert current is not None and current.at == at
