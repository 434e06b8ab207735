"""The passphrase re-check before a document leaves the vault: its prompt names the secret the user
chose to type (an outside tester ticked "Liever de herstelcode gebruiken" and was still told "Typ uw
wachtwoordzin om verder te gaan")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from tests.waits import switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.reauth import ReauthDialog

# The secret as each language names it, in the prompt and in the field's label.
WORDS = {"nl": ("wachtwoordzin", "herstelcode"), "fr": ("phrase secrète", "code de récupération"),
         "en": ("passphrase", "recovery code")}


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_prompt_names_the_chosen_secret(qtbot: QtBot, session: VaultSession, translations: Translations,
                                            language: str) -> None:
    switch_language(translations, language)
    dialog = ReauthDialog(session, "brief-2026-014.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    prompt = dialog.findChild(QLabel, "reauthPrompt")
    box = dialog.findChild(QCheckBox, "reauthUseRecoveryCode")
    passphrase, code = WORDS[language]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from the field to the check box
    assert QApplication.focusWidget() is box
    for step in range(4):  # ticked, unticked, ticked, unticked: with Space
        QTest.keyClick(box, Qt.Key.Key_Space)
        use_code = step % 2 == 0
        assert box.isChecked() == use_code
        said, other = (code, passphrase) if use_code else (passphrase, code)
        assert said in prompt.text().lower() and other not in prompt.text().lower(), (step, prompt.text())
        assert said in dialog.secret_label.text().replace("&", "").lower()
    dialog.reject()
