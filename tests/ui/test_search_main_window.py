"""From anywhere: Ctrl+F in the main window, type a word without its accent, Enter -> the case
opens at that note; the Today page opens a case the same way."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.waits import active_window
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


def test_ctrl_f_then_enter_opens_the_case_at_the_note(qtbot: QtBot, vault: Vault, prefs: Preferences) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=20)))
    assert case.id is not None
    older = vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=9),
                                       notes="Vertelt over de fout tijdens de nachtdienst; ruzie met de coördinator."))
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=1), notes="Beter geslapen.",
                               risk=RiskLevel.LOW))
    session = VaultSession()
    session.open(vault)
    window = active_window(qtbot, MainWindow(session, prefs))

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query_edit, "coordinat")  # no diaeresis typed
    qtbot.waitUntil(lambda: len(dialog.hits) == 1, timeout=3000)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)

    cases = window.pages["cases"]
    assert window.current_page is cases
    view = cases.case_view  # type: ignore[attr-defined]
    assert view.case_id == case.id
    contacts = view.contacts  # (made a turn after the header, or now when asked for)
    assert view.tabs.currentWidget() is contacts
    qtbot.waitUntil(lambda: view.contacts.editor.contact_id == older.id)  # once the notes are read
    assert "coördinator" in view.contacts.editor.notes_edit.toPlainText()

    window.show_page("today")
    session.lock()
    assert window.search.dialog is None
