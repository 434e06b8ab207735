"""Autosave: typed text reaches the vault about a second after typing stops, and always before
the key is dropped or the app quits — written by a background writer, never on the UI thread.

    autosave = Autosave(self, session, write=self._write,      # write(vault, snapshot) -> result
                        snapshot=self.current,                   # on the UI thread: what the widgets hold
                        stored=self._stored)                     # on the UI thread: the write's result
    some_edit.textChanged.connect(autosave.touch)            # restart the 1 s idle timer (1 s ceiling)
    autosave.watch_focus(some_edit)                          # focus leaves the widget -> save now

How a save runs (issue 17, item 23: a 10 MB note froze the window for seconds on every autosave):

- ``snapshot()`` runs on the UI thread (a copy of what the widgets hold: cheap), then
  ``write(vault, snapshot)`` runs on the one **autosave writer thread** shared by every editor
  (writes queue behind each other, in order), and ``stored(result)`` plus ``saved`` come back on
  the UI thread.  At most one write per editor is in flight; edits made meanwhile are saved by the
  next one (the debounce timer is restarted, so a refresh of the views after a write does not meet
  the next write).
- ``flush(wait=True)`` — the vault's ``before_lock`` (lock button, idle lock, quit through the
  session), ``QCoreApplication.aboutToQuit`` and the editor's own explicit flushes (another note
  chosen, *Done*) — first waits for the write in flight, then writes what is left *synchronously*:
  nothing typed is lost by a lock or a quit, and the vault is never locked under a running write.
- Someone who never pauses still gets a save: a second single-shot timer, started when the text
  first becomes dirty and never restarted by further edits, saves ``max_wait_ms`` (1 s) after the
  first unsaved edit.  Saves coalesce: at most one write per editor is in flight, and a deadline that
  falls during a write is honoured as soon as it comes back, so a fast typist causes at most about
  one write a second and a save never queues up behind itself.
- A crash (SIGKILL) loses at most what was typed in the last second plus one write.

A save that fails keeps the text dirty: the next edit, focus change or lock tries again, and
``failed`` carries a translated sentence for the editor to show.  The registration with the vault
holds only a weak reference, so a closed editor never keeps itself alive through the vault.
"""

from __future__ import annotations

import functools
import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from trustdesk.ui.kit.relay import run_in_worker
from trustdesk.ui.kit.session import VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault

log = logging.getLogger(__name__)

DELAY_MS = 1000
_FOCUS_OUT = QEvent.Type.FocusOut
MAX_WAIT_MS = 1000  # someone who never pauses still gets a save every second (SECURITY.md §4)

_WRITER: QThreadPool | None = None


def writer() -> QThreadPool:
    """The single autosave writer thread (a pool of one: writes run one after the other, in order)."""
    global _WRITER
    if _WRITER is None:
        _WRITER = QThreadPool()
        _WRITER.setObjectName("autosaveWriter")
        _WRITER.setMaxThreadCount(1)
        _WRITER.setExpiryTimeout(-1)  # the thread stays: no start-up cost on the next save
    return _WRITER


def _flush_if_alive(ref: weakref.ReferenceType[Autosave], vault: Vault) -> None:
    target = ref()
    if target is not None and isValid(target):
        target.flush_at_lock(vault)


def _written_if_alive(ref: weakref.ReferenceType[Autosave], job: _Job) -> None:
    target = ref()
    if target is not None and isValid(target):
        target._on_written(job)


class _Job:
    """One write: its snapshot in, its result or error out; ``done`` is set by whoever ran it."""

    def __init__(self, vault: Vault, snapshot: Any) -> None:
        self.vault = vault
        self.snapshot = snapshot
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.handled = False  # its outcome was taken over on the UI thread

    def run(self, write: Callable[[Vault, Any], Any]) -> None:
        try:
            self.result = write(self.vault, self.snapshot)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, sorted there
            self.error = exc
        finally:
            self.snapshot = None  # the text is not kept longer than the write needs it
            self.done.set()


