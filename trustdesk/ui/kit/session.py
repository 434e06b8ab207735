"""The unlocked vault as the UI sees it, and operation objects that run work off the UI thread.

``VaultSession`` holds the unlocked :class:`~trustdesk.vault.Vault` (or ``None``) and bridges the
vault's change feed *once* into the Qt signal ``changed`` (electrum's ``QtEventListener`` idea), so
views refresh on one signal instead of each listening to the vault.

``Operation`` / ``VaultOp`` follow anki's ``CollectionOp``::

    VaultOp(self, lambda v: v.contacts.add(contact)).success(self.on_added).run_in_background()

The function runs in a ``QThreadPool`` worker (or right away with ``.run()``, or in a worker while
the caller waits in a local event loop with ``.run_waiting()``); ``success`` and
``failure`` callbacks are always called on the UI thread.  Known vault failures (``VaultError``)
reach ``failure`` together with a translated sentence (``ui/messages.py``); anything else is a bug
and is re-raised on the UI thread when no failure callback wants it.

Importing this module does not import the vault (start-up budget): the vault is typed only.
"""

from __future__ import annotations

import functools
import itertools
import sys
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from trustdesk.ui.kit.lock_bound import DraftFate
    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change

T = TypeVar("T")
SuccessCallback = Callable[[T], None]
# Locks after which the app goes on (the unlock window): the vault's closing need not hold up the
# window.  Quitting, sleeping, a restore or a switch close the vault before they go on.
CLOSE_IN_BACKGROUND = frozenset({"manual", "idle"})
# Locks whose slow work (the backup made at the lock) runs in a thread after the session let go of the
# vault (Vault.begin_lock): the window is locked at once.  Quitting too: its windows go at once and the
# process waits for that thread at exit (app.py).  Sleeping, a restore, a switch finish before they go on.
LOCK_IN_THREAD = CLOSE_IN_BACKGROUND | {"quit"}
FailureCallback = Callable[[BaseException, str], None]


class Opening:
    """A vault being opened for the session: its key derived in a worker (the unlock window), until the
    vault is handed over or refused.  A lock asked for meanwhile -- whatever asks: the lock key, the idle
    lock, sleep or a locked screen, quit -- abandons it (``VaultSession.lock``): the vault it brings is
    locked at once with that reason (``give_up``), never handed over, so nothing of a case is shown and
    no key typed after the lock reaches a case."""

    def __init__(self) -> None:
        self.lock_reason: str | None = None  # set (any reason) once abandoned; read by the worker too

    @property
    def abandoned(self) -> bool:
        return self.lock_reason is not None

    def abandon(self, reason: str) -> None:
        if self.lock_reason is None:
            self.lock_reason = reason

    def give_up(self, vault: Vault) -> None:
        """Lock the vault an abandoned opening brought (the worker's thread or the UI thread): the lock
        is recorded with the reason asked for, and the backup flag the unlock set goes back to what it
        found (nothing of this session can have changed the vault)."""
        from trustdesk.vault import VaultError
        from trustdesk.vault.settings import BACKUP_UNBACKED

        if vault.is_locked:
            return
        if vault.unbacked_before is False:
            try:
                vault.settings.set(BACKUP_UNBACKED.key, False)
            except VaultError:  # (a read-only vault keeps it: the next lock backs up once more)
                pass
        vault.lock(self.lock_reason or "manual", close_in_background=True)


