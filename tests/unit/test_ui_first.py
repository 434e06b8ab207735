"""The pacer the UI installs (``kit/interpreter.UiFirst``): a worker at a checkpoint lets go of the
interpreter while the UI thread works, and only then.  Driven with a scripted UI-thread CPU clock and
a fake sleep (what it decides, never how long it takes), and once with real threads."""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustdesk import pace
from trustdesk.ui.kit import interpreter
from trustdesk.ui.kit.interpreter import LOOK_EVERY_S, MAX_PAUSE_S, PAUSE_S, STILL_NS, TURN_S, UiFirst


class Script:
    """A UI thread's CPU clock that moves by the given steps, one per read, and a wall clock that a
    sleep moves forward."""

    def __init__(self, steps: list[int]) -> None:
        self.steps: Iterator[int] = iter(steps)
        self.ui_ns = 1_000_000
        self.now = 100.0
        self.sleeps = 0

    def ui_cpu(self) -> int:
        self.ui_ns += next(self.steps, 0)
        return self.ui_ns

    def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        self.now += seconds

    def clock(self) -> float:
        return self.now


def _pacer(script: Script, ui_ident: int = -1) -> UiFirst:
    return UiFirst(ui_ident, script.ui_cpu, sleep=script.sleep, clock=script.clock)


busy = st.integers(STILL_NS + 1, 10_000_000)  # UI-thread CPU time in one pause: it is working
still = st.integers(0, STILL_NS)


@given(st.lists(busy, max_size=int(MAX_PAUSE_S / PAUSE_S) - 2), still)
def test_a_worker_pauses_while_the_ui_thread_works_and_goes_on_once_it_is_still(
        working: list[int], rest: int) -> None:
    script = Script([0, 500, *working, rest])  # first look; the UI thread worked since; each pause
    pacer = _pacer(script)
    pacer()  # the first look: nothing to compare with
    assert script.sleeps == 0
    script.now += LOOK_EVERY_S
    pacer()
    assert script.sleeps == len(working) + 1  # one pause per pause the UI thread worked in, and the still one
    assert pacer.pauses == 1


@given(st.lists(st.just(0), min_size=1, max_size=50))
def test_no_pause_while_the_ui_thread_does_nothing(looks: list[int]) -> None:
    script = Script(looks)
    pacer = _pacer(script)
    for _ in looks:
        pacer()
        script.now += LOOK_EVERY_S
    assert script.sleeps == 0


@given(st.integers(1, 10_000_000))
def test_the_ui_thread_itself_never_pauses(moved: int) -> None:
    script = Script([0, moved, moved])
    pacer = _pacer(script, ui_ident=threading.get_ident())
    for _ in range(3):
        pacer()
        script.now += LOOK_EVERY_S
    assert script.sleeps == 0


def test_a_worker_looks_at_most_every_look_interval() -> None:
    script = Script([0, 500, 0])
    pacer = _pacer(script)
    pacer()
    script.now += LOOK_EVERY_S / 2
    pacer()  # too soon: the UI thread's clock is not read
    assert script.sleeps == 0
    script.now += LOOK_EVERY_S
    pacer()
    assert script.sleeps == 1


def test_a_busy_window_slows_a_worker_but_never_stops_it() -> None:
    """After ``MAX_PAUSE_S`` of giving way the worker goes on, without pausing for ``TURN_S``."""
    script = Script([0, 500, *[1_000_000] * 10_000])  # the UI thread never rests
    pacer = _pacer(script)
    pacer()
    script.now += LOOK_EVERY_S
    pacer()
    assert script.sleeps == pytest.approx(MAX_PAUSE_S / PAUSE_S, abs=1)
    after_pause = script.sleeps
    start = script.now
    while script.now - start < TURN_S * 0.9:  # its turn: checkpoints go by
        script.now += LOOK_EVERY_S
        pacer()
    assert script.sleeps == after_pause
    script.now += TURN_S
    pacer()  # the turn is over: it gives way again
    assert script.sleeps > after_pause


@pytest.mark.skipif(not hasattr(time, "pthread_getcpuclockid"), reason="no per-thread CPU clocks")
def test_a_worker_gives_way_to_a_working_ui_thread() -> None:
    """Real threads: this thread plays the UI thread and runs Python while a worker passes
    checkpoints; the worker pauses, and each pause ends (the UI thread then sleeps on an event)."""
    pacer = interpreter.ui_pacer()
    assert pacer is not None
    previous = pace.install(pacer)
    started, stop = threading.Event(), threading.Event()
    units = 0

    def worker() -> None:
        nonlocal units
        started.set()
        while not stop.is_set():
            pace.checkpoint()
            units += 1

    thread = threading.Thread(target=worker)
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    try:
        thread.start()
        started.wait()
        for _ in range(20_000):  # the UI thread works (its CPU clock moves): the worker gives way
            if pacer.pauses >= 3:
                break
            sum(i * i for i in range(2000))
        stop.set()
        thread.join()
    finally:
        stop.set()
        sys.setswitchinterval(switch)
        pace.install(previous)
    assert pacer.pauses >= 3
    assert units > 0


def test_share_quickly_installs_the_pacer_and_an_import_checkpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    callbacks = list(gc.callbacks)
    previous, switch = pace.installed(), sys.getswitchinterval()
    try:
        interpreter.share_quickly()
        interpreter.share_quickly()  # twice: still one import checkpoint
        pacer = pace.installed()
        finders = [f for f in sys.meta_path if isinstance(f, interpreter._ImportPace)]  # noqa: SLF001
        if hasattr(time, "pthread_getcpuclockid"):
            assert isinstance(pacer, UiFirst) and pacer.ui_ident == threading.get_ident()
            assert len(finders) == 1 and sys.meta_path[0] is finders[0]
        calls: list[int] = []
        pace.install(lambda: calls.append(1))
        with pytest.raises(ModuleNotFoundError):
            __import__("trustdesk_no_such_module_for_the_pacer")
        assert calls == ([1] if finders else [])
        assert gc.callbacks == callbacks  # no pass starts in a worker (kit/collector.py): none to pace
    finally:
        pace.install(previous)
        gc.callbacks[:] = callbacks
        sys.setswitchinterval(switch)
        monkeypatch.setattr(interpreter, "_settle", False)


@given(st.lists(st.sampled_from(["enter", "leave"]), max_size=12), st.booleans())
def test_the_collector_is_paused_inside_every_block_and_as_it_was_after_the_last(
        steps: list[str], was_on: bool) -> None:
    (gc.enable if was_on else gc.disable)()
    try:
        with ExitStack() as stack:
            blocks: list[ExitStack] = []
            for step in steps:
                if step == "enter":
                    inner = stack.enter_context(ExitStack())
                    inner.enter_context(pace.collector_paused())
                    blocks.append(inner)
                elif blocks:
                    blocks.pop().close()
                assert gc.isenabled() == (was_on and not blocks)
        assert gc.isenabled() == was_on
    finally:
        gc.enable()


def test_a_document_is_made_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.ui.documents import queries

    seen: list[bool] = []
    monkeypatch.setattr(queries, "_build_document", lambda _vault, _request: seen.append(gc.isenabled()) or b"%PDF")
    gc.enable()
    assert queries.build_document(None, queries.DocumentRequest(queries.SUMMARY, 1)) == b"%PDF"  # type: ignore[arg-type]
    assert seen == [False]
    assert gc.isenabled()
