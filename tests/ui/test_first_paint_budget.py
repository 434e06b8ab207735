"""The first window paints before the app's look and the enum-heavy parts of PySide6 are built (start-up
budget, ARCHITECTURE.md; ui/kit/first_paint.py), without cyclic garbage collection on the way, and the look,
the clipboard guard and the collector follow right after that paint.

The app is started through its real entry point in a subprocess; at the first window's first paint the
probe lists what is imported and which PySide6 classes were made (a class PySide6 makes on first use
builds its enum classes: ``Qt`` ~95 of them, ``QStyle`` and the ``QStyleOption`` family ~60 more, tens
of ms of CPU the first paint would wait for).  Then it waits (on a timer, not a sleep) for the look.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit import first_paint
from trustdesk.ui.kit.first_paint import after_first_paint

# imported only after the first paint: the look (its style and the kit's application filters) and the
# appearance helpers the first window does not use
DEFERRED_MODULES = ("trustdesk.ui.kit.look", "trustdesk.ui.kit.label_names", "trustdesk.ui.kit.alt_keys",
                    "trustdesk.ui.kit.tab_keys", "trustdesk.ui.kit.radio_groups", "trustdesk.ui.kit.app_filters",
                    "trustdesk.ui.kit.appearance",
                    # the standard library's dataclasses: its import and the code it compiles for each class
                    # (~19 M instructions for three small classes) -- the modules before the first paint use none
                    "dataclasses",
                    # the worker relay (and the QThreadPool/QRunnable/QThread classes it makes): the first
                    # window hands nothing to a worker before its first paint
                    "trustdesk.ui.kit.relay")
# PySide6 classes whose first use builds many enum classes (module attribute = made)
DEFERRED_CLASSES = (("PySide6.QtCore", "Qt"), ("PySide6.QtWidgets", "QStyle"), ("PySide6.QtWidgets", "QStyleOption"),
                    ("PySide6.QtWidgets", "QProxyStyle"), ("PySide6.QtWidgets", "QMessageBox"),
                    ("PySide6.QtWidgets", "QDialogButtonBox"), ("PySide6.QtWidgets", "QAbstractItemView"),
                    # the guarded editors' filter needs these only for input, the idle lock's watcher for typing
                    ("PySide6.QtGui", "QKeySequence"), ("PySide6.QtGui", "QWindow"),
                    ("PySide6.QtWidgets", "QTextEdit"), ("PySide6.QtWidgets", "QPlainTextEdit"), ("PySide6.QtWidgets", "QMenu"))

PROBE = """
import gc
import sys
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPaintEvent

MODULES = {modules!r}
CLASSES = {classes!r}

def look_applied():
    style = widgets.QApplication.style()
    look = sys.modules.get("trustdesk.ui.kit.look")
    app = widgets.QApplication.instance()
    return (look is not None and isinstance(style, look.LookStyle)
            and app.findChild(QObject, "kitApplicationFilters") is not None)  # the kit's filter is installed

def guarding():
    return widgets.QApplication.instance().findChild(QObject, "clipboardGuard") is not None

class Watch(QObject):
    def eventFilter(self, watched, event):
        if isinstance(event, QPaintEvent):  # a C check: no enum made by the probe itself
            watched.removeEventFilter(self)
            print("WINDOW", watched.objectName())
            print("MODULES", ",".join(m for m in MODULES if m in sys.modules))
            print("CLASSES", ",".join(c for m, c in CLASSES if c in vars(sys.modules[m])))
            print("LOOK_AT_PAINT", look_applied())
            print("GUARD_AT_PAINT", guarding())
            print("GC_AT_PAINT", gc.isenabled(), flush=True)
            self.polls = 0
            self.poll()
        return False

    def poll(self):
        self.polls += 1
        if look_applied() and guarding() and gc.isenabled() or self.polls > 2000:
            print("LOOK_AFTER", look_applied())
            print("GUARD_AFTER", guarding())
            print("GC_AFTER", gc.isenabled(), flush=True)
            widgets.QApplication.instance().quit()
        else:
            QTimer.singleShot(5, self.poll)

watch = Watch()
real_exec = widgets.QApplication.exec

def exec_(self=None):
    for window in widgets.QApplication.topLevelWidgets():
        if window.isVisible():
            window.installEventFilter(watch)
    return real_exec()

widgets.QApplication.exec = exec_
from trustdesk.cli import main
main(sys.argv[1:])
"""


def _start(tmp_path: Path, with_vault: bool) -> dict[str, str]:
    data = tmp_path / "data"
    if with_vault:
        data.mkdir()
        (data / "keyslots.json").write_text("{}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    script = PROBE.format(modules=DEFERRED_MODULES, classes=DEFERRED_CLASSES)
    result = subprocess.run([sys.executable, "-c", script, "--data-dir", str(data), "--lang", "fr"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) if " " in line else (line, "") for line in result.stdout.splitlines())


def test_unlock_window_paints_before_the_look_and_the_enum_heavy_classes(tmp_path: Path) -> None:
    lines = _start(tmp_path, with_vault=True)
    assert lines["WINDOW"] == "unlockWindow"
    assert lines["MODULES"] == ""  # none of the deferred modules was imported before the first paint
    assert lines["CLASSES"] == ""  # PySide6 built neither the Qt namespace nor QStyle's enums for it
    assert lines["LOOK_AT_PAINT"] == "False"
    assert lines["GUARD_AT_PAINT"] == "False"  # the platform clipboard is not opened for the first paint either
    assert lines["LOOK_AFTER"] == "True"  # and the look follows the first paint
    assert lines["GUARD_AFTER"] == "True"  # and the clipboard guard
    assert lines["GC_AT_PAINT"] == "False"  # no cyclic garbage collection on the way to the first paint (app.main)
    assert lines["GC_AFTER"] == "True"  # and collection as usual from right after it


def test_first_run_wizard_gets_the_look_after_its_first_paint(tmp_path: Path) -> None:
    lines = _start(tmp_path, with_vault=False)
    assert lines["WINDOW"] == "firstRunWizard"
    assert "trustdesk.ui.kit.look" not in lines["MODULES"].split(",")
    assert lines["LOOK_AT_PAINT"] == "False"
    assert lines["LOOK_AFTER"] == "True"
    assert lines["GUARD_AFTER"] == "True"
    assert (lines["GC_AT_PAINT"], lines["GC_AFTER"]) == ("False", "True")


@pytest.mark.parametrize("windows", [1, 3])
def test_after_first_paint_runs_once_after_the_paint(qtbot: QtBot, windows: int) -> None:
    calls: list[int] = []
    shown = []
    for index in range(windows):
        window = QWidget()
        qtbot.addWidget(window)
        after_first_paint(window, lambda index=index: calls.append(index))
        shown.append(window)
    assert calls == []  # nothing before the window is on screen
    for window in shown:
        window.show()
    qtbot.waitUntil(lambda: sorted(calls) == list(range(windows)))
    for window in shown:
        window.repaint()  # later paints call nothing again
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(True))  # a turn of the event loop after those paints
    qtbot.waitUntil(lambda: bool(turned))
    assert sorted(calls) == list(range(windows))
    qtbot.waitUntil(lambda: not QCoreApplication.instance().findChildren(QObject, "firstPaintWatch"))  # gone


def test_after_first_paint_runs_without_a_paint(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A window that is never shown (or deleted before it painted) still gets ``then`` after the fallback."""
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 20)
    calls: list[str] = []
    window = QWidget()
    after_first_paint(window, lambda: calls.append("late"))
    window.deleteLater()
    qtbot.waitUntil(lambda: calls == ["late"])
