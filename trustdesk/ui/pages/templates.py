"""Templates: referral letters and summaries, per language."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trustdesk.ui.pages import Page
from trustdesk.ui.session import VaultSession
from trustdesk.vault import Vault


class TemplatesPage(Page):
    tables = ("templates",)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("templatesPage")
        self.retranslate()

    def count_in(self, vault: Vault) -> int:
        return vault.templates.count()

    def title(self) -> str:
        return self.tr("Templates")

    def empty_text(self) -> str:
        return self.tr("No templates yet.")

    def count_text(self, count: int) -> str:
        return self.tr("%n template(s).", "", count)

    def hint_text(self) -> str:
        return self.tr("Templates for referral letters and case summaries, in Dutch, French and English.")
