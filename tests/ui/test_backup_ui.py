"""Backups from the UI: back up now, automatic backups on lock with rotation, a missing or
read-only folder is a warning (Settings) and a line in Today, never a crash."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.vault.test_backup import read_only
from trustdesk.domain.models import Case
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.backup_runner import BackupRunner
from trustdesk.ui.security.backup_settings import BackupSettings, folder_problem
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.closing import wait_for_closes
from trustdesk.vault.restore import inspect_backup


def test_back_up_now_writes_a_checked_file(qtbot: QtBot, session: VaultSession, vault: Vault,
                                           tmp_path: Path) -> None:
    vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    box = BackupSettings(session)
    qtbot.addWidget(box)
    target = tmp_path / "mine.tdbackup"
    box.back_up_to(target)
    qtbot.waitUntil(lambda: box.now_button.isEnabled(), timeout=10_000)
    assert target.is_file()
    assert "mine.tdbackup" in box.message.text()
    assert inspect_backup(target, passphrase=PASSPHRASE).cases == 1
    assert box.last.text().startswith("✓")


def test_automatic_backup_on_lock_keeps_the_newest_n(qtbot: QtBot, qapp: QApplication, vault: Vault,
                                                     data_dir: Path, keychain: Keychain, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    BackupService(vault).set_folder(folder, keep=3)
    session = VaultSession()
    runner = BackupRunner(session)
    current = vault
    made = []
    for i in range(5):
        session.open(current)
        if i != 2:  # round 2 changes nothing and had a backup: its lock writes none
            current.cases.add(Case(code="", opened_on=date(2026, 11, 1 + i)))
        session.lock()  # the backup runs before the key goes, in the lock's thread
        wait_for_closes()
        made.append(len(list(folder.glob("*.tdbackup"))))
        current = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    assert made == [1, 2, 2, 3, 3]
    service = BackupService(current)
    kept = service.backups(folder)
    assert len(kept) == 3
    assert inspect_backup(kept[-1], passphrase=PASSPHRASE).cases == 4  # the newest holds every case
    last = service.last_result()
    assert last is not None and last.ok
    current.lock()
    runner.deleteLater()
    session.deleteLater()


@pytest.mark.parametrize("marked_by_unlock", [False, True])
def test_a_change_saved_before_a_crash_is_backed_up_by_the_next_lock(
        qtbot: QtBot, vault: Vault, data_dir: Path, keychain: Keychain, tmp_path: Path,
        marked_by_unlock: bool) -> None:
    """Issue 17: the "changed since the last backup" state lives in the vault, so a session that
    ended by a crash (no lock, no before_lock) leaves its change to the next session's lock; a session
    that ended by a clean lock does not make the next lock back up again.  Every round of writes and
    crashes, in varied order, ends with the newest backup holding every case -- whether the backup
    runner commits the flag at the unlock or the unlock itself did (``mark_unbacked``, the unlock
    window's way)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    BackupService(vault).set_folder(folder, keep=50)
    current = vault
    # (write a case?, end by a crash?) per session; a backup is expected at a clean lock whenever
    # anything was written since the last backup or a session since then crashed (it may have written)
    plan = [(True, True), (False, False), (False, False), (True, True), (True, True), (False, False),
            (True, False), (False, True), (False, False)]
    pending = False
    cases = 0
    for round_no, (write, crash) in enumerate(plan):
        session = VaultSession()
        runner = BackupRunner(session)
        session.open(current)
        before = len(list(folder.glob("*.tdbackup")))
        if write:
            current.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
            cases += 1
            pending = True
        if crash:
            pending = True
            current.db.close(checkpoint=False)  # the process dies: no lock, no before_lock, no backup
        else:
            session.lock()  # the backup runs before the key goes, in the lock's thread
            wait_for_closes()
            made = len(list(folder.glob("*.tdbackup"))) - before
            assert made == (1 if pending else 0), (round_no, write, crash, made)
            if pending:
                newest = BackupService(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
                assert inspect_backup(newest.backups(folder)[-1], passphrase=PASSPHRASE).cases == cases
                newest.vault.lock()
            pending = False
        runner.deleteLater()
        session.deleteLater()
        current = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain, mark_unbacked=marked_by_unlock)
        assert (current.unbacked_before is not None) == marked_by_unlock
    current.lock()


def test_daily_backup_runs_in_a_worker_when_due(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    folder.mkdir()
    BackupService(vault).set_folder(folder)
    clock = [datetime.now()]
    runner = BackupRunner(session, clock=lambda: clock[0])
    with qtbot.waitSignal(runner.succeeded, timeout=10_000):
        runner.check()  # never backed up: due
    runner.check()  # just made: not due
    assert len(list(folder.glob("*.tdbackup"))) == 1
    clock[0] += timedelta(days=1, minutes=1)
    with qtbot.waitSignal(runner.succeeded, timeout=10_000):
        runner.check()
    qtbot.waitUntil(lambda: len(list(folder.glob("*.tdbackup"))) == 2, timeout=5_000)
    runner.deleteLater()


def test_missing_folder_is_a_warning_and_today_shows_the_failure(qtbot: QtBot, qapp: QApplication, vault: Vault,
                                                                 data_dir: Path, keychain: Keychain,
                                                                 tmp_path: Path) -> None:
    gone = tmp_path / "unplugged"
    BackupService(vault).set_folder(gone)
    session = VaultSession()
    runner = BackupRunner(session)
    session.open(vault)
    box = BackupSettings(session)
    qtbot.addWidget(box)
    assert box.warning.isVisibleTo(box) and "not there" in box.warning.text()
    failures: list[str] = []
    runner.failed.connect(failures.append)
    vault.cases.add(Case(code="", opened_on=date(2026, 11, 3)))
    session.lock()  # no crash: the failure is recorded
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)  # told from the lock's thread through the relay
    assert "does not exist" in failures[0]
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    session.open(again)
    today = TodayPage(session)
    qtbot.addWidget(today)
    with qtbot.waitSignal(today.loaded, timeout=10_000):  # read in a worker
        today.refresh()
    assert today.backup_label.isVisibleTo(today)
    assert "last backup failed" in today.backup_label.text()
    assert "does not exist" in today.backup_label.toolTip()
    session.lock()
    runner.deleteLater()
    session.deleteLater()


def test_read_only_folder_is_named_in_settings(qtbot: QtBot, session: VaultSession, vault: Vault,
                                               tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    assert folder_problem(folder) == ""
    with read_only(folder):
        assert folder_problem(folder) == "read-only"
        BackupService(vault).set_folder(folder)
        box = BackupSettings(session)
        qtbot.addWidget(box)
        assert box.warning.isVisibleTo(box) and "cannot write" in box.warning.text()
        box.back_up_to(folder / "x.tdbackup")
        qtbot.waitUntil(lambda: box.now_button.isEnabled(), timeout=10_000)
        assert "could not be made" in box.message.text()
        assert box.last.text().startswith("⚠")
    assert list(folder.iterdir()) == []


def test_settings_dialog_has_the_backup_section(qtbot: QtBot, session: VaultSession, prefs: object) -> None:
    from trustdesk.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session, prefs, language="en")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.findChild(BackupSettings, "backupSettings") is not None
    with qtbot.waitSignal(dialog.restore_requested):
        dialog.backup_box.restore_button.click()


def test_a_failed_backup_at_the_lock_is_said_on_the_unlock_window(qtbot: QtBot, make_shell: object, vault: Vault,
                                                                  tmp_path: Path) -> None:
    from tests.ui.test_shell import _unlocked_shell

    BackupService(vault).set_folder(tmp_path / "unplugged")
    shell = _unlocked_shell(make_shell, vault)  # type: ignore[arg-type]
    vault.cases.add(Case(code="", opened_on=date(2026, 11, 4)))
    shell.lock()
    window = shell.unlock_window
    assert window is not None and window.isVisible()  # at once, the backup still to come in the lock's thread
    qtbot.waitUntil(lambda: "automatic backup made at the lock failed" in window.notice.text(), timeout=10_000)
    assert "does not exist" in window.notice.toolTip()
    assert shell.backup_failure == ""  # said once


def test_the_last_backup_line_follows_every_writer_of_the_backup_state(qtbot: QtBot, vault: Vault,
                                                                       tmp_path: Path) -> None:
    """Issue 19: the Settings line "Last backup" is read again from the vault whenever the backup state
    changes, whoever changed it (here: backups made outside the widget, a failed one, a success again)."""
    from trustdesk.ui.kit.case_labels import datetime_text
    from trustdesk.ui.security.backup_settings import BackupSettings
    from trustdesk.vault.backup import SETTING_LAST, BackupService

    session = VaultSession()
    session.open(vault)
    box = BackupSettings(session)
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.last.text() != "", timeout=10000)
    for n, (ok, at) in enumerate(((True, datetime(2026, 3, 4, 10, 5)), (False, datetime(2026, 5, 6, 11, 7)),
                                  (True, datetime(2026, 7, 8, 12, 9)))):
        vault.settings.set(SETTING_LAST, {"at": at.isoformat(), "ok": ok, "error": "disk full", "file": f"b{n}"})
        qtbot.waitUntil(lambda at=at: datetime_text(at) in box.last.text(), timeout=10000)
        assert ("✓" in box.last.text()) is ok
    (tmp_path / "bk").mkdir()
    made = BackupService(vault).backup_to(tmp_path / "bk" / "x.tdbackup")
    latest = BackupService(vault).last_result()
    assert latest is not None and latest.file == made.path.name
    qtbot.waitUntil(lambda: datetime_text(latest.at) in box.last.text(), timeout=10000)
    session.lock()
    session.deleteLater()
