"""Slips: locking on suspend / screen lock (and on resume by the wall clock), copied case text that
leaves the clipboard and is marked secret, and saves that never reach the recent-files list."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.test_shell import FakeClock, _unlocked_shell
from trustdesk.ui.kit.clipboard import SECRET_HINT, copy_secret, forget_secret, guard
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.reauth import gate_for
from trustdesk.ui.shell.shell import Shell
from trustdesk.ui.shell.suspend import SuspendWatcher
from trustdesk.vault import Vault

# -- suspend and screen lock ---------------------------------------------------------------------


def test_sleep_locks_at_once(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault) -> None:
    shell = _unlocked_shell(make_shell, vault)
    with qtbot.waitSignal(shell.session.locked, timeout=2000):
        shell.suspend.prepare_for_sleep(True)
    assert vault.is_locked


def test_screen_lock_locks(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault) -> None:
    shell = _unlocked_shell(make_shell, vault)
    shell.suspend.screensaver_active(False)
    assert not vault.is_locked
    with qtbot.waitSignal(shell.session.locked, timeout=2000):
        shell.suspend.screensaver_active(True)
    assert vault.is_locked


def test_resume_after_the_idle_time_locks_by_the_wall_clock(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                            vault: Vault) -> None:
    clock = FakeClock()
    shell = _unlocked_shell(make_shell, vault, clock=clock, idle_check_ms=3_600_000)  # no timer will help
    shell.suspend.prepare_for_sleep(False)  # a resume right away: not idle yet
    assert not vault.is_locked
    clock.now += 3 * 3600  # slept three hours (sleep signal missed)
    with qtbot.waitSignal(shell.session.locked, timeout=2000):
        shell.suspend.prepare_for_sleep(False)
    assert vault.is_locked


PROBE = textwrap.dedent("""
    import subprocess, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from trustdesk.ui.shell.suspend import SuspendWatcher
    app = QCoreApplication([])
    watcher = SuspendWatcher()
    print("connected", ",".join(watcher.connected))
    watcher.lock_requested.connect(lambda: (print("lock requested"), app.quit()))
    QTimer.singleShot(200, lambda: subprocess.run(["dbus-send", "--session", "--type=signal",
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"]))
    QTimer.singleShot(5000, app.quit)
    app.exec()
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus session signals are Linux")
def test_a_real_screensaver_signal_on_the_session_bus(tmp_path: Path) -> None:
    """QtDBus (in PySide6-Essentials) hears org.freedesktop.ScreenSaver.ActiveChanged."""
    if subprocess.run(["which", "dbus-run-session"], capture_output=True).returncode != 0:
        pytest.skip("dbus-run-session is not installed")
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(["dbus-run-session", "--", sys.executable, str(script)], capture_output=True,
                            text=True, timeout=60, env=env)
    assert "ActiveChanged" in result.stdout and "lock requested" in result.stdout, result.stdout + result.stderr


def test_watcher_without_buses_is_quiet(qapp: QApplication) -> None:
    watcher = SuspendWatcher(connect_buses=False)
    assert watcher.connected == []
    watcher.deleteLater()


# -- clipboard -----------------------------------------------------------------------------------

@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    assert board is not None
    yield board
    forget_secret()
    board.clear()


def test_copied_text_is_secret_and_cleared_after_the_delay(qtbot: QtBot, clipboard: QClipboard) -> None:
    copied_at = time.monotonic()
    copy_secret("TD-2026-0042", seconds=0.2)
    mime = clipboard.mimeData()
    assert mime is not None and mime.hasFormat(SECRET_HINT)
    assert bytes(mime.data(SECRET_HINT).data()) == b"secret"
    assert clipboard.text() == "TD-2026-0042"
    cleared_at: list[float] = []
    clipboard.dataChanged.connect(lambda: cleared_at.append(time.monotonic()) if not clipboard.text() else None)
    with qtbot.waitSignal(guard().timer.timeout, timeout=3000):  # the clearing timer ran out
        pass
    assert clipboard.text() == "" and not guard().holding
    assert cleared_at and cleared_at[0] - copied_at >= 0.2  # cleared by the timer, not before its time


def test_something_copied_since_is_left_alone(qtbot: QtBot, clipboard: QClipboard) -> None:
    copy_secret("TD-2026-0042", seconds=0.1)
    guard()._busy = True  # noqa: SLF001 - as another program's copy (offscreen has one in-process clipboard)
    try:
        clipboard.setText("the user's own text")
    finally:
        guard()._busy = False  # noqa: SLF001
    assert guard().holding
    with qtbot.waitSignal(guard().timer.timeout, timeout=3000):  # the guard's time is up: it looked...
        pass
    assert not guard().holding  # ...and let go of our text
    assert clipboard.text() == "the user's own text"  # without touching what the user copied since


def test_lock_clears_the_clipboard_at_once(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault,
                                           clipboard: QClipboard) -> None:
    shell = _unlocked_shell(make_shell, vault)
    copy_secret("TD-2026-0007", seconds=30)
    shell.lock()
    assert clipboard.text() == ""


def test_copy_code_in_the_case_view_uses_the_setting(qtbot: QtBot, vault: Vault, clipboard: QClipboard) -> None:
    from datetime import date

    from trustdesk.domain.models import Case
    from trustdesk.ui.case.case_view import CaseView

    session = VaultSession()
    session.open(vault)
    vault.settings.set("clipboard.clear_seconds", 5)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    view = CaseView(session)
    qtbot.addWidget(view)
    view.show_case(case.id or 0)
    view.copy_code_button.click()
    assert clipboard.text() == case.code
    mime = clipboard.mimeData()
    assert mime is not None and mime.hasFormat(SECRET_HINT)
    assert 4000 < guard().timer.remainingTime() <= 5000
    session.lock()
    session.deleteLater()


# -- recent files ------------------------------------------------------------------------------------

def test_a_saved_document_never_reaches_the_recent_files_list(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Through Qt's own (non-native) save dialog, really shown and accepted: no recently-used.xbel entry."""
    from trustdesk.ui.output.document_output import save_document

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    session = VaultSession()
    session.open(vault)
    gate_for(session).proven()
    target = tmp_path / "out" / "TD-2026-0001_case_summary.pdf"
    target.parent.mkdir()
    seen: list[bool] = []

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, accept_dialog)
            return
        seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(50, accept_dialog)
    path = save_document(None, session, b"%PDF-1.7\n%%EOF\n", target.name, "Case summary TD-2026-0001",
                         kind="case_summary", case_code="TD-2026-0001")
    assert path == target and target.read_bytes().startswith(b"%PDF-")
    assert seen == [True]
    for xbel in (home / ".local/share/recently-used.xbel",
                 Path(os.environ.get("XDG_DATA_HOME", str(home / ".local/share"))) / "recently-used.xbel"):
        assert not xbel.exists() or target.name not in xbel.read_text(errors="replace")
    session.lock()
    session.deleteLater()
