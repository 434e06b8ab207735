"""What the reports feature reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustdesk.documents.activity import ActivityReport
    from trustdesk.vault import Vault


def build_report(vault: Vault, start: date, end: date) -> ActivityReport:
    """The activity report of ``start`` .. ``end``."""
    from trustdesk.documents.activity import activity_report

    return activity_report(vault, start, end)
