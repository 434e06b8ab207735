"""The main window keeps its place and size over any number of lock/unlock cycles, and what is kept of it
is always sane (an outside tester, under Xvfb with no window manager: the window drifted over the cycles
and the bad value was kept at the next start).

A lock deletes the main window and the unlock builds a new one (the prebuilt frame), so its place is
written at each lock and read at each unlock (``kit/window_place.py``).  Qt's saveGeometry/restoreGeometry
put a window left at (0, 0) back at (1, 25) where no window manager tells the frame; the place kept now is
the client rectangle itself, put back as it was, and made sane both ways."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.window_place import remember_place, sane_rect
from trustdesk.ui.shell.main_window import GEOMETRY_KEY, MainWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Vault
from trustdesk.vault.closing import wait_for_closes

CYCLES = 10


def _where(window: MainWindow) -> tuple[QRect, QRect, bool]:
    """What the person sees, and what the window would go back to from maximized."""
    return window.geometry(), window.normalGeometry(), window.isMaximized()


@pytest.mark.parametrize("left_at", [None, QRect(40, 30, 700, 500), QRect(90, 200, 640, 480)])
def test_ten_lock_unlock_cycles_leave_the_place_unchanged(
        qtbot: QtBot, unlocked_by_passphrase: Callable[..., tuple[Shell, MainWindow]], vault: Vault,
        prefs: Preferences, left_at: QRect | None) -> None:
    vault.lock()
    shell, main = unlocked_by_passphrase()  # the first time: maximized on the offscreen's small screen
    if left_at is not None:  # the person made it smaller and put it somewhere
        main.showNormal()
        qtbot.waitUntil(lambda: not main.isMaximized())
        main.setGeometry(left_at)
        qtbot.waitUntil(lambda: main.geometry() == left_at)
    first = _where(main)
    seen: list[tuple[QRect, QRect, bool]] = []
    kept: list[tuple[QRect, bool] | None] = []
    for cycle in range(CYCLES):
        shell.lock()
        wait_for_closes()
        kept.append(prefs.window_place(GEOMETRY_KEY))
        if cycle % 2:  # the frame prebuilt while the unlock window waits, as when the person takes their time
            qtbot.waitUntil(lambda s=shell: s.main_frame is not None, timeout=10_000)
        shell, main = unlocked_by_passphrase(shell)
        qtbot.waitExposed(main)
        seen.append(_where(main))
    assert seen == [first] * CYCLES
    assert kept == [(first[1], first[2])] * CYCLES


def test_what_is_kept_is_never_off_screen_too_small_or_larger_than_the_screen(
        qtbot: QtBot, session: VaultSession, prefs: Preferences) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    for bad in (QRect(-3000, 5000, 900, 600), QRect(10, 10, 20, 15), QRect(0, 0, area.width() * 3, area.height() * 2)):
        prefs.set_window_place(GEOMETRY_KEY, bad, False)  # as a lost screen or an older version left it
        window = MainWindow(session, prefs, pages=[])
        qtbot.addWidget(window)
        window.show_first()
        qtbot.waitExposed(window)
        minimum = window.minimumSize().expandedTo(window.minimumSizeHint())
        assert area.contains(window.geometry()), (bad, window.geometry())
        assert window.width() >= min(minimum.width(), area.width()), (bad, window.size())
        assert window.height() >= min(minimum.height(), area.height()), (bad, window.size())
        window.setGeometry(bad)  # and were it there at the lock, what is kept is made sane too
        remember_place(window, prefs, GEOMETRY_KEY)  # (MainWindow._on_locked, closeEvent)
        kept = prefs.window_place(GEOMETRY_KEY)
        assert kept is not None and area.contains(kept[0]), (bad, kept)
        assert kept[0].width() >= min(minimum.width(), area.width()), (bad, kept)
        assert kept[0].height() >= min(minimum.height(), area.height()), (bad, kept)
        window.hide()


def test_sane_rect() -> None:
    area = QRect(0, 0, 1366, 740)
    minimum = QSize(530, 363)
    assert sane_rect(QRect(100, 80, 900, 600), area, minimum) == QRect(100, 80, 900, 600)  # left as it is
    assert sane_rect(QRect(1300, 700, 900, 600), area, minimum) == QRect(466, 140, 900, 600)  # moved back in
    assert sane_rect(QRect(5, 5, 10, 10), area, minimum) == QRect(5, 5, 530, 363)  # never below the minimum
    assert sane_rect(QRect(-50, -50, 4000, 3000), area, minimum) == area  # never larger than the screen
