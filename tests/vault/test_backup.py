"""Backups and restore on real vaults: round trip, no plaintext, keys, rotation, failures."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, MemoryKeyring
from trustdesk.cli import backup_verify
from trustdesk.domain import (
    Case,
    CaseStatus,
    CloseReason,
    Contact,
    Provider,
    ProviderKind,
    Referral,
    RiskLevel,
    Task,
    Template,
    TemplateKind,
)
from trustdesk.domain.enums import Language
from trustdesk.vault import Keychain, Vault, VaultError, WriteFailed, WrongPassphrase, backup_slot, keyslots
from trustdesk.vault.backup import BackupFailed, BackupService, write_backup
from trustdesk.vault.backup_file import BackupDamaged, check_copy, extract_copy, read_header
from trustdesk.vault.restore import inspect_backup, restore_backup

MARKERS = ("Qzwanhildeverdonck", "qqnotemarkerwoord", "qqagreementmarker", "qqsafetyplanmarker",
           "qqlettermarker", "qqtaskmarker", "qqrevisionmarker", "qqdetailsmarker")


# -- helpers shared with the retention tests ------------------------------------------------------

def populate(vault: Vault, markers: tuple[str, ...] = MARKERS, *, contacts: int = 3) -> Case:
    """One case touching every table, with the marker words."""
    m = list(markers)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), doctor_name=f"Dr {m[0]}",
                                doctor_email="arts@example.be", details=f"intake {m[7]}"))
    assert case.id is not None
    old = datetime(2026, 10, 2, 20, 0)
    for i in range(contacts):
        c = vault.contacts.add(Contact(case_id=case.id, at=old + timedelta(days=i), notes=f"{m[6]} {i}",
                                       agreements=f"{m[2]} {i}", risk=RiskLevel.HIGH, safety_plan=m[3]),
                               at=old)
        vault.contacts.update(replace(c, notes=f"{m[1]} nummer {i}"), at=old + timedelta(days=3))
    provider = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Praktijk De Linde"))
    referral = vault.referrals.add(Referral(case_id=case.id, provider_id=provider.id,
                                            provider_name="Praktijk De Linde", consent_given=True,
                                            consent_date=date(2026, 10, 3), reason="begeleiding"))
    vault.referrals.update(replace(referral, letter_text=f"Geachte collega, {m[4]}"))
    vault.tasks.add(Task(title=f"bel terug {m[5]}", due_on=date(2026, 10, 10), case_id=case.id))
    vault.templates.add(Template(name="brief", kind=TemplateKind.REFERRAL_PSY, language=Language.NL,
                                 body="Geachte {{ provider.name }}"))
    return case


def dump(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), in a stable order."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").fetchall()]
    return {t: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{t}"').fetchall()), key=repr)
            for t in tables}


def dump_bytes(conn: Any) -> bytes:
    out = []
    for rows in dump(conn).values():
        for row in rows:
            for value in row:
                out.append(value if isinstance(value, bytes) else str(value).encode("utf-8"))
    return b"\x00".join(out).lower()


def files_state(directory: Path) -> dict[str, str]:
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """A folder nobody may write in — also root (chattr +i), or the test is skipped."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a folder read-only as root here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def _backup(vault: Vault, tmp_path: Path, name: str = "b.tdbackup") -> Path:
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    return BackupService(vault).backup_to(folder / name).path


# -- the key design ---------------------------------------------------------------------------

def test_backup_slot_lives_inside_the_vault_never_in_the_header(data_dir: Path, vault: Vault) -> None:
    slot = backup_slot.load(vault.db)
    assert slot is not None and not slot.device_secret
    header = json.loads((data_dir / "keyslots.json").read_text())
    assert len(header["slots"]) == 2
    assert slot.salt not in [keyslots.KeySlot.from_json(s).salt for s in header["slots"]]
    assert bytes(keyslots.open_passphrase_slot(slot, vault.vault_id, PASSPHRASE, None)) == bytes(vault._key)


def test_backup_slot_follows_the_passphrase(vault: Vault, tmp_path: Path) -> None:
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    path = _backup(vault, tmp_path)
    with pytest.raises(WrongPassphrase):
        inspect_backup(path, passphrase=PASSPHRASE)
    assert inspect_backup(path, passphrase="a brand new passphrase").verified


