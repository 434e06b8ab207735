"""Passes of the cyclic garbage collector run on the UI thread, between events (kit/collector.py):
never in a worker (a parentless widget in a cycle was destroyed there, its timers firing later into
freed memory) and never inside Qt's delivery of an event (the pass destroyed the receiver under it).
Counted with ``gc.callbacks``: which thread started each pass, and whether one started inside an
event handler.  The test process collects as the app does (tests/conftest.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, QTimerEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trustdesk.pace import collector_paused
from trustdesk.ui.kit import collector
from trustdesk.ui.kit.relay import run_in_worker


class _Cycle:
    """Cyclic garbage: each holds itself, so only a pass of the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def _allocate_cycles(n: int) -> int:
    for _ in range(n):
        _Cycle()
    return n


@pytest.fixture
def passes() -> Iterator[list[tuple[str, bool]]]:
    """(thread, inside an event handler) of every pass started while the test runs."""
    noted: list[tuple[str, bool]] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            noted.append((threading.current_thread().name, _inside.active))

    assert gc.isenabled()
    gc.callbacks.append(note)
    try:
        yield noted
    finally:
        gc.callbacks.remove(note)


class _Inside(threading.local):
    active = False


_inside = _Inside()

WORKERS: dict[str, Callable[[Callable[[], object], Callable[[], None]], None]] = {
    "run_in_worker": lambda work, done: run_in_worker(QThreadPool.globalInstance(), work, lambda _r, _e: done()),
    "thread": lambda work, done: threading.Thread(target=lambda: (work(), done()), name="plain-thread").start(),
}


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(jobs=st.integers(1, 3), size=st.integers(5_000, 40_000), kind=st.sampled_from(sorted(WORKERS)))
def test_no_pass_starts_in_a_worker(qtbot: QtBot, passes: list[tuple[str, bool]], jobs: int, size: int,
                                    kind: str) -> None:
    passes.clear()
    done: list[int] = []
    for _ in range(jobs):
        WORKERS[kind](lambda: _allocate_cycles(size), lambda: done.append(1))
    qtbot.waitUntil(lambda: len(done) == jobs, timeout=30_000)
    main = threading.main_thread().name
    # the workers' garbage (thousands of objects over the first threshold) goes in a pass on a tick
    qtbot.waitUntil(lambda: any(name == main for name, _ in passes), timeout=5_000)
    elsewhere = [name for name, _ in passes if name != main]
    assert elsewhere == [], f"passes started in workers: {elsewhere[:5]} ({len(elsewhere)})"


