"""The unlock window's busy bar, while the key is derived, draws a frame every third step of the
style's animation, not at each of its 60 a second (kit/basics.BusyBar): each frame is ~1.2-1.8 ms of
the UI thread's CPU, and Argon2id's lanes run in OpenSSL threads on every core, so that CPU
lengthened the derivation.  The bar still moves (the animation is not stopped, the frames differ),
and is still named for a screen reader.  Counted per step of the animation: no wall clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.basics import BusyBar
from trustdesk.ui.security.unlock import UnlockWindow


class _Count(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.steps = 0
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.StyleAnimationUpdate:
            self.steps += 1
        elif kind == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.mark.parametrize("steps", [12, 30, 60])
def test_the_wait_draws_a_frame_every_third_step_of_the_animation(qtbot: QtBot, tmp_path: Path, steps: int) -> None:
    window = UnlockWindow(tmp_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    bar = window.busy
    assert isinstance(bar, BusyBar)
    count = _Count()
    bar.installEventFilter(count)
    window._set_busy(True)  # noqa: SLF001 - the state a derivation puts the window in
    qtbot.waitUntil(lambda: count.steps >= 3, timeout=15_000)  # the animation runs
    count.steps = count.paints = 0
    qtbot.waitUntil(lambda: count.steps >= steps, timeout=30_000)
    # the style's 60 steps a second each drew a frame before (paints == steps)
    assert count.paints <= count.steps // BusyBar.FRAME_EVERY + 2
    assert count.paints >= count.steps // BusyBar.FRAME_EVERY - 2  # ... and it still moves
    assert bar.accessibleName()


def test_the_frames_still_move(qtbot: QtBot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    bar = window.busy
    count = _Count()
    bar.installEventFilter(count)
    window._set_busy(True)  # noqa: SLF001
    frames: list[QImage] = []
    for _ in range(6):
        seen = count.paints
        qtbot.waitUntil(lambda seen=seen: count.paints > seen, timeout=15_000)
        frames.append(bar.grab().toImage())
    assert len({bytes(frame.constBits()) for frame in frames}) > 1
