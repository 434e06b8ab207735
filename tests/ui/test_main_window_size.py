"""The main window fills a laptop's screen the first time, then opens as it was left (issue 18, layout:
it opened at 1100×720 on a 1366×768 screen).  What is remembered is the window's place (position,
size, maximized: ``kit/window_place.py``): no case data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit import screen
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.window_place import remember_place
from trustdesk.ui.shell.main_window import GEOMETRY_KEY, MainWindow


def _window(qtbot: QtBot, session: VaultSession, prefs: Preferences) -> MainWindow:
    window = MainWindow(session, prefs, pages=[])
    qtbot.addWidget(window)
    window.show_first()  # as the app shows it after unlocking (Shell._on_unlocked)
    qtbot.waitExposed(window)
    return window


def test_first_run_fills_the_laptop_screen_then_the_geometry_is_remembered(
        qtbot: QtBot, session: VaultSession, prefs: Preferences) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.width() <= screen.FILL_UP_TO  # the offscreen platform's screen is a small one
    assert prefs.window_place(GEOMETRY_KEY) is None
    window = _window(qtbot, session, prefs)
    assert window.isMaximized()
    qtbot.waitUntil(lambda: window.geometry().width() >= area.width() - screen.FRAME.width())
    assert window.geometry().height() >= area.height() - screen.FRAME.height()

    window.showNormal()  # the user makes it smaller: that is what opens next time
    qtbot.waitUntil(lambda: not window.isMaximized())
    window.resize(700, 500)
    qtbot.waitUntil(lambda: window.size().width() == 700)
    remember_place(window, prefs, GEOMETRY_KEY)  # as locking or closing the window does
    again = _window(qtbot, session, prefs)
    assert not again.isMaximized() and (again.width(), again.height()) == (700, 500)


@pytest.mark.parametrize(("width", "maximized"), [(1280, True), (1366, True), (1440, True), (1920, False),
                                                  (2560, False)])
def test_only_laptop_screens_open_maximized(qtbot: QtBot, session: VaultSession, prefs: Preferences,
                                            monkeypatch: pytest.MonkeyPatch, width: int, maximized: bool) -> None:
    monkeypatch.setattr(screen, "available_area", lambda _w: QRect(0, 0, width, 1040))
    window = MainWindow(session, prefs, pages=[])
    qtbot.addWidget(window)
    window.show_first()
    assert window.isMaximized() is maximized
    assert window.width() <= width and window.height() <= 1040
    normal = window.normalGeometry()
    if maximized:  # filled even where no window manager maximizes it
        assert normal.width() >= width - screen.FRAME.width() and normal.height() >= 1040 - screen.FRAME.height()
    else:
        assert (normal.width(), normal.height()) == (1100, 720)
