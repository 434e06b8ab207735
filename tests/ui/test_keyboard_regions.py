"""Keyboard regions and what the keyboard user sees (issue 18, keyboard and focus).

- F6 cycles the page, the toolbar and the navigation from wherever the focus is (Shift+F6 the other
  way, back to where it was in the page); Up/Down walk the navigation.  Before: up to 16 Shift+Tabs.
- The toolbar's reading order (its children, as a screen reader walks them) is its order on screen.
- The app's look (ui/kit/look.py): the chosen row keeps its highlight when the list loses the focus,
  the focus ring is drawn where it can be seen, dialog buttons carry no stock icons.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.look import LookStyle, apply_look
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, session: VaultSession, prefs: Preferences) -> MainWindow:
    win = MainWindow(session, prefs)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.mark.parametrize("key", ["today", "cases", "providers", "templates", "reports", "audit"])
def test_f6_cycles_page_toolbar_navigation_and_back(qtbot: QtBot, window: MainWindow, key: str) -> None:
    window.show_page(key)
    page = window.stack.currentWidget()
    inside = [w for w in page.findChildren(QWidget) if w.isVisible() and w.isEnabled()
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert inside, key
    start = inside[-1]  # the last control of the page: the farthest from the navigation by Tab
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    qtbot.keyClick(start, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.toolbar_buttons()[0], "the page, then the toolbar"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is window.toolbar_buttons()[1], "Right walks the toolbar"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.nav_buttons[key], "the toolbar, then the navigation"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.toolbar_buttons()[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is start, "back where the focus was in the page"
    qtbot.keyClick(start, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.nav_buttons[key], "Shift+F6 from the page: the navigation"
    buttons = list(window.nav_buttons.values())
    here = buttons.index(window.nav_buttons[key])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is buttons[(here + 1) % len(buttons)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert QApplication.focusWidget() is buttons[(here - 1) % len(buttons)]


def test_the_toolbar_reads_in_the_order_it_shows(qtbot: QtBot, window: MainWindow) -> None:
    buttons = [child for child in window.toolbar.children() if isinstance(child, QToolButton) and child.isVisible()]
    assert len(buttons) >= 6
    lefts = [button.x() for button in buttons]
    assert lefts == sorted(lefts), [(b.objectName() or b.text(), b.x()) for b in buttons]
    assert buttons[-1] is window.lock_button


@pytest.fixture
def look(qtbot: QtBot) -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    name, palette = app.style().name(), QPalette(app.palette())
    apply_look(app)
    yield app
    app.setStyle(name)
    app.setPalette(palette)


def _count(image: QImage, colour: QColor) -> int:
    near = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) + abs(pixel.blue() - colour.blue()) < 40:
                near += 1
    return near


def test_the_look_keeps_selection_and_focus_visible_and_drops_stock_icons(qtbot: QtBot, look: QApplication) -> None:
    assert isinstance(look.style(), LookStyle)
    palette = look.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        assert palette.color(QPalette.ColorGroup.Inactive, role) == palette.color(QPalette.ColorGroup.Active, role)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert all(button.icon().isNull() for button in box.buttons())

    holder = QWidget()
    qtbot.addWidget(holder)
    check = QCheckBox("Consent recorded", holder)
    other = QCheckBox("Other", holder)
    other.move(0, 40)
    holder.resize(240, 80)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: other.hasFocus())
    without = _count(check.grab().toImage(), highlight)
    check.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: check.hasFocus())
    with_focus = _count(check.grab().toImage(), highlight)
    assert with_focus - without >= 2 * check.fontMetrics().horizontalAdvance("Consent"), (without, with_focus)


@pytest.mark.parametrize("key", ["today", "cases"])
def test_tab_walks_every_toolbar_button_left_to_right(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """Outside tester: from Search, Tab went Handover -> Coordinator -> the page, skipping Hide aliases,
    Settings and Lock. Every toolbar button is one Tab stop, in the order they show."""
    window.show_page(key)
    tools = [b for b in window.toolbar_buttons() if b.isEnabled()]
    assert len(tools) >= 5
    tools[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tools[0])
    seen = [tools[0]]
    for _ in range(len(tools) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())  # type: ignore[arg-type]
    assert [w.objectName() or w.text() for w in seen] == [w.objectName() or w.text() for w in tools]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is tools[-2], "Shift+Tab walks back"


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_or_space_on_a_navigation_item_opens_its_page(qtbot: QtBot, window: MainWindow,
                                                            enter: Qt.Key) -> None:
    """Outside tester: F6 F6 Down Return did nothing in the navigation; only Space opened the page."""
    for key, button in window.nav_buttons.items():
        other = next(k for k in window.nav_buttons if k != key)
        window.show_page(other)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda b=button: QApplication.focusWidget() is b)  # type: ignore[misc]
        qtbot.keyClick(button, enter)
        qtbot.waitUntil(lambda k=key: window.current_key() == k)  # type: ignore[misc]
