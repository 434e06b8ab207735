"""The restore wizard's secret step, by keyboard: switching between passphrase and recovery code clears
the error the other method left, puts the focus in the field to type in, and lays the page out at once
(an outside tester, French: after a wrong passphrase, Alt+C left "Cette phrase secrète n'ouvre pas cette
sauvegarde" on screen, the focus on the radio button and the new-passphrase fields ~8 px high)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_restore_wizard import _backup
from tests.waits import switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.security.restore_wizard import SECRET_PAGE, RestoreWizard
from trustdesk.vault import Keychain, Vault


def _alt(button: QRadioButton) -> None:
    """Alt and the radio button's underlined letter, pressed where the focus is."""
    text = button.text()
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, text[text.index("&") + 1].lower(), Qt.KeyboardModifier.AltModifier)


def _drawn_whole(wizard: RestoreWizard) -> list[str]:
    """The page's fields as drawn now, without waiting for a later relayout: none squashed."""
    squashed = []
    for field in wizard.stack.currentWidget().findChildren(QLineEdit):
        if field.isVisibleTo(wizard) and field.height() < field.minimumSizeHint().height():
            squashed.append(f"{field.objectName()}: {field.height()} px < {field.minimumSizeHint().height()} px")
    return squashed


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_switching_method_clears_the_error_moves_the_focus_and_lays_out_at_once(
        qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain, tmp_path: Path,
        translations: Translations, language: str) -> None:
    backup = _backup(vault, tmp_path)
    vault.lock()
    switch_language(translations, language)
    wizard = RestoreWizard(data_dir, keychain=keychain)
    qtbot.addWidget(wizard)
    wizard.resize(600, 420)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is wizard.windowHandle())
    QTest.keyClicks(wizard.file_edit, str(backup))
    QTest.keyClick(wizard.windowHandle(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.page == SECRET_PAGE and wizard.secret.hasFocus())
    seen: list[tuple[bool, bool, QWidget | None, list[str]]] = []  # right as the method changes

    def look(checked: bool) -> None:
        if checked:  # after the wizard's own handler, before any later event (a relayout) is processed
            seen.append((wizard.use_code.isChecked(), wizard.message.isVisible(), QApplication.focusWidget(),
                         _drawn_whole(wizard)))

    wizard.use_code.toggled.connect(look)
    wizard.use_passphrase.toggled.connect(look)
    for attempt in range(2):  # there and back, twice
        QTest.keyClicks(wizard.secret, "pas la bonne phrase secrete")
        QTest.keyClick(wizard.windowHandle(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.message.isVisible() and not wizard.busy.isVisible(), timeout=15_000)
        _alt(wizard.use_code)
        qtbot.waitUntil(lambda n=2 * attempt + 1: len(seen) == n)
        assert seen[-1] == (True, False, wizard.secret, []), (attempt, seen[-1])
        assert all(field.isVisible() for field in (wizard.new_fields.first, wizard.new_fields.second))
        QTest.keyClicks(QApplication.focusWidget(), "ABCD")
        assert wizard.secret.text() == "ABCD"  # the code goes into its field at once
        for field in (wizard.new_fields.first, wizard.new_fields.second):
            field.setText("a brand new passphrase here")
        QTest.keyClick(wizard.windowHandle(), Qt.Key.Key_Return)  # a malformed code: its own refusal
        qtbot.waitUntil(lambda: wizard.message.isVisible(), timeout=15_000)
        assert not _drawn_whole(wizard), _drawn_whole(wizard)  # the refusal's room is not taken from them
        _alt(wizard.use_passphrase)
        qtbot.waitUntil(lambda n=2 * attempt + 2: len(seen) == n)
        assert seen[-1] == (False, False, wizard.secret, []), (attempt, seen[-1])
