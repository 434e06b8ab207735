"""Leaving the first-run wizard once the vault exists (outside tester: Escape on the recovery code's
page closed the program at once; the code was never confirmed and nothing ever said so; the profile
and backup steps were skipped silently and a typed name was lost).

Every page after the vault was made, every way of closing (Escape, Cancel, the window's close
button): the wizard asks first, Enter and Escape keep going; leaving keeps what was typed and the
next unlock says what is missing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.ui.security.queries import (
    CODE_UNCONFIRMED,
    PROFILE,
    after_unlock,
    code_unconfirmed,
    opening_found,
    profile_skipped,
    setup_begun,
)
from trustdesk.ui.security.vault_notices import texts
from trustdesk.ui.security.wizard import FirstRunWizard
from trustdesk.vault import KdfParams, Keychain, Vault

PAGES = ("recoveryPage", "profilePage", "backupPage")
WAYS = ("escape", "cancel", "close")
ANSWERS = ("enter", "escape", "keep", "leave")
NAME = "Els Vermeulen"



def notices(vault: Vault) -> list[str]:
    """What the unlock says about ``vault`` today, as the bar shows it."""
    return texts(opening_found(vault, date.today()))

def _wizard_on(qtbot: QtBot, vault: Vault, data_dir: Path, page: str) -> FirstRunWizard:
    """A wizard whose create page made ``vault`` (as its worker leaves it), shown on ``page``."""
    setup_begun(vault)
    wizard = FirstRunWizard(data_dir, language="en", kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.vault = vault
    ids = {wizard.page(i).objectName(): i for i in wizard.pageIds()}
    wizard.setStartId(ids["recoveryPage"])
    wizard.restart()
    wizard.show()
    qtbot.waitExposed(wizard)
    if page != "recoveryPage":
        wizard.recovery_page.confirm.setChecked(True)
        wizard.next()
        wizard.profile_page.fields.name.setText(NAME)  # typed, never lost
    if page == "backupPage":
        wizard.next()
    assert wizard.currentPage().objectName() == page
    return wizard


def _close(qtbot: QtBot, wizard: FirstRunWizard, way: str) -> None:
    if way == "escape":
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
    elif way == "cancel":
        cancel = wizard.findChild(QPushButton, "wizardCancelButton")
        assert cancel.isVisible() and cancel.isEnabled()
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    else:
        wizard.close()


def _question(wizard: FirstRunWizard) -> QMessageBox | None:
    shown = [box for box in wizard.findChildren(QMessageBox, "wizardLeaveQuestion") if box.isVisible()]
    assert len(shown) <= 1  # one question at a time
    return shown[0] if shown else None


def _reopen(data_dir: Path, keychain: Keychain) -> Vault:
    return Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize(("page", "way"), [(p, w) for p in PAGES for w in WAYS
                                           if not (p == "backupPage" and w == "cancel")])  # Finish instead
def test_closing_after_the_vault_exists_asks_and_leaving_is_remembered(
        qtbot: QtBot, data_dir: Path, keychain: Keychain, new_vault: Callable[..., Vault],
        page: str, way: str, answer: str) -> None:
    vault = new_vault(data_dir, keychain=keychain)
    wizard = _wizard_on(qtbot, vault, data_dir, page)
    _close(qtbot, wizard, way)
    qtbot.waitUntil(lambda: _question(wizard) is not None or not wizard.isVisible(), timeout=3000)
    box = _question(wizard)
    assert box is not None and wizard.isVisible(), f"{way} on {page} closed the wizard without asking"
    keep = box.findChild(QPushButton, "wizardKeepGoing")
    assert box.defaultButton() is keep and box.escapeButton() is keep  # the keyboard-safe answer
    assert box.findChild(QPushButton, "wizardLeave").accessibleName()
    if answer in ("enter", "escape"):
        qtbot.keyClick(box.focusWidget() or box,
                       Qt.Key.Key_Return if answer == "enter" else Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(box.findChild(QPushButton, "wizardKeepGoing" if answer == "keep" else "wizardLeave"),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _question(wizard) is None)
    if answer != "leave":
        assert wizard.isVisible() and wizard.currentPage().objectName() == page
        assert wizard.vault is vault and not vault.is_locked
        _close(qtbot, wizard, way)  # asked again, every time
        qtbot.waitUntil(lambda: _question(wizard) is not None)
        qtbot.keyClick(_question(wizard).focusWidget() or wizard, Qt.Key.Key_Escape)  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: _question(wizard) is None)
        assert wizard.isVisible() and not vault.is_locked
        wizard.leave()  # the test's own way out
        return
    assert not wizard.isVisible() and wizard.vault is None and vault.is_locked
    reopened = _reopen(data_dir, keychain)
    try:
        assert code_unconfirmed(reopened) is (page == "recoveryPage")
        profile = reopened.settings.profile()
        assert profile.name == ("" if page == "recoveryPage" else NAME)  # what was typed is kept
        assert profile_skipped(reopened) is (page == "recoveryPage")
        said = " ".join(notices(reopened))
        assert ("recovery code" in said) is (page == "recoveryPage")
        assert ("profile has no name" in said) is (page == "recoveryPage")  # the typed name is on the letters
        assert "no contact line" in said  # (none typed: the reminder stays until there is one)
    finally:
        reopened.lock()


def test_before_the_vault_exists_escape_just_closes(qtbot: QtBot, data_dir: Path) -> None:
    wizard = FirstRunWizard(data_dir, language="en", kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and _question(wizard) is None


def test_the_created_vault_says_its_set_up_is_unfinished_until_the_end(
        qtbot: QtBot, data_dir: Path, keychain: Keychain) -> None:
    """The create page's worker marks the new vault; confirming the code and finishing clear it."""
    from tests.ui.test_shell_windows import _run_wizard

    wizard, created = _run_wizard(qtbot, data_dir, keychain)
    vault = wizard.vault
    assert vault is not None and code_unconfirmed(vault) and profile_skipped(vault)
    wizard.recovery_page.confirm.setChecked(True)
    wizard.next()
    assert not code_unconfirmed(vault) and profile_skipped(vault)
    wizard.next()
    wizard.accept()
    assert created == [vault] and not code_unconfirmed(vault) and not profile_skipped(vault)
    assert [notice.kind for notice in opening_found(vault, date.today())] == [PROFILE]  # finished with no profile: reminded, calmly


