"""The interface of issue 17's key and opening items: re-key from Settings (3), the notices after an
unlock (9: no recovery slot, 14: disk full, 20: a vault that ends before its last change), a
read-only folder that offers no restore (16), and the audit stamp on saved PDFs (2)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.ui.test_shell_settings import _dialog
from trustdesk.ui.security.queries import opening_found
from trustdesk.ui.security.vault_notices import texts
from trustdesk.ui.shell.settings_dialog import SettingsDialog
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault, VaultCorrupted, WriteFailed, WrongPassphrase
from trustdesk.vault.db import Database


def notices(vault: Vault) -> list[str]:
    """What the unlock says about ``vault`` today, as the bar shows it."""
    return texts(opening_found(vault, date.today()))

def test_rekey_from_settings_shows_the_new_code_once(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault,
                                                     data_dir: Path, keychain: Keychain) -> None:
    old_code = vault.recovery_code
    old_header = (data_dir / "keyslots.json").read_bytes()
    shell, dialog = _dialog(qtbot, make_shell, vault)
    qtbot.mouseClick(dialog.findChild(QPushButton, "rekeyButton"), Qt.MouseButton.LeftButton)
    rekey = dialog.rekey_dialog
    ok = rekey.findChild(QPushButton, "rekeyOkButton")
    assert not ok.isEnabled()  # no passphrase yet
    rekey.findChild(QLineEdit, "rekeyCurrentPassphraseEdit").setText(PASSPHRASE)
    assert ok.isEnabled()
    ok.click()
    label = dialog.findChild(QLabel, "newRecoveryCodeLabel")
    qtbot.waitUntil(lambda: bool(re.match(r"^[0-9A-Z]{4}-", label.text())), timeout=15_000)
    new_code = label.text()
    assert new_code != old_code
    dialog.reject()
    assert label.text() == ""  # shown once
    shell.session.lock()
    assert old_code is not None
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_code(data_dir, old_code, keychain=keychain)
    Vault.unlock_with_recovery_code(data_dir, new_code, keychain=keychain).lock()
    (data_dir / "keyslots.json").write_bytes(old_header)  # an old copy of the key file
    with pytest.raises(VaultCorrupted):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)


def test_a_wrong_passphrase_in_the_rekey_dialog_changes_nothing(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                                vault: Vault, data_dir: Path) -> None:
    header = (data_dir / "keyslots.json").read_bytes()
    _shell, dialog = _dialog(qtbot, make_shell, vault)
    dialog.rekey()
    dialog.rekey_dialog.findChild(QLineEdit, "rekeyCurrentPassphraseEdit").setText("not the passphrase at all")
    dialog.rekey_dialog.findChild(QPushButton, "rekeyOkButton").click()
    message = dialog.findChild(QLabel, "passphraseMessage")
    qtbot.waitUntil(lambda: message.isVisible() and "not right" in message.text(), timeout=15_000)
    assert (data_dir / "keyslots.json").read_bytes() == header
    dialog.reject()


def test_no_recovery_slot_is_said_and_a_new_code_offered(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                         data_dir: Path, keychain: Keychain,
                                                         monkeypatch: pytest.MonkeyPatch, new_vault: Callable[..., Vault]) -> None:
    new_vault(data_dir, keychain=keychain).lock()
    header = json.loads((data_dir / "keyslots.json").read_text())
    header["slots"] = [s for s in header["slots"] if s["kind"] != "recovery"]
    (data_dir / "keyslots.json").write_text(json.dumps(header))
    offered: list[bool] = []
    monkeypatch.setattr(SettingsDialog, "make_new_recovery_code", lambda self: offered.append(True))
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    assert vault.recovery_slot_missing
    shell = make_shell()
    shell.start()
    shell.session.open(vault)
    window = shell.main_window
    assert window is not None and QApplication.activeModalWidget() is None  # said in the bar, not a dialog
    row = window.notice_bar.rows["no_recovery"]
    assert "no recovery code" in row.label.text() and row.isVisibleTo(window)
    row.action.click()
    qtbot.waitUntil(lambda: bool(offered))
    assert shell.settings_dialog is not None
    shell.session.lock()


def test_a_full_disk_opens_read_only_and_says_so(data_dir: Path, keychain: Keychain,
                                                 monkeypatch: pytest.MonkeyPatch, new_vault: Callable[..., Vault]) -> None:
    new_vault(data_dir, keychain=keychain).lock()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    monkeypatch.setattr("trustdesk.vault.open_checks.disk_full", lambda _d: True)
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        assert vault.read_only and notices(vault)[0].startswith("Disk full: read-only until space is freed")
        with pytest.raises(WriteFailed):
            vault.settings.set("probe", 1)
    finally:
        vault.lock()
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before


def test_a_vault_that_ends_early_says_what_is_missing(data_dir: Path, keychain: Keychain, new_vault: Callable[..., Vault]) -> None:
    vault = new_vault(data_dir, keychain=keychain)
    for n in range(4):
        vault.audit.append("export", detail=f"#{n}")
    key = bytes(vault._key)
    vault.lock()
    db = Database.open(data_dir / "vault.db", key)
    db.execute("DELETE FROM audit WHERE seq > 2")
    db.close()
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        said = [text for text in notices(vault) if "profile" not in text]  # (the empty profile's reminder)
        assert len(said) == 1 and "ends before its last recorded change" in said[0]
        assert "No backup in the backup folder holds it." in said[0]
    finally:
        vault.lock()


def test_a_read_only_folder_offers_no_restore(qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from trustdesk.ui.security.unlock import UnlockWindow

    vault.lock()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real_access(p, mode))
    window = UnlockWindow(data_dir, keychain=keychain)
    qtbot.addWidget(window)
    window.show()
    window.passphrase.setText(PASSPHRASE)
    window.try_unlock()
    qtbot.waitUntil(lambda: "read-only" in window.message.text(), timeout=15_000)
    assert not window.restore_button.isVisible()


def test_saved_pdfs_carry_the_audit_stamp(vault: Vault) -> None:
    from trustdesk.documents import recovery_kit_pdf
    from trustdesk.ui.output.queries import audit_stamped

    pdf = recovery_kit_pdf("0000-0000-0000-0000-0000-0000-00", vault.vault_id, "nl")
    head = vault.audit.head()
    assert head is not None
    stamped = audit_stamped(vault, pdf)
    assert f"/Keywords ({head.stamp})".encode() in stamped
    assert audit_stamped(vault, b"seq,at\r\n") == b"seq,at\r\n"  # CSV and other data as they are
