"""A new case with its conflict-of-interest decision, stored and audited in one transaction.

Every new case goes through the same check, typed in or from an intake file (``conflicts_of``: the
doctor's workplace against the trust person's affiliations, ``domain.conflicts.overlaps``); a case
whose workplace overlaps and carries no decision is refused (``ConflictUndecided``), nothing written.

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

from trustdesk.domain.conflicts import Overlap, overlaps
from trustdesk.domain.enums import CaseStatus, CloseReason, ConflictDecision
from trustdesk.domain.models import Case
from trustdesk.vault.errors import VaultError

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

EVENT = "conflict_decision"


class ConflictUndecided(VaultError):
    """The workplace overlaps one of the trust person's affiliations and no decision was made (or
    "keep" without a reason): the case is not created.  (A VaultError: told to the user, not a bug.)"""

    def __init__(self, found: list[Overlap]) -> None:
        super().__init__("possible conflict of interest: decide to keep (with a reason) or return the case")
        self.found = found


def conflicts_of(vault: Vault, workplace: str) -> list[Overlap]:
    """The check a new case goes through, wherever it comes from (typed in, an intake file): the
    doctor's workplace against the trust person's own affiliations (Settings)."""
    from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

    affiliations = [str(v) for v in vault.settings.value(CONFLICT_AFFILIATIONS) if str(v).strip()]
    return overlaps(affiliations, [workplace]) if workplace.strip() else []


def require_decision(vault: Vault, case: Case) -> None:
    """ConflictUndecided when the case's workplace overlaps an affiliation and no decision is on it."""
    found = conflicts_of(vault, case.workplace)
    decided = case.conflict_decision is ConflictDecision.RETURN or (
        case.conflict_decision is ConflictDecision.KEEP and case.conflict_note.strip())
    if found and not decided:
        raise ConflictUndecided(found)


def minimal_for_return(case: Case) -> Case:
    """The case reduced to what returning it to the coordinator needs."""
    return replace(case, doctor_name="", doctor_phone="", doctor_email="", workplace="", details="", specialty="",
                   region="", domains=frozenset(), consent_to_contact=False, conflict_note="", alias="")


def create_case(vault: Vault, case: Case, *, returned_note: str = "") -> Case:
    """Store a new case with its decision (see the module docstring); returns the stored case."""
    decision = case.conflict_decision
    with vault.db.transaction():
        require_decision(vault, case)
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
