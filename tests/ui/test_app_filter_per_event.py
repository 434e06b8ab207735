"""The kit's one application filter (ui/kit/app_filters.py) sees every event of the app (about 2,300
per case opened, nearly all of them for nobody: layout, paint, child, move, timer events), so its
own work per event counts: an event's route is one dict lookup by its Python class, learnt once per
class, not four ``isinstance`` tests (those cost more than the rest of the filter).  Counted as the
built-in calls the filter makes per event, never timed; and every class still reaches its route."""

from __future__ import annotations

import sys
from types import FrameType

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject, QPointF, Qt, QTimerEvent
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QMoveEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

from trustdesk.ui.kit import app_filters
from trustdesk.ui.kit.app_filters import register, unregister


def _quiet() -> list[QEvent]:
    return [QEvent(QEvent.Type.LayoutRequest), QEvent(QEvent.Type.UpdateRequest), QTimerEvent(7),
            QChildEvent(QEvent.Type.ChildPolished, QObject()), QMoveEvent(QPointF(1, 1).toPoint(), QPointF().toPoint())]


def _routed() -> list[QEvent]:
    return [QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
            QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(2, 2), QPointF(2, 2), Qt.MouseButton.BackButton,
                        Qt.MouseButton.BackButton, Qt.KeyboardModifier.NoModifier),
            QShowEvent(), QFocusEvent(QEvent.Type.FocusIn)]


class _Seen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[type] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        self.seen.append(event.__class__)
        return False


def _builtin_calls_in_filter(target: QObject, events: list[QEvent]) -> int:
    """The built-in functions the kit's filter calls (isinstance, a dict lookup ...) while ``events``
    are sent to ``target``."""
    one = app_filters.AppFilters.eventFilter.__code__
    calls = 0

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal calls
        if event == "c_call" and frame.f_code is one:
            calls += 1

    send = QCoreApplication.sendEvent
    sys.setprofile(profile)
    try:
        for event in events:
            send(target, event)
    finally:
        sys.setprofile(None)
    return calls


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=20))
def test_a_quiet_event_is_one_lookup_in_the_filter(qapp: QApplication, picks: list[int]) -> None:
    target = QWidget()
    quiet = _quiet()
    _builtin_calls_in_filter(target, quiet)  # each class seen once (learnt)
    events = [quiet[i] for i in picks]
    assert _builtin_calls_in_filter(target, events) <= len(events), "one dict lookup per quiet event"
    target.deleteLater()


def test_every_class_reaches_its_route(qapp: QApplication) -> None:
    seen = {kind: _Seen() for kind in app_filters.ROUTED}
    for kind, watcher in seen.items():
        register(watcher, kind)
    target = QWidget()
    try:
        rounds = []
        for _ in range(2):  # the first time learnt, then looked up: the same events reach each route
            for event in _routed() + _quiet():
                QCoreApplication.sendEvent(target, event)
            rounds.append({kind: len(watcher.seen) for kind, watcher in seen.items()})
        for kind, watcher in seen.items():
            assert watcher.seen and all(issubclass(seen_kind, kind) for seen_kind in watcher.seen), kind
            assert rounds[1][kind] == 2 * rounds[0][kind], (kind, watcher.seen)
    finally:
        for watcher in seen.values():
            unregister(watcher)
        target.deleteLater()
