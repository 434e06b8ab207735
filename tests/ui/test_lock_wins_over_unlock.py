"""A lock asked for while the unlock window opens the vault wins over the unlock.

The key is being derived (a worker held at a gate) when the lock comes -- the lock key typed on the unlock
window, the idle lock, sleep or a locked screen, quit -- or it comes just before the hand-over.  Every
way goes through the session's ``lock``, which abandons the opening: the vault that comes is locked
(with the reason asked for, the backup flag as it was found), the main window never shows, and the
unlock window waits with an empty passphrase field that has the keyboard, so what is typed next goes
there and not into a case.  The old unlock window had no lock key, and a lock without an open vault
did nothing: the vault opened on the last case and took the next keys."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.waits import worker_answers
from trustdesk.domain.models import Case
from trustdesk.ui.security.backup_runner import SETTING_UNBACKED
from trustdesk.ui.security.unlock import UnlockWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.audit import AuditEvent

HOW = ("lock key", "idle", "sleep", "screen locked", "quit", "window closed")


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Vault.unlock (passphrase or code) waits in a worker until this is set: the key is being derived."""
    go = threading.Event()
    for name in ("unlock", "unlock_with_recovery_code"):
        original = getattr(Vault, name).__func__

        def waiting(cls: type[Vault], *args: object, _original: Callable[..., Vault] = original,
                    **kwargs: object) -> Vault:
            if threading.current_thread() is not threading.main_thread():  # (the test's own opens go on)
                assert go.wait(30)
            return _original(cls, *args, **kwargs)

        monkeypatch.setattr(Vault, name, classmethod(waiting))
    yield go
    go.set()


@pytest.fixture
def case_id(data_dir: Path, keychain: Keychain, vault: Vault) -> int:
    """A vault with a case, locked; the last place was that case (a lock then an unlock returns to it)."""
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 2)))
    vault.lock()
    assert case.id is not None
    return case.id


