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
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from trustdesk.ui.kit.session import VaultSession
    from trustdesk.vault import Vault


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
# re-authentication failures): before the key is dropped, every open dialog with an unsaved change
# either keeps it -- it has a ``keep_draft(vault)`` that stores it now and returns what it did, as the
# safety plan saves a new version -- or loses it.  Both are said after the next unlock, dialog by
# dialog (``VaultSession.drafts_at_lock``, ``tell_drafts``): never a silent save, never a silent loss.
# A dialog says whether it has an unsaved change with ``draft_changed()``; without one, typing in a text
# field counts (``typed_in``).
#
#     class MyDialog(QDialog):
#         def draft_changed(self) -> bool: ...             # optional
#         def keep_draft(self, vault) -> str | None: ...   # optional: what became of it; None: not kept


class DraftFate(NamedTuple):
    """A dialog open at a lock with an unsaved change: its title and what became of the change."""

    title: str
    fate: str
    kept: bool


def typed_in(dialog: QWidget) -> bool:
    """Whether the user typed into one of the dialog's text fields (passphrase fields excepted: a
    passphrase is no draft)."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    for field in dialog.findChildren(QLineEdit):
        if field.isModified() and field.echoMode() == QLineEdit.EchoMode.Normal and not field.isReadOnly():
            return True
    boxes: list[QPlainTextEdit | QTextEdit] = [*dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QTextEdit)]
    return any(not box.isReadOnly() and box.document().isModified() for box in boxes)


def draft_changed(dialog: QWidget) -> bool:
    """Whether ``dialog`` holds a change the user has not saved (its own ``draft_changed()``, else typing)."""
    own = getattr(dialog, "draft_changed", None)
    return bool(own()) if callable(own) else typed_in(dialog)


def open_drafts() -> list[QWidget]:
    """The open dialogs with an unsaved change, in the order they were opened."""
    from PySide6.QtWidgets import QApplication, QDialog

    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible() and draft_changed(widget)]


def drafts_at_lock(vault: Vault | None) -> list[DraftFate]:
    """Run just before the key is dropped: each open dialog's unsaved change is kept (``keep_draft``
    stores it with the still-open ``vault``) or not, and the list says which (for after the unlock)."""
    from PySide6.QtCore import QCoreApplication

    from trustdesk.vault import VaultError

    fates = []
    for dialog in open_drafts():
        keep = getattr(dialog, "keep_draft", None)
        said: str | None = None
        if callable(keep) and vault is not None and not vault.is_locked:
            try:
                said = keep(vault)
            except VaultError:  # a full disk, a handed-over case: not kept, and said so
                said = None
        title = dialog.windowTitle() or dialog.objectName()
        if said:
            fates.append(DraftFate(title, said, kept=True))
        else:
            fates.append(DraftFate(title, QCoreApplication.translate(
                "lock_bound", "not kept: please enter it again"), kept=False))
    return fates


def tell_drafts(parent: QWidget, fates: list[DraftFate]) -> QWidget:
    """After unlocking: which dialogs were open at the lock with an unsaved change and what became of it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("draftsAtLock")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("lock_bound", "Locked while you were typing"))
    box.setText(QCoreApplication.translate(
        "lock_bound", "TrustDesk locked while these windows were open. What became of what you had typed:"))
    line = QCoreApplication.translate("lock_bound", "• %1: %2")
    box.setInformativeText("\n".join(line.replace("%1", fate.title).replace("%2", fate.fate) for fate in fates))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setObjectName("draftsAtLockOk")
    box.open()
    return box
