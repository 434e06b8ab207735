"""The shell: session and operations, main window and lock, idle lock, single instance, start-up imports."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.waits import wait_for_line
from trustdesk import app as app_module
from trustdesk.ui.kit.interpreter import SWITCH_INTERVAL_S
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.preferences import IDLE_MINUTES, Preferences
from trustdesk.ui.kit.session import Operation, VaultOp, VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.shell import VAULT_FILES, Shell
from trustdesk.ui.shell.single_instance import InstanceLock
from trustdesk.vault import Vault, VaultLocked, WrongPassphrase
from trustdesk.vault.paths import DB_NAME, HEADER_NAME

NAV = ("nav_today", "nav_cases", "nav_providers", "nav_templates", "nav_reports")


class CountingPage(Page):
    """A page honouring the contract in ui/kit/page.py (the real pages belong to other tests)."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("countingPage")
        self.retranslate()

    def count_in(self, vault: Vault) -> int:
        return vault.cases.count() + 3

    def title(self) -> str:
        return self.tr("Today")

    def empty_text(self) -> str:
        return "nothing"

    def count_text(self, count: int) -> str:
        return f"{count} things"


TEST_PAGES = [(key, CountingPage) for key in ("today", "cases", "providers", "templates", "reports")]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _unlocked_shell(make_shell: Callable[..., Shell], vault: Vault, **kwargs: object) -> Shell:
    kwargs.setdefault("pages", TEST_PAGES)
    shell = make_shell(**kwargs)
    shell.start()  # the data dir holds a vault: the unlock window comes first
    assert shell.unlock_window is not None and shell.unlock_window.isVisible()
    shell.session.open(vault)
    assert shell.main_window is not None
    return shell


# -- session and operations ----------------------------------------------------------------------

def test_vault_op_runs_in_a_worker_and_answers_on_the_ui_thread(qtbot: QtBot, vault: Vault) -> None:
    session = VaultSession()
    session.open(vault)
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(v: Vault) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        v.settings.set("letterhead", "Dr. Peeters")
        return v.settings.get("letterhead") == "Dr. Peeters"

    with qtbot.waitSignal(session.changed, timeout=5000) as change:
        VaultOp(session, work).success(lambda r: seen.update(result=r, thread=QThread.currentThread())
                                       ).run_in_background()
        qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"worker": True, "result": True, "thread": ui_thread}
    assert change.args[0].table == "settings"
    session.lock()


