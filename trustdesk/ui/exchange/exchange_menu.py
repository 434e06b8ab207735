"""The trust person's side of the files exchanged with the coordinator, reached from one toolbar
menu "Coordinator": my contact card (and the coordinator's, to compare by phone), open an intake,
send figures.  The work is done by ``trustdesk.exchange``; this module holds the menu, the dialogs
are beside it, and their file dialogs and refusals are in ``exchange_files``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QToolButton

from trustdesk.ui.kit.session import VaultSession

if TYPE_CHECKING:
    pass

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ExchangeMenu(QObject):
    """A toolbar button "Coordinator" with three entries; ``case_created(case id)`` after an intake."""

    case_created = Signal(int)

    def __init__(self, window: QMainWindow, session: VaultSession, toolbar_before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.card_action = QAction(window)
        self.card_action.setObjectName("contactCardAction")
        self.intake_action = QAction(window)
        self.intake_action.setObjectName("openIntakeAction")
        self.figures_action = QAction(window)
        self.figures_action.setObjectName("sendFiguresAction")
        self.menu = QMenu(window)
        self.menu.setObjectName("coordinatorMenu")
        for action in (self.intake_action, self.figures_action, self.card_action):
            self.menu.addAction(action)
        self.button = QToolButton(window)
        self.button.setObjectName("coordinatorButton")
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            if toolbar_before is not None:
                toolbar.insertWidget(toolbar_before, self.button)
            else:
                toolbar.addWidget(self.button)
        self.card_action.triggered.connect(self.contact_card)
        self.intake_action.triggered.connect(self.open_intake)
        self.figures_action.triggered.connect(self.send_figures)
        self.dialog: QDialog | None = None
        window.installEventFilter(self)
        self.retranslate()

    def contact_card(self) -> QDialog:
        from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog

        return self._show(ContactCardDialog(self.session, self.window))

    def open_intake(self) -> QDialog:
        from trustdesk.ui.exchange.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.session, self.window)
        dialog.case_created.connect(self.case_created)
        return self._show(dialog)

    def send_figures(self) -> QDialog:
        from trustdesk.ui.exchange.figures_dialog import FiguresDialog

        return self._show(FiguresDialog(self.session, self.window))

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.button.setText(self.tr("Coordinator"))
        self.button.setAccessibleName(self.tr("Files to and from the coordinator"))
        self.card_action.setText(self.tr("My &contact card…"))
        self.intake_action.setText(self.tr("Open an &intake…"))
        self.figures_action.setText(self.tr("Send &figures…"))
