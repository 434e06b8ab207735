"""The restore wizard: file → secret → preview → confirm; the old vault is kept aside; a wrong
passphrase changes nothing; the unlock window offers it when the vault is damaged."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.models import Case
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.restore_wizard import (
    DONE_PAGE,
    FILE_PAGE,
    PREVIEW_PAGE,
    SECRET_PAGE,
    RestoreWizard,
)
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.backup import BackupService


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _backup(vault: Vault, tmp_path: Path) -> Path:
    vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    vault.cases.add(Case(code="", opened_on=date(2026, 10, 2)))
    target = tmp_path / "backup.tdbackup"
    BackupService(vault).backup_to(target)
    vault.cases.add(Case(code="", opened_on=date(2026, 11, 20)))  # after the backup
    return target


def test_round_trip_keeps_the_old_vault_aside(qtbot: QtBot, qapp: QApplication, vault: Vault, data_dir: Path,
                                              keychain: Keychain, tmp_path: Path) -> None:
    backup = _backup(vault, tmp_path)
    session = VaultSession()
    session.open(vault)
    wizard = RestoreWizard(data_dir, keychain=keychain, session=session)
    qtbot.addWidget(wizard)
    assert wizard.page == FILE_PAGE and not wizard.next_button.isEnabled()
    wizard.file_edit.setText(str(backup))
    wizard.next()
    assert wizard.page == SECRET_PAGE and not wizard.next_button.isEnabled()
    wizard.secret.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page == PREVIEW_PAGE, timeout=15_000)
    assert "2 case" in wizard.preview.text()
    assert session.is_unlocked  # nothing happens before the confirmation
    assert not wizard.next_button.isEnabled()
    wizard.confirm.setChecked(True)
    wizard.next()
    assert not session.is_unlocked  # locked first
    qtbot.waitUntil(lambda: wizard.page == DONE_PAGE, timeout=15_000)
    assert wizard.outcome is not None and wizard.outcome.kept_aside is not None
    kept = wizard.outcome.kept_aside
    assert kept.is_dir() and str(kept) in wizard.done_text.text()
    restored = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    assert len(restored.cases.list()) == 2
    restored.lock()
    old = Vault.unlock(kept, PASSPHRASE, keychain=keychain)  # the kept-aside copy still opens, whole
    assert len(old.cases.list()) == 3
    old.lock()
    session.deleteLater()


def test_wrong_passphrase_changes_nothing(qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain,
                                          tmp_path: Path) -> None:
    backup = _backup(vault, tmp_path)
    vault.lock()
    before = _digest(data_dir)
    wizard = RestoreWizard(data_dir, keychain=keychain)
    qtbot.addWidget(wizard)
    wizard.file_edit.setText(str(backup))
    wizard.next()
    wizard.secret.setText("not the passphrase at all")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy.isVisibleTo(wizard) and wizard.message.text() != ""
                    and "Opening" not in wizard.message.text(), timeout=15_000)
    assert wizard.page == SECRET_PAGE
    assert "does not open this backup" in wizard.message.text()
    assert _digest(data_dir) == before
    assert not [p for p in data_dir.iterdir() if p.name.startswith("kept-aside-")]


def test_a_damaged_file_is_refused(qtbot: QtBot, data_dir: Path, keychain: Keychain, tmp_path: Path) -> None:
    junk = tmp_path / "junk.tdbackup"
    junk.write_bytes(b"PK\x03\x04 not really a backup" * 10)
    wizard = RestoreWizard(data_dir, keychain=keychain)
    qtbot.addWidget(wizard)
    wizard.file_edit.setText(str(junk))
    wizard.next()
    wizard.secret.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: "damaged" in wizard.message.text(), timeout=15_000)
    assert wizard.page == SECRET_PAGE


def test_recovery_code_needs_a_new_passphrase(qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain,
                                              tmp_path: Path) -> None:
    code = vault.recovery_code
    assert code
    backup = _backup(vault, tmp_path)
    vault.lock()
    wizard = RestoreWizard(data_dir, keychain=keychain)
    qtbot.addWidget(wizard)
    wizard.file_edit.setText(str(backup))
    wizard.next()
    wizard.use_code.setChecked(True)
    wizard.secret.setText(code)
    assert not wizard.next_button.isEnabled()
    wizard.new_fields.first.setText("a brand new passphrase here")
    wizard.new_fields.second.setText("a brand new passphrase here")
    assert wizard.next_button.isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page == PREVIEW_PAGE, timeout=15_000)
    wizard.confirm.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page == DONE_PAGE, timeout=15_000)
    Vault.unlock(data_dir, "a brand new passphrase here", keychain=keychain).lock()


def test_unlock_window_offers_a_restore_when_the_vault_is_damaged(qtbot: QtBot, vault: Vault, data_dir: Path,
                                                                  keychain: Keychain) -> None:
    from trustdesk.ui.security.unlock import UnlockWindow

    vault.lock()
    db = data_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[0:64] = bytes(64)  # the first page: the slot opens, the database does not
    db.write_bytes(bytes(raw))
    window = UnlockWindow(data_dir, keychain=keychain)
    qtbot.addWidget(window)
    window.show()
    assert not window.restore_button.isVisible()
    window.passphrase.setText(PASSPHRASE)
    window.try_unlock()
    qtbot.waitUntil(lambda: window.restore_button.isVisible(), timeout=15_000)
    with qtbot.waitSignal(window.restore_requested):
        window.restore_button.click()


def test_the_shell_opens_the_wizard_from_settings_and_from_the_unlock_window(
        qtbot: QtBot, make_shell: object, vault: Vault, tmp_path: Path) -> None:
    from tests.ui.test_shell import _unlocked_shell

    backup = _backup(vault, tmp_path)
    shell = _unlocked_shell(make_shell, vault)  # type: ignore[arg-type]
    shell.show_settings()
    assert shell.settings_dialog is not None
    shell.settings_dialog.backup_box.restore_button.click()
    wizard = shell.restore_wizard
    assert isinstance(wizard, RestoreWizard) and wizard.isVisible() and wizard.parent() is None  # outlives the lock
    wizard.file_edit.setText(str(backup))
    wizard.next()
    wizard.secret.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page == PREVIEW_PAGE, timeout=15_000)
    wizard.confirm.setChecked(True)
    wizard.next()  # locks: the main window goes; the wizard stays in front (the unlock window comes after it)
    assert shell.main_window is None and shell.unlock_window is None
    qtbot.waitUntil(lambda: wizard.page == DONE_PAGE, timeout=15_000)
    assert wizard.next_button.isVisible() and wizard.next_button.isEnabled()  # its Close button, uncovered
    wizard.close()
    unlock = shell.unlock_window
    assert unlock is not None and unlock.isVisible() and not unlock.restore_button.isVisible()
    with qtbot.waitSignal(shell.session.unlocked, timeout=15_000):
        unlock.passphrase.setText(PASSPHRASE)
        unlock.try_unlock()
    restored = shell.session.require()
    assert len(restored.cases.list()) == 2
    unlock.restore_requested.emit()  # the damaged-vault path opens the same wizard
    assert isinstance(shell.restore_wizard, RestoreWizard) and shell.restore_wizard is not wizard
    shell.restore_wizard.close()


def test_the_secret_is_hidden_for_both_kinds_unless_shown(qtbot: QtBot, qapp: QApplication, data_dir: Path,
                                                           keychain: Keychain) -> None:
    """The recovery code opens every backup: typed hidden like the passphrase (an outside tester read it off the
    screen), shown only while the box is ticked, and hidden again when the kind of secret changes."""
    from PySide6.QtWidgets import QLineEdit

    wizard = RestoreWizard(data_dir, keychain=keychain, session=None)
    qtbot.addWidget(wizard)
    hidden, shown = QLineEdit.EchoMode.Password, QLineEdit.EchoMode.Normal
    for use_code in (False, True, False, True):
        (wizard.use_code if use_code else wizard.use_passphrase).setChecked(True)
        assert wizard.secret.echoMode() == hidden and not wizard.secret_show.isChecked()
        wizard.secret_show.setChecked(True)
        assert wizard.secret.echoMode() == shown
        wizard.secret_show.setChecked(False)
        assert wizard.secret.echoMode() == hidden
        wizard.secret_show.setChecked(True)  # left shown: the next kind starts hidden again
