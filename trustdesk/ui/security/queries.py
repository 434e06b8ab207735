"""What the security feature reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustdesk.domain.models import AuditEntry
    from trustdesk.vault import Vault
    from trustdesk.vault.audit import AuditFilter

MAX_SHOWN = 5000  # the audit page shows at most this many entries (the newest)


def read_entries(vault: Vault, filters: AuditFilter) -> tuple[list[AuditEntry], int]:
    """The newest ``MAX_SHOWN`` entries that match, newest first, and how many match in all."""
    matching = [
        e for e in vault.audit.entries(event=filters.event, case_code=filters.case_code) if filters.matches(e)
    ]
    return matching[:MAX_SHOWN], len(matching)
