"""The Quit key (QKeySequence.Quit, else Ctrl+Q) quits from every window of the app, through what closing
the main window does: the vault locked with "quit" and the automatic backup made (outside tester: Ctrl+Q
did nothing, only Alt+F4 quit)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.ui.shell.quit_key import quit_combinations
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.backup import BackupService
from trustdesk.vault.closing import wait_for_closes


def _press_quit(qtbot: QtBot, widget: QWidget) -> None:
    combination = quit_combinations()[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def _main(shell: Shell) -> QWidget:
    assert shell.main_window is not None
    return shell.main_window


def _settings(shell: Shell) -> QWidget:
    shell.show_settings()
    assert shell.settings_dialog is not None
    return shell.settings_dialog


WINDOWS: dict[str, Callable[[Shell], QWidget]] = {"main window": _main, "Settings dialog": _settings}


def test_quit_is_ctrl_q_where_the_platform_says_nothing_else() -> None:
    from PySide6.QtGui import QKeySequence

    assert quit_combinations()
    platform = [b for b in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if not b.isEmpty()]
    expected = [b[0] for b in platform] or [QKeySequence("Ctrl+Q")[0]]
    assert list(quit_combinations()) == expected


@pytest.mark.parametrize("where", WINDOWS)
def test_the_quit_key_locks_and_backs_up_from_every_window(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, data_dir: Path, keychain: Keychain,
        tmp_path: Path, where: str) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    BackupService(vault).set_folder(folder, keep=10)
    shell = make_shell()
    shell.start()
    shell.session.open(vault)
    main = _main(shell)
    window = WINDOWS[where](shell)
    focus = window.focusWidget() or window
    before = len(list(folder.iterdir()))
    _press_quit(qtbot, focus)
    assert not main.isVisible()  # at once: the backup is made in the lock's thread
    assert shell.unlock_window is None or not shell.unlock_window.isVisible()  # quit, not back to unlock
    wait_for_closes()  # as the app does before it ends
    assert vault.is_locked
    assert len(list(folder.iterdir())) > before  # the backup closing makes
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        newest = again.audit.entries()
        assert (newest[1].event, newest[1].detail) == (AuditEvent.LOCK, "quit")
    finally:
        again.lock()


def test_the_quit_key_closes_the_unlock_window(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault) -> None:
    vault.lock()
    shell = make_shell()
    window = shell.start()
    assert window.isVisible()
    qtbot.waitUntil(lambda: shell.quit_key is not None, timeout=5000)  # from the first paint on
    _press_quit(qtbot, window.focusWidget() or window)
    assert not window.isVisible()
