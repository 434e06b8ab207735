"""One way of following the app's top-level windows (shell/window_watcher.py), shared by the idle lock
and the lock key: each filters the windows there at watch() and every window that gets the focus later,
forgets a window once it is destroyed, and leaves none behind at unwatch()."""

from __future__ import annotations

import inspect

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.shell.idle import IdleLock
from trustdesk.ui.shell.lock_key import LockKey
from trustdesk.ui.shell.window_watcher import WindowWatcher

_FOLLOWING = ("watch", "unwatch", "_follow", "_forget")


def test_the_idle_lock_and_the_lock_key_follow_windows_through_the_one_watcher() -> None:
    for kind in (IdleLock, LockKey):
        assert issubclass(kind, WindowWatcher), kind
        own = [name for name in _FOLLOWING if name in vars(kind)]
        assert not own, f"{kind.__name__} follows windows with its own {own}"
    source = inspect.getsource(IdleLock) + inspect.getsource(LockKey)
    assert "installEventFilter" not in source and "focusWindowChanged" not in source


def _ctrl_l() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, "")


def _a() -> QKeyEvent:  # Ctrl+L is taken by the lock key: the idle lock sees other keys
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.integers(0, 3), after=st.integers(1, 3), closed=st.integers(0, 3))
def test_every_window_is_followed_destroyed_ones_forgotten_none_left_after_unwatch(
        qtbot: QtBot, before: int, after: int, closed: int) -> None:
    now = 1000.0
    idle = IdleLock(10, clock=lambda: now)
    key = LockKey(QKeySequence("Ctrl+L"))
    presses: list[int] = []
    key.pressed.connect(lambda: presses.append(1))
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    early = []
    for _ in range(before):
        dialog = QDialog(main)
        qtbot.addWidget(dialog)
        dialog.show()
        early.append(dialog)
    app = _app()
    idle.watch(app)
    key.watch(app)
    idle.watch(app)  # twice is once
    try:
        late = []
        for _ in range(after):  # made after watch(): followed once it has the focus
            dialog = QDialog(main)
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.activateWindow()
            qtbot.waitUntil(lambda d=dialog: QApplication.focusWindow() is d.windowHandle())
            late.append(dialog)
        shown = [main, *early, *late]
        for watcher in (idle, key):
            followed = watcher._windows  # noqa: SLF001
            assert len(followed) == len({id(w) for w in followed}), "a window followed twice"
            for widget in shown:
                assert any(widget.windowHandle() is w for w in followed), widget
        for n, widget in enumerate(shown):
            now += 60
            QApplication.sendEvent(widget.windowHandle(), _a())
            QApplication.sendEvent(widget.windowHandle(), _ctrl_l())
            assert idle._last_input == now  # noqa: SLF001
            assert len(presses) == n + 1
        counts = {id(w): len(w._windows) for w in (idle, key)}  # noqa: SLF001  # other tests' windows too
        gone: list[QWindow] = []
        for dialog in late[:closed]:
            handle = dialog.windowHandle()
            with qtbot.waitSignal(handle.destroyed):
                dialog.destroy()  # its native window goes, the widget stays
            gone.append(handle)
        for watcher in (idle, key):
            followed = watcher._windows  # noqa: SLF001
            assert len(followed) == counts[id(watcher)] - len(gone)
            assert not any(handle is w for handle in gone for w in followed)
    finally:
        idle.unwatch()
        key.unwatch()
    assert idle._windows == [] and key._windows == []  # noqa: SLF001
    before_presses, before_input = len(presses), idle._last_input  # noqa: SLF001
    for widget in (main, *early):
        now += 60
        QApplication.sendEvent(widget.windowHandle(), _a())
        QApplication.sendEvent(widget.windowHandle(), _ctrl_l())
    assert len(presses) == before_presses and idle._last_input == before_input  # noqa: SLF001
    idle.unwatch()  # twice is harmless
