"""Alt+letter without a mnemonic types nothing into any text input; mnemonics still work; characters
typed with AltGr (Ctrl+Alt on Windows, its own key on Linux, Option on macOS) are still typed (issue 18)."""

from __future__ import annotations

import string
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

ALT = Qt.KeyboardModifier.AltModifier


def _combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    return combo


INPUTS: dict[str, Callable[[QWidget], QWidget]] = {
    "line": QLineEdit, "text": QTextEdit, "plain": QPlainTextEdit, "spin": QSpinBox, "combo": _combo}


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    assert isinstance(widget, QTextEdit | QPlainTextEdit)
    return widget.toPlainText()


def _dialog(qtbot: QtBot, kind: str) -> tuple[QDialog, QWidget, QPushButton]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    field = INPUTS[kind](dialog)
    save = QPushButton("&Save", dialog)  # Alt+S is taken; every other letter is not
    layout.addWidget(field)
    layout.addWidget(save)
    dialog.show()
    dialog.activateWindow()
    field.setFocus()
    inside = [field, *field.findChildren(QWidget)]
    qtbot.waitUntil(lambda: QApplication.focusWidget() in inside)
    return dialog, field, save


@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_alt_and_any_letter_or_digit_types_nothing(qtbot: QtBot, kind: str) -> None:
    _dialog_, field, save = _dialog(qtbot, kind)
    clicks: list[bool] = []
    save.clicked.connect(lambda: clicks.append(True))
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, "12")  # a spin box takes digits only
    before = _text(field)
    assert "1" in before  # typing works
    for char in string.ascii_lowercase + string.digits:
        if char == "s":
            continue
        for modifiers in (ALT, ALT | Qt.KeyboardModifier.ShiftModifier):
            qtbot.keyClick(target, char, modifiers)
            assert _text(field) == before, (kind, char, modifiers)
    qtbot.keyClick(target, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: bool(clicks))  # the mnemonic still works (a button's animated click)
    assert _text(field) == before


@pytest.mark.parametrize("kind", ["line", "text", "plain"])
@pytest.mark.parametrize(("key", "text", "modifiers"), [
    (Qt.Key.Key_At, "@", Qt.KeyboardModifier.ControlModifier | ALT),  # Windows: AltGr is Ctrl+Alt
    (Qt.Key.Key_E, "€", Qt.KeyboardModifier.GroupSwitchModifier),  # Linux: AltGr, its own key
    (Qt.Key.Key_E, "e", ALT | Qt.KeyboardModifier.GroupSwitchModifier),  # Linux: a layout's own group
    (Qt.Key.Key_At, "@", Qt.KeyboardModifier.NoModifier),  # Linux: AltGr consumed by the layout
    (Qt.Key.Key_E, "€", ALT),  # a layout where Alt gives another character than the key's letter
    (Qt.Key.Key_Q, "œ", ALT),  # macOS Option
    (Qt.Key.Key_At, "@", ALT),  # macOS Option on a layout with @ there
])
def test_characters_typed_with_altgr_are_still_typed(qtbot: QtBot, kind: str, key: Qt.Key, text: str,
                                                    modifiers: Qt.KeyboardModifier) -> None:
    _dialog_, field, _save = _dialog(qtbot, kind)
    target = QApplication.focusWidget()
    assert target is not None
    QApplication.sendEvent(target, QKeyEvent(QKeyEvent.Type.KeyPress, key, modifiers, text))
    assert _text(field) == text
