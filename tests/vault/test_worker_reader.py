"""Workers read on a connection of their own (issue 20): a long read in a worker never makes the
UI thread's reads wait, every write stays on the one writer, and locking closes both connections and
zeroes the reader's key copy."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault, VaultLocked

GUARD = 30.0  # seconds a blocked read waits before giving up; the test fails long before on a wrong design


def _in_worker(work: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = work()
        except BaseException as exc:  # handed to the test thread
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def _held_reader(vault: Vault) -> tuple[threading.Event, threading.Event]:
    """A worker read that stays inside SQLite until ``release`` is set (``entered`` once it is)."""
    db = vault.db
    warm, _ = _in_worker(lambda: db.scalar("SELECT count(*) FROM cases"))  # opens the reader
    warm.join(GUARD)
    assert db._reader is not None, "a worker's SELECT did not go to the reader"
    entered, release = threading.Event(), threading.Event()

    def hold() -> int:
        entered.set()
        return 1 if release.wait(GUARD) else 0

    db._reader.create_function("hold_here", 0, hold)
    return entered, release


@pytest.fixture
def vault(data_dir: Path, keychain: Keychain, new_vault: Callable[..., Vault]) -> Iterator[Vault]:
    v = new_vault(data_dir, keychain=keychain)
    yield v
    v.lock()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=5))
def test_a_worker_read_in_progress_never_blocks_the_ui_threads_reads_or_writes(vault: Vault, names: list[str]) -> None:
    entered, release = _held_reader(vault)
    worker, out = _in_worker(lambda: vault.db.scalar("SELECT hold_here()"))
    try:
        assert entered.wait(GUARD)
        for name in names:  # the UI thread writes and reads while the worker's read is still inside SQLite
            added = vault.cases.add(Case(code="", opened_on=date(2026, 1, 2), doctor_name=name))
            assert added.id is not None
            got = vault.cases.get(added.id)
            assert got is not None and got.doctor_name == name
        assert not release.is_set() and worker.is_alive()
    finally:
        release.set()
        worker.join(GUARD)
    assert out == {"value": 1}, "the worker's read was not released by the test, it timed out"


def test_a_worker_transaction_reads_its_own_writes_on_the_writer(vault: Vault) -> None:
    db = vault.db

    def write_then_read() -> tuple[int, int]:
        before = int(db.scalar("SELECT count(*) FROM cases"))
        with db.transaction():
            vault.cases.add(Case(code="", opened_on=date(2026, 1, 2), doctor_name="Jan"))
            inside = int(db.scalar("SELECT count(*) FROM cases"))
        return before, inside

    worker, out = _in_worker(write_then_read)
    worker.join(GUARD)
    before, inside = out["value"]
    assert inside == before + 1
    reader, out = _in_worker(lambda: db.scalar("SELECT count(*) FROM cases"))  # committed: the reader sees it
    reader.join(GUARD)
    assert out == {"value": inside} and db._reader is not None


def test_lock_closes_both_connections_and_zeroes_the_readers_key(vault: Vault) -> None:
    db = vault.db
    entered, release = _held_reader(vault)
    reader, key = db._reader, db._reader_key
    assert reader is not None and key is not None and any(key)
    release.set()
    vault.lock()
    assert db._reader is None and db._reader_key is None and not any(key)
    with pytest.raises(Exception, match="closed"):
        reader.execute("SELECT 1")
    worker, out = _in_worker(lambda: db.scalar("SELECT count(*) FROM cases"))
    worker.join(GUARD)
    assert isinstance(out.get("error"), VaultLocked)
    assert not db.path.with_name(db.path.name + "-wal").exists() or \
        db.path.with_name(db.path.name + "-wal").stat().st_size == 0


def test_the_reader_cannot_write(vault: Vault) -> None:
    _held_reader(vault)[1].set()
    assert vault.db._reader is not None
    with pytest.raises(Exception, match="readonly|read-only"):
        vault.db._reader.execute("DELETE FROM cases")