def test_unlock_adds_a_missing_backup_slot(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    vault.db.execute("DELETE FROM settings WHERE key = ?", (backup_slot.SETTING_KEY,))
    vault.lock()
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        slot = backup_slot.load(again.db)
        assert slot is not None
        assert bytes(keyslots.open_passphrase_slot(slot, again.vault_id, PASSPHRASE, None)) == bytes(again._key)
    finally:
        again.lock()


def test_backup_without_passphrase_slot_opens_with_the_recovery_code(
        data_dir: Path, keychain: Keychain, vault: Vault, tmp_path: Path) -> None:
    code = vault.recovery_code
    assert code is not None
    vault.db.execute("DELETE FROM settings WHERE key = ?", (backup_slot.SETTING_KEY,))
    vault.lock()
    opened = Vault.unlock_with_recovery_code(data_dir, code, keychain=keychain)
    try:
        path = _backup(opened, tmp_path)
    finally:
        opened.lock()
    with pytest.raises(WrongPassphrase, match="recovery code"):
        inspect_backup(path, passphrase=PASSPHRASE)
    assert inspect_backup(path, recovery_code=code).verified


# -- round trip ---------------------------------------------------------------------------------

def test_round_trip_gives_equal_data_for_every_table(data_dir: Path, keychain: Keychain, vault: Vault,
                                                     tmp_path: Path) -> None:
    case = populate(vault)
    before = dump(vault.db.conn)
    path = _backup(vault, tmp_path)
    vault.cases.add(Case(code="", opened_on=date(2026, 11, 1), doctor_name="after the backup"))
    vault.lock()

    result = restore_backup(path, data_dir, passphrase=PASSPHRASE, keychain=keychain)
    assert result.info.verified and result.info.contacts == 3 and result.info.cases == 1
    restored = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        after = dump(restored.db.conn)
        assert set(after) == set(before)
        for table in before:
            if table == "audit":  # the restore and this unlock are appended to the same chain
                assert after[table][:len(before[table])] == before[table]
                assert [r[2] for r in after[table][len(before[table]):]] == ["restore", "unlock"]
            elif table == "settings":  # the backup slot is made anew for the (new) passphrase slot
                drop = {backup_slot.SETTING_KEY, backup_slot.SETTING_MADE_FOR, "keys.audited", "audit.head_key", "audit.head_floor",
                        "backup.last", "backup.last_ok"}  # a restore records the backup it came from
                assert [r for r in after[table] if r[0] not in drop] == [r for r in before[table] if r[0] not in drop]
            else:
                assert after[table] == before[table], table
        assert restored.audit.verify().intact
        assert [h.case_id for h in restored.search("qqnotemarker")] == [case.id] * 3
        assert restored.integrity_errors() == []
        assert not restored.passphrase_only  # the new passphrase slot uses this laptop's keychain
    finally:
        restored.lock()


def test_restore_on_a_new_laptop_with_the_recovery_code(vault: Vault, tmp_path: Path) -> None:
    populate(vault)
    code = vault.recovery_code
    assert code is not None
    path = _backup(vault, tmp_path)
    elsewhere = tmp_path / "new-laptop"
    new_keychain = Keychain(MemoryKeyring())
    with pytest.raises(ValueError, match="new passphrase"):
        restore_backup(path, elsewhere, recovery_code=code, keychain=new_keychain)
    result = restore_backup(path, elsewhere, recovery_code=code.lower(), new_passphrase="second laptop pass",
                            keychain=new_keychain)
    assert result.kept_aside is None
    restored = Vault.unlock(elsewhere, "second laptop pass", keychain=new_keychain)
    assert restored.vault_id == vault.vault_id and len(restored.cases.list()) == 1
    restored.lock()
    Vault.unlock_with_recovery_code(elsewhere, code, keychain=Keychain.none()).lock()  # same code still works
    again = _backup(Vault.unlock(elsewhere, "second laptop pass", keychain=new_keychain), tmp_path, "c.tdbackup")
    assert inspect_backup(again, passphrase="second laptop pass").verified


def test_restore_keeps_the_current_vault_aside(data_dir: Path, keychain: Keychain, vault: Vault,
                                               tmp_path: Path) -> None:
    path = _backup(vault, tmp_path)
    populate(vault)
    vault.lock()
    old = files_state(data_dir)
    result = restore_backup(path, data_dir, passphrase=PASSPHRASE, keychain=keychain)
    assert result.kept_aside is not None and result.kept_aside.parent == data_dir
    assert result.kept_aside.name.startswith("kept-aside-")
    assert files_state(result.kept_aside) == old  # byte-identical copies of vault.db and keyslots.json
    restored = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    assert restored.cases.list() == []
    restored.lock()
    kept = Vault.unlock(result.kept_aside, PASSPHRASE, keychain=keychain)
    assert len(kept.cases.list()) == 1
    kept.lock()


# -- confidentiality --------------------------------------------------------------------------

def test_backup_file_holds_no_plaintext(vault: Vault, tmp_path: Path) -> None:
    populate(vault)
    path = _backup(vault, tmp_path)
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["backup.json", "vault.db"]
        members = [archive.read(n) for n in archive.namelist()]
    for blob in (raw, *members):
        assert b"SQLite format 3" not in blob
        for marker in MARKERS:
            for encoded in (marker.encode("utf-8"), marker.lower().encode("utf-8"), marker.encode("utf-16-le")):
                assert encoded not in blob
    assert path.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp files left
    assert not [p for p in vault.data_dir.iterdir() if p.name.startswith(".td-")]


def test_wrong_secret_on_restore_changes_nothing(data_dir: Path, keychain: Keychain, vault: Vault,
                                                 tmp_path: Path) -> None:
    populate(vault)
    path = _backup(vault, tmp_path)
    vault.lock()
    before = files_state(data_dir)
    with pytest.raises(WrongPassphrase):
        restore_backup(path, data_dir, passphrase=PASSPHRASE + "x", keychain=keychain)
    with pytest.raises(WrongPassphrase):
        restore_backup(path, data_dir, recovery_code="0000-0000-0000-0000-0000-0000-00",
                       new_passphrase="whatever you like", keychain=keychain)
    assert files_state(data_dir) == before


def test_edited_header_breaks_the_seal(data_dir: Path, vault: Vault, tmp_path: Path) -> None:
    populate(vault)
    path = _backup(vault, tmp_path)
    with zipfile.ZipFile(path) as archive:
        header = json.loads(archive.read("backup.json"))
        db = archive.read("vault.db")
    header["counts"]["cases"] = 7
    edited = tmp_path / "edited.tdbackup"
    with zipfile.ZipFile(edited, "w") as archive:
        archive.writestr("backup.json", json.dumps(header))
        archive.writestr(zipfile.ZipInfo("vault.db"), db, compress_type=zipfile.ZIP_STORED)
    assert inspect_backup(edited).cases == 7  # the public header alone is not trusted ...
    with pytest.raises(BackupDamaged, match="seal"):
        inspect_backup(edited, passphrase=PASSPHRASE)  # ... opening it checks everything
    vault.lock()
    before = files_state(data_dir)
    with pytest.raises(BackupDamaged):
        restore_backup(edited, data_dir, passphrase=PASSPHRASE, keychain=Keychain.none())
    assert files_state(data_dir) == before


def test_damaged_page_is_found_by_the_integrity_check(vault: Vault, tmp_path: Path) -> None:
    populate(vault, contacts=20)
    path = _backup(vault, tmp_path)
    header = read_header(path)
    fk = header.backup_key(header.data_key(passphrase=PASSPHRASE))
    copy = tmp_path / "copy.db"
    extract_copy(path, header, copy)
    assert check_copy(copy, fk)[1] == header.counts
    raw = bytearray(copy.read_bytes())
    raw[3 * 4096 + 100] ^= 0x55  # one byte inside page 4
    copy.write_bytes(bytes(raw))
    with pytest.raises(BackupDamaged, match="damaged page"):
        check_copy(copy, fk)


# -- automatic backups --------------------------------------------------------------------------

def test_rotation_keeps_exactly_n(vault: Vault, tmp_path: Path) -> None:
    service = BackupService(vault)
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"not ours")
    other = folder / "TrustDesk-00000000-20200101-000000.tdbackup"  # another vault's backup
    other.write_bytes(b"x")
    made = [service.run_automatic(folder, keep=3).path for _ in range(5)]
    kept = service.backups(folder)
    assert kept == made[-3:]
    assert sorted(p.name for p in folder.iterdir()) == sorted([p.name for p in kept] + ["holiday.jpg", other.name])
    assert all(inspect_backup(p).vault_id == vault.vault_id for p in kept)
    assert len(vault.audit.entries(event="backup")) == 5


