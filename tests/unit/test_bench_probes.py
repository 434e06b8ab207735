"""What the UI figures measure with (tests/benchmarks/probes.py): the CPU of work handed to a worker is
counted (the curves' "open case" read its notes in a pool thread and counted only the UI thread's),
a wait on a signal returns when the worker's result is in, and "shown" is the first paint, not
``isVisible()``.  Unit tests of the bench harness: they count CPU a worker is known to have spent,
not the wall clock."""

from __future__ import annotations

import threading
import time

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from tests.benchmarks import curves
from tests.benchmarks.probes import FirstPaint, process_cpu_ms, quiet, wait_for_signal
from trustdesk.vault import folding


def _burn(ms: float) -> None:
    """``ms`` of this thread's own CPU (a shared machine may delay it, never shorten it)."""
    text = "Nachtdienst cœur Straße " * 500
    end = time.thread_time() + ms / 1000
    while time.thread_time() < end:
        folding.fold(text)


def _in_worker(ms: float) -> None:
    worker = threading.Thread(target=_burn, args=(ms,))
    worker.start()
    worker.join()


@settings(max_examples=4, deadline=None)
@given(st.integers(min_value=20, max_value=60))
def test_a_workers_cpu_is_counted(ms: int) -> None:
    assert process_cpu_ms(lambda: _in_worker(ms)) >= ms * 0.95
    # the curves' probes: the old measure (this thread's CPU) counted ~0 of it
    assert curves._best(lambda: _in_worker(ms), 1) >= ms * 0.95  # noqa: SLF001


class _Reader(QObject):
    loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[int] = []

    def start(self, n: int) -> None:
        def read() -> None:
            _burn(5)
            self.rows.extend(range(n))
            self.loaded.emit()  # from the worker: queued to the UI thread

        threading.Thread(target=read).start()


@settings(max_examples=5, deadline=None)
@given(st.integers(min_value=1, max_value=300))
def test_the_wait_ends_when_the_worker_said_loaded(n: int) -> None:
    app = QApplication.instance()
    reader = _Reader()
    assert wait_for_signal(reader.loaded, lambda: reader.start(n), timeout=30)
    assert reader.rows == list(range(n))
    quiet(app)


def test_a_signal_sent_at_once_and_one_never_sent(qapp: QApplication) -> None:
    reader = _Reader()
    assert wait_for_signal(reader.loaded, reader.loaded.emit)
    assert not wait_for_signal(reader.loaded, lambda: None, timeout=0.05)


def test_shown_is_the_first_paint_not_is_visible(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("page"))
    qtbot.addWidget(window)
    paint = FirstPaint()
    paint.watch(window)
    window.show()
    assert window.isVisible() and paint.at is None  # visible, nothing drawn yet
    assert paint.shown_at is not None
    qtbot.waitUntil(lambda: paint.at is not None)
    assert paint.painted and paint.at > paint.shown_at
    first = paint.at
    window.repaint()  # painted again at once: the moment stays the first paint's
    QApplication.processEvents()
    assert paint.at == first
