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
    from PySide6.QtWidgets import QWidget

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


# -- what a lock does to a dialog's draft -------------------------------------------------------------
#
# One rule for every way of locking (Ctrl+L from any window, the lock button, the idle lock, suspend,
# quit): a dialog's draft is either kept (the dialog says so with ``keeps_draft_on_lock = True`` and
# saves it in a ``before_lock`` callback, as the safety plan saves a new version) or it is discarded
# and the user is told so after the next unlock (``VaultSession.discarded_at_lock``).  Never silent.

KEEPS_DRAFT = "keeps_draft_on_lock"


def typed_in(dialog: QWidget) -> bool:
    """Whether the user typed into one of the dialog's text fields (passphrase fields excepted: a
    passphrase is no draft)."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    for field in dialog.findChildren(QLineEdit):
        if field.isModified() and field.echoMode() == QLineEdit.EchoMode.Normal and not field.isReadOnly():
            return True
    boxes: list[QPlainTextEdit | QTextEdit] = [*dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QTextEdit)]
    return any(not box.isReadOnly() and box.document().isModified() for box in boxes)


def drafts_discarded() -> list[str]:
    """The titles of the open dialogs whose typed text a lock now would discard (those that keep
    their draft are left out)."""
    from PySide6.QtWidgets import QApplication, QDialog

    titles = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and not getattr(widget, KEEPS_DRAFT, False) \
                and typed_in(widget):
            titles.append(widget.windowTitle() or widget.objectName())
    return titles


def tell_discarded(parent: QWidget, titles: list[str]) -> QWidget:
    """After unlocking: which dialogs were open at the lock and what became of their typing (not kept)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("discardedAtLock")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("lock_bound", "Locked while you were typing"))
    box.setText(QCoreApplication.translate(
        "lock_bound", "TrustDesk locked while these windows were open. What you had typed there was not "
        "kept; please enter it again:"))
    box.setInformativeText("\n".join(f"• {title}" for title in titles))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setObjectName("discardedAtLockOk")
    box.open()
    return box
