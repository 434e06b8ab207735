"""The PySide6 6.12 / Python 3.11 workaround holds: a million void calls and emits do not kill None/True."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import trustdesk.ui
from PySide6.QtCore import QObject, Signal
class S(QObject):
    s = Signal()
o = S()
for _ in range(300_000):
    o.setObjectName("x")
    o.s.emit()
print("alive")
"""


def test_many_void_calls_and_emits_survive() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive"