def test_due_and_last_result(vault: Vault, tmp_path: Path) -> None:
    service = BackupService(vault)
    now = datetime.now()
    assert not service.due(now)  # no folder chosen: nothing to do
    service.set_folder(tmp_path, keep=4)
    assert service.keep() == 4 and service.folder() == tmp_path
    assert service.due(now)
    service.run_automatic()
    last = service.last_result()
    assert last is not None and last.ok and last.error == ""
    assert not service.due(datetime.now())
    assert service.due(datetime.now() + timedelta(hours=25))


def test_missing_folder_is_a_clear_failure(vault: Vault, tmp_path: Path) -> None:
    service = BackupService(vault)
    with pytest.raises(BackupFailed, match="does not exist"):
        service.run_automatic(tmp_path / "unplugged-usb-stick")
    last = service.last_result()
    assert last is not None and not last.ok and "does not exist" in last.error
    assert service.last_success() is None


def test_read_only_folder_is_a_clear_failure(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    service = BackupService(vault)
    with read_only(folder), pytest.raises(BackupFailed, match="cannot be written"):
        service.run_automatic(folder)
    assert list(folder.iterdir()) == []
    last = service.last_result()
    assert last is not None and not last.ok
    assert not [p for p in vault.data_dir.iterdir() if p.name.startswith(".td-")]


def test_full_drive_leaves_no_partial_backup(vault: Vault, tmp_path: Path) -> None:
    populate(vault, contacts=30)
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        with pytest.raises(BackupFailed, match="full"):
            BackupService(vault).run_automatic(folder)
        assert list(folder.iterdir()) == []
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_write_backup_refuses_a_locked_vault(vault: Vault, tmp_path: Path) -> None:
    vault.lock()
    with pytest.raises(VaultError):
        write_backup(vault, tmp_path / "x.tdbackup")
    assert not (tmp_path / "x.tdbackup").exists()


def test_closed_case_survives_the_round_trip(data_dir: Path, keychain: Keychain, vault: Vault,
                                             tmp_path: Path) -> None:
    case = populate(vault)
    assert case.id is not None
    vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2026, 10, 20), reason=CloseReason.DOCTOR_ENDED)
    path = _backup(vault, tmp_path)
    vault.lock()
    restore_backup(path, data_dir, passphrase=PASSPHRASE, keychain=keychain)
    restored = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    assert restored.cases.get(case.id) == vault_case_closed(case)
    restored.lock()


