"""What the unlock has to say goes in the main window's notice bar, never in a dialog (outside tester: a
modal "Please read" box about the recovery code came over the first page at every unlock, took the keys
typed ahead for the case list, and Escape did not close it; the empty profile was said once, then never
again while letters went out without a sender).

- the keys typed after the unlock reach the window: no modal widget, the focus in the page, never in
  the bar;
- the bar is a keyboard region (F6 / Shift+F6), its buttons one Tab apart; closing a row that has the
  keyboard gives it back to the page;
- the recovery code's reminder comes at every unlock until a new code is made, and goes as soon as one
  is; the profile's comes back a week after "Later" while the name or the contact line is missing, and
  goes as soon as both are saved;
- the rows follow a language switch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.waits import switch_language
from trustdesk.domain.models import TrustPersonProfile
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.notice_bar import NoticeBar
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.queries import (
    CODE_UNCONFIRMED,
    PROFILE,
    after_unlock,
    opening_found,
    profile_reminder_due,
    setup_begun,
)
from trustdesk.ui.security.vault_notices import VaultNotices, texts
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Vault

COMPLETE = TrustPersonProfile(name="Dr. An Peeters", title="huisarts", contact="0470 12 34 56")


def _no_dialog() -> bool:
    return QApplication.activeModalWidget() is None and not any(
        isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def _bar(qtbot: QtBot, session: VaultSession, vault: Vault, asked: list[str]) -> NoticeBar:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    VaultNotices(bar, session, after_unlock(vault, date.today()), lambda: asked.append("code"), lambda: asked.append("profile"))
    bar.show()
    return bar


@pytest.mark.parametrize("profile", ["empty", "complete"])
def test_the_first_keys_after_the_unlock_reach_the_page(
        qtbot: QtBot, unlocked_by_passphrase: Callable[..., tuple[Shell, MainWindow]], vault: Vault, profile: str) -> None:
    setup_begun(vault)  # the wizard left before the recovery code was confirmed
    if profile == "complete":
        vault.settings.set_profile(COMPLETE)
    vault.lock()
    _shell, window = unlocked_by_passphrase()
    bar = window.notice_bar
    assert _no_dialog(), "a dialog came over the first page"
    expected = [CODE_UNCONFIRMED] + ([PROFILE] if profile == "empty" else [])
    assert bar.isVisible() and bar.keys() == expected
    assert "recovery code" in bar.rows[CODE_UNCONFIRMED].label.text()
    focus = QApplication.focusWidget()
    assert focus is not None and window.stack.currentWidget().isAncestorOf(focus) and not bar.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # typed ahead: to the cases
    qtbot.waitUntil(lambda: window.current_key() == "cases")
    assert _no_dialog()


def test_the_bar_is_a_keyboard_region_and_gives_the_keyboard_back(
        qtbot: QtBot, unlocked_by_passphrase: Callable[..., tuple[Shell, MainWindow]], vault: Vault) -> None:
    setup_begun(vault)
    vault.lock()
    _shell, window = unlocked_by_passphrase()
    bar = window.notice_bar
    code_row, profile_row = bar.rows[CODE_UNCONFIRMED], bar.rows[PROFILE]
    page_focus = QApplication.focusWidget()
    assert page_focus is not None

    def f6(back: bool = False) -> QApplication | object:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier if back else
                       Qt.KeyboardModifier.NoModifier)
        return QApplication.focusWidget()

    assert window.toolbar.isAncestorOf(f6())  # page → toolbar → the bar → the navigation
    assert f6() is code_row.action
    assert f6() in window.nav_buttons.values()
    assert f6(back=True) is code_row.action  # and back
    assert window.toolbar.isAncestorOf(f6(back=True))
    assert f6() is code_row.action
    qtbot.keyClick(code_row.action, Qt.Key.Key_Escape)  # Escape: back where the focus was in the page
    assert QApplication.focusWidget() is page_focus and bar.keys() == [CODE_UNCONFIRMED, PROFILE]
    assert window.toolbar.isAncestorOf(f6())
    assert f6() is code_row.action
    qtbot.keyClick(code_row.action, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is code_row.close_button
    assert code_row.close_button.text() and code_row.close_button.accessibleName()
    assert profile_row.action.accessibleName() and profile_row.label.accessibleName() == profile_row.label.text()
    qtbot.keyClick(code_row.close_button, Qt.Key.Key_Space)  # "Later"
    qtbot.waitUntil(lambda: CODE_UNCONFIRMED not in bar.keys())
    focus = QApplication.focusWidget()
    assert focus is not None and window.stack.currentWidget().isAncestorOf(focus)  # back in the page
    assert bar.isVisible() and bar.keys() == [PROFILE]


def test_the_recovery_code_is_said_at_every_unlock_until_a_new_one_is_made(
        qtbot: QtBot, unlocked_by_passphrase: Callable[..., tuple[Shell, MainWindow]], vault: Vault) -> None:
    setup_begun(vault)
    vault.settings.set_profile(COMPLETE)
    vault.lock()
    shell = None
    for _ in range(2):  # "Later" is for this unlock only: the code is the vault's only way back
        shell, window = unlocked_by_passphrase(shell)
        row = window.notice_bar.rows[CODE_UNCONFIRMED]
        row.close_button.click()
        assert window.notice_bar.keys() == [] and not window.notice_bar.isVisible()
        shell.session.lock()
        qtbot.waitUntil(lambda s=shell: s.unlock_window is not None and s.unlock_window.isVisible())
    assert shell is not None
    _shell, window = unlocked_by_passphrase(shell)
    assert window.notice_bar.keys() == [CODE_UNCONFIRMED]
    shell.session.require().new_recovery_code()  # as Settings does
    qtbot.waitUntil(lambda: window.notice_bar.keys() == [])


def test_the_actions_and_the_reminders_that_go_once_acted_on(qtbot: QtBot, session: VaultSession,
                                                            vault: Vault) -> None:
    setup_begun(vault)
    asked: list[str] = []
    bar = _bar(qtbot, session, vault, asked)
    assert bar.keys() == [CODE_UNCONFIRMED, PROFILE]
    assert "no name and no contact line" in bar.rows[PROFILE].label.text()
    assert "Settings (Ctrl+,)" in bar.rows[PROFILE].label.text()  # where to fill it in
    bar.rows[PROFILE].action.click()
    bar.rows[CODE_UNCONFIRMED].action.click()
    assert asked == ["profile", "code"] and bar.keys() == [CODE_UNCONFIRMED, PROFILE]  # said until done
    vault.new_recovery_code()
    qtbot.waitUntil(lambda: bar.keys() == [PROFILE])
    vault.settings.set_profile(TrustPersonProfile(name="Dr. An Peeters"))  # no contact line yet
    assert PROFILE in bar.keys()
    vault.settings.set_profile(COMPLETE)
    qtbot.waitUntil(lambda: bar.keys() == [])
    assert not bar.isVisible()


@pytest.mark.parametrize("missing", ["both", "name", "contact"])
def test_later_brings_the_incomplete_profile_back_after_a_week(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                               missing: str) -> None:
    vault.settings.set_profile(TrustPersonProfile(name="" if missing in ("both", "name") else "Dr. An Peeters",
                                                  contact="" if missing in ("both", "contact") else "0470 12 34 56"))
    today = date.today()
    bar = _bar(qtbot, session, vault, [])
    assert bar.keys() == [PROFILE]
    said = bar.rows[PROFILE].label.text()
    assert ("no name" in said) is (missing in ("both", "name"))
    assert ("no contact line" in said) is (missing in ("both", "contact"))
    bar.rows[PROFILE].close_button.click()  # "Later"
    assert bar.keys() == [] and not profile_reminder_due(vault, today)
    for days, due in ((0, False), (1, False), (6, False), (7, True), (30, True), (-1, True)):  # (-1: clock back)
        assert any("Your profile" in text for text in texts(opening_found(vault, today + timedelta(days=days)))) is due, days
    again = _bar(qtbot, session, vault, [])  # the next unlock, the same day
    assert again.keys() == []


def test_the_profile_reminder_never_takes_the_focus_and_opens_settings_on_the_field(
        qtbot: QtBot, unlocked_by_passphrase: Callable[..., tuple[Shell, MainWindow]], vault: Vault) -> None:
    vault.settings.set_profile(TrustPersonProfile(name="Dr. An Peeters"))
    vault.lock()
    shell, window = unlocked_by_passphrase()
    row = window.notice_bar.rows[PROFILE]
    focus = QApplication.focusWidget()
    assert focus is not None and not window.notice_bar.isAncestorOf(focus)
    row.action.click()
    dialog = shell.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.focusWidget() is dialog.profile_box.fields.contact  # the missing line, not the name


def test_the_rows_follow_a_language_switch(qtbot: QtBot, session: VaultSession, vault: Vault,
                                           translations: Translations) -> None:
    setup_begun(vault)
    bar = _bar(qtbot, session, vault, [])
    english = bar.rows[PROFILE].label.text()
    try:
        for language, word in (("fr", "profil"), ("nl", "profiel")):
            switch_language(translations, language)
            text = bar.rows[PROFILE].label.text()
            assert word in text and text != english, language
            assert bar.rows[PROFILE].close_button.text() != "Later" or language == "nl"  # (Dutch says Later too)
    finally:
        switch_language(translations, "en")
    assert bar.rows[PROFILE].label.text() == english
