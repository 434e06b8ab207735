"""The trust person's side of the files exchanged with the coordinator, reached from one toolbar
menu "Coordinator": my contact card (and the coordinator's, to compare by phone), open an intake,
send figures.  The work is done by ``trustdesk.exchange``; this module holds the menu, the file
dialogs and the one-sentence refusals.  ``ask_open_path``/``ask_save_path`` are module functions so
tests can stand in for the dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QToolButton, QWidget

from trustdesk.ui.kit.session import VaultSession

if TYPE_CHECKING:
    from trustdesk.exchange.errors import Refusal

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _options() -> QFileDialog.Option:
    return QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontResolveSymlinks


def ask_open_path(parent: QWidget | None, title: str, kinds: str) -> Path | None:
    """Qt's own open dialog (the OS recent-files list never learns the name)."""
    from trustdesk.ui.output.document_output import documents_folder, forget_dialog_history

    try:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), kinds, "", _options())
    finally:
        forget_dialog_history()
    return Path(chosen) if chosen else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, kinds: str) -> Path | None:
    from trustdesk.ui.output.document_output import documents_folder, forget_dialog_history

    try:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / suggested), kinds, "",
                                                _options())
    finally:
        forget_dialog_history()
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(suggested).suffix
    return path if path.suffix == suffix else path.with_name(path.name + suffix)


def write_file(path: Path, data: bytes) -> None:
    """Atomically, never through a planted link (worker thread)."""
    from trustdesk.vault.files import atomic_write_bytes

    atomic_write_bytes(path, data, 0o644)


def refusal_text(reason: Refusal) -> str:
    """One sentence per refusal; every one ends in "nothing was changed" where that applies."""
    from trustdesk.exchange.errors import Refusal

    texts = {
        Refusal.NOT_THIS_KIND: translate("Exchange", "This is not a file of the expected kind. Nothing was changed."),
        Refusal.NEWER_FORMAT: translate(
            "Exchange", "This file was made by a newer TrustDesk. Ask your coordinator for the newer TrustDesk. "
                        "Nothing was changed."),
        Refusal.TOO_LARGE: translate("Exchange", "This file is far larger than such a file can be. "
                                                 "Nothing was changed."),
        Refusal.TRUNCATED: translate("Exchange", "This file is cut short (an interrupted copy or download?). "
                                                 "Ask for it again. Nothing was changed."),
        Refusal.WRONG_RECIPIENT: translate(
            "Exchange", "This file is meant for someone else: it was sealed for another key than yours. "
                        "Tell the coordinator. Nothing was changed."),
        Refusal.TAMPERED: translate("Exchange", "This file was changed on the way: its seal or signature does "
                                                "not match. Ask for it again. Nothing was changed."),
        Refusal.UNKNOWN_SENDER: translate(
            "Exchange", "This file was not signed by your coordinator's key. Do not use it; tell the coordinator "
                        "by phone. Nothing was changed."),
        Refusal.MALFORMED: translate("Exchange", "This file opens, but holds something TrustDesk does not accept. "
                                                 "Nothing was changed."),
        Refusal.REPLAYED: translate("Exchange", "This intake was already opened as a case. Nothing was changed."),
        Refusal.EXPIRED: translate("Exchange", "This intake has expired. Ask the coordinator for a new one. "
                                               "Nothing was changed."),
        Refusal.NO_KEY: translate("Exchange", "The coordinator's card is not here yet: it comes with your "
                                              "coordinator's pack. Nothing was changed."),
        Refusal.UNCONFIRMED: translate(
            "Exchange", "Compare the coordinator's fingerprint by phone first (Coordinator › My contact card). "
                        "Nothing was changed."),
    }
    return texts[reason]


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
