"""While the key is derived, the unlock window leaves the UI thread alone unless the wait is long.

Argon2id runs its lanes in OpenSSL threads on every core, so whatever the UI thread does meanwhile
lengthens the wait it decorates.  The moving bar (60 style animation steps a second, a frame drawn at
every third: ~55 ms of UI CPU per second of waiting under load) now appears only once the wait has
lasted ``SHOW_AFTER_MS``; the words "Opening the vault…" appear at once and are announced.  A long
wait still shows the calm moving bar, in the place kept for it (nothing jumps when it appears), and a
bar hidden again lets its animation stop (it used to go on waking the UI thread 60 times a second).

Counted, never timed: events delivered on the UI thread between the click and a moment the test's
own timer marks before the bar's delay is up (Qt fires timers in the order they fall due).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.basics import SHOW_AFTER_MS
from trustdesk.ui.security.unlock import UnlockWindow
from trustdesk.vault import Keychain, Vault, WrongPassphrase


class _Events(QObject):
    """Counts (event type, receiver's class) delivered to one window's widgets while ``on``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.on = False
        self.seen: Counter[tuple[str, str]] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self.on and (watched is self.window or (isinstance(watched, QWidget) and self.window.isAncestorOf(watched))
                        or (event.type() == QEvent.Type.Timer and type(watched) is QObject)):  # (the animation's)
            self.seen[(event.type().name, type(watched).__name__)] += 1
        return False

    def count(self, kind: str, receiver: str | None = None) -> int:
        return sum(n for (k, r), n in self.seen.items() if k == kind and receiver in (None, r))


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """A made-up derivation: Vault.unlock waits in its worker until this is set, then refuses."""
    go = threading.Event()

    def derive(cls: type[Vault], *_args: object, **_kwargs: object) -> Vault:
        assert go.wait(60)
        raise WrongPassphrase("made up")

    monkeypatch.setattr(Vault, "unlock", classmethod(derive))
    yield go
    go.set()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> UnlockWindow:
    window = UnlockWindow(tmp_path, keychain=Keychain.none())
    qtbot.addWidget(window)
    window.resize(900, 560)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def events(window: UnlockWindow) -> Iterator[_Events]:
    seen = _Events(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(seen)
    yield seen
    app.removeEventFilter(seen)


@pytest.mark.parametrize("part", [0.2, 0.35, 0.5])
def test_a_wait_shorter_than_the_delay_wakes_the_ui_thread_for_no_frame(
        qtbot: QtBot, window: UnlockWindow, events: _Events, gate: threading.Event, part: float) -> None:
    window.passphrase.setText("made up passphrase")
    mark = QTimer()  # the test's moment: it falls due before the bar's delay, so it fires first
    mark.setSingleShot(True)
    mark.setInterval(int(SHOW_AFTER_MS * part))
    marked: list[float] = []
    mark.timeout.connect(lambda: (marked.append(time.thread_time() - cpu), setattr(events, "on", False)))
    events.on = True
    cpu = time.thread_time()
    with qtbot.waitSignal(mark.timeout, timeout=30_000):  # the event loop runs, nothing polls
        window.try_unlock()
        mark.start()
    print(f"{part:.0%} of the delay: UI CPU {marked[0] * 1000:.1f} ms, events {sum(events.seen.values())}: "
          f"{dict(events.seen)}")
    assert events.count("StyleAnimationUpdate") == 0  # the old bar: ~60 a second (30 in half the delay)
    assert events.count("Timer") == 0  # ... each a wake-up of the UI thread by the animation's timer
    assert events.count("Paint", "BusyBar") == 0  # ... and a frame drawn at every third
    assert events.count("Paint", "UnlockWindow") <= 2  # the busy state drawn once (twice: the layout's turn)
    # the words at once; the bar's place kept, the bar not shown yet
    assert window.message.isVisible() and window.message.text() == window.tr("Opening the vault…")
    assert not window.busy.isVisible() and window.busy.sizePolicy().retainSizeWhenHidden()
    gate.set()  # refused: ready again, the bar's place given back
    qtbot.waitUntil(lambda: not window._busy, timeout=30_000)  # noqa: SLF001
    assert not window.busy.isVisible() and not window.busy.sizePolicy().retainSizeWhenHidden()


def test_a_long_wait_shows_the_moving_bar_where_its_place_was_kept(
        qtbot: QtBot, window: UnlockWindow, events: _Events, gate: threading.Event) -> None:
    window.passphrase.setText("made up passphrase")
    window.try_unlock()
    window.layout().activate()
    early = window.message.geometry()  # the words, before the bar shows
    events.on = True
    qtbot.waitUntil(window.busy.isVisible, timeout=30_000)  # a made-up derivation longer than the delay
    bar = window.busy
    frames = []
    for _ in range(4):  # the bar moves: frames drawn, and they differ
        seen = events.count("Paint", "BusyBar")
        qtbot.waitUntil(lambda seen=seen: events.count("Paint", "BusyBar") > seen, timeout=15_000)
        frames.append(bytes(bar.grab().toImage().constBits()))
    assert len(set(frames)) > 1
    assert window.message.geometry() == early  # the words did not move when the bar appeared
    assert window.stack.geometry().bottom() < bar.geometry().top() < bar.geometry().bottom() < early.top()
    assert bar.accessibleName() and window.message.text() == window.tr("Opening the vault…")
    gate.set()  # refused: the bar gone, its place given back (the refusal right under the passphrase)
    qtbot.waitUntil(lambda: not window._busy, timeout=30_000)  # noqa: SLF001
    window.layout().activate()
    assert not bar.isVisible() and window.message.isVisible() and window.message.geometry().top() < early.top()


@pytest.mark.parametrize("after", [6, 20])
def test_a_bar_hidden_again_stops_waking_the_ui_thread(qtbot: QtBot, window: UnlockWindow, events: _Events,
                                                       after: int) -> None:
    """Measured in ticks of the test's own timer (each at least 10 ms): the old bar accepted every
    animation step while hidden, so its animation never stopped (~60 steps a second)."""
    window._set_busy(True)  # noqa: SLF001 - a wait ...
    window.busy.show()  # ... long enough for the bar
    events.on = True
    qtbot.waitUntil(lambda: events.count("StyleAnimationUpdate") >= 6, timeout=15_000)
    window._set_busy(False)  # noqa: SLF001
    QApplication.processEvents()
    events.seen.clear()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= after, timeout=30_000)
    timer.stop()
    assert events.count("StyleAnimationUpdate") <= 1  # (one already queued may still come)
