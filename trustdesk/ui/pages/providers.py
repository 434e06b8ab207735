"""Providers: the directory of care providers to refer to (sociale kaart)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trustdesk.ui.pages import Page
from trustdesk.ui.session import VaultSession
from trustdesk.vault import Vault


class ProvidersPage(Page):
    tables = ("providers",)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("providersPage")
        self.retranslate()

    def count_in(self, vault: Vault) -> int:
        return vault.providers.count()

    def title(self) -> str:
        return self.tr("Providers")

    def empty_text(self) -> str:
        return self.tr("Your provider directory is empty.")

    def count_text(self, count: int) -> str:
        return self.tr("%n provider(s) in your directory.", "", count)

    def hint_text(self) -> str:
        return self.tr("Psychologists, psychiatrists, GPs and other help you refer doctors to.")
