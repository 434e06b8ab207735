"""A backup's export reads a snapshot on a connection of its own: the writer, and the UI thread's
reads behind it, never wait for the export (a backup of seconds froze the window when it held the
writer's lock), and the copy is still one consistent moment with its own audit head."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.vault.test_backup import populate
from trustdesk.domain import Contact
from trustdesk.vault import Vault
from trustdesk.vault import backup as backup_module
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.audit_head import AuditHead, last_entry
from trustdesk.vault.backup import write_backup
from trustdesk.vault.backup_file import read_header
from trustdesk.vault.restore import inspect_backup

PAUSE_LIMIT = 20.0  # seconds the export waits to be let go; reaching it means the main thread was blocked


class PausedExport:
    """Holds a backup's export inside its snapshot transaction until ``release``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.inside = threading.Event()
        self._release = threading.Event()
        self.waited_out = False
        real = backup_module.last_entry_on

        def pausing(conn: Any) -> AuditHead | None:
            head = real(conn)
            self.inside.set()
            self.waited_out = not self._release.wait(PAUSE_LIMIT)
            return head

        monkeypatch.setattr(backup_module, "last_entry_on", pausing)

    def release(self) -> None:
        self._release.set()


@pytest.fixture
def paused(monkeypatch: pytest.MonkeyPatch) -> PausedExport:
    return PausedExport(monkeypatch)


def _backup_in_thread(vault: Vault, target: Path) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(write_backup(vault, target))
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, name="test-backup")
    thread.start()
    return thread, outcome


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "backups"
    folder.mkdir()
    yield folder / "b.tdbackup"


def test_reads_and_writes_go_on_while_the_export_runs(vault: Vault, paused: PausedExport, target: Path) -> None:
    case = populate(vault)
    assert case.id is not None
    contacts_before = len(vault.contacts.for_case(case.id))
    head_before = last_entry(vault.db)
    thread, outcome = _backup_in_thread(vault, target)
    try:
        assert paused.inside.wait(PAUSE_LIMIT)
        # On the UI (main) thread, which reads through the writer: a read, a committed write and an
        # audit entry, all while the export holds its snapshot open.
        assert vault.cases.get(case.id) is not None
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 20, 9, 0), notes="after the snapshot"))
        vault.audit.append(AuditEvent.EXPORT, detail="after the snapshot")
    finally:
        paused.release()
        thread.join()
    assert not paused.waited_out, "the main thread waited for the export"
    result = outcome[0]
    assert not isinstance(result, BaseException), result
    # The copy is the moment of the snapshot: without the later contact, with the audit head of then.
    info = inspect_backup(result.path, passphrase=PASSPHRASE)
    assert info.verified
    assert info.counts["contacts"] == contacts_before
    assert len(vault.contacts.for_case(case.id)) == contacts_before + 1
    header = read_header(result.path)
    assert header.audit_head == head_before
    assert last_entry(vault.db) != head_before


def test_close_waits_for_the_export_so_the_writer_closes_last(vault: Vault, paused: PausedExport, target: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    populate(vault)
    wal = vault.db.path.with_name(vault.db.path.name + "-wal")
    snapshot_closed = threading.Event()
    real_snapshot = vault.db.snapshot

    @contextlib.contextmanager
    def noting_snapshot() -> Iterator[Any]:
        with real_snapshot() as conn:
            yield conn
        snapshot_closed.set()

    monkeypatch.setattr(vault.db, "snapshot", noting_snapshot)
    # The close must wait for the export itself, not merely ride on its checkpoint's busy wait.
    vault.db.conn.execute("PRAGMA busy_timeout = 50")
    order: list[bool] = []

    def close() -> None:
        vault.db.close()
        order.append(snapshot_closed.is_set())

    thread, outcome = _backup_in_thread(vault, target)
    closer = threading.Thread(target=close, name="test-close")
    try:
        assert paused.inside.wait(PAUSE_LIMIT)
        closer.start()
        closer.join(0.5)
    finally:
        paused.release()
        thread.join()
        closer.join()
    assert order == [True], "the writer closed while the export's connection was still open"
    result = outcome[0]
    assert not isinstance(result, BaseException), result
    assert inspect_backup(result.path, passphrase=PASSPHRASE).verified
    # The writer closed last, so its checkpoint emptied the write-ahead log.
    assert not wal.exists() or wal.stat().st_size == 0
