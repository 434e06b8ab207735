"""Today: one key never completes a task unseen (issue 18 follow-up).  After a dialog opened from the page
(Alt+T, New task) closes, the focus is back where it was before (the list), not on an action button;
and a task marked done from Today can be undone (Undo in the page's notice, by keyboard)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from trustdesk.domain.models import Case, Task
from trustdesk.ui.case.today_page import TASK_ROLE, TodayPage
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


def _today(qtbot: QtBot, session: VaultSession, prefs: Preferences, vault: Vault) -> tuple[MainWindow, TodayPage]:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=3)))
    assert case.id is not None
    for title in ("Call back within 48 hours", "Send the letter"):
        vault.tasks.add(Task(case_id=case.id, title=title, due_on=date.today()))
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    page = window.pages["today"]
    assert isinstance(page, TodayPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show()
        page.refresh()
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    return window, page


def test_focus_returns_to_the_list_after_alt_t(qtbot: QtBot, session: VaultSession, prefs: Preferences,
                                               vault: Vault) -> None:
    window, page = _today(qtbot, session, prefs, vault)
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    window.activateWindow()  # as the window manager does when the dialog goes
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    assert QApplication.focusWidget() is page.tree, QApplication.focusWidget()


def test_focus_returns_to_the_list_after_a_saved_task(qtbot: QtBot, session: VaultSession, prefs: Preferences,
                                                      vault: Vault) -> None:
    """From the button (Tab to *New task…*, Space): back on the list, not on a button where one key acts."""
    window, page = _today(qtbot, session, prefs, vault)
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.new_button.setFocus()
    qtbot.waitUntil(page.new_button.hasFocus)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    QTest.keyClicks(dialog.title_edit, "Ask the doctor about the letter")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)
    window.activateWindow()  # as the window manager does when the dialog goes
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    assert QApplication.focusWidget() is page.tree, QApplication.focusWidget()


def _line(page: TodayPage, task_id: int) -> QTreeWidgetItem | None:
    group = page.tree.topLevelItem(0)
    lines = [group.child(c) for c in range(group.childCount())] if group is not None else []
    return next((line for line in lines if line.data(0, TASK_ROLE) == task_id), None)


def test_mark_done_can_be_undone_by_keyboard_and_the_focus_leaves_the_button(
        qtbot: QtBot, session: VaultSession, prefs: Preferences, vault: Vault) -> None:
    window, page = _today(qtbot, session, prefs, vault)
    first = page.tree.topLevelItem(0).child(0)
    page.tree.setCurrentItem(first)
    task_id = first.data(0, TASK_ROLE)
    page.done_button.setFocus()
    qtbot.waitUntil(page.done_button.hasFocus)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Space)  # Space on "Mark done"
    task = vault.tasks.get(task_id)
    assert task is not None and task.done_at is not None
    assert page.undo_bar.isVisible() and task.title in page.undo_bar.label.text()
    assert not page.done_button.hasFocus()  # a second Space does not complete the next one
    assert page.tree.hasFocus()
    for key, modifier in ((Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)):
        QTest.keyClick(window.windowHandle(), key, modifier)
        qtbot.waitUntil(lambda: getattr(vault.tasks.get(task_id), "done_at", 0) is None)  # open again
        assert not page.undo_bar.isVisible()
        qtbot.waitUntil(lambda: _line(page, task_id) is not None)  # listed again
        page.tree.setCurrentItem(_line(page, task_id))
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.mark_current_done()
        assert page.undo_bar.isVisible()
    page.undo_bar.timer.timeout.emit()  # the time is up: the notice goes, the task stays done
    assert not page.undo_bar.isVisible()
    task = vault.tasks.get(task_id)
    assert task is not None and task.done_at is not None
