"""The benchmark's stall watchdog (tests/benchmarks/stalls.py) sees a busy UI thread and names the
code that kept it busy; an idle event loop is no stall.  A unit test of the bench harness only: the
stall figure itself runs in ``make bench``."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from tests.benchmarks.stalls import Watchdog, _run_for, _run_until
from trustdesk.vault import folding


def _busy(seconds: float) -> None:
    """``seconds`` of this process's CPU (not of the wall clock: a shared machine may not run us)."""
    text = "Nachtdienst cœur Straße 🚑 " * 2000
    end = time.process_time() + seconds
    while time.process_time() < end:
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
    assert not [s for s in dog.stalls if s.step == "idle" and s.cpu_ms > 50]
    (stall,) = [s for s in dog.stalls if s.step == "busy"]
    assert stall.ms >= 200 and stall.cpu_ms >= 200
    assert "trustdesk/vault/folding.py" in stall.cause, stall.cause
