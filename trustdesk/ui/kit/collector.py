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

An idle app does not tick: when a tick finds the collector's counts as the last one left them (nothing
was allocated or freed since) and no worker of the pool is running, the timer stops until the event
loop next wakes (``QAbstractEventDispatcher.awake``: a key, a click, a timer, a worker's outcome) -- a
window left open overnight is not woken ten times a second to read three counters.  Whatever allocates
runs in an event, or in a worker that an event started, so the ticks are back before there is garbage.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QObject, QThread, QThreadPool, QTimer

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
        self.counts = gc.get_count()  # as the last tick left them
        self.asleep = False  # the timer stopped until the event loop wakes (nothing changes meanwhile)
        self._waited = False  # asleep, and the loop has waited since

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
            self._rest_if_still()
            return
        if generation == 1:
            young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
            self.pending += max(0, young - gc.collect(1))  # the survivors move to the oldest generation
        else:
            gc.collect(generation)
            if generation == 2:
                self.pending, self.total = 0, len(gc.get_objects(generation=2))
        self.passes[generation] += 1
        self.counts = gc.get_count()

    def _rest_if_still(self) -> None:
        """Stop ticking when nothing changed since the last tick and no worker runs; the event loop's
        next wake from waiting starts the ticks again."""
        counts = gc.get_count()
        still = counts == self.counts and QThreadPool.globalInstance().activeThreadCount() == 0
        self.counts = counts
        if not still or self.asleep:
            return
        dispatcher = QAbstractEventDispatcher.instance(self.thread())
        if dispatcher is None:
            return
        self.asleep, self._waited = True, False
        self.timer.stop()
        # ``awake`` is said at the start of every pass of the loop, the one right after this tick too:
        # only one that follows a wait (``aboutToBlock``) is a wake
        dispatcher.aboutToBlock.connect(self._waiting)
        dispatcher.awake.connect(self._woken)

    def _waiting(self) -> None:
        self._waited = True

    def _woken(self) -> None:
        if not (self.asleep and self._waited):
            return
        self.asleep = False
        dispatcher = QAbstractEventDispatcher.instance(self.thread())
        if dispatcher is not None:
            dispatcher.aboutToBlock.disconnect(self._waiting)
            dispatcher.awake.disconnect(self._woken)
        self.timer.start()


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
