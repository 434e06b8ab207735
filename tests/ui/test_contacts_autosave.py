"""Autosave mechanics: debounce, the one-second ceiling for someone who never pauses, failures
that keep the text dirty, lock flushing, editors that are gone by the time the vault locks, and
writes that happen on the writer thread, never on the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.autosave import MAX_WAIT_MS, Autosave
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Keychain, Vault, WriteFailed


def _count_starts(timer: QTimer) -> list[int]:
    """How many times ``timer`` is (re)started through Python (the autosave starts its timers so)."""
    starts: list[int] = []
    start = timer.start

    def counted(*args: object) -> None:
        starts.append(1)
        start(*args)

    timer.start = counted  # type: ignore[method-assign]
    return starts


def _count_timeouts(timer: QTimer) -> list[int]:
    fired: list[int] = []
    timer.timeout.connect(lambda: fired.append(1))
    return fired


@pytest.mark.parametrize("edits", [1, 2, 5, 17])
def test_debounce_saves_once_after_the_edits_stop(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                  edits: int) -> None:
    """Every edit restarts the debounce and nothing is saved while it runs; once the edits stop, one
    save.  The edits come with no turn of the event loop between them (the timer cannot fire in
    between, however busy the machine), then the test waits for the save itself."""
    holder = QObject()
    saves: list[int] = []
    autosave = Autosave(holder, session, lambda v, _s: saves.append(len(saves)) or v.settings.set("n", len(saves)),
                        delay_ms=150)
    restarts = _count_starts(autosave._timer)  # noqa: SLF001
    for _ in range(edits):
        autosave.touch()
        assert saves == [] and autosave.pending
    assert len(restarts) == edits  # each edit restarted the debounce
    qtbot.waitUntil(lambda: saves == [0] and not autosave.writing, timeout=5000)
    assert not autosave.dirty and not autosave.pending and vault.settings.get("n") == 1


def test_someone_who_never_pauses_still_gets_saved(qtbot: QtBot, session: VaultSession) -> None:
    """An edit every 20 ms and a debounce of a minute: only the ceiling (max_wait_ms after the first
    unsaved edit, never restarted by the next) can save, and it does, while the debounce never fired."""
    holder = QObject()
    autosave = Autosave(holder, session, lambda v, _s: saves.append((len(debounced), len(ceilings), len(typed))),
                        delay_ms=60_000, max_wait_ms=200)
    saves: list[tuple[int, int, int]] = []  # at each save: debounce timeouts, ceiling starts, edits so far
    debounced = _count_timeouts(autosave._timer)  # noqa: SLF001
    ceilings = _count_starts(autosave._deadline)  # noqa: SLF001
    typist = QTimer(holder)
    typist.setInterval(20)
    typed: list[int] = []
    typist.timeout.connect(lambda: (typed.append(1), autosave.touch()))
    typist.start()
    qtbot.waitUntil(lambda: bool(saves), timeout=10_000)
    typist.stop()
    fired, started, edits = saves[0]
    assert fired == 0 and started == 1 and edits > 1  # the ceiling, started by the first edit only, saved


def test_continuous_typing_commits_at_least_every_second(qtbot: QtBot, session: VaultSession) -> None:
    """SECURITY.md §4: a SIGKILL while typing loses at most the last second. A typist who never pauses
    (a keystroke every 15 ms, driven by a timer) gets committed saves by the ceiling: it is started
    once per unsaved stretch (not restarted by the keystrokes that follow) and for at most MAX_WAIT_MS,
    never two writes are in flight, and the saves coalesce (many keystrokes per write).  Counted, not
    timed: a loaded machine delays the timers but does not change these counts."""
    assert MAX_WAIT_MS <= 1000
    holder = QObject()
    typed: list[int] = []
    commits: list[int] = []  # the keystroke each save holds
    in_flight = [0, 0]  # now, most ever

    def write(vault: Vault, snapshot: int) -> None:
        in_flight[0] += 1
        in_flight[1] = max(in_flight[1], in_flight[0])
        vault.settings.set("typed", str(snapshot))  # a committed transaction, like a note's save
        in_flight[0] -= 1
        commits.append(snapshot)

    autosave = Autosave(holder, session, write, snapshot=lambda: len(typed))
    ceilings: list[int] = []  # the interval of each start of the ceiling, ms
    start = autosave._deadline.start  # noqa: SLF001

    def counted(*args: int) -> None:
        ceilings.append(args[0] if args else autosave._deadline.interval())  # noqa: SLF001
        start(*args)

    autosave._deadline.start = counted  # type: ignore[method-assign]  # noqa: SLF001
    typist = QTimer(holder)
    typist.setInterval(15)

    def keystroke() -> None:
        typed.append(1)
        autosave.touch()

    typist.timeout.connect(keystroke)
    typist.start()
    qtbot.waitUntil(lambda: len(commits) >= 4, timeout=15_000)
    typist.stop()
    assert in_flight[1] == 1
    assert ceilings and all(0 <= ms <= MAX_WAIT_MS for ms in ceilings)
    assert len(ceilings) <= len(commits) + 1  # one ceiling per unsaved stretch, not one per keystroke
    assert commits == sorted(commits) and len(commits) * 3 <= len(typed)  # coalesced: not a write per keystroke

def test_a_failed_save_is_told_and_retried(qtbot: QtBot, session: VaultSession) -> None:
    holder = QObject()
    disk_full = [True]
    stored: list[str] = []

    def save(_vault: Vault, _snapshot: object) -> None:
        if disk_full[0]:
            raise WriteFailed("database or disk is full")
        stored.append("saved")

    autosave = Autosave(holder, session, save)
    told: list[str] = []
    autosave.failed.connect(told.append)
    autosave.touch()
    autosave.flush()  # in the background: told on the UI thread when it comes back
    qtbot.waitUntil(lambda: bool(told), timeout=2000)
    assert "could not save" in told[0] and autosave.dirty and stored == []
    disk_full[0] = False
    autosave.flush(wait=True)
    assert stored == ["saved"] and not autosave.dirty


def test_lock_flushes_and_a_deleted_editor_is_skipped(qtbot: QtBot, session: VaultSession) -> None:
    kept_holder, gone_holder = QObject(), QObject()
    stored: list[str] = []
    kept = Autosave(kept_holder, session, lambda v, _s: stored.append("kept"))
    gone = Autosave(gone_holder, session, lambda v, _s: stored.append("gone"))
    kept.touch()
    gone.touch()
    gone_holder.deleteLater()
    del gone, gone_holder
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the deferred delete happens
    session.lock()  # the vault runs the before_lock flushes: the live one saves, the dead one is skipped
    assert stored == ["kept"]


def test_writes_run_on_the_writer_thread_and_lock_waits_for_them(qtbot: QtBot, session: VaultSession,
                                                                 data_dir: Path, keychain: Keychain) -> None:
    """The write happens off the UI thread; a lock while it runs waits for it, then writes the rest."""
    import threading

    holder = QObject()
    release = threading.Event()
    threads: list[str] = []
    written: list[str] = []

    def write(v: Vault, snapshot: str) -> str:
        threads.append(threading.current_thread().name)
        if len(written) == 0:
            release.wait(5)  # the first write is slow (a 10 MB note)
        v.settings.set("note", snapshot)
        written.append(snapshot)
        return snapshot

    text = ["first"]
    autosave = Autosave(holder, session, write, snapshot=lambda: text[0])
    autosave.touch()
    autosave.flush()
    qtbot.waitUntil(lambda: bool(threads))
    assert autosave.writing and threads[0] != threading.main_thread().name
    text[0] = "second"
    autosave.touch()  # typed while the first write runs
    threading.Timer(0.2, release.set).start()
    session.lock()  # waits for the first write, then writes "second" before the key goes
    assert written == ["first", "second"]
    reopened = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        assert reopened.settings.get("note") == "second"
    finally:
        reopened.lock()
