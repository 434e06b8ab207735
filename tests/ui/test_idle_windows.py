"""The idle lock notes input on the windows, not on the application (issue 20): an application-wide
Python event filter saw every event of every object, a third of the time of opening a case."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.shell.idle import IdleLock


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class _Counting(IdleLock):
    def __init__(self, clock: _Clock) -> None:
        super().__init__(10, clock=clock)
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        self.seen += 1
        return super().eventFilter(watched, event)


def _key() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(widgets=st.integers(50, 300))
def test_building_widgets_does_not_cross_into_the_idle_filter(qtbot: QtBot, widgets: int) -> None:
    clock = _Clock()
    idle = _Counting(clock)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    idle.watch(QApplication.instance())  # type: ignore[arg-type]
    try:
        idle.seen = 0
        layout = QVBoxLayout(window)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the window keeps its size, as a page's
        for n in range(widgets):  # each widget: ChildAdded, Polish, LayoutRequest, Show... none is input
            layout.addWidget(QLineEdit(str(n)) if n % 2 else QLabel(str(n)))
        QApplication.processEvents()
        assert idle.seen < widgets // 5, f"{idle.seen} events crossed into Python for {widgets} widgets"
    finally:
        idle.unwatch()


def test_input_on_any_window_resets_the_idle_time_and_unwatch_stops(qtbot: QtBot) -> None:
    clock = _Clock()
    idle = _Counting(clock)
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    idle.watch(QApplication.instance())  # type: ignore[arg-type]
    idle.start()
    try:
        clock.now += 300
        QApplication.sendEvent(main.windowHandle(), _key())
        assert idle._last_input == clock.now  # noqa: SLF001
        dialog = QDialog(main)  # a window made after watch(): followed once it has the focus
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
        clock.now += 300
        point = dialog.rect().center().toPointF()
        QApplication.sendEvent(dialog.windowHandle(), QMouseEvent(
            QEvent.Type.MouseButtonPress, point, point, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier))
        assert idle._last_input == clock.now  # noqa: SLF001
        idle.unwatch()
        before = idle._last_input  # noqa: SLF001
        clock.now += 300
        QApplication.sendEvent(dialog.windowHandle(), _key())
        QApplication.sendEvent(main.windowHandle(), _key())
        assert idle._last_input == before  # noqa: SLF001
    finally:
        idle.unwatch()
        idle.stop()
