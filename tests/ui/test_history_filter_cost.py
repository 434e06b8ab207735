"""The main window's history filter (shell/history.HistoryKeys: the mouse's Back / Forward buttons)
sees every event of the application: it looks at the event's class first and never asks a quiet
event its ``type()`` (each asked makes a PySide enum member; it was the hottest line of the worst
stalls in make bench), and still takes the mouse's Back and Forward buttons."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.app_filters import unregister
from trustdesk.ui.shell.history import HistoryKeys

QUIET = (QEvent.Type.UpdateRequest, QEvent.Type.LayoutRequest, QEvent.Type.User, QEvent.Type.StyleChange,
         QEvent.Type.Polish, QEvent.Type.ChildPolished)


class _Steps:
    def __init__(self) -> None:
        self.taken: list[str] = []

    def back(self) -> bool:
        self.taken.append("back")
        return True

    def forward(self) -> bool:
        self.taken.append("forward")
        return True


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(QUIET), min_size=1, max_size=12))
def test_quiet_events_are_not_asked_their_type(qapp: QApplication, kinds: list[QEvent.Type]) -> None:
    window = QWidget()
    button = QPushButton(window)
    keys = HistoryKeys(window, _Steps())  # type: ignore[arg-type]
    calls: list[object] = []
    original = QEvent.type
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QEvent, "type", lambda event: calls.append(event) or original(event))
        for kind in kinds:
            for target in (window, button):
                QCoreApplication.sendEvent(target, QEvent(kind))
    unregister(keys)
    window.deleteLater()
    assert calls == []


def test_the_mouse_back_and_forward_buttons_still_step(qapp: QApplication, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton(window)
    steps = _Steps()
    keys = HistoryKeys(window, steps)  # type: ignore[arg-type]
    try:
        for which in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton, Qt.MouseButton.LeftButton):
            press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(2, 2), QPointF(2, 2), which, which,
                                Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(button, press)
    finally:
        unregister(keys)
    assert steps.taken == ["back", "forward"]
