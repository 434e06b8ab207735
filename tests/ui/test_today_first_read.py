"""After an unlock Today reads its data once, in a worker started after the main window is built:
not once for being made current, again for being shown and a third time for the unlock's own writes
(the backup runner's flag), each read being a pass over every case of the vault."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.models import Case, Task
from trustdesk.ui.case import today_page
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault


@pytest.mark.parametrize("unlocks", [1, 3])
def test_today_reads_once_per_unlock_after_the_window_is_built(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, data_dir: Path, keychain: Keychain,
        monkeypatch: pytest.MonkeyPatch, unlocks: int) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=5)))
    vault.tasks.add(Task(title="Bellen", case_id=case.id, due_on=date.today()))
    reads: list[tuple[bool, bool]] = []  # (on the UI thread, the main window was up when it began)
    original = today_page.read_today
    shell = make_shell()

    def recording(*args: object) -> object:
        window = shell.main_window
        reads.append((threading.current_thread() is threading.main_thread(), window is not None))
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(today_page, "read_today", recording)
    shell.start()
    for n in range(unlocks):
        if n:
            shell.lock()
            assert shell.unlock_window is not None
            vault = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
        shell.session.open(vault)
        window = shell.main_window
        assert window is not None and window.isVisible()
        today = window.pages["today"]
        qtbot.waitUntil(lambda today=today: today.count is not None and not today._reading, timeout=10_000)
        assert today.count is not None and today.count >= 1
    assert len(reads) == unlocks, reads  # one read per unlock, whatever the unlock itself wrote
    assert not any(ui for ui, _ in reads), "Today was read on the UI thread"
    assert all(up for _, up in reads), "Today's read began before the main window was built"
