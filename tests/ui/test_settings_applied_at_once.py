"""Settings applies its interface choices (language, idle-lock minutes) at once: closing asks nothing
about them and a lock does not call them lost (an outside tester was asked to discard a language
change that had already been applied, and told after a lock that it was not kept, yet it applied)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from tests.ui.test_shell import TEST_PAGES
from tests.waits import settings_dialog
from trustdesk.ui.kit.lock_bound import draft_changed
from trustdesk.ui.kit.preferences import folder_idle_minutes
from trustdesk.ui.shell.settings_dialog import SettingsDialog
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Vault


def _settings(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault) -> tuple[Shell, SettingsDialog]:
    shell = make_shell(pages=TEST_PAGES)
    shell.start()
    shell.session.open(vault)
    return shell, settings_dialog(qtbot, shell)


def _type_minutes(qtbot: QtBot, dialog: SettingsDialog, digits: str) -> None:
    spin = dialog.findChild(QSpinBox, "idleMinutesSpin")
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    QTest.keySequence(dialog.windowHandle(), "Ctrl+A")
    for digit in digits:
        QTest.keyClick(dialog.windowHandle(), digit)


@pytest.mark.parametrize("minutes", ["1", "3", "25", "240"])
def test_typed_idle_minutes_are_applied_and_esc_closes_unasked(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                                vault: Vault, minutes: str) -> None:
    shell, dialog = _settings(qtbot, make_shell, vault)
    _type_minutes(qtbot, dialog, minutes)
    assert folder_idle_minutes(shell.data_dir, shell.preferences) == int(minutes)
    assert not draft_changed(dialog)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    assert dialog.findChild(QMessageBox, "discardQuestion") is None
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert folder_idle_minutes(shell.data_dir, shell.preferences) == int(minutes)


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Up])
def test_a_language_picked_with_the_keys_is_applied_and_esc_closes_unasked(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, key: Qt.Key) -> None:
    shell, dialog = _settings(qtbot, make_shell, vault)
    combo = dialog.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(1)  # fr: both arrows move
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    QTest.keyClick(dialog.windowHandle(), key)
    picked = str(combo.currentData())
    assert picked != "fr" and shell.preferences.language == picked
    assert not draft_changed(dialog)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    assert dialog.findChild(QMessageBox, "discardQuestion") is None
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_lock_does_not_call_applied_settings_lost(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                     vault: Vault) -> None:
    shell, dialog = _settings(qtbot, make_shell, vault)
    _type_minutes(qtbot, dialog, "1")
    shell.session.lock()
    assert not shell.session.drafts_at_lock  # nothing to say after the unlock: the minute applies
    assert shell.idle._limit == 60  # noqa: SLF001 - the running idle lock follows at once
    assert QApplication.activeModalWidget() is None or not isinstance(QApplication.activeModalWidget(), QMessageBox)


@pytest.mark.parametrize("answer", ["keep", "discard"])
@pytest.mark.parametrize("where", ["title", "name", "contact"])
def test_the_keyboard_focus_comes_back_after_the_discard_question(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, answer: str, where: str) -> None:
    """After "Discard your changes?" a window has the keyboard again, explicitly (a window manager
    need not give it back): *Keep editing* returns to the field typed in, *Discard* to the main window."""
    shell, dialog = _settings(qtbot, make_shell, vault)
    field = getattr(dialog.profile_box.fields, where)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, "Vertrouwenspersoon")
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    question = dialog.findChild(QMessageBox, "discardQuestion")
    assert question is not None
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is question.windowHandle())
    if answer == "keep":
        QTest.keyClick(question.windowHandle(), Qt.Key.Key_Escape)
    else:  # its mnemonic, Alt+letter
        text = question.findChild(QAbstractButton, "discardDiscard").text()
        letter = text[text.index("&") + 1].upper()
        QTest.keyClick(question.windowHandle(), Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
    if answer == "keep":
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
        assert QGuiApplication.focusWindow() is dialog.windowHandle()
    else:
        qtbot.waitUntil(lambda: not dialog.isVisible())
        main = shell.main_window
        assert main is not None
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is main.windowHandle())
        focus = QApplication.focusWidget()
        assert focus is not None and main.isAncestorOf(focus)
