"""Autosave never freezes the window (issue 17, item 23): typing into a 1 MB note while it autosaves
keeps every turn of the event loop under 100 ms of the UI thread's own work.

A stall monitor is a QTimer firing every 5 ms that measures its own lateness and the CPU time the UI
thread spent between two ticks: any time the UI thread is busy (a save, a refresh of the timeline, a
query) the next tick comes late by that long.  The test judges the CPU time (``time.thread_time``),
which a busy shared machine cannot inflate — a loaded 2-core runner delays a tick by descheduling the
process, not by giving the UI thread more work.  Wall-clock lateness is printed for information; the
wall-clock stall aim is the benchmark's (tests/benchmarks/stalls.py, `make bench`), never a unit test's.  The real
main window is up with the case open on its contacts tab (every page listening to the change feed),
and a key is typed every 40 ms for several autosaves in a row.

``python -m tests.ui.test_autosave_stall 1 10`` prints the worst stall for 1 MB and 10 MB notes.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Keychain, Vault

BUDGET_MS = 100
TICK_MS = 5
KEY_EVERY_MS = 40
WORDS = ("slaapt", "slecht", "sinds", "de", "nachtdiensten", "voelt", "zich", "schuldig", "tegenover",
         "collega's", "épuisement", "professionnel", "congé", "maladie", "fout", "patiënt", "hulp")


def note_of(size: int, seed: int = 7) -> str:
    """Realistic note text of ``size`` characters: words, sentences, paragraphs (a 64 KB block repeated)."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < min(size, 65_536):
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))).capitalize() + "."
        sentence += "\n\n" if rng.random() < 0.15 else " "
        parts.append(sentence)
        length += len(sentence)
    block = "".join(parts)
    return (block * (size // len(block) + 1))[:size]


@dataclass
class StallMonitor:
    """Measures how late a fast timer fires: the longest time the UI thread did not come back."""

    tick_ms: int = TICK_MS
    worst_ms: float = 0.0
    worst_busy_ms: float = 0.0
    lateness: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(self.tick_ms)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.cpu = 0.0

    def start(self) -> None:
        self.clock.start()
        self.cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        elapsed = self.clock.nsecsElapsed() / 1e6
        self.clock.restart()
        late = elapsed - self.tick_ms
        self.lateness.append(late)
        self.worst_ms = max(self.worst_ms, late)
        cpu = time.thread_time()
        self.worst_busy_ms = max(self.worst_busy_ms, (cpu - self.cpu) * 1000)
        self.cpu = cpu


def _type_char(widget: QWidget, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char))


def measure(session: VaultSession, prefs: Preferences, size: int,
            saves: int = 3) -> tuple[float, float, int]:
    """Worst stall (wall ms), worst UI-thread work between two ticks (CPU ms) while typing into a
    ``size``-character note for ``saves`` autosaves."""
    from trustdesk.ui.shell.main_window import MainWindow

    vault = session.require()
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=3)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(hours=2), notes=note_of(size)))
    window = MainWindow(session, prefs)
    window.resize(1280, 800)
    window.show()
    try:
        assert window.open_case(case.id)
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        if view.contacts.reading:  # the notes are read in a worker
            loop_ready = QEventLoop()
            view.contacts.loaded.connect(loop_ready.quit)
            loop_ready.exec()
        assert view.contacts.editor.contact_id is not None
        editor = view.contacts.editor
        edit = editor.notes_edit
        edit.setFocus()
        edit.moveCursor(QTextCursor.MoveOperation.End)
        saved: list[object] = []
        loop = QEventLoop()
        editor.autosave.saved.connect(lambda: saved.append(1))
        editor.autosave.saved.connect(lambda: loop.quit() if len(saved) >= saves else None)
        started = time.monotonic()

        def key() -> None:  # type for 1.2 s, pause for 1.3 s: the debounced autosave fires in every pause
            if (time.monotonic() - started) % 2.5 < 1.2:
                _type_char(edit, random.choice("abcdefghij "))

        keys = QTimer()
        keys.setInterval(KEY_EVERY_MS)
        keys.timeout.connect(key)
        QTimer.singleShot(120_000, loop.quit)
        monitor = StallMonitor()
        monitor.start()
        keys.start()
        loop.exec()
        keys.stop()
        monitor.stop()
        editor.flush()
        stored = vault.contacts.get(editor.contact_id)  # type: ignore[arg-type]
        assert stored is not None and stored.notes == edit.toPlainText()
        return monitor.worst_ms, monitor.worst_busy_ms, len(saved)
    finally:
        window.close()
        window.deleteLater()


