"""Autosave: typed text reaches the vault about a second after typing stops, and always before
the key is dropped or the app quits.

    autosave = Autosave(self, session, save=self._write)   # save(vault) writes synchronously, may raise
    some_edit.textChanged.connect(autosave.touch)            # restart the 1 s single-shot timer
    autosave.watch_focus(some_edit)                          # focus leaves the widget -> flush now

``flush()`` runs when the timer fires, on focus loss, from the vault's ``before_lock`` (lock
button, idle lock, quit through the session) and on ``QCoreApplication.aboutToQuit``.  A save that
fails keeps the text dirty: the next edit, focus change or lock tries again, and ``failed`` carries
a translated sentence for the editor to show.  The registration with the vault holds only a weak
reference, so a closed editor never keeps itself alive through the vault.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from trustdesk.ui.session import VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault

DELAY_MS = 1000
MAX_WAIT_MS = 10_000  # someone who never pauses still gets a save every ten seconds


def _flush_if_alive(ref: weakref.ReferenceType[Autosave], vault: Vault) -> None:
    target = ref()
    if target is not None and isValid(target):
        target.flush(vault)


class Autosave(QObject):
    """Debounced, flush-on-everything saving of one editor's content."""

    saved = Signal()
    failed = Signal(str)  # a translated sentence

    def __init__(self, parent: QObject, session: VaultSession, save: Callable[[Vault], None],
                 delay_ms: int = DELAY_MS, max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self.setObjectName("autosave")
        self._session = session
        self._save = save
        self._dirty = False
        self._saving = False
        self._timer = QTimer(self)
        self._timer.setObjectName("autosave_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._flush_now)
        self._max_wait_ms = max_wait_ms
        self._dirty_since = QElapsedTimer()
        self._registered_with: object | None = None
        session.unlocked.connect(self._register)
        session.locked.connect(self._on_locked)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._flush_now)
        self._register()

    # -- state -------------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def pending(self) -> bool:
        """True while the debounce timer runs."""
        return self._timer.isActive()

    def touch(self) -> None:
        """Something was edited: save about ``delay_ms`` after the last edit (and at least every
        ``max_wait_ms`` while the edits never pause)."""
        if not self._dirty:
            self._dirty = True
            self._dirty_since.start()
        elif self._dirty_since.hasExpired(self._max_wait_ms):
            self.flush()
            return
        self._timer.start()

    def discard(self) -> None:
        """Forget unsaved edits (after the content was cleared on lock)."""
        self._timer.stop()
        self._dirty = False

    def flush(self, vault: Vault | None = None) -> None:
        """Save now when there is anything unsaved.

        ``vault`` is given by the vault's ``before_lock``: the session may already have let go of it.
        """
        self._timer.stop()
        vault = vault if vault is not None else self._session.vault
        if not self._dirty or self._saving or vault is None or vault.is_locked:
            return
        self._saving = True
        try:
            self._save(vault)
        except Exception as exc:  # noqa: BLE001 - known failures are told, bugs re-raised
            from trustdesk.ui.messages import describe, is_known

            if not is_known(exc):
                raise
            self.failed.emit(describe(exc))
        else:
            self._dirty = False
            self.saved.emit()
        finally:
            self._saving = False

    # -- hooks ---------------------------------------------------------------------------------

    def watch_focus(self, *widgets: QWidget) -> None:
        """Flush when keyboard focus leaves any of ``widgets``."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and self._dirty:
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

    def _on_locked(self) -> None:
        self._registered_with = None
        self._timer.stop()
