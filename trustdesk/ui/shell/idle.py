"""Idle auto-lock that also survives suspend (KeePassXC #2014).

An event filter on the application notes the last input (wall clock).  A coarse timer (15 s)
compares the wall clock with that moment and asks for a lock once the idle time has passed.
Because the wall clock keeps running while a laptop sleeps, a machine that slept two hours
locks right on resume, even though no monotonic timer fired.  The clock is injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})
CHECK_INTERVAL_MS = 15_000


class IdleLock(QObject):
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = self._clock()
        elif kind == QEvent.Type.ApplicationStateChange:
            self.check()  # back from sleep or a locked screen: judge by the wall clock now
        return False
