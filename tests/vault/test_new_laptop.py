"""A new laptop, end to end across separate data folders and keychains: the old laptop's vault is
backed up; an EMPTY data folder on the new laptop is restored from the backup with the passphrase,
and another with the recovery code and a new passphrase; each opens, holds every case, and knows its
last backup.  Kept-aside copies: destruction under the retention rule reaches the ones of the same
vault; another vault's copy is named; a kept-aside copy can be removed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, MemoryKeyring
from trustdesk.domain import Case, Contact, RiskLevel
from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.db import Database
from trustdesk.vault.restore import kept_aside_copies, remove_kept_aside, restore_backup
from trustdesk.vault.retention import copies_in_data_dir, destroy_case

NEW = "a new passphrase for the new laptop"


def _old_laptop(root: Path, new_vault: Callable[..., Vault]) -> tuple[Vault, Path, str, list[str]]:
    old = new_vault(root / "old-laptop" / "data", keychain=Keychain(MemoryKeyring()), name="old-laptop")
    code = old.recovery_code or ""
    codes = []
    for i in range(4):
        case = old.cases.add(Case(code="", opened_on=date(2019, 1, 2 + i), doctor_name=f"Dokter{i}"))
        assert case.id is not None
        old.contacts.add(Contact(case_id=case.id, at=datetime(2019, 1, 9, 10), notes=f"Geheimxq{i}",
                                 risk=RiskLevel.LOW))
        if i == 0:  # closed long ago: due for destruction
            old.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2019, 2, 1), reason=CloseReason.OTHER)
        codes.append(case.code)
    (root / "stick").mkdir()
    backup = BackupService(old).backup_to(root / "stick" / "vault.tdbackup").path
    return old, backup, code, codes


def _cases(data_dir: Path, passphrase: str, keychain: Keychain) -> list[tuple[str, str]]:
    v = Vault.unlock(data_dir, passphrase, keychain=keychain)
    try:
        return sorted((c.code, c.doctor_name) for c in v.cases.list())
    finally:
        v.lock()


def test_new_laptop_with_the_passphrase_and_with_the_recovery_code(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    old, backup, recovery, codes = _old_laptop(tmp_path, new_vault)
    expected = sorted((c.code, c.doctor_name) for c in old.cases.list())
    made = BackupService(old).last_success()
    old.lock()
    for how in ("passphrase", "recovery code"):
        data = tmp_path / f"new-laptop-{how.replace(' ', '-')}" / "data"
        keychain = Keychain(MemoryKeyring())  # another computer's keychain
        assert not data.exists()  # an empty data folder: nothing to keep aside
        if how == "passphrase":
            result = restore_backup(backup, data, passphrase=PASSPHRASE, keychain=keychain)
            passphrase = PASSPHRASE
        else:
            result = restore_backup(backup, data, recovery_code=recovery, new_passphrase=NEW, keychain=keychain)
            passphrase = NEW
        assert result.kept_aside is None and kept_aside_copies(data) == []
        assert _cases(data, passphrase, keychain) == expected
        v = Vault.unlock(data, passphrase, keychain=keychain)
        try:
            service = BackupService(v)  # the restored vault knows its last backup: the one restored from
            last = service.last_result()
            assert last is not None and last.ok and last.file == backup.name
            assert service.last_success() is not None and made is not None
            assert abs((service.last_success() - made).total_seconds()) <= 2  # type: ignore[operator]
        finally:
            v.lock()


def test_destruction_reaches_kept_aside_copies_of_the_same_vault(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    old, backup, _recovery, codes = _old_laptop(tmp_path, new_vault)
    old.lock()
    data = tmp_path / "new-laptop" / "data"
    keychain = Keychain(MemoryKeyring())
    restore_backup(backup, data, passphrase=PASSPHRASE, keychain=keychain)
    again = restore_backup(backup, data, passphrase=PASSPHRASE, keychain=keychain)  # restored twice
    assert again.kept_aside is not None and again.kept_aside.parent == data
    v = Vault.unlock(data, PASSPHRASE, keychain=keychain)
    try:
        reachable, other = copies_in_data_dir(v)
        assert reachable == [again.kept_aside] and other == []
        doomed = v.cases.by_code(codes[0])
        assert doomed is not None and doomed.id is not None
        result = destroy_case(v, doomed.id, codes[0], today=date(2026, 12, 6))
        assert result.reached == (again.kept_aside,) and result.unreached == ()
        copy = Database.open(again.kept_aside / "vault.db", v._require_key())  # noqa: SLF001
        try:
            left = [r[0] for r in copy.query("SELECT code FROM cases ORDER BY code")]
            notes = [r[0] for r in copy.query("SELECT notes FROM contacts")]
        finally:
            copy.close()
        assert left == sorted(codes[1:]) and "Geheimxq0" not in notes and "Geheimxq1" in notes
        assert b"Geheimxq0" not in (again.kept_aside / "vault.db").read_bytes()
    finally:
        v.lock()


def test_another_vaults_copy_is_named_and_can_be_removed(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    old, backup, _recovery, codes = _old_laptop(tmp_path, new_vault)
    old.lock()
    data = tmp_path / "new-laptop" / "data"
    keychain = Keychain(MemoryKeyring())
    throwaway = new_vault(data, keychain=keychain, passphrase="a throw-away passphrase")  # the old detour
    throwaway.lock()
    result = restore_backup(backup, data, passphrase=PASSPHRASE, keychain=keychain)
    assert result.kept_aside is not None
    v = Vault.unlock(data, PASSPHRASE, keychain=keychain)
    try:
        assert copies_in_data_dir(v) == ([], [result.kept_aside])
        doomed = v.cases.by_code(codes[0])
        assert doomed is not None and doomed.id is not None
        destruction = destroy_case(v, doomed.id, codes[0])
        assert destruction.unreached == (result.kept_aside,) and destruction.reached == ()
    finally:
        v.lock()
    with pytest.raises(ValueError):
        remove_kept_aside(data, tmp_path)  # only a kept-aside folder of this data folder
    with pytest.raises(ValueError):
        remove_kept_aside(tmp_path / "elsewhere", result.kept_aside)
    remove_kept_aside(data, result.kept_aside)
    assert kept_aside_copies(data) == [] and not result.kept_aside.exists()
    assert _cases(data, PASSPHRASE, keychain)  # the restored vault is untouched
