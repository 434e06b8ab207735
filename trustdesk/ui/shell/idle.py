"""Idle auto-lock that also survives suspend (KeePassXC #2014).

An event filter on the windows notes the last input (wall clock): input reaches a window before
any widget, so the filter sits on every top-level window and on each window that gets the focus
later (window_watcher.py), never on the application, where every event of every object (tens of thousands while a
case opens) would cross into Python (make bench: a third of opening a case).  The application's
state changes (back from a locked screen) come by signal.  A coarse timer (15 s)
compares the wall clock with that moment and asks for a lock once the idle time has passed.
Because the wall clock keeps running while a laptop sleeps, a machine that slept two hours
locks right on resume, even though no monotonic timer fired.  The clock is injectable for tests.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from trustdesk.ui.shell.window_watcher import WindowWatcher

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})
CHECK_INTERVAL_MS = 15_000


class IdleLock(WindowWatcher):
    """Emits ``timed_out`` once after ``minutes`` without input (by the wall clock)."""

    timed_out = Signal()

    def __init__(self, minutes: float, *, clock: Callable[[], float] = time.time,
                 check_interval_ms: int = CHECK_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit = minutes * 60.0
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setObjectName("idleLockTimer")
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: float) -> None:
        self._limit = minutes * 60.0

    def start(self) -> None:
        self._last_input = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def touch(self) -> None:
        self._last_input = self._clock()

    def check(self) -> None:
        """Lock when the wall clock says the idle time has passed (also right after a resume)."""
        if self._timer.isActive() and self._clock() - self._last_input >= self._limit:
            self._timer.stop()
            self.timed_out.emit()

    def _watching(self, app: QGuiApplication) -> None:
        app.applicationStateChanged.connect(self._state_changed)

    def _unwatching(self, app: QGuiApplication) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            app.applicationStateChanged.disconnect(self._state_changed)

    def _state_changed(self, _state: object) -> None:
        self.check()  # back from sleep or a locked screen: judge by the wall clock now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False
