"""A case's tab titles are set while its tab bar is hidden, and a title is set only when it changes
(issue 20, "open a case" stalls): a visible tab bar lays out every tab again for each title set, so
opening a case set seven titles twice on a shown bar (its header's turn and its Contacts tab's).
Counted: titles set on a visible tab bar; the titles seen in the end are the same as before."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

TITLES = ["Contacts", "Referrals", "Tasks", "Documents", "Details", "Over time", "Knowledge"]


@pytest.fixture
def case_ids(vault: Vault) -> list[int]:
    ids = []
    for i in range(3):
        case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 1 + i)))
        assert case.id is not None
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 2, 1, 9), notes=f"notitie {i}"))
        ids.append(case.id)
    return ids


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(0, 2), min_size=1, max_size=4), at_tab=st.integers(0, 6))
def test_opening_cases_sets_no_title_on_a_visible_tab_bar(qtbot: QtBot, session: VaultSession, case_ids: list[int],
                                                          order: list[int], at_tab: int) -> None:
    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    shown: list[tuple[int, str]] = []
    original = QTabWidget.setTabText

    def counting(tabs: QTabWidget, index: int, text: str) -> None:
        if tabs is view.tabs and tabs.isVisible():
            shown.append((index, text))
        original(tabs, index, text)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QTabWidget, "setTabText", counting)
        for index in order:
            with qtbot.waitSignal(view.loaded, timeout=5000):
                assert view.show_case(case_ids[index])
            view.tab_at(at_tab)  # another tab made (and its title carried over)
            assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == TITLES
    assert shown == [], f"titles set on a visible tab bar: {shown}"
    view.clear()
    view.close()
