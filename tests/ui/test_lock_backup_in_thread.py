"""The backup made at a lock runs in a thread of its own, not on the UI thread (an outside tester: with a
225 MB vault, Ctrl+L or Ctrl+Q after any change froze the window ~4 s, the case still on screen).

Where a person waits (Ctrl+L, the lock button, the idle lock, quit) and a backup is wanted, the session
lets go of the vault at once -- ``locked`` is emitted, the main window goes, the unlock window is there and
the event loop turns -- and the backup, the audit entry, the close and the zeroing of the key are done by
a thread that owns the vault from then on (``Vault.begin_lock``).  The lock is no weaker for it: opening
the vault again waits for that thread, quitting waits for it (a backup that verifies, an audit chain
intact), its outcome reaches the UI thread through the relay (a failed backup is said on the unlock
window), and the key is zeroed when it ends.

Here the backup's write is held on an event until the test lets it go; a write never let go goes on
after ``HOLD`` seconds, so the old code (the backup on the UI thread) fails instead of hanging."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.models import Case
from trustdesk.ui.security.unlock import UnlockWindow
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault
from trustdesk.vault import backup as backup_module
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.backup import SETTING_LAST_OK, BackupResult, BackupService
from trustdesk.vault.closing import wait_for_closes
from trustdesk.vault.restore import inspect_backup

HOLD = 5.0


class Gate:
    """``write_backup`` held until ``release`` is set (or ``HOLD`` seconds have passed)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: list[str] = []
        self.released_in_time: list[bool] = []


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate()
    original = backup_module.write_backup

    def slow_write(vault: Vault, target: Path) -> BackupResult:
        held.threads.append(threading.current_thread().name)
        held.entered.set()
        held.released_in_time.append(held.release.wait(HOLD))
        return original(vault, target)

    monkeypatch.setattr(backup_module, "write_backup", slow_write)
    yield held
    held.release.set()
    wait_for_closes()


@pytest.fixture
def folder(vault: Vault, tmp_path: Path) -> Path:
    """A backup folder chosen, and a verified backup made just now: none is due, only a change makes one."""
    usb = tmp_path / "usb"
    usb.mkdir()
    BackupService(vault).set_folder(usb, keep=10)
    vault.settings.set(SETTING_LAST_OK, datetime.now().isoformat())
    return usb


def _changed_shell(make_shell: Callable[..., Shell], vault: Vault) -> Shell:
    """A shell with the vault open in it, a case added since (a backup is wanted at the lock)."""
    shell = make_shell()
    shell.start()
    shell.session.open(vault)
    assert shell.main_window is not None
    vault.cases.add(Case(code="", opened_on=date(2026, 3, 4), doctor_name="Anna"))
    return shell


def _turns(qtbot: QtBot) -> None:
    """The event loop turns: a zero timer posted now fires."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2_000)


def _the_newest_backup_verifies(folder: Path, cases: int) -> None:
    made = sorted(folder.glob("*.tdbackup"))
    assert made, "no backup was made at the lock"
    assert inspect_backup(made[-1], passphrase=PASSPHRASE).cases == cases


def _locked_with(data_dir: Path, keychain: Keychain, reason: str) -> None:
    """The vault's last entry before this unlock is the lock, and the audit chain is whole."""
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        entries = again.audit.entries()
        assert (entries[0].event, entries[1].event, entries[1].detail) == (AuditEvent.UNLOCK, AuditEvent.LOCK, reason)
        assert again.audit.verify().intact
    finally:
        again.lock()


def test_ctrl_l_shows_the_unlock_window_at_once_and_backs_up_in_the_lock_thread(
        qtbot: QtBot, unlocked_by_passphrase: Callable[..., tuple[Shell, MainWindow]], vault: Vault,
        folder: Path, data_dir: Path, keychain: Keychain, gate: Gate) -> None:
    vault.lock()
    shell, main = unlocked_by_passphrase()
    opened = shell.session.require()
    opened.cases.add(Case(code="", opened_on=date(2026, 3, 4), doctor_name="Anna"))
    told: list[tuple[str, object]] = []
    # direct: called in the thread that emits (which must be the UI thread: the shell may be gone at quit)
    shell.backups.succeeded.connect(lambda result: told.append((threading.current_thread().name, result)),
                                    Qt.ConnectionType.DirectConnection)
    key = opened._key
    target = QApplication.focusWidget() or main
    QTest.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert gate.entered.wait(HOLD), "no backup was begun at the lock"
    assert not gate.released_in_time, "the lock waited for the backup before it returned"
    # the lock screen at once: the case is gone, the unlock window is there, the event loop turns
    assert shell.session.vault is None and not shell.session.is_unlocked and shell.main_window is None
    assert not main.isVisible()
    assert shell.unlock_window is not None and shell.unlock_window.isVisible()
    _turns(qtbot)
    assert gate.threads == ["vault-lock"]
    assert not told
    assert not opened.is_locked and any(key)  # the lock's thread holds it until the backup is done
    gate.release.set()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told[0][0] == threading.main_thread().name  # through the relay, not emitted from the thread
    wait_for_closes()
    assert gate.released_in_time == [True]
    assert opened.is_locked and not any(key)  # zeroed at the end of the lock's thread
    _the_newest_backup_verifies(folder, 1)
    _locked_with(data_dir, keychain, "manual")


