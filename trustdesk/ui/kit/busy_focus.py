"""A control disabled while work runs keeps the keyboard: ``install_busy_focus(app)``, once, by every entry point.

Screens disable a button while its work runs ("Back up now" in Settings, "Create" in the new-case
dialog, "Save" in a case's details, ...). When the disabled widget has the keyboard focus, Qt hands
the focus to the NEXT widget of the window: after "Back up now" that is "Restore from a backup...", and
the next space the user types -- thinking they are back in their note -- presses it, opens the restore
wizard and types the rest of the note into its path field.

So no screen decides this on its own: this application filter (through kit/app_filters.py) sees the
focus leave a widget that has just been disabled, and parks the focus on the window's *busy place*
instead: a focusable widget of the same window that acts on nothing (every key but Tab and Escape is
taken and dropped: no text goes anywhere, Space and Enter press nothing, not even the dialog's default
button). Its accessible name says the window is busy and its description names the control that waits
(a screen reader announces "Busy, please wait -- Back up now"); on screen it lies over the (greyed)
control, transparent to the mouse, and draws a dashed focus frame round it: the keyboard is seen to
wait there. When the control is enabled again and the focus is still parked, the focus returns to it.
Tab and Shift+Tab leave the busy place as from the control (a deliberate move; then nothing returns).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget
from shiboken6 import isValid

from trustdesk.ui.kit.app_filters import install_once

PARK_NAME = "kitBusyPlace"
_FOCUS_OUT = QEvent.Type.FocusOut
_ENABLED_CHANGE = QEvent.Type.EnabledChange
_FOLLOW = frozenset({QEvent.Type.Move, QEvent.Type.Resize})
_PASS_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape})
_WINDOW_REASONS = frozenset({Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason})


def busy_text() -> str:
    return QCoreApplication.translate("BusyPlace", "Busy, please wait")


class BusyPlace(QWidget):
    """The window's place for the keyboard while a focused control is disabled: takes keys, does nothing."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.home = window
        self.setObjectName(PARK_NAME)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never a Tab stop; only parked on
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.resize(1, 1)
        self.setAccessibleName(busy_text())
        self.waiting: weakref.ref[QWidget] | None = None
        self.show()

    def park(self, control: QWidget) -> None:
        """Take the focus from ``control`` (just disabled); give it back when ``control`` is enabled again."""
        previous = self.waiting() if self.waiting is not None else None
        if previous is not None and previous is not control and isValid(previous):
            previous.removeEventFilter(self)
        self.waiting = weakref.ref(control)
        self.setAccessibleName(busy_text())
        button_text = control.text() if isinstance(control, QAbstractButton) else ""  # never a field's content
        self.setAccessibleDescription(control.accessibleName() or button_text.replace("&", ""))
        control.installEventFilter(self)
        self._cover(control)
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cover(self, control: QWidget) -> None:
        corner = control.mapTo(self.home, control.rect().topLeft())
        self.setGeometry(corner.x() - 2, corner.y() - 2, control.width() + 4, control.height() + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _FOLLOW and isinstance(watched, QWidget):
            self._cover(watched)  # the layout moved the waiting control (a busy line shown beside it)
        elif event.type() == _ENABLED_CHANGE and isinstance(watched, QWidget) and watched.isEnabled():
            watched.removeEventFilter(self)
            self.waiting = None
            if self.hasFocus() and watched.isVisible():
                watched.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if self.hasFocus():  # the waiting frame, only while the keyboard waits here
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in _PASS_KEYS:
            event.ignore()  # Escape still closes the dialog
        else:
            event.accept()  # typed text, Space, Enter: dropped (never to the parent's default button)


def busy_place(window: QWidget) -> BusyPlace:
    """``window``'s busy place (made on first use)."""
    place = window.findChild(BusyPlace, PARK_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return place if place is not None else BusyPlace(window)


class BusyFocus(QObject):
    """Sees every focus event of the app (through kit/app_filters.py): a disabled widget losing the
    focus (Qt moving it on because the widget was just disabled) parks it on the window's busy place."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (isinstance(event, QFocusEvent) and event.type() == _FOCUS_OUT
                and isinstance(watched, QWidget) and not watched.isEnabled()
                and event.reason() not in _WINDOW_REASONS and not isinstance(watched, BusyPlace)):
            window = watched.window()
            if window is not watched and window.isEnabled() and window.isVisible():
                busy_place(window).park(watched)
        return False


def install_busy_focus(app: QObject) -> None:
    """Once per application (idempotent)."""
    install_once(BusyFocus, app, QFocusEvent)  # through the application's one filter (kit/app_filters.py)