def test_known_failures_are_translated_and_bugs_are_not_hidden(qtbot: QtBot, vault: Vault) -> None:
    session = VaultSession()
    failures: list[tuple[type, str]] = []
    VaultOp(session, lambda v: v.cases.count()).failure(lambda e, s: failures.append((type(e), s))).run()
    assert failures and failures[0][0] is VaultLocked and "locked" in failures[0][1]

    def wrong() -> None:
        raise WrongPassphrase("x")

    Operation(session, wrong).failure(lambda e, s: failures.append((type(e), s))).run()
    assert failures[1][0] is WrongPassphrase and "passphrase" in failures[1][1]
    with pytest.raises(ZeroDivisionError):
        Operation(session, lambda: 1 // 0).failure(lambda e, s: failures.append((type(e), s))).run()
    assert len(failures) == 2
    # Locked while a read ran (idle lock): without a failure callback that is no bug, just dropped
    done: list[bool] = []
    VaultOp(session, lambda v: v.cases.count()).success(lambda _r: done.append(True)).run()
    assert not done
    with pytest.raises(WrongPassphrase):  # other known errors without a callback still surface
        Operation(session, wrong).run()


def test_lock_flushes_autosaves_and_drops_late_changes(qtbot: QtBot, vault: Vault) -> None:
    session = VaultSession()
    session.open(vault)
    flushed: list[bool] = []

    def flush() -> None:  # an autosave's last write, announced while the lock is under way
        flushed.append(session.vault is vault)
        vault.settings.set("test.flushed", True)

    session.register_autosave(flush)
    changes: list[object] = []
    session.changed.connect(changes.append)
    announced: list[str] = []
    vault.feed.subscribe(lambda change: announced.append(change.table))
    with qtbot.waitSignal(session.locked):
        session.lock()
    # the vault announced the flush's write, then the lock's own audit entry (written before the key is
    # dropped, after the flush); the session relays them queued...
    assert announced == ["settings", "audit"]
    QCoreApplication.sendPostedEvents()  # ...so deliver what is queued: the relay has run
    assert flushed == [True]
    assert vault.is_locked and session.vault is None and not session.is_unlocked
    assert changes == []  # the change arrives after locked and names nothing to refresh


# -- main window and locking -----------------------------------------------------------------------

def test_main_window_navigation_and_empty_states(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                 vault: Vault) -> None:
    shell = _unlocked_shell(make_shell, vault)
    window = shell.main_window
    assert window is not None and window.isVisible()
    assert shell.unlock_window is None
    for name in NAV:
        button = window.findChild(QPushButton, name)
        assert button is not None and button.accessibleName()
    qtbot.mouseClick(window.findChild(QPushButton, "nav_cases"), Qt.MouseButton.LeftButton)
    cases = window.pages["cases"]
    assert window.stack.currentWidget() is cases
    assert cases.count == 3
    assert cases.findChild(QLabel, "emptyState").text() == "3 things"
    assert window.findChild(QLabel, "passphraseOnlyNote").isHidden()  # the memory keychain guards it


def test_lock_clears_every_page_and_shows_the_unlock_window(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                            vault: Vault) -> None:
    shell = _unlocked_shell(make_shell, vault)
    window = shell.main_window
    assert window is not None
    for key in window.pages:
        window.show_page(key)
    assert all(page.count is not None for page in window.pages.values())
    pages = list(window.pages.values())
    qtbot.mouseClick(window.findChild(QWidget, "lockButton"), Qt.MouseButton.LeftButton)
    assert vault.is_locked and shell.session.vault is None
    assert all(page.count is None and page.state.text() == "" for page in pages)
    assert not window.isVisible() and shell.main_window is None
    assert shell.unlock_window is not None and shell.unlock_window.isVisible()
    assert not shell.idle.active


def test_ctrl_l_locks(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault) -> None:
    shell = _unlocked_shell(make_shell, vault)
    window = shell.main_window
    assert window is not None
    with qtbot.waitActive(window):
        window.activateWindow()
    with qtbot.waitSignal(shell.session.locked, timeout=2000):
        qtbot.keyClick(window.pages["today"], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert vault.is_locked


def test_closing_the_main_window_locks_without_coming_back(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                           vault: Vault) -> None:
    shell = _unlocked_shell(make_shell, vault)
    assert shell.main_window is not None
    shell.main_window.close()
    assert vault.is_locked and shell.unlock_window is None


# -- idle lock ---------------------------------------------------------------------------------------

def test_idle_lock_fires_with_a_short_timer(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault) -> None:
    shell = _unlocked_shell(make_shell, vault, idle_check_ms=20)
    shell.idle.set_minutes(0.3 / 60)  # 0.3 s by the real wall clock
    with qtbot.waitSignal(shell.session.locked, timeout=3000):
        pass
    assert vault.is_locked and shell.unlock_window is not None


def test_idle_lock_follows_the_wall_clock_and_input_resets_it(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                              vault: Vault) -> None:
    clock = FakeClock()
    shell = _unlocked_shell(make_shell, vault, clock=clock, idle_check_ms=10)
    assert shell.idle.active
    check = shell.idle.findChild(QTimer, "idleLockTimer")
    clock.now += 9 * 60
    with qtbot.waitSignal(check.timeout, timeout=2000):  # the idle check has looked at the clock...
        pass
    assert not vault.is_locked  # ...and 9 of the 10 minutes are not enough
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(shell.main_window.windowHandle(), key)  # input (it reaches the window first)
    clock.now += 9 * 60
    with qtbot.waitSignal(check.timeout, timeout=2000):
        pass
    assert not vault.is_locked  # 18 minutes since the start, 9 since the key press
    with qtbot.waitSignal(shell.session.locked, timeout=2000):
        clock.now += 2 * 3600  # the laptop slept two hours: no timer ran, the wall clock moved
    assert vault.is_locked


# -- single instance, preferences, language, start-up ------------------------------------------------

def test_single_instance_per_data_dir(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path / "data"), InstanceLock(tmp_path / "data")
    assert first.acquire()
    assert not second.acquire()
    assert InstanceLock(tmp_path / "elsewhere").acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_second_app_says_the_first_is_open_and_can_be_cancelled(qtbot: QtBot, tmp_path: Path) -> None:
    """A second TrustDesk for the same folder says the first is open and waits for it (it opens once the
    first has gone: tests/ui/test_reopen_while_closing.py); Cancel ends it without touching the folder."""
    from trustdesk.ui.shell.closing_notice import ClosingNotice

    held = InstanceLock(tmp_path / "data")
    assert held.acquire()
    shown: list[str] = []

    def cancel_the_wait() -> None:
        notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClosingNotice) and w.isVisible()]
        if not notices:
            QTimer.singleShot(20, cancel_the_wait)
            return
        shown.append(notices[0].words.text())
        assert notices[0].cancel is not None
        notices[0].cancel.click()

    QTimer.singleShot(20, cancel_the_wait)
    try:
        assert app_module.main(["--data-dir", str(tmp_path / "data"), "--lang", "en"]) == 1
    finally:
        held.release()
    assert shown and "already open" in shown[0]