def _waiting_for_a_close() -> bool:
    """Some thread (the unlock's worker) waits in ``wait_for_closes``."""
    for ident, frame in sys._current_frames().items():
        if ident == threading.get_ident():
            continue
        while frame is not None:
            if frame.f_code.co_name == "wait_for_closes":
                return True
            frame = frame.f_back
    return False


def test_an_unlock_right_after_the_lock_waits_for_its_backup_then_opens(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, folder: Path, gate: Gate) -> None:
    shell = _changed_shell(make_shell, vault)
    shell.lock()
    assert gate.entered.wait(HOLD)
    window = shell.unlock_window
    assert window is not None and window.isVisible()
    window.passphrase.setText(PASSPHRASE)
    window.try_unlock()
    qtbot.waitUntil(_waiting_for_a_close, timeout=10_000)  # the key derived, the open waits for the lock's thread
    assert shell.main_window is None or not shell.main_window.isVisible()
    assert not list(folder.glob("*.tdbackup"))
    gate.release.set()
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)
    assert gate.released_in_time == [True]
    assert vault.is_locked and not any(vault._key)
    _the_newest_backup_verifies(folder, 1)
    opened = shell.session.require()
    assert [c.doctor_name for c in opened.cases.list()] == ["Anna"]
    entries = opened.audit.entries(limit=2)
    assert [e.event for e in entries] == [AuditEvent.UNLOCK, AuditEvent.LOCK]
    assert opened.audit.verify().intact


def test_quit_right_after_a_change_closes_at_once_and_the_app_waits_for_a_verified_backup(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, folder: Path, data_dir: Path,
        keychain: Keychain, gate: Gate) -> None:
    shell = _changed_shell(make_shell, vault)
    main = shell.main_window
    assert main is not None
    main.show()
    qtbot.waitExposed(main)
    key = vault._key
    main.close()  # Ctrl+Q does this (test_quit_key.py)
    assert gate.entered.wait(HOLD)
    assert not gate.released_in_time, "quitting waited for the backup with the window on screen"
    assert not main.isVisible() and shell.session.vault is None
    assert shell.unlock_window is None or not shell.unlock_window.isVisible()
    lockers = [t for t in threading.enumerate() if t.name == "vault-lock"]
    assert lockers and not any(t.daemon for t in lockers)  # the interpreter waits for it at exit
    released: list[bool] = []

    def release() -> None:
        released.append(True)
        gate.release.set()

    timer = threading.Timer(0.3, release)
    timer.start()
    wait_for_closes()  # what the app does before it ends (app.py), after its event loop
    assert released and gate.released_in_time == [True]
    timer.join()
    assert vault.is_locked and not any(key)
    _the_newest_backup_verifies(folder, 1)
    _locked_with(data_dir, keychain, "quit")


def test_a_process_that_quits_right_after_a_change_ends_only_once_its_backup_verifies(
        tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    """In its own process, ended as app.py ends: the backup made in the lock's thread is there and
    verifies, the lock is recorded, the audit chain is whole (quit_backup_child.py)."""
    data_dir, keychain = tmp_path / "vault", Keychain.none()
    vault = new_vault(data_dir, keychain=keychain)
    folder = tmp_path / "usb"
    folder.mkdir()
    BackupService(vault).set_folder(folder, keep=10)
    vault.settings.set(SETTING_LAST_OK, datetime.now().isoformat())
    vault.lock()
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("quit_backup_child.py")), str(data_dir)],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=root, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "LOCKED False" in done.stdout  # the lock returned with the backup still to make, in its thread
    assert "NOTICE True" in done.stdout  # the person saw TrustDesk was still closing (ui/shell/closing_notice.py)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    _the_newest_backup_verifies(folder, 1)
    _locked_with(data_dir, keychain, "quit")


def test_a_backup_failing_in_the_lock_thread_is_said_on_the_unlock_window_already_shown(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, folder: Path, data_dir: Path,
        keychain: Keychain, gate: Gate) -> None:
    shell = _changed_shell(make_shell, vault)
    folder.rmdir()  # the stick is pulled out
    shell.lock()
    assert gate.entered.wait(HOLD)
    window = shell.unlock_window
    assert window is not None and window.isVisible()
    assert "backup" not in window.message.text()
    gate.release.set()
    qtbot.waitUntil(lambda: "automatic backup made at the lock failed" in window.notice.text(), timeout=10_000)
    assert "does not exist" in window.notice.toolTip()
    assert shell.backup_failure == ""  # said once, not again at the next lock
    wait_for_closes()
    assert vault.is_locked and not any(vault._key)
    _locked_with(data_dir, keychain, "manual")


