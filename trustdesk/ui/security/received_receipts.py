"""*Show my receipt codes…*: the successor's side of a handover, again.  After an import the receipt
code is shown once in the receive dialog; if that dialog was closed before the predecessor wrote the
code down, it is here, per handover received: when, the new case codes and the receipt code
(``vault.handover_sender.received_handovers``).  No name and no case content is shown: a receipt code
only proves the file arrived.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trustdesk.ui.kit.appearance import monospace, named_button
from trustdesk.ui.kit.case_labels import iso_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault.handover_sender import ReceivedHandover

RECEIPT_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(iso: str) -> str:
    return iso_text(iso)


class ReceivedReceiptsDialog(Retranslates, ClosesOnLock, QDialog):
    """The handovers received here, newest first; the chosen one's receipt code, large."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_received_receipts")
        self.session = session
        self.received: list[ReceivedHandover] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("handover_received_list")
        self.list.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setObjectName("handover_received_code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        monospace(self.code, 2.0)
        self.close_button = named_button(self, "handover_received_close", self.accept)
        self.close_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.code)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(self._chosen)
        self.close_on_lock(session)
        self.retranslate()
        fit_to_screen(self, 620, 420)
        from trustdesk.vault.handover_sender import received_handovers

        VaultOp(self, received_handovers, session=session).success(self._fill).run()

    def _fill(self, received: list[ReceivedHandover]) -> None:
        self.received = received
        self.list.clear()
        for handover in received:
            item = QListWidgetItem(self.line(handover), self.list)
            item.setData(RECEIPT_ROLE, handover.receipt)
        if received:
            self.list.setCurrentRow(0)
        self.retranslate()

    def line(self, handover: ReceivedHandover) -> str:
        return self.tr("Received %1: %n case(s) (%2)", "", len(handover.codes)).replace(
            "%1", when_text(handover.at)).replace("%2", ", ".join(handover.codes))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        receipt = str(item.data(RECEIPT_ROLE)) if item is not None else ""
        self.code.setText(receipt)
        self.code.setAccessibleName(self.tr("Receipt code %1").replace("%1", receipt) if receipt else "")

    def done(self, result: int) -> None:
        self.code.clear()
        self.list.clear()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My receipt codes"))
        self.setAccessibleName(self.tr("My receipt codes"))
        self.intro.setText(self.tr(
            "The receipt code of each handover you received. Read it to your predecessor: it proves the cases "
            "arrived, and only with it can they erase their copy.") if self.list.count() else self.tr(
            "No receipt code to show: you have received no handover here (or only before TrustDesk kept them)."))
        self.list.setAccessibleName(self.tr("Handovers received"))
        for index, handover in enumerate(self.received[:self.list.count()]):
            self.list.item(index).setText(self.line(handover))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
