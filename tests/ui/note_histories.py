"""Cases with made-up note histories, for the Today tests that check Today's light query against the
whole notes (tests/ui/test_today_acute_and_unfinished.py, tests/ui/test_today_after_a_crisis.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.vault import Vault


def case_with_notes(vault: Vault, notes: list[tuple[int, int, RiskLevel]], day: date) -> int:
    """A case opened 60 days before ``day``, with a note for each (days before ``day``, minute of that day,
    risk): a safety plan on each note whose risk needs one."""
    case = vault.cases.add(Case(code="", opened_on=day - timedelta(days=60)))
    assert case.id is not None
    for days_ago, minute, risk in notes:
        at = datetime.combine(day - timedelta(days=days_ago), datetime.min.time()) + timedelta(minutes=minute)
        vault.contacts.add(Contact(case_id=case.id, at=at, risk=risk,
                                   safety_plan="plan" if risk.needs_safety_plan else ""))
    return case.id