def _keys(qtbot: QtBot, text: str = "", key: Qt.Key | None = None,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Keys as the keyboard sends them: to the focus widget (to the active window when none has it)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    if key is not None:
        qtbot.keyClick(target, key, modifier)
    return target


def _ask_lock(qtbot: QtBot, shell: Shell, window: UnlockWindow, how: str) -> None:
    if how == "lock key":
        _keys(qtbot, key=Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    elif how == "idle":
        shell.idle.timed_out.emit()
    elif how == "sleep":
        shell.suspend.prepare_for_sleep(True)
    elif how == "screen locked":
        shell.suspend.screensaver_active(True)
    elif how == "quit":
        shell.quit()
    else:
        window.close()


def _vault_came(qtbot: QtBot, answers: list[object]) -> Vault:
    """The unlock worker's vault, once it has reached the UI thread (other workers answer too: the warm-up)."""
    qtbot.waitUntil(lambda: any(isinstance(answer, Vault) for answer in answers), timeout=20_000)
    return next(answer for answer in answers if isinstance(answer, Vault))


def _audit(data_dir: Path, keychain: Keychain) -> list[tuple[str, str]]:
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        return [(entry.event, entry.detail) for entry in vault.audit.entries()]
    finally:
        vault.lock()


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("when", ["while the key is derived", "at the hand-over"])
def test_a_lock_asked_for_during_the_unlock_wins(
        qtbot: QtBot, shell_at_unlock: Callable[..., tuple[Shell, UnlockWindow]], held: threading.Event,
        monkeypatch: pytest.MonkeyPatch, case_id: int, data_dir: Path, keychain: Keychain, how: str,
        when: str) -> None:
    shell, window = shell_at_unlock()
    answers = worker_answers(monkeypatch)
    reasons = {"lock key": "manual", "idle": "idle", "sleep": "suspend", "screen locked": "suspend",
               "quit": "quit", "window closed": "quit"}
    if when == "at the hand-over":  # the worker has answered; the lock is handled just before the answer
        opened = UnlockWindow._opened

        def lock_first(self: UnlockWindow, *args: object) -> None:
            _ask_lock(qtbot, shell, window, how)
            opened(self, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(UnlockWindow, "_opened", lock_first)
    _keys(qtbot, PASSPHRASE, Qt.Key.Key_Return)
    assert window._busy
    if when == "while the key is derived":
        _ask_lock(qtbot, shell, window, how)
    held.set()
    assert _vault_came(qtbot, answers).is_locked  # locked, never handed over
    assert shell.session.vault is None and shell.main_window is None
    assert shell.main_frame is None or not shell.main_frame.isVisible()
    if how not in ("quit", "window closed"):  # the window waits for the passphrase again
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
        assert window.passphrase.text() == "" and not window._busy
        assert QApplication.focusWidget() is window.passphrase
        assert window.message.text() == "Locked: the vault was not opened."
        _keys(qtbot, "typed by a tired user")  # what comes next goes into the field, not into a case
        assert window.passphrase.text() == "typed by a tired user"
    entries = _audit(data_dir, keychain)
    assert entries[1:3] == [(AuditEvent.LOCK, reasons[how]), (AuditEvent.UNLOCK, "")]  # (newest first; [0]: this look)


def test_the_next_passphrase_opens_the_vault_where_it_was(
        qtbot: QtBot, shell_at_unlock: Callable[..., tuple[Shell, UnlockWindow]], held: threading.Event, case_id: int) -> None:
    shell, window = shell_at_unlock()
    _keys(qtbot, PASSPHRASE, Qt.Key.Key_Return)
    _keys(qtbot, key=Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    assert not window._busy and window.passphrase.text() == ""
    _keys(qtbot, PASSPHRASE, Qt.Key.Key_Return)  # a new attempt while the abandoned one still derives
    held.set()
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=20_000)
    assert shell.session.is_unlocked


@pytest.mark.parametrize("found", [False, True])
def test_an_abandoned_unlock_leaves_the_backup_flag_as_it_found_it(
        qtbot: QtBot, shell_at_unlock: Callable[..., tuple[Shell, UnlockWindow]], held: threading.Event,
        monkeypatch: pytest.MonkeyPatch, case_id: int, data_dir: Path, keychain: Keychain, found: bool) -> None:
    before = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    before.settings.set(SETTING_UNBACKED, found)
    before.lock()
    shell, window = shell_at_unlock()
    answers = worker_answers(monkeypatch)
    _keys(qtbot, PASSPHRASE, Qt.Key.Key_Return)
    _keys(qtbot, key=Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    held.set()
    _vault_came(qtbot, answers)
    after = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    assert after.settings.get(SETTING_UNBACKED) is found  # a crashed session's changes still back up
    after.lock()


@pytest.mark.parametrize("during", ["the code's check", "the new passphrase's page"])
def test_a_lock_during_the_recovery_code_wins_too(
        qtbot: QtBot, shell_at_unlock: Callable[..., tuple[Shell, UnlockWindow]], held: threading.Event,
        monkeypatch: pytest.MonkeyPatch, vault: Vault, during: str) -> None:
    code = vault.recovery_code
    assert code is not None
    vault.lock()
    shell, window = shell_at_unlock()
    answers = worker_answers(monkeypatch)
    window.show_recovery()
    _keys(qtbot, code, Qt.Key.Key_Return)
    if during == "the new passphrase's page":
        held.set()
        qtbot.waitUntil(lambda: window.reset_fields is not None and window.reset_fields.first.isVisible(),
                        timeout=20_000)
    _keys(qtbot, key=Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    held.set()
    assert _vault_came(qtbot, answers).is_locked and shell.session.vault is None
    assert window.stack.currentWidget() is window.passphrase.parentWidget()
    assert QApplication.focusWidget() is window.passphrase and window.recovery_code.text() == ""
