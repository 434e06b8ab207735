"""Dialogs that close when the vault locks: what was typed or shown never outlives the key.

    class MyDialog(ClosesOnLock, Retranslates, QDialog):
        def __init__(self, session, parent=None):
            ...
            self.close_on_lock(session)

On lock the dialog is rejected; whenever it is done (accepted, rejected, locked) it lets go of the
session's ``locked`` signal, so a closed dialog is never called back.  Put the mixin before the Qt
base so that its ``done`` runs first; a dialog's own ``done`` calls ``super().done(result)``.

Closing is one rule too (``AsksBeforeDiscard``, which ``ClosesOnLock`` includes): Esc, Cancel and the
window's close button all reject the dialog; a dialog with an unsaved change (``draft_changed``, the
notion the lock uses) first asks "Discard your changes?" -- *Keep editing* is the default button and
Esc's answer -- and without a change it closes at once.  A lock never asks: it closes the dialog
(``closing_for_lock``) after ``drafts_at_lock`` kept or named the change.  A dialog's own ``reject``
must not clear its fields before ``super().reject()`` (clear them in ``done``): the question looks at
them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from trustdesk.ui.kit.session import VaultSession
    from trustdesk.vault import Vault


_locking = False  # True while a lock closes the dialogs (VaultSession.lock): no question then


@contextlib.contextmanager
def closing_for_lock() -> Iterator[None]:
    """While the vault locks, dialogs close without asking: what they held was kept or named already."""
    global _locking
    was, _locking = _locking, True
    try:
        yield
    finally:
        _locking = was


class AsksBeforeDiscard:
    """Esc, Cancel, the close button: with an unsaved change the dialog asks before it throws it away.
    Put it before the Qt base (``class MyDialog(AsksBeforeDiscard, QDialog)``)."""

    _discard_question: QWidget | None = None
    _discard_confirmed = False

    def reject(self) -> None:
        if self._discard_question is not None:  # already asking: the question has the keyboard
            return
        if self._discard_confirmed or _locking or not self.loses_on_close():
            super().reject()  # type: ignore[misc]  # the QDialog after this mixin
            return
        self._discard_question = ask_discard(self, self._discard_answered)  # type: ignore[arg-type]

    def loses_on_close(self) -> bool:
        """Whether closing now throws a change away: the unsaved change (``draft_changed``), unless the
        dialog stores part of it on closing (Settings stores its affiliations) and says so here."""
        return draft_changed(self)  # type: ignore[arg-type]

    def _discard_answered(self, discard: bool) -> None:
        self._discard_question = None
        if discard:
            self._discard_confirmed = True
            parent = self.parentWidget()  # type: ignore[attr-defined]  # the QDialog after this mixin
            self.reject()
            if parent is not None and parent.isVisible():  # the keyboard goes back to the window below
                give_keyboard(parent.window(), parent.window().focusWidget())

    def done(self, result: int) -> None:
        question, self._discard_question = self._discard_question, None
        if question is not None:  # a lock while asking: the question goes with the dialog
            with contextlib.suppress(RuntimeError):
                question.close()
        self._discard_confirmed = False
        super().done(result)  # type: ignore[misc]  # the QDialog after this mixin


def ask_discard(dialog: QWidget, answered: Callable[[bool], None]) -> QWidget:
    """"Discard your changes?" over ``dialog``, window-modal, not blocking: ``answered(True)`` when the
    user discards; keeping on editing (the default button, Esc, closing the question) answers False."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(dialog)
    box.setObjectName("discardQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(dialog.windowTitle() or QCoreApplication.translate("lock_bound", "Unsaved changes"))
    box.setText(QCoreApplication.translate("lock_bound", "Discard your changes?"))
    box.setInformativeText(QCoreApplication.translate("lock_bound", "What you typed in “%1” has not been saved.").replace(
        "%1", dialog.windowTitle() or dialog.objectName()))
    keep = box.addButton(QCoreApplication.translate("lock_bound", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("discardKeep")
    keep.setAccessibleName(QCoreApplication.translate("lock_bound", "Keep editing"))
    discard = box.addButton(QCoreApplication.translate("lock_bound", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardDiscard")
    discard.setAccessibleName(QCoreApplication.translate("lock_bound", "Discard changes"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    typing = QApplication.focusWidget()
    field = typing if typing is not None and dialog.isAncestorOf(typing) else None

    def finished(_result: int) -> None:
        box.deleteLater()  # asked once: the next Esc asks anew
        discarded = box.clickedButton() is discard
        if not discarded:  # keep editing: back to the field typed in, explicitly
            give_keyboard(dialog, field)
        answered(discarded)

    box.finished.connect(finished)
    box.open()
    return box


def give_keyboard(window: QWidget, field: QWidget | None) -> None:
    """Activate ``window`` and put the focus on ``field`` (else the window's first control taking it):
    when a message box over it closes, a window manager (openbox) may leave no window with the keyboard."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget as Widget
    from shiboken6 import isValid

    if not isValid(window) or not window.isVisible():
        return
    window.activateWindow()
    window.raise_()
    if field is None or not isValid(field) or not field.isVisible() or not field.isEnabled():
        field = window.focusWidget() or next(
            (w for w in window.findChildren(Widget) if w.isVisible() and w.isEnabled()
             and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
    if field is not None:
        field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


class ClosesOnLock(AsksBeforeDiscard):
    _lock_session: VaultSession | None = None

    def close_on_lock(self, session: VaultSession) -> None:
        session.locked.connect(self.reject)  # its reject: no question during a lock
        self._lock_session = session

    def done(self, result: int) -> None:
        session, self._lock_session = self._lock_session, None
        if session is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # not connected any more
                session.locked.disconnect(self.reject)
        super().done(result)


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
    """A dialog open at a lock with an unsaved change: its title and what became of the change
    (``whole``: ``fate`` is a sentence of its own that names the dialog)."""

    title: str
    fate: str
    kept: bool
    whole: bool = False

    def line(self) -> str:
        """The notice's line for this dialog."""
        from PySide6.QtCore import QCoreApplication

        if self.whole:
            return QCoreApplication.translate("lock_bound", "• %1").replace("%1", self.fate)
        return QCoreApplication.translate("lock_bound", "• %1: %2").replace("%1", self.title).replace("%2", self.fate)


NOT_A_DRAFT = "notADraft"  # a field's property: what it holds finds or checks something (a path), keeps nothing


def not_a_draft(field: QWidget) -> None:
    """``field`` holds no draft: typing in it (a file's path, digits to compare) is never asked about."""
    field.setProperty(NOT_A_DRAFT, True)


def typed_in(dialog: QWidget, besides: tuple[QWidget, ...] = ()) -> bool:
    """Whether the user typed into one of the dialog's text fields (passphrase fields and fields marked
    ``not_a_draft`` excepted: a passphrase or a path is no draft; so are the fields inside ``besides``)."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    def counted(field: QWidget) -> bool:
        return not field.property(NOT_A_DRAFT) and not any(
            field is outside or outside.isAncestorOf(field) for outside in besides)

    for field in dialog.findChildren(QLineEdit):
        if (field.isModified() and field.echoMode() == QLineEdit.EchoMode.Normal and not field.isReadOnly()
                and counted(field)):
            return True
    boxes: list[QPlainTextEdit | QTextEdit] = [*dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QTextEdit)]
    return any(not box.isReadOnly() and box.document().isModified() and counted(box) for box in boxes)


def saved(dialog: QWidget) -> None:
    """What ``dialog`` holds has been saved (a dialog that stays open after its action, to say what it did):
    what was typed so far is no longer a draft to ask about."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    for field in dialog.findChildren(QLineEdit):
        field.setModified(False)
    boxes: list[QPlainTextEdit | QTextEdit] = [*dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QTextEdit)]
    for box in boxes:
        box.document().setModified(False)


def draft_changed(dialog: QWidget) -> bool:
    """Whether ``dialog`` holds a change the user has not saved (its own ``draft_changed()``, else typing)."""
    own = getattr(dialog, "draft_changed", None)
    return bool(own()) if callable(own) else typed_in(dialog)


def open_drafts() -> list[QWidget]:
    """The open dialogs with an unsaved change, in the order they were opened."""
    from PySide6.QtWidgets import QApplication, QDialog

    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible() and draft_changed(widget)]


def ask_before_losing(then: Callable[[], None]) -> bool:
    """Before quitting (the main window closed by the person, the Quit key): a lock keeps a dialog's
    unsaved change only when the dialog can (``keep_draft``), and quitting leaves no unlock after which
    to say what was lost.  So when an open dialog holds a change it cannot keep, ask over it ("Discard
    your changes?", keeping on editing the default) and return True: the quit waits, and ``then()``
    quits when the person discards.  False when quitting loses nothing."""
    unkept = [dialog for dialog in open_drafts() if not callable(getattr(dialog, "keep_draft", None))]
    if not unkept:
        return False
    dialog = unkept[-1]  # the one on top
    dialog.raise_()
    dialog.activateWindow()
    ask_discard(dialog, lambda discard: then() if discard else None)
    return True


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
                "lock_bound", "What you typed in “%1” was not kept: please type it again.").replace("%1", title),
                kept=False, whole=True))
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
        "lock_bound", "TrustDesk locked while %n window(s) held something you had not saved. What became of it:",
        "", len(fates)))
    box.setInformativeText("\n".join(fate.line() for fate in fates))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setObjectName("draftsAtLockOk")
    box.open()
    return box
