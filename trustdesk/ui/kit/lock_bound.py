"""Dialogs that close when the vault locks: what was typed or shown never outlives the key.

    class MyDialog(ClosesOnLock, Retranslates, QDialog):
        def __init__(self, session, parent=None):
            ...
            self.close_on_lock(session)

On lock the dialog is rejected; whenever it is done (accepted, rejected, locked) it lets go of the
session's ``locked`` signal, so a closed dialog is never called back.  Put the mixin before the Qt
base so that its ``done`` runs first; a dialog's own ``done`` calls ``super().done(result)``.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustdesk.ui.kit.session import VaultSession


class ClosesOnLock:
    _lock_session: VaultSession | None = None

    def close_on_lock(self, session: VaultSession) -> None:
        session.locked.connect(self.reject)  # type: ignore[attr-defined]  # the QDialog after this mixin
        self._lock_session = session

    def done(self, result: int) -> None:
        session, self._lock_session = self._lock_session, None
        if session is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # not connected any more
                session.locked.disconnect(self.reject)  # type: ignore[attr-defined]
        super().done(result)  # type: ignore[misc]  # the QDialog after this mixin
