"""The benchmark's stall watchdog (tests/benchmarks/stalls.py) sees a busy UI thread as UI-thread
work and names the code that kept it busy; a UI thread kept from the interpreter by a worker is a wait,
not work; an idle event loop is no stall; and the verdict fails exactly on UI-thread work over the
aim.  A unit test of the bench harness only: the stall figure itself runs in ``make bench``."""

from __future__ import annotations

import threading
import time

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from tests.benchmarks.stalls import AIM_MS, Stall, Watchdog, _run_for, _run_until, judge
from trustdesk.vault import folding


def _busy(seconds: float) -> None:
    """``seconds`` of this thread's CPU (not of the wall clock: a shared machine may not run us)."""
    text = "Nachtdienst cœur Straße 🚑 " * 2000
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        folding.fold(text)  # the app's own code on the UI thread


def test_a_busy_ui_thread_is_a_stall_with_its_cause_and_idle_is_none(qapp: QApplication) -> None:
    dog = Watchdog()
    dog.start()
    try:
        dog.step = "idle"
        _run_for(0.3)
        dog.step = "busy"
        _busy(0.25)
        _run_until(lambda: any(s.step == "busy" for s in dog.stalls), timeout=5)
    finally:
        dog.stop()
    assert not [s for s in dog.stalls if s.step == "idle" and s.ui_ms > 50]
    (stall,) = [s for s in dog.stalls if s.step == "busy"]
    assert stall.ms >= 200 and 200 <= stall.ui_ms <= stall.ms
    assert "trustdesk/vault/folding.py" in stall.cause, stall.cause


def _hold_the_interpreter(seconds: float, started: threading.Event) -> None:
    """A worker in one long C call that never lets go of the interpreter lock (``sum`` over a range
    checks for no thread switch), about ``seconds`` of CPU."""
    n = 200_000
    t0 = time.thread_time()
    sum(range(n))
    per = max(1e-9, (time.thread_time() - t0) / n)
    started.set()
    sum(range(int(seconds / per)))


def test_a_worker_holding_the_interpreter_is_a_wait_not_ui_work(qapp: QApplication) -> None:
    """The UI thread kept from running Python by a worker: late, blocked, the worker's CPU beside it,
    and next to no UI-thread work — the verdict on work does not blame the UI thread, the wait figure does."""
    dog = Watchdog()
    started = threading.Event()
    dog.start()
    try:
        dog.step = "worker holds the lock"
        worker = threading.Thread(target=_hold_the_interpreter, args=(0.3, started))
        worker.start()
        started.wait()
        _run_until(lambda: not worker.is_alive(), timeout=10)
        worker.join()
        _run_for(0.05)
    finally:
        dog.stop()
    held = [s for s in dog.stalls if s.step == "worker holds the lock"]
    assert held, "no stall while a worker held the interpreter"
    stall = max(held, key=lambda s: s.ms)
    assert stall.ui_ms < 50 <= stall.held_ms, stall.made_of
    work, wait = judge(held, [])
    assert work.passed and work.value is not None and work.value < 50
    assert wait.value is not None and wait.value >= 50


stalls = st.lists(st.builds(
    Stall, ms=st.floats(51, 2000), ui_ms=st.floats(0, 2000), queued_ms=st.floats(0, 2000),
    others_ms=st.floats(0, 2000), step=st.sampled_from(["open a case", "search"]),
    cause=st.sampled_from(["trustdesk/ui/case/case_view.py:10 show_case", "trustdesk/vault/keyslots.py:5 argon2id"])),
    max_size=12)


@settings(max_examples=100, deadline=None)
@given(stalls, st.booleans())
def test_the_verdict_fails_exactly_on_ui_work_over_the_aim(found: list[Stall], unfinished: bool) -> None:
    work, _wait = judge(found, ["a step did not finish"] if unfinished else [])
    over = any(s.ui_ms > AIM_MS and not s.deliberate for s in found)
    assert work.passed is (not over and not unfinished)
    assert work.value == max((s.ui_ms for s in found if not s.deliberate), default=0.0)
