"""Keep every input under a widget read-only: a case that went to a successor is shown, never edited.

``ReadOnlyLock(root)`` makes every text field under ``root`` read-only (still selectable and
scrollable), disables every button, combo box and action (a "New contact" shortcut included), and
stops item views editing in place.  Widgets that enable themselves later (an editor that turns on
when a contact is chosen, a field set editable again, a child made afterwards) are caught by an
event filter and locked again.  The vault refuses the writes anyway (``vault.repository``); this
keeps the screen from offering them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

_WATCH = (QEvent.Type.EnabledChange, QEvent.Type.ReadOnlyChange, QEvent.Type.ChildAdded, QEvent.Type.Show)


class ReadOnlyLock(QObject):
    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.setObjectName("read_only_lock")
        self.root = root
        self._busy = False
        self.lock(root)

    def lock(self, widget: QWidget) -> None:
        """Lock ``widget`` and everything under it (and watch them for a change back)."""
        for each in (widget, *widget.findChildren(QWidget)):
            self._lock_one(each)
        for action in (*widget.actions(), *widget.findChildren(QAction)):
            self._lock_action(action)

    def _lock_one(self, widget: QWidget) -> None:
        if isinstance(widget, QTabBar) or isinstance(widget.parent(), QTabBar):
            return  # switching tabs (and scrolling the tab bar) is reading
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            if not widget.isReadOnly():
                widget.setReadOnly(True)
        elif isinstance(widget, (QAbstractButton, QComboBox)):
            if widget.isEnabled():
                widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        if widget.property("read_only_locked") is None:
            widget.setProperty("read_only_locked", True)
            widget.installEventFilter(self)
            for action in widget.actions():
                self._lock_action(action)

    def _lock_action(self, action: QAction) -> None:
        if action.isEnabled():
            action.setEnabled(False)
        if action.property("read_only_locked") is None:
            action.setProperty("read_only_locked", True)
            action.changed.connect(lambda a=action: a.isEnabled() and a.setEnabled(False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCH and isinstance(watched, QWidget) and not self._busy:
            if event.type() == QEvent.Type.ChildAdded:
                # the child is still being made: lock it once it is (no wait: the next event-loop turn)
                QTimer.singleShot(0, self, lambda w=watched: self._relock(w, whole=True))
            else:
                self._relock(watched, whole=False)
        return False

    def _relock(self, widget: QWidget, *, whole: bool) -> None:
        if not isValid(widget):
            return
        self._busy = True
        try:
            if whole:
                self.lock(widget)
            else:
                self._lock_one(widget)
        finally:
            self._busy = False
