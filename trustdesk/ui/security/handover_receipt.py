"""*Confirm a receipt…*: the sender types the receipt code the successor's TrustDesk showed after the
import; once it checks (``vault.handover_sender.confirm_receipt``), and only then, the sender may keep
only the minimum of the handed-over cases (``erase_after_receipt``).  A typo and a wrong code are said
apart; nothing is changed by either.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from trustdesk.ui.kit.appearance import monospace, named_button
from trustdesk.ui.kit.case_labels import date_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.path_field import enter_does
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.domain.models import Case
    from trustdesk.vault.handover_sender import SentHandover


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def erase_question(parent: QWidget | None, codes: tuple[str, ...], successor: str) -> QMessageBox:
    """The last question before erasing: how many cases, what goes, what stays; Cancel is the default
    (Enter or a stray click on the default never erases)."""
    n = len(codes)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("HandoverReceipt", "Keep only the minimum?"),
                      translate("HandoverReceipt", "Erase your copy of %n handed-over case(s) (%1)?", "", n)
                      .replace("%1", ", ".join(codes)), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("handover_erase_question")
    box.setInformativeText(translate(
        "HandoverReceipt",
        "Erased for good: the doctor's name and contact details, the workplace, every contact note, the safety "
        "plan, the tasks and the referral texts.\nKept: the case code, its dates, that it was handed over to %1, "
        "and the anonymous figures.\nThis cannot be undone.").replace("%1", successor))
    erase = box.addButton(translate("HandoverReceipt", "&Erase %n case(s)", "", n), QMessageBox.ButtonRole.DestructiveRole)
    erase.setObjectName("handover_erase_yes")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("handover_erase_cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_erase(parent: QWidget | None, codes: tuple[str, ...], successor: str) -> bool:
    """Ask ``erase_question``; True only when the erase button itself was chosen."""
    box = erase_question(parent, codes, successor)
    box.exec()
    chosen = box.clickedButton()
    return chosen is not None and chosen.objectName() == "handover_erase_yes"


def _day(iso: str) -> str:
    """An ISO time from the vault's handover records as the interface writes a date."""
    from datetime import datetime

    try:
        return date_text(datetime.fromisoformat(iso).date())
    except ValueError:
        return iso


