"""Every way of locking writes a "Locked" audit entry with its reason (issue 18, outside test: the log
had "Unlocked" entries and no "Locked" ones).  The entry is appended while the vault is still open,
before the key is dropped, so the chain stays whole and the head record (audit-head.json) names it:
the next unlock finds no gap.  Each lock path of the real shell is driven: the lock button, the idle
timer, quitting, closing the main window, the suspend watcher; and a lock whose entry cannot be
written still locks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.security.audit_words import detail_text, event_text
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.audit import LOCK_REASONS, AuditEvent


def _unlocked_shell(make_shell: Callable[..., Shell], vault: Vault, **kwargs: object) -> Shell:
    shell = make_shell(**kwargs)
    shell.start()
    shell.session.open(vault)
    assert shell.main_window is not None
    return shell


def _button(shell: Shell, qtbot: QtBot) -> None:
    assert shell.main_window is not None
    qtbot.mouseClick(shell.main_window.findChild(QWidget, "lockButton"), Qt.MouseButton.LeftButton)


def _idle(shell: Shell, qtbot: QtBot) -> None:
    with qtbot.waitSignal(shell.session.locked, timeout=5000):
        shell.idle.set_minutes(0.2 / 60)


def _quit(shell: Shell, qtbot: QtBot) -> None:
    shell.quit()


def _close(shell: Shell, qtbot: QtBot) -> None:
    assert shell.main_window is not None
    shell.main_window.close()


def _suspend(shell: Shell, qtbot: QtBot) -> None:
    shell.suspend.lock_requested.emit()


PATHS: dict[str, tuple[Callable[[Shell, QtBot], None], str, dict[str, object]]] = {
    "lock button": (_button, "manual", {}),
    "idle timer": (_idle, "idle", {"idle_check_ms": 20}),
    "quit": (_quit, "quit", {}),
    "closing the main window": (_close, "quit", {}),
    "suspend": (_suspend, "suspend", {}),
}


@pytest.mark.parametrize("path", PATHS)
def test_every_lock_path_writes_a_locked_entry_and_keeps_the_chain_and_head(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, data_dir: Path, keychain: Keychain,
        path: str) -> None:
    act, reason, options = PATHS[path]
    shell = _unlocked_shell(make_shell, vault, **options)
    before = len(vault.audit.entries())
    act(shell, qtbot)
    assert vault.is_locked and shell.session.vault is None
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        newest = again.audit.entries()  # newest first
        assert [e.event for e in newest[:2]] == [AuditEvent.UNLOCK, AuditEvent.LOCK], \
            f"{path}: no 'Locked' entry just before the next unlock"
        assert newest[1].detail == reason
        assert len(newest) == before + 2
        assert not again.audit.entries(event=AuditEvent.AUDIT_GAP), f"{path}: the head record lost step"
        assert again.audit.verify().intact
    finally:
        again.lock()


def test_a_lock_whose_entry_cannot_be_written_still_locks(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(vault.audit, "append", full_disk)
    vault.lock("manual")
    assert vault.is_locked


def test_a_headless_lock_writes_nothing(vault: Vault, data_dir: Path, keychain: Keychain) -> None:
    before = len(vault.audit.entries())
    vault.lock()
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        assert len(again.audit.entries()) == before + 1  # its own unlock only
    finally:
        again.lock()


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_locked_entries_read_as_words(language: str, translations: Translations) -> None:
    translations.install(language)
    assert event_text(AuditEvent.LOCK) != "Lock"
    for reason in LOCK_REASONS:
        assert detail_text(reason, AuditEvent.LOCK) != reason
