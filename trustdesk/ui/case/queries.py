"""What the case feature reads from and writes to the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from trustdesk.domain import rules
from trustdesk.domain.enums import CaseStatus, RiskLevel
from trustdesk.domain.models import Case

if TYPE_CHECKING:
    from trustdesk.vault import Vault


@dataclass(frozen=True, slots=True)
class CaseHeader:
    case: Case
    risk: RiskLevel  # the latest assessed risk (NOT_ASSESSED: none yet)
    retention_years: int  # the vault's one retention rule (trustdesk.vault.retention)
    kept_until: date | None  # closed cases: the day they become due for destruction
    due: bool  # past that day: the header offers Destroy…, Today lists it
    statuses: tuple[tuple[date, CaseStatus], ...] = ()  # the case's status history, oldest first


def load_header(vault: Vault, case_id: int, today: date | None = None) -> CaseHeader | None:
    from trustdesk.vault.retention import destroy_on, is_due, retention_years

    case = vault.cases.get(case_id)
    if case is None:
        return None
    contacts = vault.contacts.for_case(case_id)  # newest first
    years = retention_years(vault)
    statuses = tuple(vault.cases.status_history().get(case_id, ()))
    return CaseHeader(case, rules.current_risk(c.risk for c in contacts), years, destroy_on(case, years),
                      is_due(case, years, today or date.today()), statuses)


def read_affiliations(vault: Vault) -> list[str]:
    from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

    return [str(v) for v in vault.settings.value(CONFLICT_AFFILIATIONS) if str(v).strip()]


INTAKE_FIELDS = ("opened_on", "initiator", "coordinator_ref", "language", "region", "profession",
                 "specialty", "domains", "consent_to_contact", "alias", "doctor_name", "doctor_phone",
                 "doctor_email", "workplace", "details")


def merge_intake(current: Case, edited: Case) -> Case:
    """``current`` (as stored now) with the intake fields of ``edited``; status and closing stay."""
    return replace(current, **{name: getattr(edited, name) for name in INTAKE_FIELDS})


def store_intake(vault: Vault, case_id: int, edited: Case) -> Case:
    """Write the intake fields of ``edited`` onto the case as stored now (the Details tab's save)."""
    current = vault.cases.get(case_id)
    if current is None:
        raise KeyError(case_id)
    return vault.cases.update(merge_intake(current, edited))
