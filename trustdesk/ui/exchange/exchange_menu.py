"""The trust person's side of the files exchanged with the coordinator, reached from one toolbar
menu "Coordinator": my contact card (and the coordinator's, to compare by phone), open an intake,
send figures.  The work is done by ``trustdesk.exchange``; this module holds the menu, the dialogs
are beside it, and their file dialogs and refusals are in ``exchange_files``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow

from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.toolbar_menu import ToolbarMenu

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


SHORTCUT = "Ctrl+Shift+K"  # the Koordinator / coordinateur


class ExchangeMenu(ToolbarMenu):
    """A toolbar button "Coordinator" with three entries; ``case_created(case id)`` after an intake."""

    case_created = Signal(int)

    def __init__(self, window: QMainWindow, session: VaultSession, toolbar_before: QAction | None = None) -> None:
        super().__init__(window, session, "coordinatorButton", "coordinatorMenu", toolbar_before, shortcut=SHORTCUT)
        self.intake_action = self.entry("openIntakeAction", self.open_intake)
        self.figures_action = self.entry("sendFiguresAction", self.send_figures)
        self.card_action = self.entry("contactCardAction", self.contact_card)
        self.retranslate()

    def contact_card(self) -> QDialog:
        from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog

        return self.show_dialog(ContactCardDialog(self.session, self.window))

    def open_intake(self) -> QDialog:
        from trustdesk.ui.exchange.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.session, self.window)
        dialog.case_created.connect(self.case_created)
        return self.show_dialog(dialog)

    def send_figures(self) -> QDialog:
        from trustdesk.ui.exchange.figures_dialog import FiguresDialog

        return self.show_dialog(FiguresDialog(self.session, self.window))

    def retranslate(self) -> None:
        self.button.setText(self.tr("Coordinator"))
        self.button.setAccessibleName(self.tr("Files to and from the coordinator"))
        self.card_action.setText(self.tr("My &contact card…"))
        self.intake_action.setText(self.tr("Open an &intake…"))
        self.figures_action.setText(self.tr("Send &figures…"))
        self.tip()
