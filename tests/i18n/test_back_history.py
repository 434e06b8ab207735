"""Alt+Left goes back like a browser: through the pages and cases shown, in reverse (issue 18 follow-up:
it only left a case for the list).  Keys sent to the window, as a person types them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import open_case, show_page
from trustdesk.ui.shell.main_window import MainWindow


def _back(qtbot: QtBot, window: MainWindow) -> tuple[str | None, int | None]:
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    return window._here()  # noqa: SLF001 - the place shown now


def test_alt_left_walks_back_through_pages_and_cases(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    first, second = sample.dutch_case, sample.french_case
    show_page(qtbot, window, "today")
    show_page(qtbot, window, "cases")
    open_case(qtbot, window, first)
    open_case(qtbot, window, second)
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    view.tabs.setCurrentIndex(1)  # a tab is no place of its own
    show_page(qtbot, window, "providers")
    show_page(qtbot, window, "reports")
    visited = [_back(qtbot, window) for _ in range(6)]
    assert visited == [("providers", None), ("cases", second), ("cases", first), ("cases", None),
                       ("today", None), ("today", None)]  # nothing before Today: it stays
    show_page(qtbot, window, "cases")  # the list (left by going back), then a case, the focus in it
    open_case(qtbot, window, first)
    view.tabs.setFocus()
    qtbot.waitUntil(view.tabs.hasFocus)
    assert _back(qtbot, window) == ("cases", None), "Alt+Left in a case: one owner, no ambiguous key"


def _forward(qtbot: QtBot, window: MainWindow) -> tuple[str | None, int | None]:
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    return window._here()  # noqa: SLF001 - the place shown now


def test_alt_right_walks_forward_again_until_a_new_place(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    """Alt+Right goes the way Alt+Left came, place by place; showing a new place forgets the way forward
    (a browser's rule); with nothing ahead the key changes nothing."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    first, second = sample.dutch_case, sample.french_case
    show_page(qtbot, window, "today")
    show_page(qtbot, window, "cases")
    open_case(qtbot, window, first)
    open_case(qtbot, window, second)
    show_page(qtbot, window, "providers")
    walked = [("today", None), ("cases", None), ("cases", first), ("cases", second), ("providers", None)]
    assert _forward(qtbot, window) == walked[-1], "nothing ahead: stays"
    back = [_back(qtbot, window) for _ in range(4)]
    assert back == walked[-2::-1]
    ahead = [_forward(qtbot, window) for _ in range(5)]
    assert ahead == walked[1:] + [walked[-1]]
    assert [_back(qtbot, window) for _ in range(2)] == [("cases", second), ("cases", first)]
    show_page(qtbot, window, "reports")  # a new place: the way forward is forgotten
    assert _forward(qtbot, window) == ("reports", None)
    assert _back(qtbot, window) == ("cases", first)


def test_the_mouse_back_and_forward_buttons_walk_the_history(qtbot: QtBot, window: MainWindow,
                                                              sample: Sample) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    show_page(qtbot, window, "today")
    open_case(qtbot, window, sample.dutch_case)
    show_page(qtbot, window, "providers")
    for button, expected in ((Qt.MouseButton.BackButton, ("cases", sample.dutch_case)),
                             (Qt.MouseButton.BackButton, ("today", None)),
                             (Qt.MouseButton.ForwardButton, ("cases", sample.dutch_case))):
        page = window.stack.currentWidget()  # a click anywhere over the window's page
        QTest.mouseClick(page, button, Qt.KeyboardModifier.NoModifier, page.rect().center())
        assert window._here() == expected, button  # noqa: SLF001 - the place shown now
