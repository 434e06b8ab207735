"""Automatic, rotating backups of the unlocked vault (issue 6): on lock, on quit and once a day.

``BackupRunner(session)`` is made once by the shell.  On every unlock it registers a callback
with ``vault.before_lock`` so a backup is written *before the key is dropped* (lock button,
Ctrl+L, idle lock, suspend, quit — quitting locks), and *after* every autosave's flush at that lock
(``after_flushes``: an editor opened during the session registers later than the runner, and a note
typed in the last second before the lock is written by its flush).  A verified backup takes time
(local disk: 0.04 s for 60 cases / 1,500 contacts (0.7 MB), 0.7 s for 27 MB, ~4 s for 225 MB; a slow
USB stick adds its write time), so where a person waits (the lock button, Ctrl+L, the idle lock, quit)
the callback says it has slow work (``before_lock(..., slow=...)``) and ``Vault.begin_lock`` runs it,
with the rest of the lock, in a thread of its own once the session has let go of the vault: the lock
screen is there at once, the key is zeroed when the backup is done, unlocking again waits for that
thread and so does the process at exit (``closing.wait_for_closes``).  Other locks (suspend, a restore)
run it on the UI thread before they go on.  Its outcome reaches the UI thread through the relay
(``poster``), never by emitting from the thread.  It is skipped when nothing changed since the last
verified backup and none is due, so locking ten times a day does not push older backups out of the rotation.

"Something changed" is kept in the vault itself, not only in memory (issue 17): on unlock the
runner commits the setting ``backup.unbacked`` = true ("this session may change the vault") and
clears it only at a lock that leaves nothing unbacked (a backup was made, or nothing changed and
nothing was pending).  A session that ends by a crash (SIGKILL, power cut) leaves it true, so the
next unlock starts dirty and its lock makes the backup the crashed session never made.

While unlocked, a coarse timer asks ``BackupService.due(now)`` (a folder is chosen and no
verified backup is a day old) and then backs up in a worker thread; a lock that comes while that
worker runs waits for it instead of starting a second one.

Failures are never silent: ``BackupService`` records each attempt in the vault (Today shows a
failed one; so does Settings) and ``failed(reason)`` is emitted for whoever shows it now.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.backup import BackupResult, BackupService
    from trustdesk.vault.events import Change

CHECK_INTERVAL_MS = 10 * 60 * 1000
SETTING_UNBACKED = "backup.unbacked"  # declared in vault/settings.py (BACKUP_UNBACKED); a literal here because importing the vault package would load SQLCipher before the first window paints; true from an unlock until a lock that left nothing unbacked


class BackupRunner(QObject):
    succeeded = Signal(object)  # BackupResult
    failed = Signal(str)  # the vault's (technical, English) reason; Today and Settings translate the fact

    def __init__(self, session: VaultSession, *, clock: Callable[[], datetime] = datetime.now,
                 check_interval_ms: int = CHECK_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._clock = clock
        self._busy = threading.Lock()  # one backup at a time (worker or lock)
        self._dirty = False
        self._own_write = False
        self._unsubscribe: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("automaticBackupTimer")
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        if session.is_unlocked:
            self._on_unlocked()

    @property
    def dirty(self) -> bool:
        """Something was written since the last automatic backup began."""
        return self._dirty

    # -- session ----------------------------------------------------------------------------------

    def _on_unlocked(self) -> None:
        vault = self.session.require()
        # the last session may have ended without its lock (a crash): what it changed is unbacked.  An
        # unlock through the unlock window committed the flag with its audit entry (Vault.unlock's
        # mark_unbacked) and kept the value it found; otherwise it is committed here.
        marked = vault.unbacked_before
        self._dirty = (marked if marked is not None else vault.settings.get(SETTING_UNBACKED)) is True
        self._unsubscribe = vault.feed.subscribe(self._noticed)
        if marked is None:
            self._mark_unbacked(vault, True)

        from trustdesk.ui.kit.relay import poster

        post = poster()  # made here, on the UI thread: the lock may run the backup in a thread
        ref = weakref.ref(self)

        def before_lock() -> None:
            runner = ref()
            if runner is not None:
                runner.run_before_lock(vault, post=post)

        def slow() -> bool:  # on the UI thread, after the autosaves' flush: a backup to make or to wait for
            runner = ref()
            return runner is not None and (runner._busy.locked() or runner.wanted(vault))

        # after_flushes: holds what the autosaves flush at the lock
        vault.before_lock(before_lock, after_flushes=True, slow=slow)
        self.timer.start()
        QTimer.singleShot(0, self.check)  # a day may have passed since the last one

    def _on_locked(self) -> None:
        self.timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _mark_unbacked(self, vault: Vault, value: bool) -> None:
        """Commit the crash-proof "may hold changes no backup has" flag (a read-only vault keeps it)."""
        from trustdesk.vault import VaultError

        self._own_write = True
        try:
            if vault.settings.get(SETTING_UNBACKED) is not value:
                vault.settings.set(SETTING_UNBACKED, value)
        except VaultError:
            pass
        finally:
            self._own_write = False

    def _noticed(self, change: Change) -> None:  # any thread
        from trustdesk.vault.events import Table  # here: this module loads before the vault does

        # an unlock or a backup's own audit line is no reason to back up
        if change.concerns(None, Table.AUDIT) or (self._own_write and change.concerns(None, Table.SETTINGS)):
            return
        self._dirty = True

    # -- running ----------------------------------------------------------------------------------

    def _service(self, vault: Vault) -> BackupService:
        from trustdesk.vault.backup import BackupService

        return BackupService(vault)

    def wanted(self, vault: Vault) -> bool:
        service = self._service(vault)
        return service.folder() is not None and (self._dirty or service.due(self._clock()))

    def _run(self, vault: Vault) -> BackupResult:
        """Write one automatic backup; BackupFailed when it cannot (recorded in the vault)."""
        self._own_write = True
        self._dirty = False
        try:
            return self._service(vault).run_automatic()
        except BaseException:
            self._dirty = True  # still to do
            raise
        finally:
            self._own_write = False

    def run_before_lock(self, vault: Vault, *,
                        post: Callable[[Callable[[], None]], None] | None = None) -> BackupResult | None:
        """Before the key goes (on the UI thread, or in the lock's thread): back up when something
        changed or one is due.  Off the UI thread the outcome is told through ``post`` (the relay's
        ``poster``), to this runner if it still exists then."""
        from trustdesk.vault import VaultError

        with self._busy:  # waits for a worker's backup that is still running
            if vault.is_locked:
                return None
            if not self.wanted(vault):
                if not self._dirty:
                    self._mark_unbacked(vault, False)  # a clean end: nothing is left for the next session
                return None
            try:
                result = self._run(vault)
            except VaultError as exc:  # BackupFailed: recorded in the vault for Today
                self._tell(post, "failed", str(exc))
                return None
            if not self._dirty:
                self._mark_unbacked(vault, False)
        self._tell(post, "succeeded", result)
        return result

    def _tell(self, post: Callable[[Callable[[], None]], None] | None, signal: str, value: object) -> None:
        """Emit ``signal`` with ``value`` now on the UI thread, else on the UI thread through ``post``."""
        if post is None or threading.current_thread() is threading.main_thread():
            getattr(self, signal).emit(value)
            return
        ref = weakref.ref(self)

        def emit() -> None:  # on the UI thread
            runner = ref()
            if runner is not None and isValid(runner):
                getattr(runner, signal).emit(value)

        post(emit)

    def check(self) -> None:
        """From the timer: back up in a worker when a day has passed since the last verified one."""
        vault = self.session.vault
        if vault is None or vault.is_locked or self._busy.locked():
            return
        if not self._service(vault).due(self._clock()):
            return
        self.run_in_background()

    def run_in_background(self) -> None:
        def work(vault: Vault) -> BackupResult | None:
            if not self._busy.acquire(blocking=False):
                return None
            try:
                return self._run(vault)
            finally:
                self._busy.release()

        VaultOp(self, work, session=self.session).success(self._done).failure(self._worker_failed).run_in_background()

    def _worker_failed(self, exc: BaseException, _sentence: str) -> None:
        from trustdesk.vault import VaultLocked

        if not isinstance(exc, VaultLocked):  # locked meanwhile: the lock made its own backup
            self.failed.emit(str(exc))

    def _done(self, result: BackupResult | None) -> None:
        if result is not None:
            self.succeeded.emit(result)
