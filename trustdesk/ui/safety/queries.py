"""What the safety dialogs read from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from trustdesk.domain.enums import ProviderKind, RiskLevel
from trustdesk.domain.models import Case
from trustdesk.domain.safety import SafetyPlan, crisis_line_text, default_professionals, speaks
from trustdesk.domain.scores import Score

if TYPE_CHECKING:
    from trustdesk.vault import Vault


def crisis_lines(vault: Vault, language: str) -> str:
    """The pre-filled step 5: public crisis lines in ``language`` plus the directory's crisis lines that
    speak it (a Dutch plan never lists a French-only line, and the other way round)."""
    from trustdesk.packs.installation import ensure_starter_directory

    ensure_starter_directory(vault)  # the directory's crisis lines, whichever page was opened before
    lines = default_professionals(language).splitlines()
    for provider in vault.providers.list(kind=ProviderKind.CRISIS_LINE):
        if (provider.phone and speaks({lang.value for lang in provider.languages}, language)
                and not any(provider.phone in line for line in lines)):
            lines.append(crisis_line_text(provider.name, provider.phone, language))
    return "\n".join(lines)


@dataclass(frozen=True)
class PlanContext:
    case: Case
    plan: SafetyPlan | None
    crisis_lines: str


def load_plan_context(vault: Vault, case_id: int) -> PlanContext | None:
    case = vault.cases.get(case_id)
    if case is None:
        return None
    return PlanContext(case, vault.safety_plans.current(case_id), crisis_lines(vault, case.language.value))


@dataclass(frozen=True)
class TimelineData:
    contacts: list[tuple[datetime, RiskLevel]]  # oldest first
    scores: list[Score]  # oldest first


def load_timeline(vault: Vault, case_id: int) -> TimelineData:
    contacts = [(c.at, c.risk) for c in reversed(vault.contacts.for_case(case_id))]
    return TimelineData(contacts, vault.scores.for_case(case_id))