class VaultSession(QObject):
    """Who holds the key: the unlocked vault or ``None``. Pass it to pages in their constructor."""

    unlocked = Signal()
    locked = Signal()
    changed = Signal(object)  # a trustdesk.vault.events.Change
    abandoned = Signal(str)  # a lock (its reason) came while a vault was being opened: that opening is given up

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._unsubscribe: Callable[[], None] | None = None
        # the dialogs open at the last lock with an unsaved change, and what became of it (said after unlock)
        self.drafts_at_lock: list[DraftFate] = []
        # Every change is numbered when it is committed (any thread): ``committed`` is the last number,
        # ``telling`` the number of the change ``changed`` is telling now.  A page that began a read
        # after a change was committed has it already and need not read again when it is told.
        self._numbers = itertools.count(1)
        self.committed = 0
        self.telling = 0
        self._openings: list[Opening] = []  # vaults being opened for this session (see Opening)

    @property
    def vault(self) -> Vault | None:
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and not self._vault.is_locked

    def require(self) -> Vault:
        """The unlocked vault; raises ``VaultLocked`` when there is none."""
        if self._vault is None or self._vault.is_locked:
            from trustdesk.vault import VaultLocked

            raise VaultLocked("the vault is locked")
        return self._vault

    def open(self, vault: Vault) -> None:
        """Take over an unlocked vault (from the wizard or the unlock window)."""
        if self._vault is not None and self._vault is not vault:
            self.lock("switch")
        # A change is told after the write that made it, on the UI thread, whichever thread wrote;
        # through the never-deleted relay, and only to a session still alive (checked there).
        from trustdesk.ui.kit.relay import poster  # here, not at import: the unlock window is painted before

        post = poster()
        ref = weakref.ref(self)

        numbers = self._numbers

        def incoming(change: Change) -> None:
            number = next(numbers)
            session = ref()
            if session is not None:
                session.committed = number
            post(lambda: _tell(ref, change, number))

        self._vault = vault
        self._unsubscribe = vault.feed.subscribe(incoming)
        sealed = sys.modules.get("trustdesk.vault.sealed_memory")  # (imported only when something was sealed)
        if sealed is not None and sealed.kept():  # what a lock could not write, kept sealed: written now, and said
            from trustdesk.ui.kit.kept_at_lock import write_kept

            self.drafts_at_lock = self.drafts_at_lock + write_kept(vault)
        self.unlocked.emit()

    def begin_opening(self) -> Opening:
        """A vault is being opened for this session: a lock asked for before ``end_opening`` abandons it."""
        opening = Opening()
        self._openings.append(opening)
        return opening

    def end_opening(self, opening: Opening, vault: Vault | None = None) -> bool:
        """The opening is over (its vault came, or it was refused): whether its vault may be handed over
        (``open``).  An abandoned opening's vault is locked here instead."""
        if opening in self._openings:
            self._openings.remove(opening)
        if opening.abandoned and vault is not None:
            opening.give_up(vault)
        return not opening.abandoned

    def register_autosave(self, flush: Callable[[], None]) -> None:
        """``flush`` runs before the key is dropped (lock button, idle lock, quit)."""
        self.require().before_lock(flush)

    def lock(self, reason: str = "manual") -> None:
        """Flush autosaves, record the lock in the audit log (``reason``: ``vault.audit.LOCK_REASONS``),
        lock the vault (WAL checkpoint, key zeroed), then emit ``locked``.  A vault being opened meanwhile
        is abandoned (``Opening``): a lock asked for while the key is derived wins over the unlock.

        Where a person waits (``LOCK_IN_THREAD``) and the lock has slow work (a backup wanted), only the
        autosaves' flush is done here: the session lets go of the vault, ``locked`` is emitted, and the
        rest of the lock (the backup, the audit entry, the close, the key zeroed) runs in a thread that
        owns the vault from then on (``Vault.begin_lock``; opening it again waits for that thread)."""
        if self._openings:
            openings, self._openings = self._openings, []
            for opening in openings:
                opening.abandon(reason)
            self.abandoned.emit(reason)
        vault = self._vault
        if vault is None:
            return
        from trustdesk.ui.kit.date_field import half_dates_at_lock
        from trustdesk.ui.kit.lock_bound import closing_for_lock, drafts_at_lock

        # before anything closes: each dialog's unsaved change is kept or not, and said after unlock
        self.drafts_at_lock = drafts_at_lock(vault) + half_dates_at_lock()  # a half-typed date is said too
        rest: Callable[[], None] | None = None
        try:
            # autosave callbacks still see session.vault while they flush; where a person waits at the
            # window, the WAL checkpoint and the closing run in a thread (the vault is locked at once)
            if reason in LOCK_IN_THREAD:
                rest = vault.begin_lock(reason, close_in_background=reason in CLOSE_IN_BACKGROUND)
            else:
                vault.lock(reason, close_in_background=reason in CLOSE_IN_BACKGROUND)
        finally:
            if vault.failed_at_lock:  # a save failed and what it held could not be kept: said after the unlock
                from trustdesk.ui.kit.kept_at_lock import lost_at_lock

                self.drafts_at_lock = [*self.drafts_at_lock, lost_at_lock()]
            self._vault = None
            if self._unsubscribe is not None:
                self._unsubscribe()
                self._unsubscribe = None
            try:
                with closing_for_lock():  # the dialogs close without asking: their drafts were seen to above
                    self.locked.emit()
            finally:
                if rest is not None:
                    rest()  # the lock's thread: from here on nothing of the UI holds the vault

    def _relay(self, change: Change) -> None:
        if self.is_unlocked:  # a change that arrives after lock names nothing to refresh
            self.changed.emit(change)


def _tell(ref: weakref.ReferenceType[VaultSession], change: Change, number: int) -> None:
    session = ref()
    if session is not None and isValid(session):
        session.telling = number
        session._relay(change)


