"""The main window's "Handover" toolbar menu: *Hand over cases…*, *Receive handover…*, *Confirm a
receipt…* (the successor's receipt code, before the sender may erase) and *Show my receipt codes…*
(the successor shows a receipt code again, ``received_receipts``).

The two dialogs live in ``handover_dialogs`` (sending) and ``handover_receive`` (receiving); this
module is the only one that knows both.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow

from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.toolbar_menu import ToolbarMenu
from trustdesk.ui.security.handover_dialogs import HandOverDialog
from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog

SHORTCUT = "Ctrl+Shift+O"  # hand Over


class HandoverMenu(ToolbarMenu):
    """A toolbar button "Handover" with its menu entries, on the main window (retranslated live)."""

    def __init__(self, window: QMainWindow, session: VaultSession, toolbar_before: QAction | None = None) -> None:
        super().__init__(window, session, "handoverButton", "handoverMenu", toolbar_before, shortcut=SHORTCUT)
        self.send_action = self.entry("handOverAction", self.hand_over)
        self.receive_action = self.entry("receiveHandoverAction", self.receive)
        self.receipt_action = self.entry("handoverReceiptAction", self.confirm_receipt)
        self.receipts_action = self.entry("receivedReceiptsAction", self.show_receipts)
        self.retranslate()

    def hand_over(self) -> HandOverDialog:
        return self.show_dialog(HandOverDialog(self.session, self.window))

    def receive(self) -> ReceiveHandoverDialog:
        return self.show_dialog(ReceiveHandoverDialog(self.session, self.window))

    def confirm_receipt(self) -> QDialog:
        from trustdesk.ui.security.handover_receipt import ReceiptDialog

        return self.show_dialog(ReceiptDialog(self.session, self.window))

    def show_receipts(self) -> QDialog:
        from trustdesk.ui.security.received_receipts import ReceivedReceiptsDialog

        return self.show_dialog(ReceivedReceiptsDialog(self.session, self.window))

    def retranslate(self) -> None:
        self.button.setText(self.tr("Handover"))
        self.button.setAccessibleName(self.tr("Hand over or receive cases"))
        self.send_action.setText(self.tr("&Hand over cases…"))
        self.receive_action.setText(self.tr("&Receive handover…"))
        self.receipt_action.setText(self.tr("&Confirm a receipt…"))
        self.receipts_action.setText(self.tr("&Show my receipt codes…"))
        self.tip()