def _said(window: QWidget) -> list[str]:
    """What the window says now: the texts of its labels a person sees."""
    return [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window) and label.text()]


def _wrong_passphrase(qtbot: QtBot, window: UnlockWindow) -> str:
    attempts = window.failed_attempts
    window.passphrase.setText("not the passphrase")
    window.try_unlock()
    qtbot.waitUntil(lambda: window.failed_attempts == attempts + 1 and not window._busy, timeout=10_000)
    return window.message.text()


def test_a_late_backup_failure_and_a_wrong_passphrase_are_both_said(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, folder: Path, gate: Gate) -> None:
    """The reviewer: the backup's failure, coming late from the lock's thread, took the place of "wrong
    passphrase" the person was reading (and the next attempt's words took the failure's).  Each is seen."""
    shell = _changed_shell(make_shell, vault)
    shell.lock()
    assert gate.entered.wait(HOLD)
    window = shell.unlock_window
    assert window is not None
    gate.release.set()
    wait_for_closes()  # this backup went well: the failure below comes after the refusal
    refusal = _wrong_passphrase(qtbot, window)
    assert refusal and refusal in _said(window)
    shell.backups.failed.emit("the folder does not exist")  # as the relay delivers it, late
    failure = shell.tr("The automatic backup made at the lock failed, so there is no new copy. Today "
                       "shows it after you unlock; Settings shows where backups go.")
    assert refusal in _said(window) and failure in _said(window)
    assert _wrong_passphrase(qtbot, window) == refusal  # the next attempt leaves the notice where it is
    assert refusal in _said(window) and failure in _said(window)


def test_a_backup_failure_before_a_wrong_passphrase_stays_said(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, folder: Path, gate: Gate) -> None:
    shell = _changed_shell(make_shell, vault)
    folder.rmdir()  # the stick is pulled out
    shell.lock()
    assert gate.entered.wait(HOLD)
    window = shell.unlock_window
    assert window is not None
    window.passphrase.setText("not the passphrase")
    window.try_unlock()  # its worker waits for the lock's thread: the two answers come close together
    gate.release.set()
    qtbot.waitUntil(lambda: window.failed_attempts == 1 and not window._busy, timeout=10_000)
    qtbot.waitUntil(lambda: any("automatic backup made at the lock failed" in t for t in _said(window)),
                    timeout=10_000)
    assert window.message.text() in _said(window) and "backup" not in window.message.text()
    assert "does not exist" in window.notice.toolTip()
    wait_for_closes()


def test_a_lock_while_the_daily_backup_runs_in_a_worker_does_not_wait_for_it_on_the_ui_thread(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, tmp_path: Path, data_dir: Path,
        keychain: Keychain, gate: Gate) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    BackupService(vault).set_folder(usb, keep=10)  # never backed up: due, the daily check starts one
    shell = make_shell()
    shell.start()
    shell.session.open(vault)
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    assert gate.threads and gate.threads[0] != "vault-lock"  # the daily backup, in a worker
    shell.lock()
    assert not gate.released_in_time, "the lock waited on the UI thread for the worker's backup"
    assert shell.unlock_window is not None and shell.unlock_window.isVisible()
    _turns(qtbot)
    assert not vault.is_locked  # the lock's thread waits for the worker's backup before it closes
    gate.release.set()
    wait_for_closes()
    assert gate.released_in_time[0] is True
    assert vault.is_locked and not any(vault._key)
    _the_newest_backup_verifies(usb, 0)
    _locked_with(data_dir, keychain, "manual")


@pytest.mark.parametrize("reason", ["manual", "idle", "quit"])
def test_without_a_backup_wanted_the_lock_is_done_when_it_returns(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, gate: Gate, reason: str) -> None:
    shell = make_shell()
    shell.start()
    shell.session.open(vault)  # no backup folder: nothing slow to do at the lock
    key = vault._key
    vault.cases.add(Case(code="", opened_on=date(2026, 3, 4)))
    shell.session.lock(reason)
    assert vault.is_locked and not any(key)
    assert not gate.entered.is_set()
    assert not [t for t in threading.enumerate() if t.name == "vault-lock"]


@pytest.mark.parametrize("reason", ["suspend", "restore"])
def test_a_lock_before_the_laptop_sleeps_or_a_restore_backs_up_before_it_returns(
        make_shell: Callable[..., Shell], vault: Vault, folder: Path, gate: Gate, reason: str) -> None:
    gate.release.set()
    shell = _changed_shell(make_shell, vault)
    shell.session.lock(reason)
    assert vault.is_locked and not any(vault._key)
    assert gate.threads == [threading.main_thread().name]
    _the_newest_backup_verifies(folder, 1)
