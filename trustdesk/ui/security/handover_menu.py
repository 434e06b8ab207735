"""The main window's "Handover" toolbar menu: *Hand over cases…*, *Receive handover…* and *Confirm a
receipt…* (the successor's receipt code, before the sender may erase).

The two dialogs live in ``handover_dialogs`` (sending) and ``handover_receive`` (receiving); this
module is the only one that knows both.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QToolButton

from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.handover_dialogs import HandOverDialog
from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog


class HandoverMenu(QObject):
    """A toolbar button "Handover" with the two menu entries, on the main window (retranslated live)."""

    def __init__(self, window: QMainWindow, session: VaultSession, toolbar_before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.send_action = QAction(window)
        self.send_action.setObjectName("handOverAction")
        self.receive_action = QAction(window)
        self.receive_action.setObjectName("receiveHandoverAction")
        self.receipt_action = QAction(window)
        self.receipt_action.setObjectName("handoverReceiptAction")
        self.menu = QMenu(window)
        self.menu.setObjectName("handoverMenu")
        self.menu.addAction(self.send_action)
        self.menu.addAction(self.receive_action)
        self.menu.addAction(self.receipt_action)
        self.button = QToolButton(window)
        self.button.setObjectName("handoverButton")
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            if toolbar_before is not None:
                toolbar.insertWidget(toolbar_before, self.button)
            else:
                toolbar.addWidget(self.button)
        self.send_action.triggered.connect(self.hand_over)
        self.receive_action.triggered.connect(self.receive)
        self.receipt_action.triggered.connect(self.confirm_receipt)
        self.dialog: QDialog | None = None
        window.installEventFilter(self)
        self.retranslate()

    def hand_over(self) -> HandOverDialog:
        dialog = HandOverDialog(self.session, self.window)
        self._show(dialog)
        return dialog

    def receive(self) -> QDialog:
        dialog = ReceiveHandoverDialog(self.session, self.window)
        self._show(dialog)
        return dialog

    def confirm_receipt(self) -> QDialog:
        from trustdesk.ui.security.handover_receipt import ReceiptDialog

        dialog = ReceiptDialog(self.session, self.window)
        self._show(dialog)
        return dialog

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.button.setText(self.tr("Handover"))
        self.button.setAccessibleName(self.tr("Hand over or receive cases"))
        self.send_action.setText(self.tr("&Hand over cases…"))
        self.receive_action.setText(self.tr("&Receive handover…"))
        self.receipt_action.setText(self.tr("&Confirm a receipt…"))
