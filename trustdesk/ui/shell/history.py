"""Alt+Left goes back, Alt+Right forward, like a browser (ARCHITECTURE.md, "Keyboard, focus and a
laptop's screen"): the main window notes every place it shows -- a page, or a case open on the cases
page -- and ``back()`` returns to the one before, again and again; ``forward()`` goes the way back
again, until a new place is shown (which forgets the way forward, as a browser does).  The mouse's
Back and Forward buttons do the same over the main window.  Places are ids and page names, in memory
only (no case text), and forgotten with the window at the lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QWidget

from trustdesk.ui.kit.app_filters import register, unregister

Place = tuple[str | None, int | None]  # (page key, open case id)
KEPT = 50
_PRESS = QEvent.Type.MouseButtonPress


class History:
    def __init__(self, here: Callable[[], Place], go: Callable[[Place], bool]) -> None:
        """``go(place)`` shows a place and says whether it could (a case destroyed meanwhile: False)."""
        self._here = here
        self._go = go
        self.places: list[Place] = []  # visited before the current one, oldest first
        self.ahead: list[Place] = []  # left by going back, the next one last
        self.current: Place | None = None
        self._moving = False
        self.held = False  # one step under way (a case opened from another page): noted when it is done

    def note(self) -> None:
        """Call after anything that may have changed the place shown."""
        if self.held or self._moving:
            return
        place = self._here()
        if place == self.current or place[0] is None:
            return
        if self.current is not None:
            self.places.append(self.current)
            del self.places[:-KEPT]
            self.ahead.clear()  # a new way: the old way forward is gone
        self.current = place

    def back(self) -> bool:
        """The place before (skipping the one shown now); False when there is none."""
        return self._step(self.places, self.ahead)

    def forward(self) -> bool:
        """The place left by the last ``back()``; False when there is none."""
        return self._step(self.ahead, self.places)

    def _step(self, source: list[Place], behind: list[Place]) -> bool:
        start = self.current
        while source:
            place = source.pop()
            if place == self.current:
                continue
            self._moving = True
            try:
                shown = self._go(place)
            finally:
                self._moving = False
            if not shown:
                continue  # gone meanwhile (a destroyed case): one further
            if start is not None:
                behind.append(start)
                del behind[:-KEPT]
            self.current = self._here()
            return True
        return False


class HistoryKeys(QObject):
    """Alt+Left / Alt+Right on ``window`` (its actions), and the mouse's Back / Forward buttons over it."""

    def __init__(self, window: QWidget, history: History) -> None:
        super().__init__(window)
        self.window = window
        self.back_action = self._action("historyBackAction", QKeySequence.StandardKey.Back, history.back)
        self.forward_action = self._action("historyForwardAction", QKeySequence.StandardKey.Forward, history.forward)
        # a mouse button press reaches the widget under it first: the application's one filter hands
        # this one the mouse events of the whole app (kit/app_filters.py), until the window goes
        register(self, QMouseEvent)
        self.destroyed.connect(lambda _obj=None, me=self: unregister(me))

    def _action(self, name: str, keys: QKeySequence.StandardKey, step: Callable[[], bool]) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: step())
        self.window.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # handed mouse events only (kit/app_filters.py); type() makes a Python enum member
        if not isinstance(event, QMouseEvent) or event.type() != _PRESS \
                or not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if event.button() == Qt.MouseButton.BackButton:
            self.back_action.trigger()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self.forward_action.trigger()
            return True
        return False
