"""The re-authentication's key derivation runs in a worker (issue 20: never a frozen window).

While it runs the dialog says it is checking (Continue disabled, Cancel and Esc still work); a wrong
answer is said and counted as before; an answer that arrives after Cancel or a lock is dropped; a lock
during the check refuses, and nothing leaves the vault before the answer is a yes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output import document_output, reauth
from trustdesk.ui.output.reauth import ReauthDialog, gate_for
from trustdesk.vault import Vault, keyslots

WRONG = ["", "not my passphrase", PASSPHRASE + " ", PASSPHRASE.upper(), "ééé ñ 漢字", "x" * 300]


class Held:
    """``vault.verify_passphrase`` that waits in its worker until the test lets it answer."""

    def __init__(self, real: Callable[[str], bool]) -> None:
        self.real = real
        self.started = threading.Event()
        self.go = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, text: str) -> bool:
        self.threads.append(threading.current_thread())
        self.started.set()
        self.go.wait(timeout=60)  # a safety net only: every test sets it
        return self.real(text)


@pytest.fixture
def held(session: VaultSession, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    gate_for(session).reset()
    hold = Held(vault.verify_passphrase)
    monkeypatch.setattr(vault, "verify_passphrase", hold)
    try:
        yield hold
    finally:
        hold.go.set()  # no worker is left waiting when the session fixture waits for the pool


def _dialog(qtbot: QtBot, session: VaultSession) -> ReauthDialog:
    dialog = ReauthDialog(session, "Case summary TD-2026-0001 (PDF)")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _confirm(dialog: ReauthDialog, text: str) -> None:
    dialog.secret.setText(text)
    dialog.findChild(QPushButton, "reauthConfirm").click()


def _deliveries(dialog: ReauthDialog, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every answer from a worker that reaches the dialog (late ones included), recorded."""
    reached: list[str] = []
    answered, failed = dialog._answered, dialog._failed

    def on_answer(asking: int, ok: bool) -> None:
        reached.append("answer")
        answered(asking, ok)

    def on_failure(asking: int, sentence: str) -> None:
        reached.append("failure")
        failed(asking, sentence)

    monkeypatch.setattr(dialog, "_answered", on_answer)
    monkeypatch.setattr(dialog, "_failed", on_failure)
    return reached


@pytest.mark.parametrize("secret", [PASSPHRASE, *WRONG])
def test_the_derivation_never_runs_on_the_ui_thread(qtbot: QtBot, session: VaultSession,
                                                    monkeypatch: pytest.MonkeyPatch, secret: str) -> None:
    gate_for(session).reset()
    threads: list[threading.Thread] = []
    real = keyslots.argon2id

    def recorded(*args: object) -> bytes:
        threads.append(threading.current_thread())
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(keyslots, "argon2id", recorded)
    dialog = _dialog(qtbot, session)
    with qtbot.waitSignal(dialog.answered, timeout=60_000) as answer:
        _confirm(dialog, secret)
    assert answer.args == [secret == PASSPHRASE]
    assert threads and threading.main_thread() not in threads
    assert gate_for(session).fresh() == (secret == PASSPHRASE)