class ReceiptDialog(ClosesOnLock, QDialog):
    """Receipt code → check → (successor) → keep only the minimum of that handover's cases."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_receipt_dialog")
        self.session = session
        self.sent: SentHandover | None = None
        self.erased: list[Case] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_edit = guard_text(QLineEdit(self))
        self.code_edit.setObjectName("handover_receipt_input")
        monospace(self.code_edit, 1.3)
        self.code_label.setBuddy(self.code_edit)
        self.check_button = named_button(self, "handover_receipt_check", self.check)
        self.check_button.setAutoDefault(False)
        self.state = QLabel(self)
        self.state.setObjectName("handover_receipt_state")
        self.state.setWordWrap(True)
        self.successor_label = QLabel(self)
        self.successor = guard_text(QLineEdit(self))
        self.successor.setObjectName("handover_receipt_successor")
        self.successor.setMaxLength(120)
        self.successor_label.setBuddy(self.successor)
        # the outgoing handovers and their state, from the vault's records (no case content)
        self.sent_list = QLabel(self)
        self.sent_list.setObjectName("handover_receipt_sent_list")
        self.sent_list.setWordWrap(True)
        self.sent_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.erase_button = named_button(self, "handover_receipt_erase", self.erase)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.close_button = named_button(self, "handover_receipt_close", self.reject)
        self.close_button.setAutoDefault(False)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.check_button)
        successor_row = QHBoxLayout()
        successor_row.addWidget(self.successor_label)
        successor_row.addWidget(self.successor, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(code_row)
        layout.addWidget(self.state)
        layout.addLayout(successor_row)
        layout.addWidget(self.sent_list)
        layout.addStretch(1)
        layout.addLayout(buttons)
        enter_does(self.code_edit, lambda: self.check())  # Enter in the code: check it, nothing else
        self.code_edit.textEdited.connect(self._forget)
        self.close_on_lock(session)
        self.retranslate()
        self.show_sent()
        fit_to_screen(self, 600, 360)

    def show_sent(self) -> None:
        """Every handover this vault wrote: its date, cases, successor, and whether it is confirmed."""
        from trustdesk.vault.handover_sender import sent_handovers

        VaultOp(self, sent_handovers, session=self.session).success(self._fill_sent).run()

    def _fill_sent(self, sent: list[SentHandover]) -> None:
        lines = []
        for h in sorted(sent, key=lambda h: h.at, reverse=True):
            state = (self.tr("receipt confirmed on %1").replace("%1", _day(h.confirmed)) if h.confirmed
                     else self.tr("awaiting the receipt"))
            lines.append(self.tr("%1: %2 to %3 — %4").replace("%1", _day(h.at)).replace("%2", ", ".join(h.codes))
                         .replace("%3", h.successor or "—").replace("%4", state))
        self.sent_list.setText(self.tr("Your handovers:") + "\n" + "\n".join(lines) if lines else "")
        self.sent_list.setVisible(bool(lines))

    def _forget(self) -> None:
        self.sent = None
        self.erase_button.setEnabled(False)

    def check(self) -> None:
        from trustdesk.vault.handover_sender import confirm_receipt

        text = self.code_edit.text()
        VaultOp(self, lambda v: confirm_receipt(v, text), session=self.session).success(self._confirmed).failure(
            self._refused).run()

    def _confirmed(self, sent: SentHandover) -> None:
        self.sent = sent
        self.erase_button.setEnabled(True)
        self.state.setText(self.tr("✓ Receipt confirmed: your successor received %1 (handed over on %2). You may now "
                                   "keep only the minimum of these cases.").replace("%1", ", ".join(sent.codes))
                           .replace("%2", _day(sent.at)))
        self.show_sent()

    def _refused(self, exc: BaseException, message: str) -> None:
        from trustdesk.vault.handover_sender import ReceiptProblem, ReceiptRejected

        self._forget()
        if isinstance(exc, ReceiptRejected) and exc.problem is ReceiptProblem.MALFORMED:
            message = self.tr("That is not a receipt code: it has 16 letters and digits, in 4 groups of 4. Check "
                              "what you typed. Nothing was changed.")
        elif isinstance(exc, ReceiptRejected):
            message = self.tr("That receipt code belongs to none of your handovers. Check it with your successor. "
                              "Nothing was changed.")
        self.state.setText(message)

    def erase(self) -> None:
        sent = self.sent
        successor = " ".join(self.successor.text().split())
        if sent is None:
            return
        if not successor:
            self.state.setText(self.tr("Say who took these cases over first."))
            self.successor.setFocus()
            return
        if not confirm_erase(self, sent.codes, successor):
            self.state.setText(self.tr("Nothing was erased."))
            return
        from trustdesk.vault.handover_sender import erase_after_receipt

        today = date.today()
        note = self.tr("Handed over to %1; received (receipt confirmed on %2).").replace("%1", successor).replace(
            "%2", date_text(today))
        self.erase_button.setEnabled(False)
        VaultOp(self, lambda v: erase_after_receipt(v, sent.file_id, note=note, today=today, successor=successor),
                session=self.session).success(self._erased).failure(lambda _e, m: self.state.setText(m)).run()

    def _erased(self, cases: list[Case]) -> None:
        self.erased = cases
        self.state.setText(self.tr("Done: of %1 only the fact of the handover, its date, the successor and the "
                                   "anonymous figures are kept; everything else was erased.").replace(
                                       "%1", ", ".join(c.code for c in cases) or "—"))
        self.close_button.setText(self.tr("&Done"))

    def done(self, result: int) -> None:
        self.code_edit.clear()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Confirm a receipt"))
        self.setAccessibleName(self.tr("Confirm a receipt"))
        self.intro.setText(self.tr(
            "After importing your handover file, your successor's TrustDesk shows a receipt code. Type it here: "
            "it proves the cases arrived, and only then can you erase your copy of them."))
        self.code_label.setText(self.tr("&Receipt code:"))
        self.code_edit.setAccessibleName(self.tr("Receipt code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.check_button.setText(self.tr("&Check"))
        self.check_button.setAccessibleName(self.tr("Check the receipt code"))
        self.successor_label.setText(self.tr("&Successor:"))
        self.successor.setAccessibleName(self.tr("The trust person who took the cases over"))
        self.erase_button.setText(self.tr("&Keep only the minimum"))
        self.erase_button.setAccessibleName(self.tr("Keep only the minimum of the handed-over cases"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
