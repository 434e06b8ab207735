"""``after_first_paint(window, then)``: run ``then`` once, right after ``window`` has painted for the first time.

Start-up is a budget (ARCHITECTURE.md): the first window (unlock, or the first-run wizard) is on screen
before the app's look (``ui/kit/look.py``: the Python proxy style and the kit's application filters)
is applied, because any Python override of the style or event filter makes PySide6 build the ``Qt``
namespace's and ``QStyle``'s enum classes and every ``QStyleOption`` class (tens of ms of CPU) before
anything can be painted.  The look follows within a turn of the event loop, long before a person can
type; the window is repainted with it.

The watch is a filter on that one window (not the application), taken off at the first paint.  If the
window never paints (hidden, or deleted first), ``then`` runs after ``FALLBACK_MS`` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 2000


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(QCoreApplication.instance())  # not the window's child: it outlives a window deleted early
        self.setObjectName("firstPaintWatch")
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # the class only (a C check): asking the event its type() would make enum members
        if isinstance(event, QPaintEvent):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.fire)  # after this paint is drawn and on screen
        return False

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        try:
            then()
        finally:
            self.deleteLater()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """``then()`` once, after ``window``'s first paint (or after ``FALLBACK_MS`` without one)."""
    _FirstPaint(window, then)
