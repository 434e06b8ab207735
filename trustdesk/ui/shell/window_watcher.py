"""An event filter that sits on every top-level window of the app, never on the application.

Input reaches a window before any widget, so a filter on each top-level window (those there at
``watch`` and each that gets the focus later) sees every key and click of the app, while an
application-wide filter would see every event of every object cross into Python (make bench: a third
of opening a case).  The idle lock (idle.py) and the lock key (lock_key.py) are both such filters:
this base follows and forgets the windows; a subclass writes ``eventFilter`` and may connect more of
the application's signals in ``_watching`` / ``_unwatching``.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # typing only: PySide6 makes a class on first use, and this module loads before the first paint
    from PySide6.QtGui import QGuiApplication, QWindow


class WindowWatcher(QObject):
    """Installs itself as the event filter of the app's top-level windows between watch and unwatch."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows: list[QWindow] = []  # where the filter sits
        self._app: QGuiApplication | None = None

    def watch(self, app: QGuiApplication) -> None:
        """Filter ``app``'s windows: those there now, and each that gets the focus later."""
        if self._app is not None:
            return
        self._app = app
        for window in app.topLevelWindows():
            self._follow(window)
        app.focusWindowChanged.connect(self._follow)
        self._watching(app)

    def unwatch(self) -> None:
        app, self._app = self._app, None
        if app is None:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            app.focusWindowChanged.disconnect(self._follow)
        self._unwatching(app)
        for window in self._windows:
            with contextlib.suppress(RuntimeError):  # a window deleted meanwhile
                window.removeEventFilter(self)
        self._windows.clear()

    def _watching(self, app: QGuiApplication) -> None:
        """A subclass's own connections to ``app`` (undone in ``_unwatching``)."""

    def _unwatching(self, app: QGuiApplication) -> None:
        """Undo ``_watching``."""

    def _follow(self, window: QWindow | None) -> None:
        if window is None or any(window is known for known in self._windows):
            return
        window.installEventFilter(self)
        self._windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))

    def _forget(self, window: QWindow) -> None:
        self._windows = [known for known in self._windows if known is not window]
