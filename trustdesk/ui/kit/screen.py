"""Windows that fit the screen they open on (issue 18: a 1366×768 laptop, 1920×1080 at 150 %).

Every top-level window asks for its size through ``fit_to_screen``: the wanted size, capped to the
screen's available area less the frame the window manager adds.  Long forms sit in a QScrollArea
(new case, safety plan, referral…), so a smaller window scrolls its form and keeps its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 48)  # a title bar and borders, which frameGeometry() only knows once shown


def available_area(widget: QWidget) -> QRect:
    """The available geometry (without task bar or dock) of the screen ``widget`` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    area = available_area(widget)
    return QSize(max(200, min(width, area.width() - FRAME.width())),
                 max(150, min(height, area.height() - FRAME.height())))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, no larger than the screen's available area allows."""
    window.resize(fitting_size(window, width, height))


FILL_UP_TO = 1440  # on a screen this wide or narrower a main window opens maximized the first time


def open_first_time(window: QWidget, width: int, height: int) -> bool:
    """The size of a main window that has no remembered geometry; True when it should be shown
    maximized: on a laptop's screen (at most ``FILL_UP_TO`` px wide: a 1366×768 screen has no room to
    spare beside it), where its normal size is the whole available area too (for a window manager
    that does not maximize, or none, as under Xvfb).  Else ``width``×``height``, no larger than the
    screen.  After that the window's own geometry is remembered (``Preferences.geometry``)."""
    area = available_area(window)
    if area.width() > FILL_UP_TO:
        fit_to_screen(window, width, height)
        return False
    fit_to_screen(window, area.width(), area.height())
    window.move(area.topLeft())
    return True


def grow_to_fit(window: QWidget) -> None:
    """After a text appeared or grew (a warning shown): the window as tall as its content needs at its
    width, so a wrapped text is never clipped -- never taller than the screen allows."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(fitting_size(window, width, needed))


def centre_on_screen(window: QWidget) -> None:
    """A top-level window in the middle of its screen's available area (upper third)."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    window.move(area.x() + max(0, (area.width() - frame.width()) // 2),
                area.y() + max(0, (area.height() - frame.height()) // 3))
    keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """A top-level window wholly inside its screen's available area (no part under a panel or off
    the edge, e.g. after it grew with a message or opened where another window was): shrunk to the
    area if it is larger, moved inside it otherwise."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.x() + area.width() - frame.width())
    y = min(max(frame.y(), area.y()), area.y() + area.height() - frame.height())
    if frame.x() == 0 and frame.y() == 0 or not area.intersects(frame):  # never placed: centre it
        x = area.x() + (area.width() - frame.width()) // 2
        y = area.y() + (area.height() - frame.height()) // 2
    window.move(x, y)
