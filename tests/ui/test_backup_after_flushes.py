"""The backup made at a lock holds what the autosaves flush at that lock.

A note typed less than a second before the lock (or the quit) is still waiting for its autosave; the lock
flushes it before the key goes.  The backup runner's own ``before_lock`` must come after every flush:
an editor opened during the session registered its flush after the runner (made at the unlock), so the
old order made the backup first, cleared the "unbacked" flag as nothing had changed yet, and then wrote
the note -- a change no backup held, which no later lock would back up either."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.models import Case
from trustdesk.ui.kit.autosave import Autosave
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.backup_runner import SETTING_UNBACKED, BackupRunner
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.restore import inspect_backup


@pytest.mark.parametrize("reason", ["manual", "idle", "suspend", "quit"])
@pytest.mark.parametrize("editors", [(0, 1), (1, 0), (1, 2), (2, 1)])  # (opened before, after the unlock)
def test_a_change_flushed_by_the_lock_is_in_its_backup(qtbot: QtBot, vault: Vault, data_dir: Path,
                                                       keychain: Keychain, tmp_path: Path, reason: str,
                                                       editors: tuple[int, int]) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    BackupService(vault).set_folder(folder, keep=10)
    session = VaultSession()
    owner = QObject()
    saves: list[Autosave] = []

    def editors_made(count: int) -> None:
        for _ in range(count):
            saves.append(Autosave(owner, session, write=lambda v, _snapshot: v.cases.add(
                Case(code="", opened_on=date(2026, 5, 4)))))

    rounds: list[int] = []
    # the case that was open at the last lock comes back before the runner's turn (the shell's slot first)
    session.unlocked.connect(lambda: editors_made(editors[0]) if rounds else rounds.append(1))
    runner = BackupRunner(session)
    session.open(vault)
    session.lock()  # the first backup: from now on none is due and nothing is unbacked
    opened = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    before = len(BackupService(opened).backups(folder))
    session.open(opened)
    editors_made(editors[1])  # opened during the session: registered after the runner
    for save in saves:
        save.touch()  # typed: the autosave waits for a pause
        assert save.dirty
    session.lock(reason)
    check = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        made = BackupService(check).backups(folder)
        cases = len(check.cases.list())
        assert cases == len(saves)
        assert len(made) == before + 1 and inspect_backup(made[-1], passphrase=PASSPHRASE).cases == cases
        assert check.settings.get(SETTING_UNBACKED) is False  # (nothing left for the next session)
    finally:
        check.lock()
        runner.deleteLater()
        session.deleteLater()
        owner.deleteLater()
