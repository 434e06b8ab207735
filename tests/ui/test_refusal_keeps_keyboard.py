"""After a refused passphrase the keyboard is still in the field: the next text typed replaces the
refused one and Enter tries again -- in every window that asks for a vault's passphrase and checks it
in a worker (the unlock window's passphrase and recovery code, the restore wizard's secret step, the
re-check before an export, the coordinator desk's passphrase).

Keys go where a real keyboard sends them: to the application's focus widget, found anew for every
attempt (``QApplication.focusWidget()``), never to a field named by the test.  The old unlock window
disabled its field while the key was derived; Qt then moved the focus out of the field (nowhere: the
rest of the window was disabled too) and the refusal's ``setFocus`` came while the field was still
disabled, so the right passphrase typed next went nowhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.unlock import UnlockWindow
from trustdesk.vault import Keychain, Vault

WRONG = ("not the passphrase", "correct horse battery stable", "x")


def _active(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _type(qtbot: QtBot, text: str) -> QLineEdit:
    """Type ``text`` and Enter where the keyboard is now; the field it went to."""
    target = QApplication.focusWidget()
    assert isinstance(target, QLineEdit), f"the keys would go to {target!r}"
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    return target


def _refused_then_right(qtbot: QtBot, wrong: str, right: str, refused: Callable[[], bool],
                        opened: Callable[[], bool]) -> None:
    field = _type(qtbot, wrong)
    qtbot.waitUntil(refused, timeout=20_000)
    assert QApplication.focusWidget() is field  # the keyboard is back (still) in the field ...
    assert field.text() in ("", wrong) and field.selectedText() == field.text()  # ... typing replaces it
    _type(qtbot, right)
    qtbot.waitUntil(opened, timeout=20_000)


@pytest.mark.parametrize("wrong", WRONG)
def test_unlock_window_passphrase(qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain,
                                  wrong: str) -> None:
    vault.lock()
    window = UnlockWindow(data_dir, keychain=keychain)
    qtbot.addWidget(window)
    opened: list[Vault] = []
    window.unlocked.connect(opened.append)
    _active(qtbot, window)
    window.passphrase.setFocus()
    _refused_then_right(qtbot, wrong, PASSPHRASE, lambda: window.failed_attempts == 1 and not window._busy,
                        lambda: bool(opened))
    opened[0].lock()


@pytest.mark.parametrize("wrong", ["0000-0000-0000-0000-0000-0000-00", "not a code"])
def test_unlock_window_recovery_code(qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain,
                                     wrong: str) -> None:
    code = vault.recovery_code
    assert code is not None
    vault.lock()
    window = UnlockWindow(data_dir, keychain=keychain)
    qtbot.addWidget(window)
    _active(qtbot, window)
    window.show_recovery()
    _refused_then_right(qtbot, wrong, code, lambda: window.message.isVisible() and not window._busy,
                        lambda: window.reset_fields is not None and window.reset_fields.first.isVisible())
    window.close()  # locks the vault the code opened


@pytest.mark.parametrize("wrong", WRONG[:2])
def test_restore_wizard_secret(qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain, tmp_path: Path,
                               wrong: str) -> None:
    from trustdesk.ui.security.restore_wizard import PREVIEW_PAGE, RestoreWizard
    from trustdesk.vault.backup import BackupService

    backup = tmp_path / "backup.tdbackup"
    BackupService(vault).backup_to(backup)
    vault.lock()
    wizard = RestoreWizard(data_dir, keychain=keychain)
    qtbot.addWidget(wizard)
    _active(qtbot, wizard)
    wizard.file_edit.setText(str(backup))
    wizard.next()
    _refused_then_right(qtbot, wrong, PASSPHRASE,
                        lambda: "does not open" in wizard.message.text() and not wizard._busy,
                        lambda: wizard.page == PREVIEW_PAGE)


@pytest.mark.parametrize("wrong", WRONG[:2])
def test_reauth_dialog(qtbot: QtBot, session: VaultSession, wrong: str) -> None:
    from trustdesk.ui.output.reauth import ReauthDialog

    dialog = ReauthDialog(session, "Contact log")
    qtbot.addWidget(dialog)
    answers: list[bool] = []
    dialog.answered.connect(answers.append)
    _active(qtbot, dialog)
    _refused_then_right(qtbot, wrong, PASSPHRASE, lambda: answers == [False] and not dialog.checking,
                        lambda: answers == [False, True])


@pytest.mark.parametrize("wrong", WRONG[:2])
def test_desk_passphrase(qtbot: QtBot, data_dir: Path, wrong: str) -> None:
    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.ui.desk.desk_start import DeskUnlockDialog, desk_folder

    right = "the coordinator's own desk"
    CoordinatorDesk.init(desk_folder(data_dir), "Coördinatie", right)
    dialog = DeskUnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    opened: list[object] = []
    dialog.opened.connect(opened.append)
    _active(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase)  # take_keyboard, once shown
    _refused_then_right(qtbot, wrong, right, lambda: "does not open" in dialog.message.text(),
                        lambda: bool(opened))
