"""Esc, Cancel or the close button never throws typing away silently (an outside tester lost a safety
plan's ", cauchemars", a new case and a task's title to Esc).  Walks every dialog the lock test walks
(tests/i18n/test_lock_from_dialogs.py), types into every field as a person does, presses Esc: the
dialog stays open and asks "Discard your changes?"; Esc in the question keeps editing; *Discard*
closes it.  Without a change Esc closes at once, unasked (kit/lock_bound.py, ``AsksBeforeDiscard``)."""

from __future__ import annotations

import pytest
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

# Settings stores its affiliations when it closes, not its profile: typed in the profile, Esc asks.
_CLOSE_KEEPS: set[str] = set()


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
    assert {"new case", "task", "provider", "new referral", "safety plan", "score", "settings"} <= set(asked), asked


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("where", ["profile title", "profile name", "affiliations", "nothing"])
def test_settings_asks_before_losing_an_unsaved_profile(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                                         prefs: Preferences, translations: Translations,
                                                         language: str, where: str) -> None:
    """An outside tester typed in Settings' profile Title ("Nog niet bewaard."), pressed Esc: Settings
    closed and the text was gone.  Now Esc asks, as every dialog does; the affiliations, which closing
    stores, are no reason to ask, and without a change Esc closes at once."""
    from tests.waits import switch_language
    from trustdesk.ui.shell.settings_dialog import SettingsDialog

    switch_language(translations, language)
    dialog = SettingsDialog(session, prefs, language=language, parent=window)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    _show_loaded(qtbot, dialog)
    field = {"profile title": dialog.profile_box.fields.title, "profile name": dialog.profile_box.fields.name,
             "affiliations": dialog.affiliations_box.edit, "nothing": None}[where]
    if field is not None:
        field.setFocus()
        QTest.keyClicks(field, "Vertrouwenspersoon")
    _press(qtbot, dialog, Qt.Key.Key_Escape)
    if where.startswith("profile"):
        question = _question(dialog)
        assert question is not None and dialog.isVisible(), where
        _press(qtbot, question, Qt.Key.Key_Escape)  # keep editing
        qtbot.waitUntil(lambda: not isValid(question) or not question.isVisible())
        assert dialog.isVisible() and "Vertrouwenspersoon" in field.text()  # type: ignore[union-attr]
        dialog.profile_box.save()  # saved: nothing left to lose
        qtbot.waitUntil(lambda: not dialog.profile_box.unsaved())
        _press(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _question(dialog) is None
