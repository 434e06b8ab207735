"""The private scratch folder (vault/files.py) never holds case data in plaintext: checking a backup
puts the backup's database copy there (restore.inspect_backup), and while the check reads it -- the copy
opened, every table read, SQLite's side files next to it -- every file in the scratch folder and in the
shared temp folder is scanned for the case's words (UTF-8, UTF-16, file names) and a plain SQLite header.
Case data with markers in every free-text field a trust person types."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.security.scan import scan
from trustdesk.domain.models import Case, Contact
from trustdesk.vault import Keychain, Vault, backup_file, restore
from trustdesk.vault.backup import BackupService
from trustdesk.vault.files import private_scratch_dir

WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=0, max_size=12)


def _markers(extra: str) -> dict[str, str]:
    return {field: f"{extra}mrk{field}{uuid.uuid4().hex[:10]}" for field in
            ("details", "notes", "agreements", "safety_plan", "doctor_name", "workplace")}


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extra=WORDS, notes=st.integers(1, 40))
def test_checking_a_backup_leaves_no_plaintext_in_the_scratch(new_vault: Callable[..., Vault], tmp_path_factory:
                                                              pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                                                              extra: str, notes: int) -> None:
    work = tmp_path_factory.mktemp("scratch-check")
    shared_tmp = work / "tmp"
    shared_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(shared_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    markers = _markers(extra.replace("\x00", ""))
    vault = new_vault(work / "data", keychain=Keychain.none())
    try:
        case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 2), details=markers["details"],
                                    doctor_name=markers["doctor_name"], workplace=markers["workplace"]))
        assert case.id is not None
        for i in range(notes):  # enough pages that reading them all spills work SQLite may put in files
            vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 2, 1, 9, i % 60),
                                       notes=f"{markers['notes']} {i} " + "x" * 400,
                                       agreements=markers["agreements"], safety_plan=markers["safety_plan"]))
        stick = work / "stick"
        stick.mkdir()
        backup = BackupService(vault).backup_to(stick / "backup.tdbackup").path
    finally:
        vault.lock()

    scans: list[tuple[str, list[Any], int]] = []

    def look(moment: str) -> None:
        roots = [private_scratch_dir(), shared_tmp]
        files = [p for root in roots for p in root.rglob("*") if p.is_file()]
        scans.append((moment, scan(roots, list(markers.values())), len(files)))

    real_open = backup_file.open_copy

    def opened(path: Path, key: bytes | bytearray) -> Any:
        conn = real_open(path, key)
        look("opened")
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            conn.execute(f'SELECT * FROM "{table}" ORDER BY random()').fetchall()  # a sort of every row
        look("every table read")
        return conn

    real_check = restore.check_copy

    def checked(copy: Path, key: bytearray) -> Any:
        result = real_check(copy, key)
        look("checked, before the copy is removed")
        return result

    monkeypatch.setattr(backup_file, "open_copy", opened)
    monkeypatch.setattr(restore, "check_copy", checked)
    assert restore.inspect_backup(backup, passphrase=PASSPHRASE).verified
    assert [moment for moment, _hits, _files in scans][-1] == "checked, before the copy is removed"
    assert all(files for _moment, _hits, files in scans)  # the scan saw the copy each time
    assert [(moment, hits) for moment, hits, _files in scans if hits] == []
    assert list(private_scratch_dir().iterdir()) == [] and list(shared_tmp.iterdir()) == []


def test_the_scan_would_see_a_plain_copy(tmp_path: Path) -> None:
    markers = _markers("Zoë ")
    plain = tmp_path / "plain.db"
    plain.write_bytes(b"SQLite format 3\x00" + markers["notes"].encode("utf-16-le"))
    found = {(hit.what, hit.how) for hit in scan([tmp_path], list(markers.values()))}
    assert {(markers["notes"], "utf-16-le"), ("SQLite format 3", "sqlite magic")} <= found, found
