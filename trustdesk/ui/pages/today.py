"""Today: due and overdue follow-ups, high-risk cases without a recent contact (DESIGN §1.4)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from trustdesk.ui.pages import Page
from trustdesk.ui.session import VaultSession
from trustdesk.vault import Vault


class TodayPage(Page):
    tables = ("tasks", "cases", "contacts")

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("todayPage")
        self.retranslate()

    def count_in(self, vault: Vault) -> int:
        return len(vault.tasks.open_due_by(date.today()))

    def title(self) -> str:
        return self.tr("Today")

    def empty_text(self) -> str:
        return self.tr("Nothing is due today.")

    def count_text(self, count: int) -> str:
        return self.tr("%n follow-up(s) due or overdue.", "", count)

    def hint_text(self) -> str:
        return self.tr("Follow-ups that are due and cases that need attention appear here.")
