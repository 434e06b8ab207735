"""Re-key after a suspected leak (issue 17, item 3): a new data key, the database re-encrypted, new
slots; the session goes on under the new key; old secrets and old header copies stop opening the
vault; earlier backups still open with the secrets they were made with."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault, VaultCorrupted, WrongPassphrase
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.backup import BackupService
from trustdesk.vault.restore import inspect_backup

NEW = "a brand new passphrase after the leak"


def test_rekey_rotates_every_secret_and_keeps_the_data(data_dir: Path, keychain: Keychain, tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    vault = new_vault(data_dir, keychain=keychain)
    old_code = vault.recovery_code
    assert old_code is not None
    for n in range(5):
        vault.cases.add(Case(code="", opened_on=date(2026, 3, 1), details=f"rekeymarker {n}"))
    old_backup = BackupService(vault).backup_to(tmp_path / "before.tdbackup").path
    old_header = (data_dir / "keyslots.json").read_bytes()
    old_db = (data_dir / "vault.db").read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.rekey("not the passphrase", NEW)
    new_code = vault.rekey(PASSPHRASE, NEW)
    assert new_code != old_code and vault.recovery_code == new_code
    # The session goes on under the new key.
    vault.cases.add(Case(code="", opened_on=date(2026, 3, 2), details="rekeymarker after"))
    assert len(vault.search("rekeymarker")) == 6 and vault.integrity_errors() == []
    assert vault.audit.verify().intact and vault.audit.entries(event=AuditEvent.REKEYED)
    assert vault.verify_passphrase(NEW) and not vault.verify_passphrase(PASSPHRASE)
    new_backup = BackupService(vault).backup_to(tmp_path / "after.tdbackup").path
    vault.lock()
    assert (data_dir / "vault.db").read_bytes()[:4096] != old_db[:4096]  # re-encrypted, not just rewrapped
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_code(data_dir, old_code, keychain=keychain)
    again = Vault.unlock_with_recovery_code(data_dir, new_code, keychain=keychain)
    assert len(again.cases.list()) == 6
    again.lock()
    # An old copy of keyslots.json (old passphrase, old code) no longer opens the database, and
    # that refused open changes nothing.
    current = (data_dir / "keyslots.json").read_bytes()
    (data_dir / "keyslots.json").write_bytes(old_header)
    before = (data_dir / "vault.db").read_bytes()
    with pytest.raises(VaultCorrupted):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    with pytest.raises(VaultCorrupted):
        Vault.unlock_with_recovery_code(data_dir, old_code, keychain=keychain)
    assert (data_dir / "vault.db").read_bytes() == before
    (data_dir / "keyslots.json").write_bytes(current)
    # Earlier backups open with the secrets they were made with; later ones only with the new.
    assert inspect_backup(old_backup, passphrase=PASSPHRASE).verified
    assert inspect_backup(new_backup, passphrase=NEW).verified
    with pytest.raises(WrongPassphrase):
        inspect_backup(new_backup, passphrase=PASSPHRASE)


def test_new_recovery_code_is_audited_and_old_header_copies_still_open(data_dir: Path, keychain: Keychain,
                                                                       tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    """What a new recovery code does and does not do (the docstring says so now)."""
    vault = new_vault(data_dir, keychain=keychain)
    old_code = vault.recovery_code
    assert old_code is not None
    saved = tmp_path / "old-keyslots.json"
    shutil.copy2(data_dir / "keyslots.json", saved)
    vault.new_recovery_code()
    assert vault.audit.entries(event=AuditEvent.RECOVERY_CODE_CHANGED)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_code(data_dir, old_code, keychain=keychain)
    shutil.copy2(saved, data_dir / "keyslots.json")  # the data key did not change: the old copy still opens
    Vault.unlock_with_recovery_code(data_dir, old_code, keychain=keychain).lock()
