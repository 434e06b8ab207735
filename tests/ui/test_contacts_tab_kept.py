"""The case view keeps one Contacts tab and gives it to the next case (issue 20, "open a 1 MB note"
and "back to the biggest case": making the tab, its timeline and its note editor, was half of
opening a case).  Counted: Contacts tabs made while cases are opened one after the other; what each
case shows is its own notes only, a note typed in one case is saved, never shown in the next, and a
tab locked read-only for a handed-over case is never given to another."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.waits import shown_case_view
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case import case_tabs
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.case.contacts_tab import ContactsTab
from trustdesk.ui.kit.read_only import ReadOnlyLock
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@pytest.fixture
def cases(vault: Vault) -> dict[int, list[int]]:
    """Three cases with 1, 3 and 2 notes: case id -> its contact ids, newest first."""
    made: dict[int, list[int]] = {}
    for i, count in enumerate((1, 3, 2)):
        case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 1 + i)))
        assert case.id is not None
        ids = []
        for j in range(count):
            contact = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 2, 1, 9) + timedelta(days=j),
                                                 notes=f"notitie {i}.{j}"))
            assert contact.id is not None
            ids.append(contact.id)
        made[case.id] = ids[::-1]
    return made


def _open(qtbot: QtBot, view: CaseView, case_id: int) -> ContactsTab:
    with qtbot.waitSignal(view.loaded, timeout=5000):
        assert view.show_case(case_id)
    tab = view.built("contacts")
    assert isinstance(tab, ContactsTab)
    return tab


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(0, 2), min_size=2, max_size=6), leave_between=st.booleans())
def test_one_contacts_tab_serves_every_case_opened_and_shows_only_that_case(
        qtbot: QtBot, session: VaultSession, cases: dict[int, list[int]], order: list[int],
        leave_between: bool) -> None:
    made: list[int] = []
    original = case_tabs.TABS["contacts"]
    ids = list(cases)
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(case_tabs.TABS, "contacts", lambda s, c, p: made.append(c) or original(s, c, p))
        view = shown_case_view(qtbot, session)
        for index in order:
            case_id = ids[index]
            tab = _open(qtbot, view, case_id)
            qtbot.waitUntil(lambda t=tab, c=case_id: t.editor.contact_id == cases[c][0])  # the newest note
            assert tab.case_id == case_id and tab.editor.case_id == case_id
            assert [c.id for c in tab.contacts] == cases[case_id]  # its notes, and only its notes
            assert all(c.case_id == case_id for c in tab.contacts)
            assert view.tabs.currentWidget() is tab and tab.isVisible()
            if leave_between:
                view.leave()
                assert not tab.new_contact_action.isEnabled()  # Ctrl+Shift+N makes no note for a case left
                tab.new_contact_action.trigger()
                assert tab.editor.case_id is None
        view.clear()
        view.close()
    assert made == [ids[order[0]]], f"Contacts tabs made for cases {made}: one is enough"


def test_a_note_typed_in_one_case_is_saved_and_never_shown_in_the_next(
        qtbot: QtBot, session: VaultSession, vault: Vault, cases: dict[int, list[int]]) -> None:
    first, second = list(cases)[:2]
    view = shown_case_view(qtbot, session)
    tab = _open(qtbot, view, first)
    qtbot.waitUntil(lambda: tab.editor.contact_id == cases[first][0])
    edit = tab.editor.notes_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, " extra")
    again = _open(qtbot, view, second)
    assert again is tab  # the same widgets, refilled
    qtbot.waitUntil(lambda: again.editor.contact_id == cases[second][0])
    assert "extra" not in again.editor.notes_edit.toPlainText()
    assert vault.contacts.get(cases[first][0]).notes.endswith(" extra")  # type: ignore[union-attr]
    assert not again.editor.autosave.dirty
    view.clear()


def test_a_tab_locked_for_a_handed_over_case_is_never_given_to_another(
        qtbot: QtBot, session: VaultSession, cases: dict[int, list[int]]) -> None:
    first, second = list(cases)[:2]
    view = shown_case_view(qtbot, session)
    locked = _open(qtbot, view, first)
    ReadOnlyLock(locked)  # as the view locks every tab of a handed-over case
    tab = _open(qtbot, view, second)
    assert tab is not locked
    qtbot.waitUntil(lambda: tab.editor.contact_id == cases[second][0])
    assert not tab.editor.notes_edit.isReadOnly() and tab.new_button.isEnabled()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.editor.contact_id is None and tab.editor.case_id == second
    view.clear()