@pytest.mark.parametrize("how", ["new code", "re-key"])
def test_a_new_recovery_code_ends_the_reminder(vault: Vault, how: str) -> None:
    setup_begun(vault)
    assert code_unconfirmed(vault)
    for _ in range(2):  # said at every unlock until a new code is made
        assert any("recovery code" in text for text in notices(vault))
    if how == "new code":
        vault.new_recovery_code()
    else:
        vault.rekey(PASSPHRASE)
    assert not code_unconfirmed(vault)
    assert not any("recovery code" in text for text in notices(vault))


def test_the_profile_typed_before_leaving_needs_no_notice(qtbot: QtBot, data_dir: Path, keychain: Keychain,
                                                            new_vault: Callable[..., Vault]) -> None:
    vault = new_vault(data_dir, keychain=keychain)
    wizard = _wizard_on(qtbot, vault, data_dir, "profilePage")
    wizard.findChild(QLineEdit, "wizard_profile_contact").setText("0470 12 34 56")
    wizard.leave()
    reopened = _reopen(data_dir, keychain)
    try:
        assert notices(reopened) == []
        assert reopened.settings.profile().contact == "0470 12 34 56"
    finally:
        reopened.lock()


@pytest.mark.parametrize("code", ["fr", "nl"])
def test_leaving_keeps_the_wizards_language_for_the_folder(
        qtbot: QtBot, make_shell: Callable[..., object], translations: object, data_dir: Path,
        keychain: Keychain, new_vault: Callable[..., Vault], code: str) -> None:
    """Left after the vault was made, the folder reopens in the wizard's language (not the system's)."""
    from trustdesk.ui.kit.language import Translations
    from trustdesk.ui.kit.preferences import folder_language
    from trustdesk.ui.shell.shell import Shell

    assert isinstance(translations, Translations)
    translations.install(code)  # as --lang CODE does before the wizard shows
    shell = make_shell()
    assert isinstance(shell, Shell)
    wizard = shell.show_wizard()
    qtbot.addWidget(wizard)
    assert isinstance(wizard, FirstRunWizard)
    wizard.vault = new_vault(data_dir, keychain=keychain)
    wizard.leave()
    assert folder_language(data_dir) == code


def test_opening_with_the_recovery_code_proves_it_was_kept(qtbot: QtBot, data_dir: Path, keychain: Keychain,
                                                           vault: Vault) -> None:

    code = vault.recovery_code
    assert code is not None
    setup_begun(vault)
    vault.lock()
    recovered = Vault.unlock_with_recovery_code(data_dir, code, keychain=keychain)
    try:
        said = after_unlock(recovered, date.today())
        assert not code_unconfirmed(recovered)
        assert CODE_UNCONFIRMED not in [notice.kind for notice in said]
    finally:
        recovered.lock()
