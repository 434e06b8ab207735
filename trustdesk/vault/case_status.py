"""A case's status changed by the trust person: one transaction that changes it (the repository also
records it in the case's status history) and writes an audit entry ``case_status`` for the case's
code with ``<from> -> <to>`` (and ``; reason <reason>`` when closing).  Every status change the UI makes
goes through ``change_case_status`` (``tests/vault/test_case_status_audit.py`` checks that no UI
module calls the repository's ``change_status`` itself), so no change is silent.  Changes made by a
flow with its own audit entry (a handover's closing, a case returned for a conflict of interest) keep
that entry instead.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

EVENT = "case_status"


def status_detail(before: CaseStatus, after: CaseStatus, reason: CloseReason | None = None) -> str:
    detail = f"{before.value} -> {after.value}"
    return f"{detail}; reason {reason.value}" if reason is not None else detail


def change_case_status(vault: Vault, case_id: int, new: CaseStatus, *, on: date | None = None,
                       reason: CloseReason | None = None, note: str = "") -> Case:
    """Change the status (``CaseRepository.change_status`` rules) and audit it, in one transaction."""
    with vault.db.transaction():
        before = vault.cases.get(case_id)
        if before is None:
            raise KeyError(case_id)
        stored = vault.cases.change_status(case_id, new, on=on, reason=reason, note=note)
        vault.audit.append(EVENT, case_code=stored.code, detail=status_detail(before.status, new, reason))
    return stored
