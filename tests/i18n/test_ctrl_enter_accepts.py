"""Ctrl+Enter accepts a dialog from any field (issue 18, outside tester: Ctrl+Enter in the new-case
dialog created nothing).  The rule is app-wide (ui/kit/accept_keys.py): Ctrl+Return / Ctrl+Enter presses
the dialog's default button -- what Enter in a one-line field presses -- from every field, a multi-line
one (where Enter starts a new line) included, and types nothing into it.  Walks every dialog the lock
and discard tests walk (tests/i18n/test_lock_from_dialogs.py), puts the focus in each of its fields and
sends the key to the dialog's window as a person types it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_mnemonics import every_dialog
from trustdesk.ui.kit.accept_keys import default_button
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
# Dialogs that show and ask nothing to fill in: their default button closes them (no field to accept from).
_NO_FIELDS = {"document preview", "safety plan history", "note history"}


def _ctrl_enter(qtbot: QtBot, dialog: QWidget, key: Qt.Key = Qt.Key.Key_Return,
                modifiers: Qt.KeyboardModifier = CTRL) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    QTest.keyClick(dialog.windowHandle(), key, modifiers)


def _text(field: QWidget) -> str:
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return field.toPlainText()
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QAbstractSpinBox):
        return field.text()
    if isinstance(field, QComboBox):
        return field.currentText()
    return ""


def fields(dialog: QWidget) -> list[QWidget]:
    """The fields a person types or chooses in: one-line and multi-line text, numbers, dates, choices."""
    found = []
    for field in dialog.findChildren(QWidget):
        if not isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)) \
                or isinstance(field.parentWidget(), (QAbstractSpinBox, QComboBox)) \
                or not (field.isVisibleTo(dialog) and field.isEnabled()) or field.window() is not dialog \
                or not field.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(field, (QPlainTextEdit, QTextEdit, QLineEdit)) and field.isReadOnly():
            continue
        found.append(field)
    return found


def _form(qtbot: QtBot) -> tuple[QDialog, QPlainTextEdit, QLineEdit, QPushButton]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    notes, title = QPlainTextEdit(dialog), QLineEdit(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    save = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
    save.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (title, notes, buttons):
        layout.addWidget(widget)
    dialog.show()
    return dialog, notes, title, save


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_the_rule_in_a_form(qtbot: QtBot, key: Qt.Key) -> None:
    dialog, notes, _title, save = _form(qtbot)
    notes.setFocus()
    _ctrl_enter(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)  # Enter: a new line
    assert notes.toPlainText() == "\n" and dialog.isVisible()
    save.setEnabled(False)  # a form not complete: the key is kept, no line slips in
    _ctrl_enter(qtbot, dialog, key)
    assert notes.toPlainText() == "\n" and dialog.isVisible()
    save.setEnabled(True)
    _ctrl_enter(qtbot, dialog, key)
    assert notes.toPlainText() == "\n" and not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_other_chords_and_other_windows_keep_the_key(qtbot: QtBot) -> None:
    dialog, notes, _title, _save = _form(qtbot)
    notes.setFocus()
    _ctrl_enter(qtbot, dialog, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert dialog.isVisible()
    window = QWidget()  # not a dialog: its own Ctrl+Enter (none here) is untouched
    qtbot.addWidget(window)
    field = QPlainTextEdit(window)
    window.show()
    field.setFocus()
    _ctrl_enter(qtbot, window)
    assert window.isVisible()


def test_ctrl_enter_in_the_new_case_dialog_creates_the_case(qtbot: QtBot, window: MainWindow,
                                                           session: VaultSession) -> None:
    from trustdesk.ui.case.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(session, window)
    qtbot.addWidget(dialog)
    _show_loaded(qtbot, dialog)
    QTest.keyClicks(dialog.form.alias, "JD")
    dialog.form.opened_on.setFocus()  # a date field: its own Enter takes the typed date
    _ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.created is not None)
    assert dialog.created.alias == "JD"  # type: ignore[union-attr]
    assert session.require().cases.get(dialog.created.id) is not None  # type: ignore[union-attr]


def test_ctrl_enter_presses_the_default_button_from_every_field_of_every_dialog(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pressed: list[QPushButton] = []  # the buttons the key pressed (not their effect: every field of every dialog)
    monkeypatch.setattr(QPushButton, "click", lambda button: pressed.append(button))
    failures: list[str] = []
    walked: dict[str, int] = {}
    for name, make in every_dialog(session, window, sample, prefs):
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QDialog)
        qtbot.addWidget(dialog)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        _show_loaded(qtbot, dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())  # noqa: B023
        default = default_button(dialog)
        found = fields(dialog)
        if default is None:
            if found and name not in _NO_FIELDS:
                failures.append(f"{name}: fields but no default button for Enter and Ctrl+Enter")
            dialog.hide()
            continue
        for field in found:
            field.setFocus()
            if QApplication.focusWidget() is not field:
                failures.append(f"{name}: {field.objectName()} takes no focus")
                continue
            before = _text(field)
            default = default_button(dialog)  # (a focused auto-default button would be Enter's own)
            pressed.clear()
            _ctrl_enter(qtbot, dialog)
            what = f"{name}: {type(field).__name__} {field.objectName() or field.accessibleName()}"
            if pressed != ([default] if default is not None and default.isEnabled() else []):  # disabled: a beep
                failures.append(f"{what}: Ctrl+Enter pressed {[b.text() for b in pressed]}")
            if _text(field) != before:
                failures.append(f"{what}: Ctrl+Enter typed into the field")
            walked[name] = walked.get(name, 0) + 1
        dialog.hide()
    assert not failures, "\n".join(failures)
    assert {"new case", "task", "provider", "new referral", "safety plan", "score", "settings"} <= set(walked), walked
