"""The recovery kit: one printed page with the recovery code, the vault id, the date and plain
instructions in the interface language (``documents.recovery_kit_pdf``).

Offered where a recovery code is on screen: the first-run wizard (the passphrase was set a moment
ago, so no re-authentication; ``write_document``/``print_pdf``) and the Settings dialog after a new
code (the unlocked session: ``save_document``/``print_document`` ask for the passphrase).  Printing
is the advice; saving is possible for a USB stick kept elsewhere, never on this computer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.document_output import (
    print_document,
    print_pdf,
    save_document,
    suggested_file_name,
    write_document,
)

if TYPE_CHECKING:
    from trustdesk.vault import Vault

KIND = "recovery_kit"
KIT_LANGUAGES = ("nl", "fr", "en")


def interface_language() -> str:
    code = QLocale().name()[:2]
    return code if code in KIT_LANGUAGES else "en"


def kit_pdf(code: str, vault_id: str, language: str | None = None) -> bytes:
    from trustdesk.documents.recovery import recovery_kit_pdf

    return recovery_kit_pdf(code, vault_id, language or interface_language())


class RecoveryKitDialog(ClosesOnLock, QDialog):
    """Print or save the kit for ``code``.  With ``session`` the passphrase is asked first; without,
    the caller has just proven it (first run) and ``vault`` is used directly."""

    def __init__(self, parent: QWidget | None, vault: Vault, code: str, *, session: VaultSession | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKitDialog")
        self._vault = vault
        self._session = session
        self._code: str | None = code
        self.printed = False
        self.saved = False
        self.setWindowTitle(self.tr("Recovery kit"))
        self.setAccessibleName(self.tr("Recovery kit"))
        self.intro = QLabel(self.tr(
            "The kit is one page with your recovery code, the vault number and what to do when you forget "
            "the passphrase or lose this computer. Print it and keep it with your important papers, away "
            "from this computer."), self)
        self.intro.setObjectName("recoveryKitIntro")
        self.intro.setWordWrap(True)
        self.save_note = QLabel(self.tr(
            "If you save it as a PDF instead, keep the file on a USB stick stored elsewhere, not on this "
            "computer: anyone with the file and this computer can open your vault."), self)
        self.save_note.setObjectName("recoveryKitSaveNote")
        self.save_note.setWordWrap(True)
        self.print_button = named_button(self, "recoveryKitPrint", self.print_kit, text=self.tr("&Print the kit…"))
        self.save_button = named_button(self, "recoveryKitSave", self.save_kit, text=self.tr("&Save as PDF…"))
        self.close_button = named_button(self, "recoveryKitClose", self.accept, text=self.tr("Close"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("recoveryKitResult")
        self.result_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.save_note)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        if session is not None:
            self.close_on_lock(session)
        fit_to_screen(self, 520, 240)

    def _what(self) -> str:
        return self.tr("Recovery kit with your recovery code (PDF)")

    def _pdf(self) -> bytes | None:
        if self._code is None or self._vault.is_locked:
            return None
        return kit_pdf(self._code, self._vault.vault_id)

    def print_kit(self) -> bool:
        pdf = self._pdf()
        if pdf is None:
            return False
        if self._session is not None:
            ok = print_document(self, self._session, pdf, self._what(), kind=KIND)
        else:
            ok = print_pdf(self, self._vault, pdf, kind=KIND)
        if ok:
            self.printed = True
            self.result_label.setText(self.tr("The kit was sent to the printer. Collect the page now."))
        return ok

    def save_kit(self) -> bool:
        pdf = self._pdf()
        if pdf is None:
            return False
        name = suggested_file_name("recovery_kit", "", "pdf")
        if self._session is not None:
            path = save_document(self, self._session, pdf, name, self._what(), kind=KIND)
        else:
            path = write_document(self, self._vault, pdf, name, kind=KIND)
        if path is not None:
            self.saved = True
            self.result_label.setText(self.tr("Saved as %1. Move it off this computer.").replace("%1", path.name))
        return path is not None

    def done(self, result: int) -> None:
        self._code = None  # the code leaves this dialog's memory with it
        super().done(result)


def offer_recovery_kit(parent: QWidget | None, vault: Vault, code: str, *,
                       session: VaultSession | None = None) -> tuple[bool, bool]:
    """Show the kit dialog (modal); returns (printed, saved)."""
    dialog = RecoveryKitDialog(parent, vault, code, session=session)
    try:
        dialog.exec()
        return dialog.printed, dialog.saved
    finally:
        dialog.deleteLater()
