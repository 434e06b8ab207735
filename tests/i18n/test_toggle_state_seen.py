"""A switched-on toggle is seen at a glance (issue 18, outside tester: the "Hide aliases" toolbar switch
showed its checked state faintly).  In the app's look (ui/kit/look.py, ``draw_switched_on``), every
checkable tool button of the main window, its pages and case tabs is pictured off and on, without and
with the focus: on must fill the button with a clear colour (not a shade of grey, not only a line),
and the focus ring must not make off look like on."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_focus_ring import _pixels, look  # noqa: F401  (a fixture)
from tests.waits import open_case, show_page
from trustdesk.ui.shell.main_window import MainWindow

FILLED = 90  # |ΔR|+|ΔG|+|ΔB| of the button's inside, median over its pixels (Fusion's sunken grey: 60)


def _inside(image: QImage) -> np.ndarray:
    pixels = _pixels(image)
    return pixels[4:-4, 4:-4] if pixels.shape[0] > 10 and pixels.shape[1] > 10 else pixels


def difference(off: QImage, on: QImage) -> float:
    """The median colour distance between the insides of two pictures of one button."""
    return float(np.median(np.abs(_inside(on) - _inside(off)).sum(axis=2)))


def _pictures(qtbot: QtBot, button: QToolButton, focus: bool) -> tuple[QImage, QImage]:
    was = button.isChecked()
    if focus:
        button.window().activateWindow()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is button.window().windowHandle())
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
    else:
        button.clearFocus()
    pictures = []
    for checked in (False, True):
        button.setChecked(checked)
        pictures.append(button.grab().toImage())
    button.setChecked(was)
    return pictures[0], pictures[1]


def faint_toggles(qtbot: QtBot, root: QWidget, where: str) -> list[str]:
    found = []
    for button in root.findChildren(QToolButton):
        if not (button.isCheckable() and button.isVisible() and button.isEnabled()):
            continue
        for focus in (False, True):
            seen = difference(*_pictures(qtbot, button, focus))
            if seen < FILLED:
                found.append(f"{where}: {button.objectName() or button.text()!r} "
                             f"{'focused' if focus else 'unfocused'}: on differs from off by {seen:.0f} < {FILLED}")
    return found


def test_the_check_tells_a_faint_toggle(qtbot: QtBot, look: QApplication) -> None:  # noqa: F811
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    button = QToolButton(row)
    button.setObjectName("plain")
    button.setText("Hide aliases")
    button.setCheckable(True)
    button.setAutoRaise(True)
    layout.addWidget(button)
    row.show()
    assert faint_toggles(qtbot, row, "look") == []  # the app's look: seen
    look.setStyle("Fusion")  # the base style alone: faint
    assert faint_toggles(qtbot, row, "Fusion")


def test_every_checkable_tool_button_shows_its_state(qtbot: QtBot, window: MainWindow, sample: Sample,
                                                     look: QApplication) -> None:  # noqa: F811
    found: list[str] = []
    seen: set[str] = set()
    for key in window.pages:
        show_page(qtbot, window, key)
        found += faint_toggles(qtbot, window, f"page {key}")
        seen |= {b.objectName() for b in window.findChildren(QToolButton) if b.isCheckable() and b.isVisible()}
    view = open_case(qtbot, window, sample.dutch_case)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        found += faint_toggles(qtbot, window, f"case tab {index}")
    assert not found, "\n".join(dict.fromkeys(found))
    toolbar = window.hide_aliases_action.associatedObjects()
    assert any(isinstance(b, QToolButton) and b.objectName() in seen for b in toolbar), seen