def vault_case_closed(case: Case) -> Case:
    return replace(case, status=CaseStatus.CLOSED, closed_on=date(2026, 10, 20), close_reason=CloseReason.DOCTOR_ENDED)


# -- the command line ------------------------------------------------------------------------

def test_backup_verify_command(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    populate(vault)
    path = _backup(vault, tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert backup_verify.main([str(path), "--passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    assert "backup-verify: OK" in out
    assert re.search(r"contacts\s+3\n", out) and re.search(r"cases\s+1\n", out), out
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the passphrase\n"))
    assert backup_verify.main([str(path), "--passphrase-stdin"]) == 1
    assert "does not open this backup" in capsys.readouterr().out
    truncated = tmp_path / "truncated.tdbackup"
    truncated.write_bytes(path.read_bytes()[:-100])
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert backup_verify.main([str(truncated), "--passphrase-stdin"]) == 1
    assert "damaged" in capsys.readouterr().out


def test_backup_verify_through_the_entry_point(vault: Vault, tmp_path: Path) -> None:
    code = vault.recovery_code
    path = _backup(vault, tmp_path)
    run = subprocess.run([sys.executable, "-m", "trustdesk", "backup-verify", str(path), "--recovery-code-stdin"],
                         input=f"{code}\n", capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stdout + run.stderr
    assert "backup-verify: OK" in run.stdout and run.stderr == ""


def test_backup_while_another_thread_writes(vault: Vault, tmp_path: Path) -> None:
    case = populate(vault)
    assert case.id is not None
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        while not stop.is_set():
            written.append(vault.contacts.add(Contact(case_id=case.id or 0, at=datetime(2026, 11, 1))).id or 0)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        results = [BackupService(vault).run_automatic(tmp_path, keep=5) for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    assert written
    for result in results:  # each backup is one consistent moment, verified against its own counts
        info = inspect_backup(result.path, passphrase=PASSPHRASE)
        assert info.verified and info.counts == result.counts


def test_restore_into_a_read_only_data_dir_changes_nothing(data_dir: Path, keychain: Keychain, vault: Vault,
                                                           tmp_path: Path) -> None:
    populate(vault)
    path = _backup(vault, tmp_path)
    vault.lock()
    before = files_state(data_dir)
    with read_only(data_dir), pytest.raises(WriteFailed):
        restore_backup(path, data_dir, passphrase=PASSPHRASE, keychain=keychain)
    assert files_state(data_dir) == before