class Autosave(QObject):
    """Debounced, flush-on-everything saving of one editor's content, written in the background."""

    saved = Signal()
    failed = Signal(str)  # a translated sentence

    def __init__(self, parent: QObject, session: VaultSession, write: Callable[[Vault, Any], Any], *,
                 snapshot: Callable[[], Any] = lambda: None, stored: Callable[[Any], None] = lambda _r: None,
                 delay_ms: int = DELAY_MS, max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self.setObjectName("autosave")
        self._session = session
        self._write = write
        self._snapshot = snapshot
        self._stored = stored
        self._dirty = False
        self._job: _Job | None = None  # the write in flight
        self._timer = QTimer(self)
        self._timer.setObjectName("autosave_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._flush_now)
        self._max_wait_ms = max_wait_ms
        self._deadline = QTimer(self)  # started by the first unsaved edit, never restarted by the next
        self._deadline.setObjectName("autosave_deadline")
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_wait_ms)
        self._deadline.timeout.connect(self._flush_now)
        self._dirty_since = QElapsedTimer()
        self._registered_with: object | None = None
        session.unlocked.connect(self._register)
        session.locked.connect(self._on_locked)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._flush_and_wait)
        self._register()

    # -- state -------------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def pending(self) -> bool:
        """True while the debounce timer runs."""
        return self._timer.isActive()

    @property
    def writing(self) -> bool:
        """True while a write is in flight on the writer thread."""
        return self._job is not None

    def touch(self) -> None:
        """Something was edited: save about ``delay_ms`` after the last edit (and at least every
        ``max_wait_ms`` while the edits never pause)."""
        if not self._dirty:
            self._mark_dirty()
        elif self._overdue() and self._job is None:
            self.flush()
            return
        self._timer.start()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._dirty_since.start()
        if self._job is None:
            self._deadline.start()  # with a write in flight, its return checks the deadline

    def _overdue(self) -> bool:
        return self._dirty_since.isValid() and self._dirty_since.hasExpired(self._max_wait_ms)

    def discard(self) -> None:
        """Forget unsaved edits (after the content was cleared on lock)."""
        self._timer.stop()
        self._deadline.stop()
        self._dirty = False

    def flush(self, vault: Vault | None = None, *, wait: bool = False) -> None:
        """Save now when there is anything unsaved: in the background, or — ``wait`` — before returning.

        ``vault`` is given by the vault's ``before_lock``: the session may already have let go of it.
        """
        self._timer.stop()
        self._deadline.stop()
        if wait:
            self._settle()
        elif self._job is not None:
            return  # the write in flight ends by restarting the timer when there is more to save
        vault = vault if vault is not None else self._session.vault
        if not self._dirty or vault is None or vault.is_locked:
            return
        job = _Job(vault, self._snapshot())
        self._dirty = False  # edits from now on make it dirty again
        self._job = job
        if wait:
            job.run(self._write)
            self._finish(job)
            return
        # The worker never touches this object (the UI thread may delete it meanwhile): the outcome
        # comes back through the never-deleted relay, and liveness is checked there (kit/relay.py).
        ref = weakref.ref(self)
        run_in_worker(writer(), functools.partial(job.run, self._write),
                      lambda _result, _error: _written_if_alive(ref, job))

    def flush_at_lock(self, vault: Vault) -> None:
        """The vault's ``before_lock``: save now, before returning.  A write that fails here (raises, or is
        refused) does not stop the lock, and what it held is not dropped: it is sealed under the vault's
        key and written at the next unlock (``vault/sealed_memory.py``, ``kit/kept_at_lock.py``).  Raises only when it could not even be kept
        (the vault counts it and the person is told after the unlock)."""
        try:
            self.flush(vault, wait=True)
        except Exception as exc:  # noqa: BLE001 - an unexpected error from the write: kept below all the same
            log.warning("the autosave at the lock failed (%s)", type(exc).__name__)
        if not self._dirty or vault.is_locked:
            return
        from trustdesk.vault import sealed_memory

        sealed_memory.keep(vault, self._write, self._snapshot())
        self.discard()

    # -- outcome -------------------------------------------------------------------------------

    def _settle(self) -> None:
        """Wait for the write in flight (if any) and take over its outcome now."""
        job = self._job
        if job is not None:
            job.done.wait()
            self._finish(job)

    def _on_written(self, job: _Job) -> None:
        self._finish(job)
        if not self._dirty or self._job is not None:
            return
        if self._overdue():
            self.flush()  # typed during the write past the ceiling: save what is there now
            return
        remaining = self._max_wait_ms - self._dirty_since.elapsed() if self._dirty_since.isValid() else 0
        self._deadline.start(max(0, int(remaining)))
        if not self._timer.isActive():
            self._timer.start()  # typed during the write: the next save after the usual pause

    def _finish(self, job: _Job) -> None:
        if job.handled:
            return
        job.handled = True
        if self._job is job:
            self._job = None
        error = job.error
        if error is None:
            self._stored(job.result)
            job.result = None
            self.saved.emit()
            return
        self._dirty = True  # nothing was saved: try again on the next edit, focus change or lock
        self._dirty_since.start()  # not a tight retry loop: the next ceiling is a full interval away
        from trustdesk.ui.kit.messages import describe, is_known
        from trustdesk.vault import VaultLocked

        if isinstance(error, VaultLocked):
            return
        if not is_known(error):
            raise error
        self.failed.emit(describe(error))

    # -- hooks ---------------------------------------------------------------------------------

    def watch_focus(self, *widgets: QWidget) -> None:
        """Flush when keyboard focus leaves any of ``widgets``."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # dirtiness first, then the class (a C check): the filter sees every event of the watched
        # fields (paints, every key), and asking an event its type() makes a Python enum member
        if self._dirty and isinstance(event, QFocusEvent) and event.type() == _FOCUS_OUT:
            self.flush()
        return False

    def _register(self) -> None:
        vault = self._session.vault
        if vault is None or vault is self._registered_with:
            return
        ref = weakref.ref(self)
        vault.before_lock(lambda: _flush_if_alive(ref, vault))
        self._registered_with = vault

    def _flush_now(self) -> None:
        self.flush()

    def _flush_and_wait(self) -> None:
        self.flush(wait=True)

    def _on_locked(self) -> None:
        self._registered_with = None
        self._timer.stop()
        self._deadline.stop()
        self._settle()
