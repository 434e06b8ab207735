"""Opening a case is two blocks of work, not one: ``show_case`` puts the header and the tab bar up and
makes the Contacts tab on the next turn of the event loop (the two were one stall of over a tenth of a
second in make bench), at the note asked for if any.  Asking for ``view.contacts`` meanwhile makes
it at once; a case left or another opened before that turn makes nothing for it.  What is on screen
in the end is what it was.  Counts of tabs made, never times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.waits import shown_case_view
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case import case_tabs
from trustdesk.ui.case.contacts_tab import ContactsTab
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def _cases(vault: Vault, n: int) -> list[tuple[int, int]]:
    """``n`` cases, each with a few notes: (case id, its newest contact id)."""
    made = []
    for i in range(n):
        case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 1) + timedelta(days=i)))
        assert case.id is not None
        contact = None
        for j in range(3):
            contact = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 2, 1, 9) + timedelta(days=j),
                                                 notes=f"notitie {i}.{j}"))
        assert contact is not None and contact.id is not None
        made.append((case.id, contact.id))
    return made


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The case id of every Contacts tab made."""
    cases: list[int] = []
    original = case_tabs.TABS["contacts"]

    def counting(session: VaultSession, case_id: int, parent: object) -> object:
        cases.append(case_id)
        return original(session, case_id, parent)  # type: ignore[arg-type]

    monkeypatch.setitem(case_tabs.TABS, "contacts", counting)
    return cases


def test_the_contacts_tab_comes_a_turn_after_the_header(qtbot: QtBot, vault: Vault, session: VaultSession,
                                                        made: list[int]) -> None:
    (case_id, newest), = _cases(vault, 1)
    view = shown_case_view(qtbot, session)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        assert view.show_case(case_id)
        assert view.case_id == case_id and view.tabs.count() == len(case_tabs.TAB_NAMES)
        assert made == [] and view.built("contacts") is None  # the header's block of work only
        assert view.tabs.tabText(0)  # the tab bar has its titles already
    assert made == [case_id]
    contacts = view.built("contacts")
    assert isinstance(contacts, ContactsTab) and view.tabs.currentWidget() is contacts
    qtbot.waitUntil(lambda: contacts.editor.contact_id == newest)  # the newest note, as before


def test_asking_for_the_tab_makes_it_at_once_and_once(qtbot: QtBot, vault: Vault, session: VaultSession,
                                                      made: list[int]) -> None:
    (case_id, _newest), = _cases(vault, 1)
    view = shown_case_view(qtbot, session)
    assert view.show_case(case_id)
    contacts = view.contacts  # a caller that needs it now
    assert isinstance(contacts, ContactsTab) and made == [case_id]
    assert view.tabs.currentWidget() is contacts
    QApplication.processEvents()  # the turn after: the zero-time timers
    QApplication.processEvents()
    assert made == [case_id] and view.contacts is contacts  # the later turn made no second one


def test_at_a_note_the_tab_comes_a_turn_later_at_that_note(qtbot: QtBot, vault: Vault, session: VaultSession,
                                                           made: list[int]) -> None:
    (case_id, _newest), (_other, _o) = _cases(vault, 2)
    oldest = vault.contacts.for_case(case_id)[-1].id
    view = shown_case_view(qtbot, session)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        assert view.show_case(case_id, oldest)
        assert made == []
    contacts = view.built("contacts")
    assert made == [case_id] and view.tabs.currentWidget() is contacts
    qtbot.waitUntil(lambda: contacts.editor.contact_id == oldest)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(0, 2), min_size=1, max_size=5), leave=st.booleans())
def test_only_the_case_shown_last_gets_its_tab(qtbot: QtBot, vault_for_turns: tuple[VaultSession, list[int]],
                                               order: list[int], leave: bool) -> None:
    session, ids = vault_for_turns
    cases: list[int] = []
    original = case_tabs.TABS["contacts"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(case_tabs.TABS, "contacts", lambda s, c, p: cases.append(c) or original(s, c, p))
        reopen = ContactsTab.reopen  # the last case's tab, set aside, given to this one: a tab for it too
        patch.setattr(ContactsTab, "reopen", lambda tab, c: cases.append(c) or reopen(tab, c))
        view = shown_case_view(qtbot, session)
        for index in order:  # opened one after the other within one turn of the event loop
            assert view.show_case(ids[index])
        last = ids[order[-1]]
        before = len(cases)  # (a case shown again while it is open makes its tab then, as before)
        made_already = view.built("contacts") is not None
        if leave:
            view.leave()
        QApplication.processEvents()  # the turn after: the zero-time timers
        QApplication.processEvents()
        assert cases[before:] == ([] if leave or made_already else [last])  # none for a case left or replaced
        assert view.case_id == (None if leave else last)
        if not leave:
            assert view.built("contacts") is not None and view.tabs.currentWidget() is view.built("contacts")
        view.clear()
        view.close()


@pytest.fixture
def vault_for_turns(vault: Vault, session: VaultSession) -> tuple[VaultSession, list[int]]:
    return session, [case_id for case_id, _contact in _cases(vault, 3)]
