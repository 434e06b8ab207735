"""Dialogs close when the vault locks and let go of the session when done (ui/kit/lock_bound.py),
and no dialog keeps its own copy of that wiring."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

ROOT = Path(__file__).resolve().parents[2]


class Probe(ClosesOnLock, QDialog):
    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.rejected_count = 0
        self.close_on_lock(session)

    def reject(self) -> None:
        self.rejected_count += 1
        super().reject()


@pytest.mark.parametrize("closed_first", ["accept", "reject", "none"])
def test_a_dialog_closes_on_lock_and_is_not_called_back_once_done(qtbot: QtBot, vault: Vault,
                                                                  closed_first: str) -> None:
    session = VaultSession()
    session.open(vault)
    dialogs = [Probe(session) for _ in range(3)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.open()
    first = dialogs[0]
    if closed_first == "accept":
        first.accept()
    elif closed_first == "reject":
        first.reject()
    session.lock()
    assert all(not d.isVisible() for d in dialogs)
    # the dialog closed before the lock heard nothing of it; the others were rejected once each
    assert first.rejected_count == {"accept": 0, "reject": 1, "none": 1}[closed_first]
    assert [d.rejected_count for d in dialogs[1:]] == [1, 1]
    assert all(d._lock_session is None for d in dialogs)  # let go of the session
    session.deleteLater()


# Dialogs that wire the lock themselves, with the reason (keep short).
BY_HAND = {"shell/search_dialog.py": "reused after it is closed (hidden), so it stays connected for its life"}


def test_no_dialog_wires_the_lock_by_hand() -> None:
    pattern = re.compile(r"locked\.(connect|disconnect)\(self\.reject\)")
    ui = ROOT / "trustdesk" / "ui"
    found = sorted({p.relative_to(ui).as_posix() for p in ui.rglob("*.py") if p.name != "lock_bound.py"
                    and pattern.search(p.read_text(encoding="utf-8"))})
    assert found == sorted(BY_HAND), "use kit.lock_bound.ClosesOnLock: " + ", ".join(found)
