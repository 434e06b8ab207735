"""Walking a window's focus chain leaves every widget's Python object where it was (kit/tab_order.py).

PySide6 makes the widget ``nextInFocusChain()`` hands back a child of the caller's Python object; a
walk round the chain hung a dialog's own object on its last widget's, a ring the cyclic collector
then freed while the dialog lived on ("Slot 'RevisionHistoryDialog::' not found" when the session
locked).  ``next_in_focus_chain`` ties each widget back: after a walk and a pass of the collector,
every widget made in Python still has its Python object, its slots still run, and Qt saw no change."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.tab_order import next_in_focus_chain


class _Bell(QObject):
    rung = Signal()


class _Field(QLineEdit):
    def __init__(self, parent: QWidget, heard: list[str]) -> None:
        super().__init__(parent)
        self.heard = heard

    def hear(self) -> None:
        self.heard.append(self.objectName())


class _Panel(QFrame):
    """A Python container: its own Python object holds nothing but its Qt children."""


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None, heard: list[str]) -> None:
        super().__init__(parent)
        self.heard = heard

    def hear(self) -> None:
        self.heard.append("dialog")


# what a row of the dialog is: a Python field straight in it, one in a Python panel, one in a scroll
# area's viewport (a parent Qt made), or widgets with parts Qt made (a spin box's line edit, a combo box)
KINDS = ("field", "panel", "scrolled", "spin", "combo", "button")


def _build(kinds: list[str], parented: bool, heard: list[str], bell: _Bell,
           keep: list[QWidget]) -> tuple[QWidget, _Dialog, list[weakref.ref[QWidget]]]:
    window = QWidget()
    keep.append(window)
    dialog = _Dialog(window if parented else None, heard)
    if not parented:
        keep.append(dialog)
    dialog.setObjectName("dialog")
    bell.rung.connect(dialog.hear)
    column = QVBoxLayout(dialog)
    python_made: list[weakref.ref[QWidget]] = [weakref.ref(dialog)]
    for index, kind in enumerate(kinds):
        if kind in ("field", "panel", "scrolled"):
            if kind == "field":
                holder: QWidget = dialog
                row: QWidget | None = None
            elif kind == "panel":
                row = holder = _Panel(dialog)
                QVBoxLayout(holder)
                python_made.append(weakref.ref(row))
            else:
                area = QScrollArea(dialog)
                area.setWidgetResizable(True)
                row, holder = area, area.viewport()
            field = _Field(holder, heard)
            field.setObjectName(f"field{index}")
            bell.rung.connect(field.hear)
            python_made.append(weakref.ref(field))
            if kind == "panel":
                holder.layout().addWidget(field)
            column.addWidget(row if row is not None else field)
        else:
            made = {"spin": QSpinBox, "combo": QComboBox, "button": QPushButton}[kind](dialog)
            column.addWidget(made)
    dialog.show()
    return window, dialog, python_made


def _qt_state(dialog: QWidget) -> list[tuple[int, bool, object]]:
    return [(id(w.parentWidget()), w.isVisible(), w.geometry().getRect())
            for w in [dialog, *dialog.findChildren(QWidget)]]


def _walk(start: QWidget, step: Callable[[QWidget], QWidget]) -> int:
    widget, steps = step(start), 1
    while widget is not start and steps < 200:
        widget, steps = step(widget), steps + 1
    return steps


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=6), parented=st.booleans(),
       back=st.booleans(), laps=st.integers(1, 2))
def test_a_walk_round_the_chain_keeps_every_python_object(qtbot: QtBot, kinds: list[str], parented: bool,
                                                          back: bool, laps: int) -> None:
    heard: list[str] = []
    bell = _Bell()
    keep: list[QWidget] = []  # what the app would hold: the window (and a parentless dialog)
    window, dialog, python_made = _build(kinds, parented, heard, bell, keep)
    qtbot.waitExposed(dialog)
    before = _qt_state(dialog)
    for _ in range(laps):
        _walk(dialog, lambda w: next_in_focus_chain(w, back=back))
    assert _qt_state(dialog) == before  # Qt saw nothing: same parents, shown, same places
    del dialog, window
    gc.collect()
    lost = [i for i, ref in enumerate(python_made) if ref() is None]
    assert lost == [], f"Python objects freed while their widgets live: {lost}"
    bell.rung.emit()
    assert sorted(heard) == sorted(ref().objectName() for ref in python_made  # type: ignore[union-attr]
                                   if hasattr(ref(), "hear"))
    for widget in keep:
        widget.deleteLater()


def test_the_bindings_own_walk_loses_the_dialog(qtbot: QtBot) -> None:
    """Why the kit's walk exists: PySide6 6.12's own calls, round the chain, leave the dialog's Python
    object in a ring the collector frees (if a PySide6 release stops doing that, this says so)."""
    heard: list[str] = []
    bell = _Bell()
    keep: list[QWidget] = []
    window, dialog, python_made = _build(["field", "button"], True, heard, bell, keep)
    qtbot.waitExposed(dialog)
    _walk(dialog, lambda w: w.nextInFocusChain())
    del dialog, window
    gc.collect()
    assert python_made[0]() is None
    for widget in keep:
        widget.deleteLater()
