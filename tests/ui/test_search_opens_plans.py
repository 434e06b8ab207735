"""A safety plan found by the search opens where the plan is written and read (outside tester: Ctrl+F,
'insomnie', Return opened the case on the Tasks tab, the last one visited): the case's Contacts tab,
the focus on the Safety plan button once the notes are in."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.waits import active_window
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.safety import SafetyPlan
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


@pytest.mark.parametrize("opened_before", [True, False])
def test_a_plan_hit_opens_the_contacts_tab_at_the_plan_button(qtbot: QtBot, vault: Vault, prefs: Preferences,
                                                               opened_before: bool) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=3)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=1), risk=RiskLevel.HIGH))
    vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="insomnie, cauchemars"))
    session = VaultSession()
    session.open(vault)
    window = active_window(qtbot, MainWindow(session, prefs))
    window.show_page("cases")
    view = window.pages.get("cases").case_view  # type: ignore[union-attr]
    if opened_before:
        assert window.open_case(case.id)
        qtbot.waitUntil(lambda: view.contacts is not None and not view.contacts.reading, timeout=5000)
        view.tabs.setCurrentIndex(view.tabs.count() - 1)  # another tab was the last one shown
        assert view.tabs.currentWidget() is not view.contacts
    window.show_page("today")

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.query_edit, "insomnie")
    qtbot.waitUntil(lambda: len(dialog.hits) >= 1, timeout=3000)
    assert [hit.kind for hit in dialog.hits] == ["plan"]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)

    assert window.current_key() == "cases" and view.case_id == case.id
    assert view.tabs.currentWidget() is view.contacts
    # the window's focus (the search window goes; the window manager gives the main window back its own)
    qtbot.waitUntil(lambda: window.focusWidget() is view.contacts.editor.plan_button, timeout=5000)
    session.lock()
