"""Where a main window was and how large, kept over a lock and to the next start -- and always sane.

Locking deletes the main window and the unlock builds a new one (``shell/main_window.py``), so its place
is written at every lock and read at every unlock.  Qt's ``saveGeometry``/``restoreGeometry`` round trip
mixes the frame and the client area: where no window manager tells the frame (Xvfb with none, a session
starting up) ``restoreGeometry`` put the window back by an assumed frame, (0, 0) came back at (1, 25),
and an outside tester saw the window drift over lock/unlock cycles and the bad value kept at the next
start.  So the place kept here is the client rectangle itself (``normalGeometry`` when maximized) and
whether it was maximized, put back with ``setGeometry``: the same rectangle out as in, any number of
times.  Both ways it is made sane first (``sane_rect``): on the screen, no smaller than the window's
minimum, no larger than the screen's available area (its frame too, where the frame is known)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize

from trustdesk.ui.kit import screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from trustdesk.ui.kit.preferences import Preferences


def sane_rect(rect: QRect, area: QRect, minimum: QSize) -> QRect:
    """``rect`` (a client area) no smaller than ``minimum``, no larger than ``area``, and wholly inside it."""
    width = min(max(rect.width(), minimum.width()), area.width())
    height = min(max(rect.height(), minimum.height()), area.height())
    x = min(max(rect.x(), area.x()), area.x() + area.width() - width)
    y = min(max(rect.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def _minimum(window: QWidget) -> QSize:
    return window.minimumSize().expandedTo(window.minimumSizeHint())


def restore_place(window: QWidget, preferences: Preferences, key: str) -> bool | None:
    """Put ``window`` where it was left: whether it was maximized, or None when nothing was kept (or
    only a value an older version kept with ``saveGeometry``, which is then restored made sane)."""
    kept = preferences.window_place(key)
    if kept is None:
        old = preferences.geometry(key)
        if old is None or not window.restoreGeometry(old):
            return None
        window.setGeometry(sane_rect(window.normalGeometry(), screen.available_area(window), _minimum(window)))
        return window.isMaximized()
    rect, maximized = kept
    window.setGeometry(sane_rect(rect, screen.available_area(window), _minimum(window)))
    return maximized


def remember_place(window: QWidget, preferences: Preferences, key: str) -> None:
    """Keep where ``window`` is (its normal rectangle when maximized), made sane; nothing when it has none."""
    maximized = window.isMaximized() or window.isFullScreen()
    rect = window.normalGeometry() if maximized else window.geometry()
    if not rect.isValid() or rect.isEmpty():
        return
    # not maximized: its frame on the screen too (the frame's edges, where known; a maximized window's
    # normal rectangle is where the window manager puts it back, frame and all)
    inside = screen.available_area(window) if maximized else _inside_the_frame(window)
    preferences.set_window_place(key, sane_rect(rect, inside, _minimum(window)), maximized)


def _inside_the_frame(window: QWidget) -> QRect:
    """The available area less the window's frame edges (none where no frame is known)."""
    frame, client = window.frameGeometry(), window.geometry()
    return screen.available_area(window).adjusted(client.x() - frame.x(), client.y() - frame.y(),
                                                  client.right() - frame.right(), client.bottom() - frame.bottom())


def keep_frame_on_screen(window: QWidget) -> None:
    """Once shown (the frame's edges known): a window put back larger than the screen, or with its frame
    past an edge, brought inside -- shrunk by what it must, moved by what it must, nothing more."""
    if window.isMaximized() or window.isFullScreen():
        return
    client = window.geometry()
    sane = sane_rect(client, _inside_the_frame(window), QSize(0, 0))
    if sane != client:
        window.setGeometry(sane)
