"""A case's current risk is the same wherever it is read when two notes share their time: the light
reads (``cases.list_rows`` for the list and Today, ``cases.overview``) take, of the latest assessed notes,
the one saved last, as ``contacts.current_risk`` and the case's own notes (``for_case``, newest first)
do. A bare ``max(at) || risk`` took the risk of either row of a tie: Today could miss an acute case
that the case itself showed as acute."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain import Case, Contact, RiskLevel, rules
from trustdesk.vault import Vault

AT = datetime(2026, 3, 2, 21, 30)
# (minutes after AT: few values, so several notes share a time; risk)
NOTE = st.tuples(st.integers(0, 2), st.sampled_from(list(RiskLevel)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.lists(NOTE, min_size=1, max_size=6))
def test_every_read_agrees_on_the_current_risk_when_notes_share_a_time(
        vault: Vault, notes: list[tuple[int, RiskLevel]]) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
    assert case.id is not None
    for minutes, risk in notes:
        vault.contacts.add(Contact(case_id=case.id, at=AT + timedelta(minutes=minutes), risk=risk,
                                   safety_plan="plan" if risk.needs_safety_plan else ""))
    expected = rules.current_risk(c.risk for c in vault.contacts.for_case(case.id))
    assert vault.contacts.current_risk(case.id) is expected
    rows = {r.case_id: r for r in vault.cases.list_rows(include_closed=False)}
    assert rows[case.id].current_risk is expected
    (overview,) = vault.cases.overview(case_id=case.id)
    assert overview.current_risk is expected


def test_of_two_notes_at_the_same_minute_the_one_saved_last_counts(vault: Vault) -> None:
    """Both orders of an acute and a low note written at the same minute (one direction of each pair
    is what the bare aggregate got wrong, whichever SQLite's row order happened to be)."""
    for first, second in ((RiskLevel.ACUTE, RiskLevel.LOW), (RiskLevel.LOW, RiskLevel.ACUTE)):
        case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
        assert case.id is not None
        for risk in (first, second):
            vault.contacts.add(Contact(case_id=case.id, at=AT, risk=risk,
                                       safety_plan="plan" if risk.needs_safety_plan else ""))
        rows = {r.case_id: r for r in vault.cases.list_rows()}
        assert rows[case.id].current_risk is second
        assert vault.cases.overview(case_id=case.id)[0].current_risk is second