def test_preferences_are_typed_and_refuse_nonsense(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    prefs = Preferences(store)
    assert prefs.idle_minutes == 10 and prefs.language == ""
    prefs.idle_minutes = 25
    prefs.language = "fr"
    assert Preferences(store).idle_minutes == 25 and Preferences(store).language == "fr"
    with pytest.raises(ValueError):
        prefs.idle_minutes = 0
    with pytest.raises(ValueError):
        prefs.language = "de"
    store.setValue(IDLE_MINUTES.key, "not a number")
    assert prefs.idle_minutes == 10
    assert set(store.allKeys()) <= {"interface/language", "security/idle_lock_minutes"}


def test_language_switch_retranslates_visible_windows(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                      vault: Vault) -> None:
    shell = _unlocked_shell(make_shell, vault)
    window = shell.main_window
    assert window is not None
    cases_button = window.findChild(QPushButton, "nav_cases")
    assert cases_button.text() == "Cases"
    shell.set_language("nl")  # Qt posts LanguageChange to every widget; no restart
    qtbot.waitUntil(lambda: cases_button.text() == "Dossiers")
    assert window.lock_action.text() == "&Vergrendelen"
    shell.set_language("fr")
    qtbot.waitUntil(lambda: window.lock_action.text() == "&Verrouiller")
    assert window.findChild(QPushButton, "nav_providers").text() == "Intervenants"
    shell.set_language("en")
    qtbot.waitUntil(lambda: cases_button.text() == "Cases")
    assert shell.preferences.language == "en"


def test_first_window_is_shown_without_heavy_imports(tmp_path: Path) -> None:
    """The unlock window and the wizard come up before the vault's crypto, keyring, documents…"""
    (tmp_path / "with").mkdir()
    (tmp_path / "with" / "keyslots.json").write_text("{}")
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from trustdesk.ui.shell.shell import has_vault
from trustdesk.ui.security.unlock import UnlockWindow
from trustdesk.ui.security.wizard import FirstRunWizard
import trustdesk.app
u = UnlockWindow({str(tmp_path / 'with')!r}); u.show()
w = FirstRunWizard({str(tmp_path / 'without')!r}, language='en'); w.show()
app.processEvents()
heavy = ("keyring", "reportlab", "jinja2", "zxcvbn", "cryptography", "sqlcipher3", "trustdesk.vault",
         "trustdesk.documents", "trustdesk.packs", "trustdesk.ui.shell.main_window", "PySide6.QtPdf")
print(",".join(sorted(m for m in heavy if m in sys.modules)))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


STARTUP_PROBE = """
import sys
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QEvent, QObject

HEAVY = ("keyring", "reportlab", "jinja2", "zxcvbn", "cryptography", "sqlcipher3", "trustdesk.vault",
         "trustdesk.documents", "trustdesk.packs", "trustdesk.ui.shell.main_window", "PySide6.QtPdf")
# the unlock window needs neither the domain model (its dataclasses and enums) nor the desk's widgets
UNLOCK_ONLY = ("trustdesk.domain.models", "trustdesk.ui.desk.desk_start")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
            print("WINDOW", watched.objectName())
            print("HEAVY", ",".join(m for m in HEAVY if m in sys.modules))
            print("UNLOCK_ONLY", ",".join(m for m in UNLOCK_ONLY if m in sys.modules))
            scan = getattr(sys.modules.get("shibokensupport.feature"), "_mod_uses_pyside", None)
            print("SCAN", "skipped" if getattr(scan, "trustdesk_shortcut", False) else "pyside's")
            print("SWITCH", sys.getswitchinterval())
            widgets.QApplication.instance().quit()
        return False

probe = FirstPaint()
real_exec = widgets.QApplication.exec

def exec_(self=None):
    widgets.QApplication.instance().installEventFilter(probe)
    return real_exec()

widgets.QApplication.exec = exec_
from trustdesk.cli import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize("with_vault", [True, False], ids=["unlock", "wizard"])
def test_app_paints_its_first_window_before_any_heavy_import(tmp_path: Path, with_vault: bool) -> None:
    data = tmp_path / "data"
    if with_vault:
        data.mkdir()
        (data / "keyslots.json").write_text("{}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", STARTUP_PROBE, "--data-dir", str(data), "--lang", "nl"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in result.stdout.splitlines())
    assert lines["WINDOW"] == ("unlockWindow" if with_vault else "firstRunWizard")
    assert lines["HEAVY"] == ""
    if with_vault:
        assert lines["UNLOCK_ONLY"] == ""
    assert lines["SCAN"] == "skipped"  # PySide did not read our modules' sources (kit/feature_scan.py)
    assert float(lines["SWITCH"]) == SWITCH_INTERVAL_S  # the UI thread gets the interpreter back quickly


def test_vault_file_names_match_the_vault() -> None:
    assert set(VAULT_FILES) == {DB_NAME, HEADER_NAME}


def test_main_window_has_accessible_lock_and_settings(qtbot: QtBot, vault: Vault, prefs: Preferences) -> None:
    session = VaultSession()
    session.open(vault)
    window = MainWindow(session, prefs, pages=[])
    qtbot.addWidget(window)
    for name in ("lockButton", "settingsButton"):
        assert window.findChild(QWidget, name).accessibleName()
    session.lock()


def test_command_line_options() -> None:
    options = app_module.parse_args(["--data-dir", "/tmp/somewhere", "--lang=fr"])
    assert options.data_dir == Path("/tmp/somewhere") and options.lang == "fr"
    assert app_module.parse_args([]).data_dir is None
    assert app_module.parse_args(["--help"]).help
    for bad in (["--lang", "de"], ["--colour"], ["stray"], ["--data-dir", " "]):
        with pytest.raises(app_module.UsageError):
            app_module.parse_args(bad)
    assert app_module.main(["--lang", "de"]) == 2


# ``python -m trustdesk`` as is, saying READY once its event loop runs (by then the signal handlers
# are installed and Qt is waiting for events: a signal sent after READY must end it through Qt).
READY_PROBE = """
import runpy, sys
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QTimer

real_exec = widgets.QApplication.exec

def exec_(self=None):
    QTimer.singleShot(0, lambda: print("READY", flush=True))
    return real_exec()

widgets.QApplication.exec = exec_
sys.argv[0] = "trustdesk"
runpy.run_module("trustdesk", run_name="__main__", alter_sys=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_termination_signal_quits_through_qt(tmp_path: Path, signal_name: str) -> None:
    import signal

    data = tmp_path / "data"
    data.mkdir()
    (data / "keyslots.json").write_text("{}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    process = subprocess.Popen([sys.executable, "-c", READY_PROBE, "--data-dir", str(data), "--lang", "en"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_line(process, "READY", timeout=60)
        assert (data / "trustdesk.lock").exists()  # the single-instance lock: this is the app, up
        process.send_signal(getattr(signal, signal_name))
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr  # not -15/-2: it quit through Qt, and locked on the way
    assert not (data / "trustdesk.lock").exists()


def test_each_data_folder_reopens_in_the_language_chosen_in_its_wizard(
        qtbot: QtBot, make_shell: Callable[..., Shell], translations: object, prefs: Preferences,
        tmp_path: Path, new_vault: Callable[..., Vault], keychain: object) -> None:
    """First run with --lang fr, Français kept as shown, finish; another folder in Dutch: each folder
    reopens (no --lang) in its own language, whatever the computer user's last choice was."""
    from trustdesk.ui.kit.language import Translations
    from trustdesk.ui.kit.preferences import folder_language, start_language

    assert isinstance(translations, Translations)
    folders = {"fr": tmp_path / "fr-folder", "nl": tmp_path / "nl-folder", "en": tmp_path / "en-folder"}
    for code, folder in folders.items():
        vault = new_vault(folder, keychain=keychain)
        translations.install(code)  # as --lang CODE does before the wizard shows
        shell = Shell(QApplication.instance(), folder, prefs, translations,  # type: ignore[arg-type]
                      keychain=keychain, pages=TEST_PAGES)
        wizard = shell.show_wizard()
        qtbot.addWidget(wizard)
        shell.wizard.created.emit(vault)  # type: ignore[union-attr]  # the language page untouched
        shell.session.lock()
        for window in (shell.main_window, shell.unlock_window):  # closed at the end: none left on screen
            if window is not None:
                qtbot.addWidget(window)
        shell.deleteLater()
    prefs.language = "nl"  # the computer user's last choice, from yet another folder
    for code, folder in folders.items():
        assert folder_language(folder) == code
        assert start_language(folder, None, prefs, "en") == code
        assert start_language(folder, "en", prefs, "nl") == "en"  # --lang: this run only
    assert start_language(tmp_path / "never-opened", None, prefs, "fr") == "nl"


def test_changing_the_language_in_settings_is_kept_for_that_folder_only(
        make_shell: Callable[..., Shell], data_dir: Path, tmp_path: Path, prefs: Preferences) -> None:
    from trustdesk.ui.kit.preferences import folder_language, set_folder_language

    data_dir.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    set_folder_language(other, "fr")
    shell = make_shell(pages=TEST_PAGES)
    for code in ("nl", "fr", "en", "nl"):
        shell.set_language(code)
        assert folder_language(data_dir) == code
        assert folder_language(other) == "fr"


def test_the_folder_language_file_holds_only_the_language(tmp_path: Path) -> None:
    from trustdesk.ui.kit.preferences import FOLDER_SETTINGS_NAME, folder_settings, set_folder_language

    for code in ("fr", "nl", "en"):
        set_folder_language(tmp_path, code)
        assert set(folder_settings(tmp_path).allKeys()) == {"interface/language"}
        assert (tmp_path / FOLDER_SETTINGS_NAME).stat().st_mode & 0o777 == 0o600
