"""Re-authentication before plaintext leaves the vault: the dialog, the 2-minute grace, the lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton

from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output import reauth
from trustdesk.ui.output.reauth import ReauthDialog, gate_for, require_reauth
from trustdesk.vault import Vault


def _answer(text: str, *, code: bool = False, cancel: bool = False) -> list[str]:
    """Answer the next re-authentication dialog; returns what it said was leaving."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReauthDialog):
            QTimer.singleShot(10, act)
            return
        seen.append(dialog.findChild(QLabel, "reauthWhat").text())
        if code:
            dialog.findChild(QCheckBox, "reauthUseRecoveryCode").setChecked(True)
        dialog.findChild(QLineEdit, "reauthSecret").setText(text)
        if cancel:
            dialog.findChild(QPushButton, "reauthCancel").click()
            return
        dialog.answered.connect(lambda ok: given_up(dialog, ok))
        dialog.findChild(QPushButton, "reauthConfirm").click()  # checked in a worker: answered later

    def given_up(dialog: ReauthDialog, ok: bool) -> None:
        if not ok and dialog.isVisible():  # a wrong answer keeps the dialog open with a message: give up
            assert dialog.findChild(QLabel, "reauthError").text()
            dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def test_asks_then_grace_then_asks_again(session: VaultSession, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    gate = gate_for(session)
    monkeypatch.setattr(gate, "_clock", lambda: now[0])
    seen = _answer(PASSPHRASE)
    assert require_reauth(session, None, "Case summary TD-2026-0001 (PDF)")
    assert seen == ["<b>Case summary TD-2026-0001 (PDF)</b>"]
    now[0] += 100  # within two minutes: no dialog
    assert require_reauth(session, None, "Contact log")
    now[0] += 30  # past two minutes
    _answer("", cancel=True)
    assert not require_reauth(session, None, "Contact log")


def test_wrong_answer_refuses_and_three_lock(session: VaultSession) -> None:
    for attempt in range(reauth.MAX_FAILURES - 1):
        _answer("not my passphrase")
        assert not require_reauth(session, None, "Activity report")
        assert gate_for(session).failures == attempt + 1
        assert session.is_unlocked
    _answer("still not it")
    assert not require_reauth(session, None, "Activity report")
    assert not session.is_unlocked


def test_recovery_code_also_works(session: VaultSession, vault: Vault) -> None:
    code = vault.recovery_code
    assert code is not None
    _answer(code.lower(), code=True)
    assert require_reauth(session, None, "Handover file")


def test_lock_ends_the_grace(session: VaultSession) -> None:
    gate_for(session).proven()
    assert gate_for(session).fresh()
    session.lock()
    assert not gate_for(session).fresh()
