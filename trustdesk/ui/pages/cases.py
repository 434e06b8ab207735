"""Cases: the trust person's case list."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trustdesk.ui.pages import Page
from trustdesk.ui.session import VaultSession
from trustdesk.vault import Vault


class CasesPage(Page):
    tables = ("cases",)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("casesPage")
        self.retranslate()

    def count_in(self, vault: Vault) -> int:
        return vault.cases.count()

    def title(self) -> str:
        return self.tr("Cases")

    def empty_text(self) -> str:
        return self.tr("No cases yet.")

    def count_text(self, count: int) -> str:
        return self.tr("%n case(s) in your vault.", "", count)

    def hint_text(self) -> str:
        return self.tr("Each doctor you accompany gets a case with a pseudonymous code.")
