"""The cyclic garbage collector runs on the UI thread, between events: ``collect_on_ui_thread``.

Reference counting frees an object where its last reference goes.  Objects in a reference cycle wait
for a pass of the cyclic collector, and CPython starts a pass in whichever thread's allocation
crosses its threshold, at whatever point that thread is.  The pass frees what it finds right there,
and a parentless QObject (a window, a dialog, a test's widget) whose wrapper sits in a cycle is
destroyed with it:

- on a worker thread: the widget's timers belong to the UI thread and cannot be stopped from there;
  they fire later into freed memory;
- on the UI thread in the middle of Qt delivering an event to that very widget or one of its
  children (the app's Python event filter allocates, the pass deletes the receiver, Qt goes on
  delivering to it).

Both crashed the *Over time* tab's test (a timer event for a freed object, in
``getWrapperForQObject`` under the app filter): every ``VaultOp`` was a cycle holding its asker.

So CPython's automatic passes are off in every thread -- the first threshold set to zero, which
stops them while ``gc.isenabled()`` keeps its meaning (off until the first paint, off while a
document is made: ``trustdesk.pace.collector_paused``) -- and the UI thread makes them itself from a
timer, between two events, choosing the generation as CPython does (a generation whose count is over
its threshold; a full pass only when a quarter more long-lived objects came since the last one).
A worker's garbage waits for the next tick (``TICK_MS``); a pass it would have made in the worker,
holding the interpreter there, is made on the UI thread, which waited for it anyway.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

TICK_MS = 100  # how long garbage in cycles may wait; a tick with nothing due reads three counters


class UiCollector(QObject):
    """Makes the automatic passes of the cyclic collector, on the thread it lives on (the UI thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("uiCollector")
        self.thresholds = gc.get_threshold()
        self.pending = 0  # objects moved into the oldest generation since the last full pass ...
        self.total = len(gc.get_objects(generation=2))  # ... and how many were there after it (CPython's rule)
        self.passes = [0, 0, 0]  # passes made, by generation
        gc.set_threshold(0, *self.thresholds[1:])  # no automatic pass in any thread from here on
        self.timer = QTimer(self)
        self.timer.setObjectName("uiCollectorTick")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def due(self) -> int | None:
        """The generation CPython would collect now (None: none is due, or the collector is paused)."""
        if not gc.isenabled():
            return None
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                if generation == 2 and self.pending < self.total // 4:
                    continue  # few new long-lived objects: a full pass would walk the heap for little
                return generation
        return None

    def tick(self) -> None:
        generation = self.due()
        if generation is None:
            return
        if generation == 1:
            young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
            self.pending += max(0, young - gc.collect(1))  # the survivors move to the oldest generation
        else:
            gc.collect(generation)
            if generation == 2:
                self.pending, self.total = 0, len(gc.get_objects(generation=2))
        self.passes[generation] += 1


_COLLECTOR: UiCollector | None = None
_LOCK = threading.Lock()


def collect_on_ui_thread() -> UiCollector:
    """From now on, passes of the cyclic collector only on the UI thread (call it there, once the
    application exists: the app after its first paint, the tests with their application)."""
    global _COLLECTOR
    with _LOCK:
        if _COLLECTOR is None:
            app = QCoreApplication.instance()
            if app is None or QThread.currentThread() is not app.thread():
                raise RuntimeError("the collector's passes must be made on the UI thread")
            _COLLECTOR = UiCollector()
        return _COLLECTOR


def installed() -> UiCollector | None:
    return _COLLECTOR
