"""Ctrl+L locks from every window of the app, a dialog included.

The main window's lock action is a window shortcut: while a dialog is open (New task, New case, the
safety plan, a question box) Qt gives that dialog the keys and the main window's shortcuts are
blocked, so Ctrl+L did nothing (issue 18: a passphrase typed into a task's title).  This filter sits
on every top-level window of the app (those there now and each that gets the focus later, as the
idle lock's does, never on the application itself: window_watcher.py) and turns the lock key into
``pressed``.  In the main window itself the action's shortcut answers first and the key never
reaches the filter, so one press locks once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

from trustdesk.ui.shell.window_watcher import WindowWatcher


class LockKey(WindowWatcher):
    pressed = Signal()

    def __init__(self, sequence: QKeySequence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._combination = sequence[0] if not sequence.isEmpty() else None  # type: ignore[index]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._combination is not None \
                and event.keyCombination() == self._combination:
            self.pressed.emit()
            return True
        return False
