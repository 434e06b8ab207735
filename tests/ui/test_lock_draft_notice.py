"""After a lock that discarded a dialog's typing, the next unlock says which window it was (never silent;
ui/kit/lock_bound.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.ui.test_shell import TEST_PAGES
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault


def test_unlock_names_the_dialog_whose_typing_the_lock_discarded(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, keychain: Keychain) -> None:
    from trustdesk.ui.case.task_dialog import TaskDialog

    shell = make_shell(pages=TEST_PAGES)
    shell.start()
    shell.session.open(vault)
    assert shell.main_window is not None
    dialog = TaskDialog(shell.session, parent=shell.main_window)
    dialog.open()
    QTest.keyClicks(dialog.title_edit, "my passphrase, typed by mistake")
    title = dialog.windowTitle()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not shell.session.is_unlocked
    assert shell.unlock_window is not None and shell.unlock_window.isVisible()
    shell.session.open(Vault.unlock(Path(vault.data_dir), PASSPHRASE, keychain=keychain))
    notice = shell.main_window.findChild(QMessageBox, "draftsAtLock")
    assert notice is not None and notice.isVisible()
    assert title in notice.informativeText()
    assert shell.session.drafts_at_lock == []  # said once
    notice.accept()
