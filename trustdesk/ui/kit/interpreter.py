"""The UI thread gets the interpreter first while a worker runs Python: ``share_quickly()``.

A worker that runs Python (building a PDF, making the case list's rows) holds the interpreter lock
and lets go of it only when another thread has asked for ``sys.getswitchinterval()``.  The UI
thread gives the lock up every time Qt's C++ takes over and asks for it again at every Python call
Qt makes (an event filter, a model's ``data()``, a paint override): one event can be a hundred
hand-overs, each a wait of up to the interval (the "convoy effect": with a summary being made, a tab
that took 80 ms of work to show was 120 ms more late).  A shorter interval only shortens each wait.

So the workers give way: long work calls ``trustdesk.pace.checkpoint()`` between small units
(a paragraph measured or drawn, a case's row made, a module imported), and the pacer installed here
(``UiFirst``) pauses the worker there while the UI thread is working -- while its CPU clock moves.
The UI thread then runs its Python without waiting; the worker goes on once the UI thread has been
still for a moment (asleep in the event loop, or waiting for something that is not the interpreter:
the pause never waits for the UI thread to finish what it waits on), and after ``MAX_PAUSE_S`` at
the latest, then has a turn of ``TURN_S``: a busy window slows a worker down but never stops it.  Looking at the UI thread's
clock costs a system call: a worker looks at most every ``LOOK_EVERY_S``.  Platforms without
per-thread CPU clocks (``time.pthread_getcpuclockid``) keep the short interval alone.

A collection of the cyclic garbage collector holds the interpreter too, in whichever thread
allocated last: a full one over the whole heap took 60-85 ms in a worker making a PDF or a list.
Most of that heap is what start-up imported (modules, classes, functions, PySide6's types), alive
for the life of the process.  ``settle_heap()`` (once start-up's imports are done, before any case
data is read) freezes it out of every later collection (``gc.freeze``), so a full collection walks
only what was made since.  And a document being made builds hundreds of thousands of objects that
all live until it is done: passes of the collector meanwhile walk them for nothing (a 200-contact
summary leaves a few hundred objects of cyclic garbage behind, a millisecond's pass), so the worker
making it pauses the collector (``trustdesk.pace.collector_paused``).  No worker sets off a pass any
more: the app makes them on the UI thread, between events (``kit/collector.py``).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

from trustdesk import pace

SWITCH_INTERVAL_S = 0.001
LOOK_EVERY_S = 0.0002  # a worker reads the UI thread's CPU clock at most this often
PAUSE_S = 0.0005  # one pause; the worker goes on after one in which the UI thread did not work
STILL_NS = 20_000  # UI-thread CPU time in one pause that still counts as "not working"
MAX_PAUSE_S = 0.1  # the longest a worker gives way at one checkpoint ...
TURN_S = 0.02  # ... after which it goes on this long without giving way (a busy window never starves it)


_settle = False  # share_quickly() was called: this process runs the app (or the stall bench)


class UiFirst:
    """The pacer: called at a worker's checkpoint, it pauses the worker while the UI thread works.

    ``ui_cpu`` reads the UI thread's CPU time (ns); ``sleep`` and ``clock`` are ``time.sleep`` and
    ``time.perf_counter`` (a test hands in its own).  ``pauses`` counts the pauses made."""

    def __init__(self, ui_ident: int, ui_cpu: Callable[[], int], *,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.perf_counter) -> None:
        self.ui_ident = ui_ident
        self._ui_cpu = ui_cpu
        self._sleep = sleep
        self._clock = clock
        self._seen = threading.local()  # per worker: when it last looked, and the UI thread's CPU then
        self.pauses = 0

    def __call__(self) -> None:
        if threading.get_ident() == self.ui_ident:
            return
        seen = self._seen
        now = self._clock()
        if now - getattr(seen, "at", -1.0) < LOOK_EVERY_S:
            return
        ui = self._ui_cpu()
        # the UI thread worked since this worker last looked (and this worker's turn is over)
        if ui != getattr(seen, "ui", ui) and now >= getattr(seen, "turn_until", 0.0):
            ui = self._give_way(ui, now + MAX_PAUSE_S)
        seen.at, seen.ui = self._clock(), ui

    def _give_way(self, ui: int, deadline: float) -> int:
        """Let go of the interpreter until the UI thread has been still for one pause."""
        self.pauses += 1
        while True:
            self._sleep(PAUSE_S)  # the interpreter is the UI thread's meanwhile
            later = self._ui_cpu()
            if later - ui <= STILL_NS:
                return later
            if self._clock() >= deadline:
                self._seen.turn_until = self._clock() + TURN_S
                return later
            ui = later


class _ImportPace:
    """A checkpoint before each module a thread imports: a worker importing a big library (reportlab,
    Jinja) gives way between its modules.  Finds nothing itself."""

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        pace.checkpoint()
        return None


def ui_pacer() -> UiFirst | None:
    """The pacer for the calling thread as the UI thread; None where threads have no CPU clock."""
    clock_of = getattr(time, "pthread_getcpuclockid", None)
    if clock_of is None:
        return None
    clock = clock_of(threading.get_ident())
    return UiFirst(threading.get_ident(), lambda: time.clock_gettime_ns(clock))


def share_quickly() -> None:
    """Every entry point that runs the UI with workers calls this once, on the UI thread (the app,
    the stall bench)."""
    global _settle
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    _settle = True
    pacer = ui_pacer()
    if pacer is None:
        return
    pace.install(pacer)
    if not any(isinstance(finder, _ImportPace) for finder in sys.meta_path):
        sys.meta_path.insert(0, _ImportPace())


def settle_heap() -> None:
    """Once start-up's imports are done and before any case data is read (the unlock window's warm-up):
    what exists now stays for the life of the process, so no later collection walks it again.  Only
    where ``share_quickly()`` ran (the app; a test process keeps its collector as it is).  Without a
    collection first (that would take the time it saves): the few cycles of garbage left from the
    imports stay in memory."""
    if _settle:
        gc.freeze()

