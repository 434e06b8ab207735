"""First-run wizard and unlock window against a real vault in tmp_path."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, MemoryKeyring
from trustdesk.ui.kit.language import system_language
from trustdesk.ui.security.unlock import RECOVERY_PAGE, RESET_PAGE, UnlockWindow
from trustdesk.ui.security.wizard import FirstRunWizard
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import KdfParams, Keychain, Vault
from trustdesk.vault.audit import AuditEvent

CODE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$")
NEW_PASSPHRASE = "a brand new evening passphrase"


def _files(data_dir: Path) -> dict[str, bytes]:
    return {name: (data_dir / name).read_bytes() for name in ("vault.db", "keyslots.json")}


@pytest.fixture
def locked_vault(new_vault: Callable[..., Vault]) -> Callable[[Path, Keychain], str]:
    """A real vault, locked, in ``data_dir``; returns its recovery code."""
    def make(data_dir: Path, keychain: Keychain) -> str:
        vault = new_vault(data_dir, keychain=keychain)
        code = vault.recovery_code
        vault.lock()
        assert code is not None
        return code
    return make


def _run_wizard(qtbot: QtBot, data_dir: Path, keychain: Keychain) -> tuple[FirstRunWizard, list[Vault]]:
    wizard = FirstRunWizard(data_dir, language="en", keychain=keychain, kdf=KdfParams())
    qtbot.addWidget(wizard)
    created: list[Vault] = []
    wizard.created.connect(created.append)
    wizard.show()
    next_button = wizard.findChild(QPushButton, "wizardNextButton")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage().objectName() == "startPage"  # a new vault (the default) or a restore
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage().objectName() == "passphrasePage"
    commit = wizard.findChild(QPushButton, "wizardCommitButton")
    first = wizard.findChild(QLineEdit, "newPassphraseEdit")
    second = wizard.findChild(QLineEdit, "newPassphraseRepeatEdit")
    first.setText("short")
    second.setText("short")
    assert not commit.isEnabled()  # below the minimum length
    first.setText(PASSPHRASE)
    second.setText(PASSPHRASE + "x")
    assert not commit.isEnabled()  # not the same twice
    second.setText(PASSPHRASE)
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage().objectName() == "recoveryPage", timeout=15000)
    return wizard, created


def test_wizard_creates_a_vault_and_requires_acknowledging_the_code(qtbot: QtBot, data_dir: Path) -> None:
    wizard, created = _run_wizard(qtbot, data_dir, Keychain.none())
    code = wizard.findChild(QLabel, "recoveryCodeLabel").text()
    assert CODE.match(code)
    assert wizard.findChild(QLabel, "passphraseOnlyNotice").isVisible()
    kit = wizard.findChild(QPushButton, "recoveryKitButton")  # the printable kit (documents) hooks in here
    assert kit is not None and kit.accessibleName()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())  # no way back past creation
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the code must be acknowledged first
    wizard.findChild(type(wizard.recovery_page.confirm), "recoveryCodeConfirm").setChecked(True)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    # the profile that signs the letters (optional), then a backup folder (optional)
    assert wizard.currentPage().objectName() == "profilePage"
    wizard.findChild(QLineEdit, "wizard_profile_name").setText("Dr. Els Vermeulen")
    wizard.findChild(QLineEdit, "wizard_profile_title").setText("psychiater")
    wizard.findChild(QLineEdit, "wizard_profile_riziv").setText("1-23456-78-901")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage().objectName() == "backupPage"
    stick = data_dir.parent / "usb-stick"
    stick.mkdir()
    wizard.backup_page.set_folder(stick)
    assert finish.isVisible() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert len(created) == 1 and not created[0].is_locked
    from trustdesk.vault.backup import BackupService

    profile = created[0].settings.profile()
    assert (profile.name, profile.title, profile.riziv, profile.contact) == (
        "Dr. Els Vermeulen", "psychiater", "1-23456-78-901", "")
    assert BackupService(created[0]).folder() == stick
    created[0].lock()
    reopened = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    reopened.lock()
    assert Vault.unlock_with_recovery_code(data_dir, code, keychain=Keychain.none()).opened_with_recovery


def test_wizard_with_a_keychain_does_not_claim_passphrase_only(qtbot: QtBot, data_dir: Path,
                                                               keychain: Keychain) -> None:
    wizard, _ = _run_wizard(qtbot, data_dir, keychain)
    assert not wizard.findChild(QLabel, "passphraseOnlyNotice").isVisible()
    assert wizard.vault is not None and not wizard.vault.passphrase_only
    wizard.leave()  # leaving before acknowledging locks the new vault (after asking: test_wizard_leave.py)
    assert wizard.vault is None


def _unlock_window(qtbot: QtBot, data_dir: Path, keychain: Keychain) -> UnlockWindow:
    window = UnlockWindow(data_dir, keychain=keychain)
    qtbot.addWidget(window)
    window.show()
    return window


def _submit(qtbot: QtBot, window: UnlockWindow, text: str) -> None:
    edit = window.findChild(QLineEdit, "passphraseEdit")
    edit.setText(text)
    qtbot.mouseClick(window.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    assert edit.isReadOnly()  # busy while Argon2 runs in the worker (read-only: it keeps the keyboard)
    qtbot.waitUntil(lambda: not edit.isReadOnly(), timeout=15000)


def test_wrong_passphrase_writes_nothing_then_right_one_unlocks(qtbot: QtBot, data_dir: Path,
                                                                keychain: Keychain,
        locked_vault: Callable[[Path, Keychain], str]) -> None:
    locked_vault(data_dir, keychain)
    before = _files(data_dir)
    window = _unlock_window(qtbot, data_dir, keychain)
    _submit(qtbot, window, "not the passphrase at all")
    message = window.findChild(QLabel, "unlockMessage").text()
    assert "does not open" in message
    assert window.failed_attempts == 1
    assert _files(data_dir) == before
    assert not (data_dir / "vault.db-wal").exists() or (data_dir / "vault.db-wal").stat().st_size == 0

    with qtbot.waitSignal(window.unlocked, timeout=15000) as opened:
        _submit(qtbot, window, PASSPHRASE)
    vault = opened.args[0]
    try:
        assert not vault.is_locked
        assert window.failed_attempts == 0
        assert window.findChild(QLineEdit, "passphraseEdit").text() == ""
        failures = vault.audit.entries(event=AuditEvent.UNLOCK_FAILED)
        assert len(failures) == 1 and "1 failed" in failures[0].detail
    finally:
        vault.lock()


def test_missing_device_secret_leads_to_recovery_and_a_new_passphrase(qtbot: QtBot, data_dir: Path,
                                                                      keychain: Keychain,
        locked_vault: Callable[[Path, Keychain], str]) -> None:
    code = locked_vault(data_dir, keychain)
    other_computer = Keychain(MemoryKeyring())  # a keychain that never saw this vault
    window = _unlock_window(qtbot, data_dir, other_computer)
    _submit(qtbot, window, PASSPHRASE)
    assert "recovery code" in window.findChild(QLabel, "unlockMessage").text()
    assert window.failed_attempts == 0  # the passphrase may well be right
    assert window.stack.currentIndex() == RECOVERY_PAGE  # the way out is offered at once
    qtbot.mouseClick(window.findChild(QPushButton, "recoveryBackButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "useRecoveryCodeButton"), Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == RECOVERY_PAGE
    window.findChild(QLineEdit, "recoveryCodeEdit").setText("0000-0000-0000-0000-0000-0000-00")
    qtbot.mouseClick(window.findChild(QPushButton, "recoveryContinueButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recovery code does not open" in window.message.text(), timeout=15000)

    window.findChild(QLineEdit, "recoveryCodeEdit").setText(code.lower().replace("-", " "))
    qtbot.mouseClick(window.findChild(QPushButton, "recoveryContinueButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == RESET_PAGE, timeout=15000)
    save = window.findChild(QPushButton, "saveNewPassphraseButton")
    assert not save.isEnabled()
    window.findChild(QLineEdit, "resetPassphraseEdit").setText(NEW_PASSPHRASE)
    window.findChild(QLineEdit, "resetPassphraseRepeatEdit").setText(NEW_PASSPHRASE)
    assert save.isEnabled()
    with qtbot.waitSignal(window.unlocked, timeout=15000) as opened:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    opened.args[0].lock()
    Vault.unlock(data_dir, NEW_PASSPHRASE, keychain=other_computer).lock()


def test_damaged_vault_gets_a_clear_message(qtbot: QtBot, data_dir: Path, keychain: Keychain,
        locked_vault: Callable[[Path, Keychain], str]) -> None:
    locked_vault(data_dir, keychain)
    db = data_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[:4096] = bytes(4096)  # the first page is gone
    db.write_bytes(bytes(raw))
    before = _files(data_dir)
    window = _unlock_window(qtbot, data_dir, keychain)
    _submit(qtbot, window, PASSPHRASE)
    assert "damaged" in window.findChild(QLabel, "unlockMessage").text()
    assert window.failed_attempts == 0
    assert _files(data_dir) == before


def test_vault_from_a_newer_version_gets_a_clear_message(qtbot: QtBot, data_dir: Path,
                                                         keychain: Keychain,
        locked_vault: Callable[[Path, Keychain], str]) -> None:
    locked_vault(data_dir, keychain)
    header = data_dir / "keyslots.json"
    header.write_text(re.sub(r'"format":\s*1', '"format": 99', header.read_text()))
    window = _unlock_window(qtbot, data_dir, keychain)
    _submit(qtbot, window, PASSPHRASE)
    assert "newer version" in window.findChild(QLabel, "unlockMessage").text()


def test_wizard_language_choice_retranslates_it_live(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    shell = make_shell()
    wizard = shell.start()  # an empty data dir: the wizard comes first
    assert wizard.objectName() == "firstRunWizard"
    page = wizard.findChild(QWizardPage, "languagePage")
    assert page.title() == "Welcome to TrustDesk"
    wizard.findChild(QRadioButton, "language_nl").click()
    qtbot.waitUntil(lambda: page.title() == "Welkom bij TrustDesk")
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Volgende"
    assert shell.preferences.language == "nl"
    wizard.findChild(QRadioButton, "language_fr").click()
    qtbot.waitUntil(lambda: page.title() == "Bienvenue dans TrustDesk")
    wizard.findChild(QRadioButton, "language_en").click()
    qtbot.waitUntil(lambda: page.title() == "Welcome to TrustDesk")


@pytest.mark.parametrize(("locale", "expected"), [("nl_BE", "nl"), ("fr_BE", "fr"), ("en_GB", "en"),
                                                  ("de_BE", "en")])
def test_default_language_follows_the_system_among_ours(locale: str, expected: str) -> None:
    assert system_language(QLocale(locale)) == expected


def test_wizard_tells_a_failed_creation_and_touches_nothing(qtbot: QtBot, data_dir: Path,
                                                            keychain: Keychain,
        locked_vault: Callable[[Path, Keychain], str]) -> None:
    wizard = FirstRunWizard(data_dir, language="en", keychain=keychain, kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()  # a new vault
    locked_vault(data_dir, keychain)  # another vault appears before "Create" (a second window, a restore)
    before = _files(data_dir)
    wizard.findChild(QLineEdit, "newPassphraseEdit").setText(NEW_PASSPHRASE)
    wizard.findChild(QLineEdit, "newPassphraseRepeatEdit").setText(NEW_PASSPHRASE)
    qtbot.mouseClick(wizard.findChild(QPushButton, "wizardCommitButton"), Qt.MouseButton.LeftButton)
    retry = wizard.findChild(QPushButton, "retryCreateButton")
    qtbot.waitUntil(retry.isVisible, timeout=15000)
    assert "already exists" in wizard.findChild(QLabel, "createStatus").text()
    assert wizard.vault is None and wizard.currentPage().objectName() == "createPage"
    assert _files(data_dir) == before


def test_the_recovery_code_is_typed_hidden_with_a_show_toggle(qtbot: QtBot, data_dir: Path, keychain: Keychain,
                                                               new_vault: Callable[..., Vault]) -> None:
    """Issue 17: the recovery code (a key to the vault) was shown in clear while typed.  Like the
    passphrase it is hidden by default, a check box shows it, and it is hidden again each time the
    page is shown."""
    from PySide6.QtWidgets import QCheckBox

    new_vault(data_dir, keychain=keychain).lock()
    window = _unlock_window(qtbot, data_dir, keychain)
    code = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-45"
    edit = window.findChild(QLineEdit, "recoveryCodeEdit")
    show = window.findChild(QCheckBox, "recoveryCodeShow")
    assert show.accessibleName()
    for _ in range(2):
        window.show_recovery()
        assert window.stack.currentIndex() == RECOVERY_PAGE and show.isVisible() and not show.isChecked()
        edit.setText(code)
        assert edit.echoMode() is QLineEdit.EchoMode.Password and code not in edit.displayText()
        show.setChecked(True)
        assert edit.echoMode() is QLineEdit.EchoMode.Normal and edit.displayText() == code
        show.setChecked(False)
        assert code not in edit.displayText()
        show.setChecked(True)
        window.show_passphrase()
    window.show_recovery()
    assert edit.echoMode() is QLineEdit.EchoMode.Password
    assert window.findChild(QLineEdit, "passphraseEdit").echoMode() is QLineEdit.EchoMode.Password