class Operation(Generic[T]):
    """Run ``fn()`` in a worker (or now) and call back on the UI thread."""

    def __init__(self, parent: QObject, fn: Callable[[], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success: SuccessCallback[T] | None = None
        self._on_failure: FailureCallback | None = None
        self._on_finished: Callable[[], None] | None = None
        self._on_abandoned: Callable[[], None] | None = None

    def success(self, callback: SuccessCallback[T]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: FailureCallback) -> Operation[T]:
        self._on_failure = callback
        return self

    def finished(self, callback: Callable[[], None]) -> Operation[T]:
        """Called after success or failure (hide a busy indicator)."""
        self._on_finished = callback
        return self

    def abandoned(self, callback: Callable[[], None]) -> Operation[T]:
        """Called instead of the others when the outcome comes and the asker is gone (a worker's result
        nobody will use): to give back what the operation held that is not the asker's."""
        self._on_abandoned = callback
        return self

    def _call(self) -> T:
        return self._fn()

    def run(self) -> None:
        """Run now, on the UI thread (for quick work such as a count)."""
        try:
            result = self._call()
        except Exception as exc:  # noqa: BLE001 - sorted into known and unknown in _fail
            self._fail(exc)
        else:
            self._succeed(result)

    def run_waiting(self, pool: QThreadPool | None = None) -> None:
        """Run in a worker while the caller waits, then the callbacks (as ``run``), for a caller that
        needs the outcome before it goes on (a file written where the user chose, then said).

        The UI thread waits in a local event loop that answers the window system (paints, timers, the
        worker's hand-over) and holds the person's keys and clicks until the outcome is in (Qt keeps
        them for later): the window never freezes and nothing is asked twice meanwhile.  When the app
        quits meanwhile no callback comes."""
        from PySide6.QtCore import QEventLoop, QThreadPool

        from trustdesk.ui.kit.relay import run_in_worker

        loop = QEventLoop()
        outcome: list[tuple[Any, BaseException | None]] = []

        def arrived(result: Any, error: BaseException | None) -> None:
            outcome.append((result, error))
            loop.quit()

        run_in_worker(pool or QThreadPool.globalInstance(), self._call, arrived)
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if outcome:
            self._delivered(*outcome[0])

    def run_in_background(self, pool: QThreadPool | None = None) -> None:
        """Run in a worker; the callbacks run on the UI thread, and only while the asker is alive.

        The hand-over goes through the never-deleted relay (kit/relay.py): a worker never touches
        the asker, so closing a window while its work runs cannot corrupt memory."""
        # here, not at import: the unlock window is painted before (PySide6 makes each class on first use)
        from PySide6.QtCore import QThreadPool

        from trustdesk.ui.kit.relay import run_in_worker

        run_in_worker(pool or QThreadPool.globalInstance(), self._call, self._delivered)

    def _delivered(self, result: Any, error: BaseException | None) -> None:
        if not isValid(self._parent):
            if self._on_abandoned is not None:
                self._on_abandoned()
            return  # the window that asked is gone: nobody to tell
        if error is None:
            self._succeed(result)
        elif isinstance(error, Exception):
            self._fail(error)
        else:
            raise error

    def _succeed(self, result: T) -> None:
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            if self._on_finished is not None:
                self._on_finished()

    def _fail(self, exc: BaseException) -> None:
        try:
            from trustdesk.ui.kit.messages import describe, is_known
            from trustdesk.vault import VaultLocked

            if self._on_failure is None and isinstance(exc, VaultLocked):
                return  # locked while it ran (idle lock, Ctrl+L): every view is being cleared anyway
            if self._on_failure is None or not is_known(exc):
                raise exc
            self._on_failure(exc, describe(exc))
        finally:
            if self._on_finished is not None:
                self._on_finished()


class VaultOp(Operation[T]):
    """An operation on the unlocked vault: ``VaultOp(parent, fn: Callable[[Vault], T])``.

    The session is ``session=`` or, when omitted, ``parent`` itself when it is a
    :class:`VaultSession`, else ``parent.session`` (pages and the main window keep theirs there).
    """

    def __init__(self, parent: QObject, fn: Callable[[Vault], T], *, session: VaultSession | None = None) -> None:
        if session is None:
            session = parent if isinstance(parent, VaultSession) else getattr(parent, "session", None)
        if not isinstance(session, VaultSession):
            raise TypeError("VaultOp needs a VaultSession (session= or parent.session)")
        # a partial of a module function, not a lambda over ``self``: that made every operation a
        # reference cycle (op -> lambda -> op), so the asker it holds outlived the hand-over until a
        # pass of the cyclic collector, which destroyed a parentless one wherever it ran
        super().__init__(parent, functools.partial(_on_vault, fn, session))


def _on_vault(fn: Callable[[Vault], T], session: VaultSession) -> T:
    return fn(session.require())
