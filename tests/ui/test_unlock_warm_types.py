"""While the unlock window waits for the passphrase, kit/qt_types makes PySide6's lazily made QObject
classes too, so the click on Unlock builds the main window without making them: a QObject handed back
to Python (here: a window's children) makes nothing once warmed, and dozens of classes without the
warm-up (a fresh process each, as the app starts)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = """
import sys
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget
app = QApplication([])
window = QMainWindow()
central = QWidget()
window.setCentralWidget(central)
QVBoxLayout(central).addWidget(QLineEdit())
QTimer(window)
if sys.argv[1] == "warm":
    from trustdesk.ui.kit.qt_types import warm_widget_types
    loop = QEventLoop()
    warmer = warm_widget_types()
    warmer.done.connect(loop.quit)
    if warmer.running:
        loop.exec()
before = sum(len(vars(m)) for m in (QtCore, QtGui, QtWidgets))
window.findChildren(QObject)  # what building the main window does, many times over
print(sum(len(vars(m)) for m in (QtCore, QtGui, QtWidgets)) - before)
"""


def _classes_made(mode: str) -> int:
    result = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def test_warmed_object_classes_leave_nothing_for_the_unlock_to_make() -> None:
    cold = _classes_made("cold")
    if cold == 0:
        pytest.skip("this PySide6 makes its classes eagerly: there is nothing to warm")
    assert cold > 20
    assert _classes_made("warm") == 0
