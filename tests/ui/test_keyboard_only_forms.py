"""Issue 19.4: the unlock window's "Forgot the passphrase?" link follows Return as it does Space, and
Return in "Repeat it" submits a new passphrase form when the passphrase is acceptable (key events only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.passphrase import PassphraseFields
from trustdesk.vault import Keychain, Vault


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_the_forgot_link_follows_return(qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain,
                                        key: Qt.Key) -> None:
    from trustdesk.ui.security.unlock import UnlockWindow

    vault.lock()
    window = UnlockWindow(data_dir, keychain=keychain)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.passphrase.setFocus()
    before = window.stack.currentIndex()
    for _ in range(5):  # Tab until the link (passphrase → Unlock → the link)
        if QApplication.focusWidget() is window.recovery_button:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.recovery_button
    qtbot.keyClick(window.recovery_button, key)
    assert window.stack.currentIndex() != before and window.recovery_code.isVisible()


@pytest.mark.parametrize(("typed", "repeated", "submits"), [
    ("paard batterij nietje correct", "paard batterij nietje correct", True),
    ("paard batterij nietje correct", "paard batterij nietje corect", False),
    ("kort", "kort", False),
])
def test_return_in_repeat_submits_an_acceptable_passphrase(qtbot: QtBot, typed: str, repeated: str,
                                                           submits: bool) -> None:
    fields = PassphraseFields(prefix="keys")
    qtbot.addWidget(fields)
    fields.show()
    qtbot.keyClicks(fields.first, typed)
    qtbot.keyClicks(fields.second, repeated)
    seen: list[bool] = []
    fields.submitted.connect(lambda: seen.append(True))
    qtbot.keyClick(fields.second, Qt.Key.Key_Return)
    assert bool(seen) is submits