def test_the_recovery_code_is_checked_in_a_worker_too(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    code = vault.recovery_code
    assert code is not None
    threads: list[threading.Thread] = []
    real = vault.verify_recovery_code
    monkeypatch.setattr(vault, "verify_recovery_code",
                        lambda text: threads.append(threading.current_thread()) or real(text))
    for answer, right in (("AAAA-BBBB", False), (code.lower(), True)):
        gate_for(session).reset()
        dialog = _dialog(qtbot, session)
        dialog.use_code.setChecked(True)
        with qtbot.waitSignal(dialog.answered, timeout=60_000) as said:
            _confirm(dialog, answer)
        assert said.args == [right]
    assert len(threads) == 2 and threading.main_thread() not in threads


@pytest.mark.parametrize("secret", [PASSPHRASE, "not my passphrase"])
def test_busy_while_checking_then_the_answer(qtbot: QtBot, session: VaultSession, held: Held, secret: str) -> None:
    dialog = _dialog(qtbot, session)
    confirm, cancel = (dialog.findChild(QPushButton, name) for name in ("reauthConfirm", "reauthCancel"))
    status = dialog.findChild(QLabel, "reauthChecking")
    assert confirm.isEnabled() and not status.isVisible()
    _confirm(dialog, secret)
    assert held.started.wait(timeout=60)
    assert dialog.checking and dialog.isVisible()
    assert not confirm.isEnabled() and status.isVisible() and status.text()
    assert cancel.isEnabled()
    assert held.threads and threading.main_thread() not in held.threads
    confirm.click()  # a second press while checking starts nothing
    assert len(held.threads) == 1
    with qtbot.waitSignal(dialog.answered, timeout=60_000):
        held.go.set()
    assert not dialog.checking and not status.isVisible()
    if secret == PASSPHRASE:
        assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
        assert gate_for(session).fresh()
    else:  # said exactly as before; the dialog stays, ready for another try
        assert dialog.isVisible() and confirm.isEnabled() and not dialog.secret.text()
        assert dialog.error.text() == "That is not right. Nothing has left the vault."
        assert gate_for(session).failures == 1 and not gate_for(session).fresh()


@pytest.mark.parametrize(("secret", "how"), [(PASSPHRASE, "cancel"), ("wrong", "cancel"),
                                             (PASSPHRASE, "escape"), ("wrong", "escape")])
def test_a_late_answer_after_cancel_is_ignored(qtbot: QtBot, session: VaultSession, held: Held,
                                               monkeypatch: pytest.MonkeyPatch, secret: str, how: str) -> None:
    dialog = _dialog(qtbot, session)
    reached = _deliveries(dialog, monkeypatch)
    said: list[bool] = []
    dialog.answered.connect(said.append)
    _confirm(dialog, secret)
    assert held.started.wait(timeout=60)
    if how == "cancel":
        dialog.findChild(QPushButton, "reauthCancel").click()
    else:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    held.go.set()
    qtbot.waitUntil(lambda: bool(reached), timeout=60_000)
    assert said == [] and dialog.result() == QDialog.DialogCode.Rejected
    assert not gate_for(session).fresh() and gate_for(session).failures == 0
    assert session.is_unlocked


@pytest.mark.parametrize("reason", ["idle", "manual"])
def test_a_lock_during_the_check_refuses_and_nothing_leaves(qtbot: QtBot, session: VaultSession, held: Held,
                                                            monkeypatch: pytest.MonkeyPatch, reason: str) -> None:
    asked_where: list[str] = []
    monkeypatch.setattr(document_output, "save_file", lambda *_a, **_k: asked_where.append("where") or None)
    seen: list[bool] = []

    def lock_while_checking() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReauthDialog):
            QTimer.singleShot(10, lock_while_checking)
            return
        _confirm(dialog, PASSPHRASE)
        assert held.started.wait(timeout=60)
        seen.append(dialog.checking)
        session.lock(reason)  # idle lock or Ctrl+L while the key is being derived
        held.go.set()  # the right passphrase answers, too late

    QTimer.singleShot(0, lock_while_checking)
    assert document_output.save_document(None, session, b"%PDF-1.7", "summary.pdf", "Case summary",
                                         kind="case_summary") is None
    assert seen == [True]
    assert asked_where == []  # no file dialog: nothing was written anywhere
    assert not session.is_unlocked and not gate_for(session).fresh()


def test_the_document_goes_out_only_after_the_yes(qtbot: QtBot, session: VaultSession, held: Held,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    monkeypatch.setattr(document_output, "save_file", lambda *_a, **_k: events.append("asked where") or None)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReauthDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.answered.connect(lambda ok: events.append(f"answered {ok}"))
        _confirm(dialog, PASSPHRASE)
        assert held.started.wait(timeout=60)
        events.append("checking")
        held.go.set()

    QTimer.singleShot(0, answer)
    document_output.save_document(None, session, b"%PDF-1.7", "summary.pdf", "Case summary", kind="case_summary")
    assert events == ["checking", "answered True", "asked where"]


def test_three_wrong_answers_still_lock(qtbot: QtBot, session: VaultSession) -> None:
    gate_for(session).reset()
    locks: list[str] = []
    session.locked.connect(lambda: locks.append("locked"))
    dialog = _dialog(qtbot, session)
    for attempt in range(reauth.MAX_FAILURES):
        assert dialog.isVisible() and session.is_unlocked
        with qtbot.waitSignal(dialog.answered, timeout=60_000) as said:
            _confirm(dialog, f"wrong {attempt}")
        assert said.args == [False]
        assert gate_for(session).failures == (attempt + 1) % reauth.MAX_FAILURES  # the lock resets it
    assert locks == ["locked"] and not session.is_unlocked and not dialog.isVisible()
