"""apply_look installs three of the kit's application filters (label names, Alt guard, tab keys) as
one: a quiet event costs one Python call instead of three, and each filter still does its work — the
Alt guard swallows Alt+letter, Ctrl+PgDown switches tabs, a window's inputs are named by their labels
(and the radio groups' own filter still makes a group's Tab stop its checked button); installed twice,
each kind of filter is there once.  A fresh process, as the app starts."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = r"""
import sys
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit, QRadioButton, QTabWidget,
                               QVBoxLayout, QWidget)
from trustdesk.ui.kit.refcount_fix import keep_singletons_alive
keep_singletons_alive()
app = QApplication([])
from trustdesk.ui.kit import accept_keys, alt_keys, app_filters, label_names, radio_groups, tab_keys
from trustdesk.ui.kit.look import apply_look
calls = {"merged": 0, "kit": 0}
for cls in (alt_keys.AltGuard, tab_keys.TabKeys, label_names.LabelNames, accept_keys.AcceptKeys):
    original = cls.eventFilter
    def counting(self, watched, event, original=original):
        calls["kit"] += 1
        return original(self, watched, event)
    cls.eventFilter = counting
merged_original = app_filters.AppFilters.eventFilter
def merged(self, watched, event):
    calls["merged"] += 1
    return merged_original(self, watched, event)
app_filters.AppFilters.eventFilter = merged
apply_look(app)
apply_look(app)  # idempotent
made = [f for route in app_filters.app_filters().routes.values() for f in route]
print("ONCE", bool(made) and all(len({id(f) for f in made if type(f) is kind}) == 1 for kind in map(type, made)))
window = QWidget()
form = QFormLayout(window)
edit = QLineEdit()
label = QLabel("Naam")
label.setBuddy(edit)
form.addRow(label, edit)
one, two = QRadioButton("een"), QRadioButton("twee")
form.addRow(one)
form.addRow(two)
two.setChecked(True)
tabs = QTabWidget()
tabs.addTab(QWidget(), "a")
tabs.addTab(QWidget(), "b")
form.addRow(tabs)
window.show()
app.processEvents()
calls.update(merged=0, kit=0)
for _ in range(50):
    QCoreApplication.sendEvent(edit, QEvent(QEvent.Type.LayoutRequest))
print("QUIET", calls["merged"], calls["kit"])
edit.setFocus()
QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier, "a"))
print("ALT", repr(edit.text()))
tabs.setFocus()
QApplication.sendEvent(tabs.tabBar(), QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown,
                                                 Qt.KeyboardModifier.ControlModifier))
print("TABS", tabs.currentIndex())
print("RADIO", bool(one.focusPolicy() & Qt.FocusPolicy.TabFocus), bool(two.focusPolicy() & Qt.FocusPolicy.TabFocus))
print("NAME", edit.accessibleName())
from PySide6.QtWidgets import QPushButton
busy = QWidget()
now, restore = QPushButton("Back up now", busy), QPushButton("Restore", busy)
QVBoxLayout(busy).addWidget(now)
busy.layout().addWidget(restore)
busy.show()
busy.activateWindow()
app.processEvents()
now.setFocus()
now.setEnabled(False)  # its work runs
print("BUSY", app.focusWidget().objectName())
"""


def test_one_call_per_quiet_event_and_every_filter_still_works() -> None:
    result = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["ONCE"] == "True"  # one filter of each kind, however often installed
    assert lines["QUIET"] == "50 0"  # the merged filter once per event, the three never
    assert lines["ALT"] == "''"  # Alt+a with no mnemonic typed nothing
    assert lines["TABS"] == "1"  # Ctrl+PgDown went to the next tab
    assert lines["BUSY"] == "kitBusyPlace"  # a focused button disabled while its work runs kept the keyboard
    assert lines["RADIO"] == "False True"  # the group's one Tab stop is its checked button
    assert "Naam" in lines["NAME"]  # the input is named by its label
