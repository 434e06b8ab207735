"""Keyboard use of the cases part: Ctrl+N from the main window, Esc closes dialogs, Tab reaches
every control of the list and of the new-case dialog in a sane order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.waits import active_window
from trustdesk.domain.models import Case
from trustdesk.ui.case.cases_page import CasesPage
from trustdesk.ui.case.new_case_dialog import NewCaseDialog
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.tab_order import next_in_focus_chain
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


def _tab_chain(start: QWidget, steps: int) -> list[str]:
    names, widget = [], start
    for _ in range(steps):
        widget = next_in_focus_chain(widget)
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible() \
                or not widget.isEnabled():
            widget = next_in_focus_chain(widget)
        names.append(widget.objectName())
    return names


def test_ctrl_n_esc_and_tab_order(qtbot: QtBot, vault: Vault, prefs: Preferences) -> None:
    session = VaultSession()
    session.open(vault)
    window = active_window(qtbot, MainWindow(session, prefs))
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page is page
    dialog = page.new_case_dialog
    assert isinstance(dialog, NewCaseDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # Tab walks the intake fields top to bottom, the most sensitive ones last, then the buttons
    chain = _tab_chain(dialog.form.initiator, 20)
    expected = ["intake_coordinator_ref", "intake_language", "intake_region", "intake_profession",
                "intake_specialty"]
    assert chain[: len(expected)] == expected
    sensitive = ["intake_doctor_name", "intake_doctor_phone", "intake_doctor_email", "intake_workplace"]
    start = chain.index("intake_doctor_name")
    assert chain[start: start + 4] == sensitive
    assert chain.index("intake_consent") < start
    assert chain.index("new_case_create") > start or chain.index("new_case_cancel") > start

    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert page.new_case_dialog is None
    assert vault.cases.count() == 0
    assert window.current_key() == "today"  # Cancel returns to where the user was (issue 18)
    window.show_page("cases")

    # the list's controls, in reading order ("Clear filters" is disabled while nothing is filtered)
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    qtbot.waitUntil(lambda: page.model.total_count() == 1, timeout=3000)
    chain = _tab_chain(page.new_button, 6)
    assert chain == ["cases_filter_text", "cases_filter_status", "cases_filter_domain", "cases_filter_risk",
                     "cases_filter_attention", "cases_table"]

    # open_case from anywhere
    window.show_page("today")
    assert window.open_case(case.id)
    assert window.current_page is page and page.case_view.code.text() == case.code
    QThreadPool.globalInstance().waitForDone(5000)
    session.lock()


def test_ctrl_shift_n_from_any_tab_of_a_case(qtbot: QtBot, vault: Vault, prefs: Preferences) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    session = VaultSession()
    session.open(vault)
    window = active_window(qtbot, MainWindow(session, prefs))
    window.open_case(case.id)
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    view = page.case_view
    assert view.details is not None and view.contacts is not None
    view.tabs.setCurrentWidget(view.details)  # not the contacts tab
    qtbot.keyClick(view.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.tabs.currentWidget() is view.contacts
    assert view.contacts.editor.isVisible()
    QThreadPool.globalInstance().waitForDone(5000)
    session.lock()
