"""The lock button's WAL checkpoint and close run off the UI thread (issue 20, a 127 ms stall at the
lock), and a lock is still a lock: when ``lock`` returns the key is zeroed and nothing reads or
writes the vault, from any thread; the commits are all in the log, so nothing is lost; and opening
the vault again waits for the close still running."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from trustdesk.domain import Case
from trustdesk.ui.kit.session import CLOSE_IN_BACKGROUND, VaultSession
from trustdesk.vault import Keychain, Vault, VaultLocked
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.closing import wait_for_closes

GUARD = 30.0


class _Watched:
    """The writer's connection, noting which thread checkpoints and closes it; the checkpoint can be
    held until ``release`` is set."""

    def __init__(self, conn: Any, release: threading.Event | None = None) -> None:
        self._conn = conn
        self.release = release
        self.calls: list[tuple[str, str]] = []  # (what, thread name)
        self.entered = threading.Event()

    def execute(self, sql: str, *args: Any) -> Any:
        if "wal_checkpoint" in sql:
            self.calls.append(("checkpoint", threading.current_thread().name))
            self.entered.set()
            if self.release is not None:
                assert self.release.wait(GUARD), "the test never released the checkpoint"
        return self._conn.execute(sql, *args)

    def close(self) -> None:
        self.calls.append(("close", threading.current_thread().name))
        self._conn.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _worker(work: Callable[[], Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(GUARD)
    return out


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=4),
       reason=st.sampled_from(sorted(CLOSE_IN_BACKGROUND)))
def test_a_lock_where_a_person_waits_closes_off_the_ui_thread_and_loses_nothing(
        tmp_path_factory: pytest.TempPathFactory, keychain: Keychain, new_vault: Callable[..., Vault],
        names: list[str], reason: str) -> None:
    data_dir = tmp_path_factory.mktemp("vault")
    vault = new_vault(data_dir, keychain=keychain)
    session = VaultSession()
    session.open(vault)
    db = vault.db
    db.scalar("SELECT 1")
    _worker(lambda: db.scalar("SELECT count(*) FROM cases"))  # a worker's reader is open too
    key, reader_key = vault._key, db._reader_key
    assert reader_key is not None
    ids = [vault.cases.add(Case(code="", opened_on=date(2026, 3, 4), doctor_name=n)).id for n in names]
    watched = _Watched(db._conn, release=threading.Event())
    db._conn = watched
    session.lock(reason)
    try:
        # locked when lock returns, the close still held in its thread
        assert vault.is_locked and session.vault is None and not any(key) and not any(reader_key)
        with pytest.raises(VaultLocked):
            vault.cases.get(ids[0])  # type: ignore[arg-type]
        assert isinstance(_worker(lambda: db.scalar("SELECT count(*) FROM cases")).get("error"), VaultLocked)
        assert watched.entered.wait(GUARD)
    finally:
        watched.release.set()  # type: ignore[union-attr]
    wait_for_closes()
    assert [what for what, _ in watched.calls] == ["checkpoint", "close"]
    assert all(thread != threading.main_thread().name for _, thread in watched.calls), \
        f"the lock closed the vault on the UI thread: {watched.calls}"
    wal = db.path.with_name(db.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        assert [again.cases.get(i).doctor_name for i in ids] == names  # type: ignore[union-attr,arg-type]
        assert again.audit.entries()[1].event == AuditEvent.LOCK
    finally:
        again.lock()


@pytest.mark.parametrize("reason", ["quit", "suspend", "restore"])
def test_a_lock_before_the_app_goes_away_closes_before_it_returns(data_dir: Path, vault: Vault, reason: str) -> None:
    session = VaultSession()
    session.open(vault)
    watched = _Watched(vault.db._conn)
    vault.db._conn = watched
    session.lock(reason)
    assert [what for what, _ in watched.calls] == ["checkpoint", "close"]
    assert {thread for _, thread in watched.calls} == {threading.main_thread().name}


def _waiting_in(thread: threading.Thread, function: str) -> bool:
    frame = sys._current_frames().get(thread.ident or -1)
    while frame is not None:
        if frame.f_code.co_name == function:
            return True
        frame = frame.f_back
    return False


def test_unlocking_again_waits_for_the_close_still_running(data_dir: Path, keychain: Keychain,
                                                          new_vault: Callable[..., Vault]) -> None:
    vault = new_vault(data_dir, keychain=keychain)
    vault.cases.add(Case(code="", opened_on=date(2026, 3, 4), doctor_name="Anna"))
    watched = _Watched(vault.db._conn, release=threading.Event())
    vault.db._conn = watched
    vault.lock("manual", close_in_background=True)
    assert watched.entered.wait(GUARD)
    out: dict[str, Any] = {}
    order: list[str] = []

    def unlock() -> None:
        out["vault"] = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
        order.append("opened")

    opener = threading.Thread(target=unlock)
    opener.start()
    try:
        guard = time.monotonic() + GUARD
        while not _waiting_in(opener, "wait_for_closes"):  # a condition polled, the opener never held by us
            assert not order, "the vault was opened again while its close was still running"
            assert time.monotonic() < guard, "the second unlock never waited for the close"
            opener.join(0.005)
    finally:
        order.append("released")
        watched.release.set()  # type: ignore[union-attr]
    opener.join(GUARD)
    assert order == ["released", "opened"]
    again = out["vault"]
    try:
        assert [c.doctor_name for c in again.cases.list()] == ["Anna"]
    finally:
        again.lock()
