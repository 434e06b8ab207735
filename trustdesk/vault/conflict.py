"""A new case with its conflict-of-interest decision, stored and audited in one transaction.

- KEEP (with the trust person's reason): the case is stored as typed; the audit log records
  "conflict_decision" / "keep" for its code (the reason stays on the case, never in the log).
- RETURN to the coordinator: only what returning needs is recorded -- the case code, the date, the
  initiator, the language, the profession and the coordinator's reference; the doctor's name, contact
  details, workplace, specialty, region, domains and notes are NOT stored -- and the case is closed at
  once with its own reason, ``CloseReason.RETURNED_CONFLICT``; the audit log records "return".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from trustdesk.domain.enums import CaseStatus, CloseReason, ConflictDecision
from trustdesk.domain.models import Case

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

EVENT = "conflict_decision"


def minimal_for_return(case: Case) -> Case:
    """The case reduced to what returning it to the coordinator needs."""
    return replace(case, doctor_name="", doctor_phone="", doctor_email="", workplace="", details="", specialty="",
                   region="", domains=frozenset(), consent_to_contact=False, conflict_note="", alias="")


def create_case(vault: Vault, case: Case, *, returned_note: str = "") -> Case:
    """Store a new case with its decision (see the module docstring); returns the stored case."""
    decision = case.conflict_decision
    with vault.db.transaction():
        if decision is ConflictDecision.RETURN:
            case = minimal_for_return(case)
        stored = vault.cases.add(case)
        assert stored.id is not None
        if decision is ConflictDecision.RETURN:
            stored = vault.cases.change_status(stored.id, CaseStatus.CLOSED, reason=CloseReason.RETURNED_CONFLICT,
                                               note=returned_note)
        if decision is not ConflictDecision.NONE:
            vault.audit.append(EVENT, case_code=stored.code, detail=decision.value)
    return stored
