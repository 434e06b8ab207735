"""The first-run wizard's question before it closes on a vault that exists (Escape, Cancel, the
window's close button, on every page after the vault was made).  Enter and Escape keep going:
leaving is a choice made with its own button, never a key pressed once too often."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


class LeaveQuestion(QMessageBox):
    def __init__(self, parent: QWidget, *, code_confirmed: bool, leave: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("wizardLeaveQuestion")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Leave the set-up?"))
        self.setAccessibleName(self.tr("Leave the set-up?"))
        later = self.tr("Your vault is made. Your profile (the name and contact line your referral letters are "
                        "sent with) and the backup folder are not set yet; what you typed is kept if you leave.")
        if code_confirmed:
            self.setText(self.tr("The set-up is not finished yet."))
            self.setInformativeText(later + "\n\n" + self.tr(
                "If you leave now, TrustDesk reminds you after the next unlock, and Settings has both."))
        else:
            self.setText(self.tr("Your recovery code is shown only once, and you have not confirmed that you wrote "
                                 "it down or printed it."))
            self.setInformativeText(self.tr(
                "If you forget your passphrase, only this code opens your vault. If you leave now, TrustDesk asks "
                "you to make a new recovery code after the next unlock.") + "\n\n" + later)
        self.keep = self.addButton(self.tr("&Keep going"), QMessageBox.ButtonRole.RejectRole)
        self.keep.setObjectName("wizardKeepGoing")
        self.keep.setAccessibleName(self.tr("Keep going with the set-up"))
        self.leave = self.addButton(self.tr("&Leave the set-up"), QMessageBox.ButtonRole.DestructiveRole)
        self.leave.setObjectName("wizardLeave")
        self.leave.setAccessibleName(self.tr("Leave the set-up"))
        self.setDefaultButton(self.keep)
        self.setEscapeButton(self.keep)
        self.leave.clicked.connect(leave)


def leave_question(parent: QWidget, *, code_confirmed: bool, leave: Callable[[], None]) -> LeaveQuestion:
    """Asked window-modal (``open``): the wizard's event loop goes on, the answer comes by the buttons."""
    box = LeaveQuestion(parent, code_confirmed=code_confirmed, leave=leave)
    box.open()
    return box