@pytest.fixture
def bare_session(vault: Vault) -> Iterator[VaultSession]:
    s = VaultSession()
    s.open(vault)
    yield s
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    if s.is_unlocked:
        s.lock()


ATTEMPTS = 2


def test_a_1_mb_note_autosaves_without_freezing_the_window(qapp: QApplication, bare_session: VaultSession,
                                                           prefs: Preferences, data_dir: Path,
                                                           keychain: Keychain) -> None:
    """Every attempt is judged, each over at least three autosaves: a freeze caused by the code is
    UI-thread work (the old UI-thread autosave spent ~200 ms of CPU in each save), which a loaded
    machine does not inflate, so one that comes only now and then fails too (the best of three
    attempts used to be judged, and an intermittent freeze passed).  Closing the main window locks
    the vault, so the next attempt unlocks it again first."""
    attempts: list[tuple[float, float]] = []
    for _ in range(ATTEMPTS):
        if not bare_session.is_unlocked:
            bare_session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
        worst, busy, saves = measure(bare_session, prefs, 1_000_000)
        assert saves >= 3
        attempts.append((busy, worst))
    print("\nautosaving a 1 MB note, UI-thread work / wall stall per attempt: "
          + ", ".join(f"{b:.0f}/{w:.0f} ms" for b, w in attempts))
    frozen = [busy for busy, _ in attempts if busy >= BUDGET_MS]
    assert not frozen, f"the UI thread worked {max(frozen):.0f} ms at a stretch while autosaving a 1 MB note " \
                       f"({len(frozen)} of {ATTEMPTS} attempts)"


def test_the_stall_monitor_sees_a_freeze(qapp: QApplication) -> None:
    """The monitor itself can fail: 150 ms of UI-thread work is seen as about that much work and at
    least that much lateness (a sleeping UI thread freezes the window too, but is no work: not counted)."""
    monitor = StallMonitor()
    monitor.start()

    def work() -> None:
        end = time.thread_time() + 0.15
        while time.thread_time() < end:
            pass

    busy = QTimer()
    busy.setSingleShot(True)
    busy.timeout.connect(work)
    busy.start(20)
    loop = QEventLoop()
    QTimer.singleShot(400, loop.quit)
    loop.exec()
    monitor.stop()
    assert monitor.worst_ms >= 120
    assert 120 <= monitor.worst_busy_ms < 400


if __name__ == "__main__":  # figures: python -m tests.ui.test_autosave_stall 1 10
    import sys
    import tempfile

    from PySide6.QtCore import QSettings

    application = QApplication(sys.argv[:1])
    for megabytes in [float(a) for a in sys.argv[1:]] or [1.0]:
        with tempfile.TemporaryDirectory() as tmp:
            the_vault = Vault.create(Path(tmp) / "data", PASSPHRASE, keychain=Keychain.none())
            session = VaultSession()
            session.open(the_vault)
            preferences = Preferences(QSettings(str(Path(tmp) / "prefs.ini"), QSettings.Format.IniFormat))
            worst, busy, count = measure(session, preferences, int(megabytes * 1_000_000))
            print(f"{megabytes:g} MB note: worst stall {worst:.0f} ms (UI-thread work {busy:.0f} ms) "
                  f"over {count} autosaves", flush=True)
            session.lock()
