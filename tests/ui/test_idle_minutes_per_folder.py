"""The idle-lock minutes belong to the data folder whose Settings set them, as its language does (an
outside tester with two data folders, ``--data-dir``, saw one folder's minutes apply to the other):
kept in the folder's ``interface.ini``, never written to the computer user's settings; a value an
earlier version kept there is still read for a folder without its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.conftest import PASSPHRASE
from tests.ui.test_shell import TEST_PAGES
from tests.waits import settings_dialog
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences, folder_idle_minutes
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import KdfParams, Keychain, Vault


@pytest.fixture
def other_shell(qapp: QApplication, tmp_path: Path, prefs: Preferences, translations: Translations,
                keychain: Keychain, new_vault: Callable[..., Vault]) -> Iterator[tuple[Shell, Vault]]:
    """A second data folder with its own vault, run by its own shell over the same computer user's settings."""
    folder = tmp_path / "second-folder"
    vault = new_vault(folder, keychain=keychain, name="second")
    shell = Shell(qapp, folder, prefs, translations, keychain=keychain, kdf=KdfParams(), pages=TEST_PAGES)
    yield shell, vault
    shell.quit()
    shell.idle.unwatch()
    for window in (shell.unlock_window, shell.main_window, shell.main_frame):
        if window is not None and isValid(window):
            window.close()
            window.deleteLater()
    shell.deleteLater()
    if not vault.is_locked:
        vault.lock()


def _type_minutes(qtbot: QtBot, shell: Shell, minutes: int) -> None:
    dialog = settings_dialog(qtbot, shell)
    spin = dialog.findChild(QSpinBox, "idleMinutesSpin")
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    QTest.keySequence(dialog.windowHandle(), "Ctrl+A")
    QTest.keyClicks(QApplication.focusWidget(), str(minutes))
    assert spin.value() == minutes
    dialog.reject()


@pytest.mark.parametrize(("first", "second", "legacy"), [(1, 25, None), (3, 240, 5), (45, 1, 10)])
def test_each_data_folder_keeps_its_own_idle_minutes(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, data_dir: Path, prefs: Preferences,
        keychain: Keychain, other_shell: tuple[Shell, Vault], first: int, second: int, legacy: int | None) -> None:
    if legacy is not None:
        prefs.idle_minutes = legacy  # kept for the computer user by an earlier version
    fallback = prefs.idle_minutes
    shell_b, vault_b = other_shell
    folder_b = vault_b.data_dir
    shell = make_shell(pages=TEST_PAGES)
    shell.start()
    shell.session.open(vault)
    _type_minutes(qtbot, shell, first)
    assert shell.idle._limit == first * 60  # noqa: SLF001 - applied at once
    assert folder_idle_minutes(data_dir, prefs) == first
    assert folder_idle_minutes(folder_b, prefs) == fallback  # the other folder is untouched
    assert prefs.idle_minutes == fallback  # nothing written for the computer user
    shell_b.start()
    shell_b.session.open(vault_b)
    assert shell_b.idle._limit == fallback * 60  # noqa: SLF001
    _type_minutes(qtbot, shell_b, second)
    assert folder_idle_minutes(folder_b, prefs) == second
    assert folder_idle_minutes(data_dir, prefs) == first
    shell.session.lock()
    shell.session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
    assert shell.idle._limit == first * 60  # noqa: SLF001 - the folder's own minutes at the next unlock