class _CyclicWidget(QWidget):
    """A parentless widget in a cycle: its Python object and the widget go in a pass of the collector."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(widgets=st.integers(1, 4), size=st.integers(5_000, 40_000), kind=st.sampled_from(sorted(WORKERS)))
def test_a_cyclic_widget_is_destroyed_on_the_ui_thread(qtbot: QtBot, widgets: int, size: int, kind: str) -> None:
    """The hazard itself: a widget only a cycle holds, garbage when a worker allocates past the threshold.
    Where its Python object is finalised and where Qt destroys it: the UI thread, every time."""
    finalised: list[str] = []
    destroyed: list[str] = []

    def note_destroyed(_: object = None) -> None:
        destroyed.append(threading.current_thread().name)

    gc.collect()  # the counts start from zero: the worker's allocations are what crosses the threshold
    refs = []
    for _ in range(widgets):
        widget = _CyclicWidget()
        widget.destroyed.connect(note_destroyed, Qt.ConnectionType.DirectConnection)
        refs.append(weakref.ref(widget, lambda _r: finalised.append(threading.current_thread().name)))
        del widget
    done: list[int] = []
    WORKERS[kind](lambda: _allocate_cycles(size), lambda: done.append(1))
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    qtbot.waitUntil(lambda: len(finalised) == widgets and len(destroyed) == widgets, timeout=5_000)
    main = threading.main_thread().name
    assert finalised == [main] * widgets, f"finalised in {finalised}"
    assert destroyed == [main] * widgets, f"destroyed in {destroyed}"


class _Busy(QObject):
    """Allocates cyclic garbage while Qt delivers it a timer event (as the app's Python filter does)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size
        self.fired = 0

    def timerEvent(self, event: QTimerEvent) -> None:  # noqa: N802 - Qt's name
        _inside.active = True
        try:
            _allocate_cycles(self.size)
        finally:
            _inside.active = False
        self.fired += 1
        if self.fired == 3:
            self.killTimer(event.timerId())


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(size=st.integers(2_000, 30_000))
def test_no_pass_starts_while_an_event_is_delivered(qtbot: QtBot, passes: list[tuple[str, bool]], size: int) -> None:
    passes.clear()
    busy = _Busy(size)
    busy.startTimer(0)
    qtbot.waitUntil(lambda: busy.fired == 3, timeout=10_000)
    qtbot.waitUntil(lambda: len(passes) > 0, timeout=5_000)  # its garbage goes on a tick after
    inside = [name for name, active in passes if active]
    assert inside == [], f"{len(inside)} passes started inside an event handler"


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(size=st.one_of(st.integers(0, 300), st.integers(2_000, 20_000)), paused=st.booleans())
def test_a_tick_frees_the_cycles_made_since_unless_paused(qtbot: QtBot, size: int, paused: bool) -> None:
    made = collector.installed()
    assert made is not None
    gc.collect()
    with collector_paused() if paused else nullcontext():
        cycles = [_Cycle() for _ in range(size)]
        last: weakref.ref[Any] | None = weakref.ref(cycles[-1]) if cycles else None
        del cycles  # garbage now: nothing frees it before a pass
        before = list(made.passes)
        made.tick()
        due = size > made.thresholds[0]  # over the youngest generation's threshold (700: far from the sizes)
        if paused or not due:
            assert made.passes == before
            assert last is None or (last() is not None) == (size > 0)
        else:
            assert sum(made.passes) == sum(before) + 1
            assert last is not None and last() is None



def _rest(made: collector.UiCollector) -> None:
    """Two ticks with nothing in between: the second finds the counts as the first left them."""
    made.tick()
    made.tick()


def test_an_idle_app_stops_ticking_and_the_next_wake_starts_it_again(qtbot: QtBot,
                                                                     passes: list[tuple[str, bool]]) -> None:
    """A window left open is not woken ten times a second to read three counters; what allocates runs in
    an event, and the ticks are back from that event's wake: its garbage goes in a pass as before."""
    made = collector.installed()
    assert made is not None
    gc.collect()
    _rest(made)
    assert made.asleep and not made.timer.isActive()
    passes.clear()
    fired: list[int] = []
    QTimer.singleShot(50, lambda: fired.append(_allocate_cycles(made.thresholds[0] * 4)))  # the wake
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
    qtbot.waitUntil(lambda: len(passes) > 0, timeout=5_000)  # on a tick after: the timer runs again
    assert not made.asleep
    assert [name for name, _ in passes] == [threading.main_thread().name] * len(passes)


def test_no_rest_while_the_counts_move_or_a_worker_runs(qtbot: QtBot) -> None:
    made = collector.installed()
    assert made is not None
    gc.collect()
    made.tick()
    keep = [_Cycle() for _ in range(10)]  # allocated since the last tick (under the threshold: no pass)
    made.tick()
    assert not made.asleep and made.timer.isActive()
    release = threading.Event()
    started = threading.Event()
    done: list[int] = []
    run_in_worker(QThreadPool.globalInstance(), lambda: (started.set(), release.wait(10)),
                  lambda _r, _e: done.append(1))
    assert started.wait(10)
    _rest(made)
    assert not made.asleep and made.timer.isActive()  # a worker may be making garbage: keep ticking
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    _rest(made)
    assert made.asleep
    del keep
