"""Settings dialog: live language switch, idle minutes, change passphrase, a new recovery code."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.ui.test_shell import TEST_PAGES
from trustdesk.ui.kit.preferences import folder_idle_minutes
from trustdesk.ui.output.reauth import gate_for
from trustdesk.ui.shell.settings_dialog import SettingsDialog
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault, WrongPassphrase

NEW_PASSPHRASE = "violet lighthouse over the scheldt"


def _dialog(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault) -> tuple[Shell, SettingsDialog]:
    shell = make_shell(pages=TEST_PAGES)
    shell.start()
    shell.session.open(vault)
    assert shell.main_window is not None
    shell.main_window.settings_action.trigger()
    dialog = shell.settings_dialog
    assert dialog is not None and dialog.isVisible()
    return shell, dialog


def test_language_and_idle_minutes_apply_at_once(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                 vault: Vault) -> None:
    shell, dialog = _dialog(qtbot, make_shell, vault)
    combo = dialog.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("fr"))
    box = dialog.findChild(QGroupBox)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Paramètres")
    assert box.title() == "Interface"
    assert shell.preferences.language == "fr" and shell.language == "fr"
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")
    dialog.findChild(QSpinBox, "idleMinutesSpin").setValue(3)
    assert folder_idle_minutes(shell.data_dir, shell.preferences) == 3  # kept for this data folder
    assert shell.idle._limit == 180  # noqa: SLF001 - the running idle lock follows at once


def test_change_passphrase_needs_the_current_one(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                 vault: Vault, data_dir: Path, keychain: Keychain) -> None:
    _, dialog = _dialog(qtbot, make_shell, vault)
    button = dialog.findChild(QPushButton, "changePassphraseButton")
    current = dialog.findChild(QLineEdit, "currentPassphraseEdit")
    dialog.findChild(QLineEdit, "changedPassphraseEdit").setText(NEW_PASSPHRASE)
    dialog.findChild(QLineEdit, "changedPassphraseRepeatEdit").setText(NEW_PASSPHRASE)
    assert not button.isEnabled()
    current.setText("not my passphrase")
    header = (data_dir / "keyslots.json").read_bytes()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "passphraseMessage")
    qtbot.waitUntil(lambda: "not right" in message.text(), timeout=15000)
    assert (data_dir / "keyslots.json").read_bytes() == header

    current.setText(PASSPHRASE)
    qtbot.waitUntil(button.isEnabled, timeout=15000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was changed" in message.text(), timeout=15000)
    assert current.text() == ""
    vault.lock()
    Vault.unlock(data_dir, NEW_PASSPHRASE, keychain=keychain).lock()


def test_new_recovery_code_replaces_the_old_one(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                vault: Vault, data_dir: Path, keychain: Keychain) -> None:
    old = vault.recovery_code
    shell, dialog = _dialog(qtbot, make_shell, vault)
    gate_for(shell.session).proven()  # the passphrase was given a moment ago
    dialog.confirm_new_recovery_code = lambda: True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.findChild(QPushButton, "newRecoveryCodeButton"), Qt.MouseButton.LeftButton)
    label = dialog.findChild(QLabel, "newRecoveryCodeLabel")
    qtbot.waitUntil(lambda: bool(re.match(r"^[0-9A-Z]{4}-", label.text())), timeout=5000)
    new = label.text()
    assert new != old
    dialog.reject()
    assert label.text() == ""  # shown once
    vault.lock()
    assert old is not None
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_code(data_dir, old, keychain=keychain)
    Vault.unlock_with_recovery_code(data_dir, new, keychain=keychain).lock()


def test_new_recovery_code_asks_for_the_passphrase(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                   vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    shell, dialog = _dialog(qtbot, make_shell, vault)
    asked: list[str] = []
    monkeypatch.setattr("trustdesk.ui.output.reauth.require_reauth", lambda _s, _p, what: asked.append(what) or False)
    dialog.confirm_new_recovery_code = lambda: True  # type: ignore[method-assign]
    old_header = (vault.data_dir / "keyslots.json").read_bytes()
    dialog.make_new_recovery_code()
    assert asked and dialog.findChild(QLabel, "newRecoveryCodeLabel").text() == ""
    assert (vault.data_dir / "keyslots.json").read_bytes() == old_header  # refused: nothing changed
    dialog.reject()


def test_lock_ends_an_open_question_and_the_dialogs(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                    vault: Vault) -> None:
    shell, dialog = _dialog(qtbot, make_shell, vault)
    rescued: list[bool] = []

    def rescue() -> None:  # only if the lock did not end the question: keeps a failing test from hanging
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            rescued.append(True)
            box.reject()

    QTimer.singleShot(100, shell.session.lock)  # the idle lock fires while the question is open
    QTimer.singleShot(3000, rescue)
    dialog.make_new_recovery_code()  # blocks in the question's own event loop until it ends
    assert vault.is_locked
    assert not rescued
    assert not dialog.isVisible()
    assert dialog.findChild(QLabel, "newRecoveryCodeLabel").text() == ""


@pytest.mark.parametrize("folder_set", [True, False])
def test_a_passphrase_change_says_old_backups_need_the_old_one_and_backs_up(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, data_dir: Path, keychain: Keychain,
        tmp_path: Path, folder_set: bool) -> None:
    """Issue 19.6: the success message says that earlier backups still need the OLD passphrase; with a backup
    folder set a fresh backup is made at once, and it opens with the NEW passphrase."""
    from trustdesk.vault.backup import BackupService
    from trustdesk.vault.backup_file import read_header
    from trustdesk.vault.restore import inspect_backup

    folder = tmp_path / "backups"
    folder.mkdir()
    service = BackupService(vault)
    if folder_set:
        service.set_folder(folder)
        old_backup = service.run_automatic().path
    _, dialog = _dialog(qtbot, make_shell, vault)
    dialog.findChild(QLineEdit, "currentPassphraseEdit").setText(PASSPHRASE)
    dialog.findChild(QLineEdit, "changedPassphraseEdit").setText(NEW_PASSPHRASE)
    dialog.findChild(QLineEdit, "changedPassphraseRepeatEdit").setText(NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.findChild(QPushButton, "changePassphraseButton"), Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "passphraseMessage")
    qtbot.waitUntil(lambda: "was changed" in message.text(), timeout=30000)
    assert "OLD passphrase" in message.text()
    made = sorted(folder.glob("*"))
    if not folder_set:
        assert made == [] and "No backup folder" in message.text()
        return
    fresh = [p for p in made if p != old_backup]
    assert len(fresh) == 1 and fresh[0].name in message.text()
    # the "Last backup" line follows the vault's record (the change feed), not a copy made when Settings opened
    from trustdesk.ui.kit.case_labels import datetime_text

    last = dialog.findChild(QLabel, "backupLastResult")
    latest = service.last_result()
    assert latest is not None and latest.file == fresh[0].name
    qtbot.waitUntil(lambda: datetime_text(latest.at) in last.text(), timeout=10000)
    assert read_header(fresh[0]) is not None
    assert inspect_backup(fresh[0], passphrase=NEW_PASSPHRASE).verified
    with pytest.raises(WrongPassphrase):
        inspect_backup(old_backup, passphrase=NEW_PASSPHRASE)  # the earlier one: still the OLD passphrase
