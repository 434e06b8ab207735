"""A quarter's figures do not move once sent: a case reopened and closed again later keeps the outcome
the file sent for its quarter reported (the vault keeps them), and a
returned intake (conflict of interest) is no case anywhere -- activity report, figures file, merge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.documents.activity import report_of
from trustdesk.domain.enums import CaseStatus, CloseReason, ConflictDecision, Initiator, KnowledgeDomain
from trustdesk.domain.models import Case
from trustdesk.exchange import figures
from trustdesk.exchange.figures import cells_of, make_figures, outcomes_of
from trustdesk.exchange.keys import ContactCard, Identity, Role
from trustdesk.exchange.merge import merge_figures
from trustdesk.exchange.periods import Quarter
from trustdesk.vault import Vault

Q3 = Quarter(2026, 3)
REASONS = [r for r in CloseReason if r is not CloseReason.RETURNED_CONFLICT]
# per case: the day it opened (in Q3) and its later status changes, each (days after the previous one, close reason
# or None for a reopening)
EVENTS = st.lists(st.tuples(st.integers(0, 60), st.one_of(st.none(), st.sampled_from(REASONS))), max_size=6)
CASES = st.lists(st.tuples(st.integers(0, 91), EVENTS), min_size=1, max_size=12)


def _state(index: int, opened: date, events: list[tuple[date, CloseReason | None]]
           ) -> tuple[Case, list[tuple[date, CaseStatus]]]:
    """The case and its status history after ``events`` (closing when it is open, reopening when closed)."""
    case = Case(id=index + 1, code=f"TD-{index}", opened_on=opened, initiator=Initiator.DOCTOR,
                domains=frozenset({KnowledgeDomain.BURNOUT}))
    history = [(opened, CaseStatus.ACTIVE)]
    for day, reason in events:
        if case.status is CaseStatus.CLOSED and reason is None:
            case = replace(case, status=CaseStatus.ACTIVE, closed_on=None, close_reason=None)
            history.append((day, CaseStatus.ACTIVE))
        elif case.status is not CaseStatus.CLOSED and reason is not None:
            case = replace(case, status=CaseStatus.CLOSED, closed_on=day, close_reason=reason)
            history.append((day, CaseStatus.CLOSED))
    return case, history


def _timeline(spec: list[tuple[int, list[tuple[int, CloseReason | None]]]]
              ) -> list[tuple[date, list[tuple[date, CloseReason | None]]]]:
    found = []
    for offset, steps in spec:
        opened = Q3.start + timedelta(days=offset)
        day, events = opened, []
        for gap, reason in steps:
            day += timedelta(days=gap)
            events.append((day, reason))
        found.append((opened, events))
    return found


def _as_of(timeline: list[tuple[date, list[tuple[date, CloseReason | None]]]], moment: date
           ) -> tuple[list[Case], dict[int, list[tuple[date, CaseStatus]]]]:
    cases, history = [], {}
    for index, (opened, events) in enumerate(timeline):
        case, changes = _state(index, opened, [e for e in events if e[0] <= moment])
        cases.append(case)
        history[case.id or 0] = changes
    return cases, history


@settings(max_examples=300, deadline=None)
@given(spec=CASES, later=st.integers(1, 400))
def test_a_quarters_outcomes_never_move_after_it_ended(
        spec: list[tuple[int, list[tuple[int, CloseReason | None]]]], later: int) -> None:
    timeline = _timeline(spec)
    sent_on = Q3.end + timedelta(days=1)
    cases, history = _as_of(timeline, sent_on)
    sent = cells_of(cases, Q3, history)
    reported = outcomes_of(cases, Q3, history)
    cases_later, history_later = _as_of(timeline, sent_on + timedelta(days=later))
    # the file made again later, with what the vault kept of the file sent: the very same cells
    assert cells_of(cases_later, Q3, history_later, reported) == sent
    # (without that memory the file follows the one closing rule, a closing undone by a reopening counts
    # nowhere: tests/exchange/test_closing_rule.py)


def test_a_vault_keeps_the_outcomes_of_a_quarter_sent(tp_vault: Vault) -> None:
    case = tp_vault.cases.add(Case(code="", opened_on=date(2026, 8, 3), initiator=Initiator.DOCTOR))
    assert case.id is not None
    tp_vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2026, 9, 1),
                                 reason=CloseReason.STRUCTURAL_SOLUTION)
    cells = figures.collect(tp_vault, Q3, today=date(2026, 10, 2))
    assert {c[4] for c in cells} == {CloseReason.STRUCTURAL_SOLUTION.value}
    figures.seal_for_coordinator(tp_vault, Q3, cells, now=datetime(2026, 10, 2, 9, 0))
    # reopened in December, closed again with another reason: the Q3 figures do not change
    tp_vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    tp_vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2026, 12, 20), reason=CloseReason.DOCTOR_ENDED)
    assert figures.collect(tp_vault, Q3, today=date(2026, 12, 21)) == cells


@settings(max_examples=60, deadline=None)
@given(normal=st.one_of(st.just(0), st.integers(5, 30)), returned=st.integers(1, 12),
       by_decision=st.booleans())
def test_returned_intakes_are_no_cases_in_the_report_the_file_and_the_merge(
        coordinator: Identity, coordinator_card: ContactCard, normal: int, returned: int, by_decision: bool) -> None:
    opened = date(2026, 8, 3)
    cases = [Case(id=i + 1, code=f"TD-{i}", opened_on=opened, initiator=Initiator.COLLEAGUE) for i in range(normal)]
    for i in range(returned):
        back = Case(id=1000 + i, code=f"TD-R{i}", opened_on=opened, initiator=Initiator.DOCTOR,
                    status=CaseStatus.CLOSED, closed_on=opened, close_reason=CloseReason.RETURNED_CONFLICT)
        cases.append(replace(back, close_reason=CloseReason.OTHER, conflict_decision=ConflictDecision.RETURN)
                     if by_decision else back)
    report = report_of(cases, [], Q3.start, Q3.end, {})
    assert report.total.count == normal
    cells = cells_of(cases, Q3)
    assert sum(cells.values()) == normal
    assert all(c[4] != CloseReason.RETURNED_CONFLICT.value for c in cells)
    # a file of an earlier TrustDesk that still counted them: the merge leaves them out
    old_cells = {**cells, ("2026-08", "none", "doctor", "unknown", CloseReason.RETURNED_CONFLICT.value): returned}
    tp = Identity.generate()
    card = tp.card("Dr Een", Role.TRUST_PERSON)
    data, _ = make_figures(old_cells, Q3, tp, coordinator_card, now=datetime(2026, 10, 2, 9, 0))
    result = merge_figures([("a.tdfigures", data)], coordinator, {card.key_id: card})
    (release,) = result.releases
    assert release.total == (normal if normal else None)
    assert result.files[0].cases == normal
    assert CloseReason.RETURNED_CONFLICT.value not in dict(release.table("outcome").rows)
