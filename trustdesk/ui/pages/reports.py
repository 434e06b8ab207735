"""Reports: the yearly anonymous activity figures."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trustdesk.ui.pages import Page
from trustdesk.ui.session import VaultSession
from trustdesk.vault import Vault


class ReportsPage(Page):
    tables = ("cases", "contacts")

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("reportsPage")
        self.retranslate()

    def count_in(self, vault: Vault) -> int:
        return vault.cases.count()

    def title(self) -> str:
        return self.tr("Reports")

    def empty_text(self) -> str:
        return self.tr("No activity to report yet.")

    def count_text(self, count: int) -> str:
        return self.tr("Figures can be made from %n case(s).", "", count)

    def hint_text(self) -> str:
        return self.tr("The anonymous yearly figures for the knowledge centre: you review exactly what is "
                       "in the file before saving it.")
