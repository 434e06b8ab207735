"""Which window is on screen: the first-run wizard, the unlock window or the main window.

The shell owns the session, the idle lock and the translations; it moves between windows on the
session's ``unlocked`` and ``locked`` signals.  The main window, the pages, the vault and the
keychain are imported only after the first window is on screen.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from trustdesk.ui.kit.language import Translations, prepare_languages
from trustdesk.ui.kit.preferences import (
    Preferences,
    folder_idle_minutes,
    folder_language,
    set_folder_idle_minutes,
    set_folder_language,
)
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.idle import CHECK_INTERVAL_MS, IdleLock

if TYPE_CHECKING:
    from trustdesk.ui.security.restore_wizard import RestoreWizard
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.ui.security.wizard import FirstRunWizard
    from trustdesk.ui.shell.lazy_pages import PageFactory
    from trustdesk.ui.shell.main_window import MainWindow
    from trustdesk.ui.shell.place import Place
    from trustdesk.ui.shell.quit_key import QuitKey
    from trustdesk.ui.shell.settings_dialog import SettingsDialog
    from trustdesk.vault import KdfParams, Keychain

# The vault's two files (trustdesk.vault.paths.DB_NAME / HEADER_NAME), named here so that deciding
# between wizard and unlock window does not import the vault's crypto before the first window.
WARM_UP_DELAY_MS = 400
VAULT_FILES = ("vault.db", "keyslots.json")


def has_vault(data_dir: Path) -> bool:
    return any((Path(data_dir) / name).exists() for name in VAULT_FILES)


class Shell(QObject):
    def __init__(self, app: QApplication, data_dir: Path, preferences: Preferences, translations: Translations,
                 *, keychain: Keychain | None = None, kdf: KdfParams | None = None,
                 clock: Callable[[], float] = time.time, idle_check_ms: int = CHECK_INTERVAL_MS,
                 pages: Sequence[tuple[str, PageFactory]] | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = Path(data_dir)
        self.preferences = preferences
        self.translations = translations
        self.keychain = keychain
        self.kdf = kdf
        self.pages = pages  # None: the real pages (main_window.default_pages); tests inject their own
        self.session = VaultSession(self)
        self.idle = IdleLock(preferences.idle_minutes, clock=clock, check_interval_ms=idle_check_ms, parent=self)
        # The idle lock's application-wide event filter is installed at unlock, not here: the first
        # event through a Python event filter makes shiboken create ~190 enum types (~37 ms measured),
        # which the first window must not wait for; and while locked there is nothing to guard.
        self.idle.timed_out.connect(self._idle_lock)
        self.session.unlocked.connect(self._on_unlocked)
        self.session.locked.connect(self._on_locked)
        app.aboutToQuit.connect(self.quit)
        self.wizard: FirstRunWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.main_frame: MainWindow | None = None  # built hidden, no vault, before the key (prepare_main_window)
        self._warmed = False  # the warm-up's imports are done: the frame can be built without waiting on them
        self._frame_when_warm = False  # an unlock attempt came before the warm-up was done (_prepare_soon)
        self.last_place: Place | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._quitting = False
        self.quit_key: QuitKey | None = None  # Ctrl+Q from every window, from the first window's first paint
        self._retiring: set[QWidget] = set()  # windows on their way out (see _hold_until_deleted)
        from trustdesk.ui.security.backup_runner import BackupRunner
        from trustdesk.ui.shell.suspend import SuspendWatcher

        self.backups = BackupRunner(self.session, parent=self)  # on lock/quit (before the key goes), daily
        self.backup_failure = ""  # a backup that failed at the lock: said on the unlock window, never silent
        self.backups.failed.connect(self._backup_failed)
        # Lock when the laptop sleeps or the screen locks; its D-Bus connections (QtDBus, the system
        # bus) are made in warm_up, after the first window is painted (start-up budget).
        self.suspend = SuspendWatcher(parent=self, connect_buses=False)
        self.suspend.lock_requested.connect(self._suspend_lock)
        self.suspend.resumed.connect(self.idle.check)
        self.restore_wizard: QWidget | None = None
        self.pending_kept_aside: Path | None = None
        self.kept_aside_offer: QWidget | None = None

    # -- start ------------------------------------------------------------------------------------

    def start(self) -> QWidget:
        """Show the first window (wizard when the data dir holds no vault and no coordinator desk) and
        return it."""
        if has_vault(self.data_dir):
            window = self.show_unlock()  # the desk's module (its widgets, the strength meter) not needed
        else:
            from trustdesk.ui.desk.desk_start import has_desk

            window = self.show_desk_unlock() if has_desk(self.data_dir) else self.show_wizard()
        QTimer.singleShot(WARM_UP_DELAY_MS, self.warm_up)  # after the first paint
        from trustdesk.ui.kit.first_paint import after_first_paint

        # its filter (the application's Python filter: PySide6's event and key classes) after the first paint
        after_first_paint(window, self.listen_for_quit)
        return window

    def listen_for_quit(self) -> None:
        """The Quit key from here on (idempotent): after the first window's first paint, or at the unlock."""
        if self.quit_key is None and isValid(self):  # (a shell gone before its first window painted: nothing)
            from trustdesk.ui.shell.quit_key import QuitKey

            self.quit_key = QuitKey(self)  # as closing the main window
            self.quit_key.pressed.connect(self.quit_by_key)
            self.quit_key.listen()

    def warm_up(self) -> None:
        """After the first window is up: import what the unlock needs (the vault, the main window, its pages,
        menus and release notice: ~350 ms of imports that would freeze the window between the click on Unlock
        and the first page; make bench).  Qt-free modules in a worker, the others on the UI thread, a few per
        turn: PySide6 must not make a class on two threads at once (shell/warm_up.py)."""
        from trustdesk.ui.shell.warm_up import warm_up

        warm_up(self, self._warmed_up)
        # PySide6's lazily made widget classes, one per turn of the event loop while the passphrase is
        # typed: unlocking then builds the main window without making them (ui/kit/qt_types.py)
        from trustdesk.ui.kit.qt_types import warm_widget_types

        warm_widget_types()
        if sys.platform.startswith("linux") and not self.suspend.connected:
            self.suspend._connect()  # noqa: SLF001 - deferred from __init__, see there

    def _warmed_up(self) -> None:
        self._warmed = True
        prepare_languages(self, self.translations)  # the first language switch then reads no catalogue
        from trustdesk.ui.kit.qt_types import after_all_made

        if not (self._frame_when_warm and after_all_made(self._prepare_while_waiting)):  # (an attempt waits)
            self._prepare_later(0)

    def _prepare_later(self, delay_ms: int = WARM_UP_DELAY_MS) -> None:
        """The frame while the unlock window waits for the passphrase (two short turns), not while the
        key is derived: Argon2id's lanes run in threads on every core, so UI work then lengthens the
        derivation itself (the user waits for both).  Once the warm-up's imports are in (building it
        before would wait on the worker's import locks), and a while after a lock (not in its turn)."""
        if self._warmed:
            QTimer.singleShot(delay_ms, self, self._prepare_while_waiting)

    def _prepare_while_waiting(self) -> None:
        if self.unlock_window is not None and not self._quitting:  # not behind a wizard, not at quit
            self.prepare_main_window()

    @property
    def language(self) -> str:
        return self.translations.language

    def set_language(self, code: str) -> None:
        self.translations.install(code)
        self.preferences.language = code
        set_folder_language(self.data_dir, code)

    def set_idle_minutes(self, minutes: int) -> None:
        """Settings' idle-lock minutes: applied at once and kept for this data folder only (another data
        folder keeps its own; the computer user's old value is only read, for a folder without one)."""
        self.idle.set_minutes(minutes)
        set_folder_idle_minutes(self.data_dir, minutes)

    def _keep_wizard_language(self, *_args: object) -> None:
        """The wizard finished (new vault, restore, desk): its language -- picked, or kept as shown --
        becomes this data folder's."""
        set_folder_language(self.data_dir, self.language)

    # -- windows ----------------------------------------------------------------------------------

    def show_wizard(self) -> QWidget:
        from trustdesk.ui.security.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.data_dir, language=self.language, keychain=self.keychain, kdf=self.kdf)
        wizard.language_chosen.connect(self.set_language)
        wizard.created.connect(self._keep_wizard_language)  # first: the vault's folder exists now
        wizard.restore_chosen.connect(self._keep_wizard_language)
        wizard.desk_chosen.connect(self._keep_wizard_language)
        wizard.left.connect(self._keep_wizard_language)  # the vault exists: it opens in that language next time
        wizard.created.connect(self.session.open)
        wizard.created.connect(self._first_run)  # after open: the main window is up
        wizard.restore_chosen.connect(self.first_run_restore)
        wizard.desk_chosen.connect(self.first_run_desk)
        wizard.show()
        self.wizard = wizard
        return wizard

    def first_run_restore(self) -> QWidget:
        """A new computer: the restore wizard on the empty data folder instead of a new vault; the
        first-run wizard comes back if the restore is cancelled."""
        wizard = self.show_restore()
        if self.wizard is not None:
            self.wizard.hide()
        return wizard

    # -- the coordinator desk (a coordinator's installation: no vault) ------------------------------

    def first_run_desk(self) -> QWidget:
        """The wizard's "I am the coordinator": the desk's set-up; the wizard comes back on Cancel."""
        from trustdesk.ui.desk.desk_start import DeskSetupDialog

        dialog = DeskSetupDialog(self.data_dir)
        dialog.opened.connect(self._keep_wizard_language)  # the folder exists now
        dialog.opened.connect(self.show_desk)
        dialog.rejected.connect(self._desk_setup_cancelled)
        if self.wizard is not None:
            self.wizard.hide()
        dialog.show()
        self.desk_dialog: QWidget | None = dialog
        return dialog

    def _desk_setup_cancelled(self) -> None:
        if self.wizard is not None and not self._quitting:
            self.wizard.show()

    def show_desk_unlock(self) -> QWidget:
        from trustdesk.ui.desk.desk_start import DeskUnlockDialog

        dialog = DeskUnlockDialog(self.data_dir)
        dialog.opened.connect(self.show_desk)
        dialog.show()
        self.desk_dialog = dialog
        return dialog

    def show_desk(self, desk: object) -> QWidget:
        from trustdesk.ui.desk.desk_window import DeskWindow

        window = DeskWindow(desk)  # type: ignore[arg-type]  # a CoordinatorDesk
        window.locked.connect(self.show_desk_unlock)
        window.show()
        if self.wizard is not None:
            old, self.wizard = self.wizard, None
            old.hide()
            self._hold_until_deleted(old)
            old.deleteLater()
        self.desk_window: QWidget | None = window
        return window

    def _restore_closed(self) -> None:
        """The restore wizard was closed (Done or Cancel): the unlock window when there is a vault now,
        else the first-run wizard again; never zero windows."""
        if self._quitting or self.main_window is not None or self.unlock_window is not None:
            return
        if has_vault(self.data_dir):
            if self.wizard is not None and not folder_language(self.data_dir):
                self._keep_wizard_language()  # restored on a new computer: the wizard's language
            self.show_unlock()
        elif self.wizard is not None:
            self.wizard.show()
            self.wizard.raise_()
        else:
            self.show_wizard()

    def show_unlock(self) -> QWidget:
        from trustdesk.ui.security.unlock import UnlockWindow

        window = UnlockWindow(self.data_dir, keychain=self.keychain, session=self.session)
        window.unlocked.connect(self.session.open)
        window.opening.connect(self._prepare_soon)
        window.opening.connect(self._lock_key_on_unlock_window)
        window.restore_requested.connect(self.show_restore)
        self.unlock_window = window
        self._tell_backup_failure()
        window.show()
        from trustdesk.ui.kit.screen import centre_on_screen

        centre_on_screen(window)  # wholly on screen, wherever the last window was
        window.raise_()
        window.activateWindow()
        window.passphrase.setFocus()
        self._prepare_later()
        return window

    def _lock_key_on_unlock_window(self) -> None:
        """Ctrl+L on the unlock window while it opens the vault: a lock asked for then wins (the session
        abandons the opening, kit/session.py).  Added at the first attempt, not before the first paint."""
        from trustdesk.ui.security.unlock_pages import add_lock_key

        add_lock_key(self.unlock_window, self.lock)

    def _prepare_soon(self) -> None:
        """An unlock attempt began: the frame now if the warm-up is done, else once it is (the classes made
        without a pause), never all at once after Enter (an outside tester: 110-180 ms frozen)."""
        from trustdesk.ui.kit.qt_types import after_all_made

        self._frame_when_warm = True
        if self._warmed and not after_all_made(self._prepare_while_waiting):
            QTimer.singleShot(0, self, self.prepare_main_window)  # after the busy state is painted

    def prepare_main_window(self) -> None:
        """The main window's frame, hidden -- navigation, toolbar and menus, the page stack, the first
        page's widgets, nothing that holds case data -- so that the unlock only binds the open vault to
        it and shows it.  Built while the unlock window waits (``_prepare_later``); an Unlock clicked
        before that builds it while the worker derives the key.  A refused unlock leaves it hidden for
        the next attempt; a language switch meanwhile reaches it like any window (its pages when shown)."""
        if self.main_frame is not None or self.main_window is not None or self.session.is_unlocked:
            return
        from trustdesk.ui.shell.main_window import MainWindow

        frame = self.main_frame = MainWindow(self.session, self.preferences, pages=self.pages, first_page=False)
        QTimer.singleShot(0, frame, frame.show_first_page)  # Today's widgets on the next turn

    def _first_run(self, _vault: object) -> None:
        """A new vault: the starter directory and default templates; the bundled pack, if any, is offered."""
        from trustdesk.ui.directory.pack_import import first_run_setup

        self.first_run_dialog = first_run_setup(self.session, self.main_window)

    def _on_unlocked(self) -> None:
        self.listen_for_quit()  # (the first window may never have painted: unlocked at once)
        from trustdesk.ui.kit.clipboard import guard
        from trustdesk.ui.output.clipboard_export import clipboard_export
        from trustdesk.ui.shell.main_window import MainWindow

        guard().session = self.session  # watches every clipboard door from now on (issue 17, item 1)
        guard().exporter = clipboard_export  # a whole note copied: passphrase + audit entry

        window, self.main_frame = self.main_frame, None
        if window is None:  # no frame built beforehand (the wizard's new vault, a session opened directly)
            window = MainWindow(self.session, self.preferences, pages=self.pages)
        else:
            window.bind()
        window.settings_requested.connect(self.show_settings)
        window.closing.connect(self._closing)
        window.show_first()  # maximized the first time on a laptop's screen
        window.activateWindow()
        self.main_window = window
        if self.last_place is not None:  # lock → unlock returns to the case and tab that were open
            place, self.last_place = self.last_place, None
            window.go_to(place)
        else:
            window.focus_the_page()  # where the page's words say the keyboard is (Today's list)
        if self.keychain is None and self.unlock_window is not None:
            self.keychain = self.unlock_window.keychain  # discovered once, reused after the next lock
        for old in (self.unlock_window, self.wizard):
            if old is not None:
                old.hide()
                self._hold_until_deleted(old)
                old.deleteLater()
        self.unlock_window = self.wizard = None
        self.idle.set_minutes(folder_idle_minutes(self.data_dir, self.preferences))  # this folder's
        self.idle.watch(self.app)
        self.idle.start()
        vault = self.session.vault
        if vault is not None:  # disk full, a log that ends early, the recovery code, the profile: in the
            from datetime import date  # window's notice bar, never a dialog (it took the first keys typed)

            from trustdesk.ui.security.queries import after_unlock
            from trustdesk.ui.security.vault_notices import VaultNotices

            VaultNotices(window.notice_bar, self.session, after_unlock(vault, date.today()),
                         self._new_recovery_code_offered, self._profile_offered)  # (the bar keeps it)
        if self.session.drafts_at_lock:  # what a lock did to a dialog's typing is said, never silent
            from trustdesk.ui.kit.lock_bound import tell_drafts

            fates, self.session.drafts_at_lock = self.session.drafts_at_lock, []
            self.drafts_notice: QWidget | None = tell_drafts(window, fates)
        if self.pending_kept_aside is not None:  # the restored vault opened: offer to remove the old one
            from trustdesk.ui.security.kept_aside import KeptAsideOffer

            folder, self.pending_kept_aside = self.pending_kept_aside, None
            if folder.is_dir():
                offer = KeptAsideOffer(self.data_dir, folder, window)
                self.kept_aside_offer = offer
                QTimer.singleShot(0, offer.show_over_parent)  # once the main window is painted

    def _on_locked(self) -> None:
        self.idle.stop()
        self.idle.unwatch()
        from trustdesk.ui.kit.clipboard import forget_secret

        forget_secret()  # copied case text leaves the clipboard with the key
        self.settings_dialog = None
        if self.main_window is not None:
            self.last_place = self.main_window.place()  # in memory only: ids and a page name, no case text
        if self.main_window is not None:  # it clears its pages and deletes itself on the same signal
            self._hold_until_deleted(self.main_window)
        self.main_window = None
        restoring = self.restore_wizard is not None and self.restore_wizard.isVisible()
        if not self._quitting and not restoring:  # a restore locks first: its wizard stays in front,
            self.show_unlock()  # and the unlock window comes when it is closed (_restore_closed)

    def _hold_until_deleted(self, window: QWidget) -> None:
        """Keep the window's Python wrapper until Qt deletes it (deleteLater): dropping the last
        reference would delete it at once, in the middle of its own signal or of a dialog's exec."""
        self._retiring.add(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._retiring.discard(w))

    def _closing(self) -> None:
        self._quitting = True

    def show_settings(self) -> None:
        from trustdesk.ui.shell.settings_dialog import SettingsDialog

        if self.main_window is None:
            return
        dialog = SettingsDialog(self.session, self.preferences, language=self.language,
                                idle_minutes=folder_idle_minutes(self.data_dir, self.preferences),
                                parent=self.main_window)
        dialog.language_changed.connect(self.set_language)
        dialog.idle_minutes_changed.connect(self.set_idle_minutes)
        dialog.restore_requested.connect(self.show_restore)
        dialog.open()
        self.settings_dialog = dialog

    def _new_recovery_code_offered(self) -> None:
        self.show_settings()
        if self.settings_dialog is not None:
            self.settings_dialog.make_new_recovery_code()

    def _profile_offered(self) -> None:
        """The notice's "Fill in my profile": Settings, the keyboard in the profile's name."""
        self.show_settings()
        if self.settings_dialog is not None:  # (the contact line when the name is there and it is not)
            fields = self.settings_dialog.profile_box.fields
            (fields.contact if fields.name.text() and not fields.contact.text() else fields.name).setFocus()

    def _backup_failed(self, reason: str) -> None:
        """A backup at the lock failed: said on the unlock window shown now (told late, from the lock's
        thread) or the next."""
        self.backup_failure = reason
        if not self.session.is_unlocked:
            self._tell_backup_failure()

    def _tell_backup_failure(self) -> None:
        window = self.unlock_window
        if not self.backup_failure or window is None or not isValid(window):
            return
        window.tell(self.tr("The automatic backup made at the lock failed, so there is no new copy. Today "
                            "shows it after you unlock; Settings shows where backups go."), self.backup_failure)
        self.backup_failure = ""

    def show_restore(self) -> RestoreWizard:
        """The restore wizard (first run, Settings, or the unlock window when the vault is damaged);
        top-level."""
        from trustdesk.ui.security.restore_wizard import RestoreWizard

        if self.settings_dialog is not None:
            self.settings_dialog.close()
        wizard = RestoreWizard(self.data_dir, keychain=self.keychain, session=self.session)
        wizard.restored.connect(self._restored)
        wizard.finished.connect(self._restore_closed)
        wizard.show()
        from trustdesk.ui.kit.screen import keep_on_screen

        keep_on_screen(wizard)
        wizard.raise_()
        self.restore_wizard = wizard
        return wizard

    def _restored(self, result: object) -> None:
        from trustdesk.vault.restore import RestoreResult

        if self.wizard is not None:  # restored at first run: the first-run wizard has done its job
            old, self.wizard = self.wizard, None
            old.hide()
            self._hold_until_deleted(old)
            old.deleteLater()
        if self.unlock_window is not None:  # else it opens when the restore wizard is closed
            self.unlock_window.restore_button.hide()
            self.unlock_window.show_passphrase()
        if isinstance(result, RestoreResult) and result.kept_aside is not None:
            self.pending_kept_aside = result.kept_aside  # offered for removal after the first unlock

    def lock(self) -> None:
        self.session.lock()

    def _idle_lock(self) -> None:
        self.session.lock("idle")

    def _suspend_lock(self) -> None:
        self.session.lock("suspend")

    def quit_by_key(self) -> None:
        """The Quit key (quit_key.py): with the main window, what closing it does (lock with "quit",
        backup); without one, every window closes and the app ends."""
        if self.main_window is not None and isValid(self.main_window) and self.main_window.isVisible():
            self.main_window.close()
            return
        self._quitting = True
        QApplication.closeAllWindows()

    def quit(self) -> None:
        """On quit: lock (flush autosaves, checkpoint the WAL, zero the key)."""
        self._quitting = True
        self.session.lock("quit")
