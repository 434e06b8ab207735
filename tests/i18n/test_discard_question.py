"""Esc, Cancel or the close button never throws typing away silently (an outside tester lost a safety
plan's ", cauchemars", a new case and a task's title to Esc).  Walks every dialog the lock test walks
(tests/i18n/test_lock_from_dialogs.py), types into every field as a person does, presses Esc: the
dialog stays open and asks "Discard your changes?"; Esc in the question keeps editing; *Discard*
closes it.  Without a change Esc closes at once, unasked (kit/lock_bound.py, ``AsksBeforeDiscard``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_lock_from_dialogs import _change_something
from tests.i18n.test_mnemonics import every_dialog
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

# Settings stores what it holds when it closes (its Close button is no Cancel): nothing to discard.
_CLOSE_KEEPS = {"settings"}


def _press(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    QTest.keyClick(window.windowHandle(), key)


def _question(dialog: QWidget) -> QMessageBox | None:
    box = dialog.findChild(QMessageBox, "discardQuestion")
    return box if isinstance(box, QMessageBox) and box.isVisible() else None


def test_esc_asks_before_discarding_in_every_dialog(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                                     sample: Sample, prefs: Preferences,
                                                     translations: Translations) -> None:
    failures: list[str] = []
    asked: list[str] = []
    for name, make in every_dialog(session, window, sample, prefs):
        if name in _CLOSE_KEEPS:
            continue
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QWidget)
        qtbot.addWidget(dialog)
        if isinstance(dialog, QDialog):
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        _show_loaded(qtbot, dialog)
        changed = _change_something(dialog)
        _press(qtbot, dialog, Qt.Key.Key_Escape)
        if not changed:
            if dialog.isVisible() or _question(dialog) is not None:
                failures.append(f"{name}: nothing typed, yet Esc did not simply close it")
            continue
        question = _question(dialog)
        if question is None or not dialog.isVisible():
            failures.append(f"{name}: typed, Esc: visible={dialog.isVisible()} asked={question is not None}")
            dialog.hide()
            continue
        asked.append(name)
        if question.defaultButton() is not question.escapeButton():
            failures.append(f"{name}: the default button is not 'keep editing'")
        _press(qtbot, question, Qt.Key.Key_Escape)  # Esc in the question: keep editing
        qtbot.waitUntil(lambda: not isValid(question) or not question.isVisible())  # noqa: B023
        if not dialog.isVisible():
            failures.append(f"{name}: Esc in the question closed the dialog")
            continue
        dialog.reject()  # Cancel / the close button: the same question
        again = _question(dialog)
        if again is None:
            failures.append(f"{name}: Cancel did not ask")
            dialog.hide()
            continue
        discard = again.findChild(QAbstractButton, "discardDiscard")
        assert isinstance(discard, QAbstractButton)
        discard.click()
        qtbot.waitUntil(lambda: not dialog.isVisible())  # noqa: B023
        assert isValid(dialog)
    assert not failures, "\n".join(failures)
    assert {"new case", "task", "provider", "new referral", "safety plan", "score"} <= set(asked), asked
