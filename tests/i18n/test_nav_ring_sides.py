"""The focus ring of a navigation item is whole: seen on all four sides (outside tester: after Ctrl+2
the ring of the Today item was cut at an edge).  For every item, focused while it is the current page
and while another page is current (Ctrl+1…6 pressed with the focus on the item, as a person does), the
picture with the focus is compared with the one without: along each side, away from the rounded
corners, at least ``FOCUS_PEN`` px deep of clearly changed pixels over nearly all its length."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_focus_ring import CONTRAST, _pixels, look  # noqa: F401 - the fixture
from trustdesk.ui.kit.look import FOCUS_PEN
from trustdesk.ui.shell.main_window import NAV_STYLE, MainWindow

CORNER = 8  # px of each side left out at both ends: the rounded corners
COVER = 0.9  # share of a side's length the ring must cover


def cut_sides(focused: QImage, unfocused: QImage) -> list[str]:
    """The sides of the item (the whole picture) where the ring is missing or thinner than FOCUS_PEN."""
    changed = np.abs(_pixels(focused) - _pixels(unfocused)).sum(axis=2) > CONTRAST
    height, width = changed.shape
    depth = FOCUS_PEN + 2  # the ring lies within the outer few pixels of the item
    bands = {"top": changed[:depth, CORNER:width - CORNER].sum(axis=0),
             "bottom": changed[height - depth:, CORNER:width - CORNER].sum(axis=0),
             "left": changed[CORNER:height - CORNER, :depth].sum(axis=1),
             "right": changed[CORNER:height - CORNER, width - depth:].sum(axis=1)}
    return [f"{side} ({(band >= FOCUS_PEN).mean():.0%} covered)" for side, band in bands.items()
            if (band >= FOCUS_PEN).mean() < COVER]


def _picture(window: MainWindow, button: QPushButton) -> QImage:
    """The item as the screen shows it (from the window, so a parent's clipping counts)."""
    origin = button.mapTo(window, QPoint(0, 0))
    return window.grab(button.rect().translated(origin)).toImage()


def _unfocus(window: MainWindow) -> None:
    window.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)


def test_the_check_sees_a_cut_ring(qtbot: QtBot, look: QApplication) -> None:  # noqa: F811
    nav = QWidget()
    nav.setObjectName("navigation")
    qtbot.addWidget(nav)
    layout = QVBoxLayout(nav)
    whole, cut, other = QPushButton("Vandaag", nav), QPushButton("Dossiers", nav), QPushButton("x", nav)
    cut.setObjectName("cut")
    for button in (whole, cut, other):
        button.setMinimumHeight(36)
        layout.addWidget(button)
    nav.setStyleSheet(NAV_STYLE + "#navigation QPushButton#cut:focus { border-top: none; }")
    nav.show()
    qtbot.waitExposed(nav)
    nav.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is nav)
    found = {}
    for button in (whole, cut):
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        before = button.grab().toImage()
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        found[button.text()] = cut_sides(button.grab().toImage(), before)
    assert found["Vandaag"] == []
    assert [side.split()[0] for side in found["Dossiers"]] == ["top"]


@pytest.mark.parametrize("current", [True, False])
def test_every_navigation_item_shows_its_whole_ring(qtbot: QtBot, look: QApplication, window: MainWindow,  # noqa: F811
                                                    sample: Sample, current: bool) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = list(window.nav_buttons)
    problems: list[str] = []
    for index, key in enumerate(keys):
        button = window.nav_buttons[key]
        shown = index if current else (index + 1) % len(keys)  # the item's own page, or the next one
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(button, Qt.Key(Qt.Key.Key_1 + shown), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda b=window.nav_buttons[keys[shown]]: b.property("current") is True)  # type: ignore[misc]
        button.setFocus(Qt.FocusReason.TabFocusReason)  # the key may have taken the focus to the page
        qtbot.waitUntil(button.hasFocus)
        focused = _picture(window, button)
        _unfocus(window)
        qtbot.waitUntil(lambda b=button: not b.hasFocus())  # type: ignore[misc]
        unfocused = _picture(window, button)
        if cut := cut_sides(focused, unfocused):
            problems.append(f"{key} ({'current' if current else 'not current'}): ring cut at {', '.join(cut)}")
    assert not problems, "\n".join(problems)
