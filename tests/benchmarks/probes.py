"""What the UI figures measure with: the whole process's CPU of a probe, a wait on a Qt signal, a
widget's first paint.

A figure that hands work to a worker (the case view reads its notes in a pool thread) is only
measured when it waits for the signal that says the work is on screen, and its cost is only counted
when the CPU of every thread of the process is: the UI thread's CPU alone leaves the worker's
reads out.  "Shown" is the first paint of the window, not ``isVisible()`` (which is true before
anything is drawn): the moment is taken a turn of the event loop after the window's first paint
event, when that paint pass (the window and its children) is drawn, as the app's own first-paint
hook (``trustdesk/ui/kit/first_paint.py``) does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def process_cpu_ms(fn: Callable[[], object]) -> float:
    """CPU time of the whole process (every thread: the workers' reads too) spent in ``fn()``, in ms."""
    c0 = time.process_time()
    fn()
    return (time.process_time() - c0) * 1000


def wait_for_signal(signal: Any, start: Callable[[], object], timeout: float = 30.0) -> bool:
    """``start()``, then run the event loop until ``signal`` is emitted (at once or later); False on
    the timeout.  No polling timer: the loop sleeps until the signal (a poll would add CPU of its own)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    came: list[bool] = []

    def done(*_args: object) -> None:
        came.append(True)
        loop.quit()

    signal.connect(done)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    try:
        start()
        if not came:
            deadline.start(int(timeout * 1000))
            loop.exec()
    finally:
        deadline.stop()
        signal.disconnect(done)
    return bool(came)


def quiet(app: Any) -> None:
    """Let the work handed off settle: the global pool's workers done, then what they posted delivered."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    app.processEvents()


class FirstPaint:
    """``at``: the ``time.perf_counter()`` a turn of the event loop after ``widget``'s first paint event
    since ``watch`` (None until then).  A filter on that one widget (not the application: an application
    filter in Python would put every event of the process through Python while measuring)."""

    def __init__(self) -> None:
        self.at: float | None = None
        self.shown_at: float | None = None  # its first show event (where isVisible() turns true)
        self.painted = False
        self._filter: Any = None
        self._widget: Any = None

    def watch(self, widget: Any) -> None:
        from PySide6.QtCore import QObject, QTimer
        from PySide6.QtGui import QPaintEvent, QShowEvent

        if self._widget is widget:
            return
        self.stop()
        self.at, self.shown_at, self.painted, self._widget = None, None, False, widget
        owner = self

        class _Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
                if isinstance(event, QPaintEvent) and not owner.painted:  # the class only: no enum made
                    owner.painted = True
                    QTimer.singleShot(0, owner.mark)  # after this paint pass is drawn
                elif isinstance(event, QShowEvent) and owner.shown_at is None:
                    owner.shown_at = time.perf_counter()
                return False

        self._filter = _Filter()
        widget.installEventFilter(self._filter)

    def mark(self) -> None:
        if self.at is None:
            self.at = time.perf_counter()
        self.stop()

    def stop(self) -> None:
        if self._widget is not None and self._filter is not None:
            try:
                self._widget.removeEventFilter(self._filter)
            except RuntimeError:  # the widget is gone
                pass
        self._widget, self._filter = None, None
