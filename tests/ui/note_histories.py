"""Cases with made-up note histories, for the Today tests that check Today's light query against the
whole notes (tests/ui/test_today_acute_and_unfinished.py, tests/ui/test_today_after_a_crisis.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.vault import Vault

TODAY = date(2031, 6, 1)  # the made-up day the histories are read on
Note = tuple[int, int, RiskLevel]  # days before the day, minute of that day, risk


def histories_up_to(max_days_ago: int) -> st.SearchStrategy[list[list[Note]]]:
    """One to four cases' notes, up to five a case, each at most ``max_days_ago`` days before the day."""
    note = st.tuples(st.integers(0, max_days_ago), st.integers(0, 24 * 60 - 1), st.sampled_from(list(RiskLevel)))
    return st.lists(st.lists(note, max_size=5), min_size=1, max_size=4)


def cases_with_notes(vault: Vault, histories: list[list[Note]], day: date) -> list[int]:
    """A case for each history, opened 60 days before ``day``, with its notes: a safety plan on each note
    whose risk needs one."""
    made: list[int] = []
    for notes in histories:
        case = vault.cases.add(Case(code="", opened_on=day - timedelta(days=60)))
        assert case.id is not None
        for days_ago, minute, risk in notes:
            at = datetime.combine(day - timedelta(days=days_ago), datetime.min.time()) + timedelta(minutes=minute)
            vault.contacts.add(Contact(case_id=case.id, at=at, risk=risk,
                                       safety_plan="plan" if risk.needs_safety_plan else ""))
        made.append(case.id)
    return made
