"""The stall drive ends as the app does (tests/benchmarks/stalls.py ``end_of_session``): after its last lock
it waits for the lock's thread -- the backup made at the lock, the audit entry, the close -- before the
process goes on to end.  Left to the interpreter's own wait for threads at exit, the backup failed
("the lock's work in its thread failed: cannot schedule new futures after interpreter shutdown": it
hashes in a pool) and the drive's folder was removed under it.

Here the backup's write is held on an event that is let go a moment after the drive begins to end; a
write never let go goes on after ``HOLD`` seconds."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.benchmarks.stalls import end_of_session
from trustdesk.domain.models import Case
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.backup_runner import BackupRunner
from trustdesk.vault import Vault
from trustdesk.vault import backup as backup_module
from trustdesk.vault.backup import SETTING_LAST_OK, BackupResult, BackupService

HOLD = 5.0


def test_the_drive_ends_once_the_lock_thread_has_made_its_backup(
        qapp: QApplication, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    BackupService(vault).set_folder(folder, keep=10)
    vault.settings.set(SETTING_LAST_OK, datetime.now().isoformat())  # none due: the change makes one
    entered, release = threading.Event(), threading.Event()
    original = backup_module.write_backup

    def slow_write(held: Vault, target: Path) -> BackupResult:
        entered.set()
        release.wait(HOLD)
        return original(held, target)

    monkeypatch.setattr(backup_module, "write_backup", slow_write)
    session = VaultSession()
    runner = BackupRunner(session)
    told: list[BackupResult] = []
    runner.succeeded.connect(told.append)
    session.open(vault)
    vault.cases.add(Case(code="", opened_on=date(2026, 3, 4), doctor_name="Anna"))
    session.lock()  # the drive's last lock: the backup in the lock's thread
    assert entered.wait(HOLD), "no backup was begun at the lock"
    assert not vault.is_locked  # the lock's thread holds it until its backup is done
    letting_go = threading.Timer(0.2, release.set)  # the write goes on once the drive is ending
    letting_go.start()
    try:
        end_of_session(qapp, session)
        assert vault.is_locked, "the drive ended before the lock's thread"
        assert list(folder.glob("*.tdbackup")), "the drive ended before the backup made at its lock"
        assert len(told) == 1  # what the lock's thread told the UI thread was delivered
    finally:
        letting_go.cancel()
        release.set()
