"""Re-authentication before anything leaves the vault as plaintext (save PDF, print, exports,
handover, activity report).

``require_reauth(session, parent, what)`` returns True when the passphrase (or the recovery code)
was given in the last two minutes, or when the user gives it now in a dialog that says plainly what
is about to leave.  Backups are encrypted and do not ask.  Three wrong answers in a row lock the
vault: a curious housemate at an unlocked laptop gets nothing out.  The grace period lives in
memory only and ends with the lock.

The key derivation (argon2id, 0.3-1.2 s) runs in a worker, as at unlock: while it runs the dialog
says it is checking (Continue disabled, Esc and Cancel still work); an answer that arrives after
Cancel or a lock is dropped unread.  A lock while the dialog is open (idle lock, Ctrl+L) ends it as
refused: nothing leaves.  ``require_reauth`` still returns a bool: ``exec`` keeps the event loop
turning, so no window waits on the derivation.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.session import Operation, VaultSession

GRACE_SECONDS = 120.0
MAX_FAILURES = 3


class ReauthGate(QObject):
    """When the secret was last proven, per session (memory only)."""

    def __init__(self, session: VaultSession, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(session)
        self._clock = clock
        self._proven_at: float | None = None
        self.failures = 0
        session.locked.connect(self.reset)

    def fresh(self) -> bool:
        return self._proven_at is not None and self._clock() - self._proven_at <= GRACE_SECONDS

    def proven(self) -> None:
        self._proven_at = self._clock()
        self.failures = 0

    def reset(self) -> None:
        self._proven_at = None
        self.failures = 0


_GATES: weakref.WeakKeyDictionary[VaultSession, ReauthGate] = weakref.WeakKeyDictionary()


def gate_for(session: VaultSession) -> ReauthGate:
    gate = _GATES.get(session)
    if gate is None:
        gate = _GATES[session] = ReauthGate(session)
    return gate


class ReauthDialog(ClosesOnLock, QDialog):
    """``notice``: what the user should know before this leaves (printing: the print queue), said here
    once instead of in a second dialog right after this one.  ``answered(ok)`` after each check."""

    answered = Signal(bool)

    def __init__(self, session: VaultSession, what: str, parent: QWidget | None = None, *, notice: str = "") -> None:
        super().__init__(parent)
        self._session = session
        self._asking = 0  # the number of the check whose answer is awaited; any other answer is stale
        self.checking = False
        self.setObjectName("reauthDialog")
        self.setWindowTitle(self.tr("Confirm it is you"))
        self.setAccessibleName(self.tr("Confirm it is you"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This will leave the encrypted vault:"), self)
        subject = QLabel(f"<b>{_escape(what)}</b>", self)
        subject.setObjectName("reauthWhat")
        subject.setWordWrap(True)
        explain = QLabel(self._prompt(use_code=False), self)
        explain.setObjectName("reauthPrompt")
        explain.setWordWrap(True)
        self.prompt = explain  # follows the method chosen (_mode_changed)
        layout.addWidget(intro)
        layout.addWidget(subject)
        self.notice = QLabel(notice, self)
        self.notice.setObjectName("reauthNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#reauthNotice { border: 1px solid palette(mid); border-radius: 4px;"
                                  " padding: 6px 8px; background: palette(base); }")
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        layout.addWidget(explain)
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.secret = guard_text(QLineEdit(self))
        self.secret.setObjectName("reauthSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret_label = QLabel(self.tr("&Passphrase:"), self)
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        self.use_code = QCheckBox(self.tr("Use the recovery code instead"), self)
        self.use_code.setObjectName("reauthUseRecoveryCode")
        self.use_code.setAccessibleName(self.tr("Use the recovery code instead"))
        self.use_code.toggled.connect(self._mode_changed)
        layout.addWidget(self.use_code)
        self.error = QLabel("", self)
        self.error.setObjectName("reauthError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.status = QLabel("", self)
        self.status.setObjectName("reauthChecking")
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue"))
        ok.setObjectName("reauthConfirm")
        ok.setAccessibleName(self.tr("Continue"))
        self.confirm = ok
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("reauthCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus()
        self.close_on_lock(session)  # a lock ends the dialog as refused

    def draft_changed(self) -> bool:
        return False  # a passphrase or a recovery code is no draft: Esc closes at once, a lock keeps nothing

    def done(self, result: int) -> None:
        self._asking += 1  # a check still running is answered to nobody
        self._set_checking(False)
        super().done(result)

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        self.confirm.setEnabled(not checking)
        self.secret.setReadOnly(checking)
        self.use_code.setEnabled(not checking)
        self.status.setText(self.tr("Checking…") if checking else "")
        self.status.setVisible(checking)

    def _prompt(self, *, use_code: bool) -> str:
        return (self.tr("Type your recovery code to continue. You will not be asked again for two minutes.")
                if use_code else
                self.tr("Type your passphrase to continue. You will not be asked again for two minutes."))

    def _mode_changed(self, use_code: bool) -> None:
        self.prompt.setText(self._prompt(use_code=use_code))
        self.secret.clear()
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if use_code else QLineEdit.EchoMode.Password)
        text = self.tr("&Recovery code:") if use_code else self.tr("&Passphrase:")
        self.secret_label.setText(text)
        self.secret.setAccessibleName(text.replace("&", "").rstrip(":"))

    def _check(self) -> None:
        if self.checking:
            return
        vault = self._session.vault
        if vault is None or vault.is_locked:
            self.reject()
            return
        text, use_code = self.secret.text(), self.use_code.isChecked()
        self._asking += 1
        asking = self._asking

        def work() -> bool:  # in a worker: argon2id never runs on the UI thread
            return vault.verify_recovery_code(text) if use_code else vault.verify_passphrase(text)

        self.error.setText("")
        self._set_checking(True)
        Operation(self, work).success(lambda ok: self._answered(asking, ok)).failure(
            lambda _exc, sentence: self._failed(asking, sentence)).run_in_background()

    def _answered(self, asking: int, ok: bool) -> None:
        if asking != self._asking:
            return  # cancelled or locked meanwhile: nothing leaves, nothing is counted
        self._set_checking(False)
        if not self._session.is_unlocked:
            self.reject()
            return
        gate = gate_for(self._session)
        if ok:
            gate.proven()
            self.accept()
            self.answered.emit(True)
            return
        gate.failures += 1
        self.secret.clear()
        if gate.failures >= MAX_FAILURES:
            self.reject()
            self.answered.emit(False)
            self._session.lock("reauth")
            return
        self.error.setText(self.tr("That is not right. Nothing has left the vault."))
        self.secret.setFocus()
        self.answered.emit(False)

    def _failed(self, asking: int, sentence: str) -> None:
        """A known vault failure during the check (the vault locked under it): refused, nothing counted."""
        if asking != self._asking:
            return
        self._set_checking(False)
        if not self._session.is_unlocked:
            self.reject()
        else:
            self.error.setText(sentence)
        self.answered.emit(False)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def require_reauth(session: VaultSession, parent: QWidget | None, what: str, *, notice: str = "") -> bool:
    """True when the user may go on producing plaintext outside the vault.  ``notice`` is shown in the
    dialog when one is needed (see ``ReauthDialog``)."""
    gate = gate_for(session)
    if gate.fresh():
        return True
    dialog = ReauthDialog(session, what, parent, notice=notice)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and gate.fresh()
    finally:
        dialog.deleteLater()
