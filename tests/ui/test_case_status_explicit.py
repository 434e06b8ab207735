"""A case's status never changes silently: an arrow key or the mouse wheel on the status combo only
asks; Cancel keeps it; the confirmed change is audited, said, and shown in the header's status history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus
from trustdesk.domain.models import Case
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault
from trustdesk.vault.case_status import EVENT


def test_a_status_change_is_asked_then_audited_and_shown(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    assert case.id is not None
    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    assert view.show_case(case.id)
    view.status.setFocus()
    qtbot.keyClick(view.status, Qt.Key.Key_Down)  # a stray arrow key on the combo
    assert view.status_confirm.isVisible()
    assert vault.cases.get(case.id).status is CaseStatus.INTAKE  # type: ignore[union-attr]
    assert "Intake" in view.status_question.text() and "Active" in view.status_question.text()
    qtbot.mouseClick(view.status_no, Qt.MouseButton.LeftButton)
    assert not view.status_confirm.isVisible()
    assert vault.audit.entries(event=EVENT) == []
    assert vault.cases.get(case.id).status is CaseStatus.INTAKE  # type: ignore[union-attr]

    view.change_status(CaseStatus.ACTIVE)
    qtbot.mouseClick(view.status_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.header is not None and view.header.case.status is CaseStatus.ACTIVE
                    and view.message.isVisible())
    entries = vault.audit.entries(event=EVENT, case_code=case.code)
    assert [e.detail for e in entries] == ["intake -> active"]
    assert view.message.isVisible() and "Active" in view.message.text()
    assert view.status_history.isVisible()
    assert "Intake" in view.status_history.text() and "Active" in view.status_history.text()


def test_the_audit_page_says_a_status_change_in_words() -> None:
    from trustdesk.ui.security.audit_words import detail_text, event_text

    assert event_text(EVENT) != EVENT.replace("_", " ").capitalize()
    assert detail_text("intake -> active", EVENT) == "Intake → Active"
    assert "Handed over" in detail_text("active -> closed; reason handed_over", EVENT) or \
        "reason" in detail_text("active -> closed; reason handed_over", EVENT)



def test_the_status_change_is_confirmed_with_keys_only(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    """Issue 19.4: from the status combo, Tab reaches Cancel and then the confirm button (the order they are
    seen in), Shift+Tab goes back; Return, Enter or Space on the confirm button makes the change."""
    from PySide6.QtWidgets import QApplication

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Enter):
        case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
        assert case.id is not None
        view = CaseView(session)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        with qtbot.waitActive(view):
            view.show()
            view.activateWindow()
        assert view.show_case(case.id)
        view.status.setFocus()
        qtbot.keyClick(view.status, Qt.Key.Key_Down)
        assert view.status_confirm.isVisible() and QApplication.focusWidget() is view.status_yes
        qtbot.keyClick(view.status_yes, Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is view.status_no
        qtbot.keyClick(view.status_no, Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is view.status
        qtbot.keyClick(view.status, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is view.status_no
        qtbot.keyClick(view.status_no, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is view.status_yes
        assert vault.cases.get(case.id).status is CaseStatus.INTAKE  # type: ignore[union-attr]
        qtbot.keyClick(view.status_yes, key)
        qtbot.waitUntil(lambda case=case: vault.cases.get(case.id).status is CaseStatus.ACTIVE)  # type: ignore[union-attr]
