"""The stall drive's "KDF alone" baseline runs under the same driver as the unlock it is paired with
(tests/benchmarks/stalls.py): the watchdog ticks and samples and the driver polls while it derives,
as they do while the app unlocks; and a paused watchdog reads no stacks.  The old baseline derived on
the UI thread with the watchdog's timer stopped (no ticks, no poll) while its sampler kept reading
every thread's stack.  These tests count ticks and stack reads, not the wall clock."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.benchmarks import stalls


@pytest.fixture
def dog(qapp: QApplication) -> Iterator[stalls.Watchdog]:
    watchdog = stalls.Watchdog()
    watchdog.start()
    yield watchdog
    watchdog.stop()


@pytest.mark.parametrize("ticks", [3, 8])
def test_the_baseline_derives_while_the_watchdog_ticks_and_the_driver_polls(dog: stalls.Watchdog,
                                                                            ticks: int) -> None:
    seen = threading.Event()
    ticks_before = dog.ticks

    def on_tick() -> None:
        if dog.ticks - ticks_before >= ticks:
            seen.set()

    dog.timer.timeout.connect(on_tick)

    def derive() -> None:  # stands for Argon2id: done once the UI thread has ticked that often meanwhile
        assert seen.wait(30), "the watchdog did not tick while the baseline derived"

    assert stalls.kdf_alone(dog, derive) > 0
    assert dog.ticks - ticks_before >= ticks
    dog.timer.timeout.disconnect(on_tick)


def test_no_stall_is_noted_while_the_baseline_runs(dog: stalls.Watchdog) -> None:
    blocked = threading.Event()

    def derive() -> None:
        blocked.wait(30)

    def block_the_ui_thread() -> None:  # a late tick while the baseline runs: the driver's, not the app's
        end = stalls.time.perf_counter() + 2 * stalls.RECORD_MS / 1000
        while stalls.time.perf_counter() < end:
            pass
        blocked.set()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(20, block_the_ui_thread)
    stalls.kdf_alone(dog, derive)
    assert dog.stalls == []


def test_a_paused_watchdog_reads_no_stacks(dog: stalls.Watchdog, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    rounds: list[float] = []
    real = stalls.time.sleep

    def counted(seconds: float) -> None:  # the sampler's own pace, counted
        rounds.append(seconds)
        real(seconds)

    monkeypatch.setattr(stalls.time, "sleep", counted)
    with dog.paused():
        before = dog.sampled
        rounds.clear()
        # long past SAMPLE_AFTER_S with no tick: the old sampler read the stacks every round
        qtbot.waitUntil(lambda: len(rounds) >= 20, timeout=30_000)
        assert dog.sampled == before
    qtbot.waitUntil(lambda: dog.sampled > before or dog.ticks > 0, timeout=30_000)  # running again
