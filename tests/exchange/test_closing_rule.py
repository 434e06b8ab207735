"""ONE closing rule for the activity report and the figures files (``domain.outcomes``): a case counts
as closed in the period of its last closing; a closing a reopening undid counts nowhere.  Random
reopen/close cycles (hypothesis), on plain records and on a real vault."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.documents.activity import report_of
from trustdesk.domain.enums import HANDED_OVER_REASONS, CaseStatus, CloseReason, Initiator, KnowledgeDomain
from trustdesk.domain.models import Case
from trustdesk.domain.outcomes import OPEN, last_closing, last_reopening, standing_at
from trustdesk.exchange.figures import cells_of
from trustdesk.exchange.periods import Quarter
from trustdesk.vault import Vault

YEAR = 2025
QUARTERS = [Quarter(YEAR, q) for q in (1, 2, 3, 4)] + [Quarter(YEAR + 1, q) for q in (1, 2)]
REASONS = [r for r in CloseReason if r is not CloseReason.RETURNED_CONFLICT]
# after the opening: status changes, each (days after the previous one, the close reason or None: reopen /
# activate / wait, whichever the case's status allows)
STEPS = st.lists(st.tuples(st.integers(0, 70), st.one_of(st.none(), st.sampled_from(REASONS))), max_size=8)
CASES = st.lists(st.tuples(st.integers(0, 170), STEPS), min_size=1, max_size=10)


def _play(index: int, opened: date, steps: list[tuple[int, CloseReason | None]]
          ) -> tuple[Case, list[tuple[date, CaseStatus]], list[tuple[date, CloseReason]]]:
    """The case after ``steps``, its status history and every closing it had (day, reason)."""
    case = Case(id=index + 1, code=f"TD-{YEAR}-{index + 1:04d}", opened_on=opened, initiator=Initiator.DOCTOR,
                domains=frozenset({KnowledgeDomain.BURNOUT}), status=CaseStatus.INTAKE)
    history = [(opened, CaseStatus.INTAKE)]
    closings: list[tuple[date, CloseReason]] = []
    day = opened
    for gap, reason in steps:
        day += timedelta(days=gap)
        if reason is not None and case.status is not CaseStatus.CLOSED:
            case = replace(case, status=CaseStatus.CLOSED, closed_on=day, close_reason=reason)
            closings.append((day, reason))
        elif reason is None:
            following = {CaseStatus.INTAKE: CaseStatus.ACTIVE, CaseStatus.ACTIVE: CaseStatus.WAITING,
                         CaseStatus.WAITING: CaseStatus.ACTIVE, CaseStatus.CLOSED: CaseStatus.ACTIVE}[case.status]
            case = replace(case, status=following, closed_on=None, close_reason=None)
        else:
            continue
        history.append((day, case.status))
    return case, history, closings


@settings(max_examples=300, deadline=None)
@given(spec=CASES)
def test_a_case_counts_as_closed_from_the_period_of_its_last_closing_on(
        spec: list[tuple[int, list[tuple[int, CloseReason | None]]]]) -> None:
    for index, (offset, steps) in enumerate(spec):
        case, history, closings = _play(index, date(YEAR, 1, 1) + timedelta(days=offset), steps)
        final = closings[-1] if case.status is CaseStatus.CLOSED else None
        assert last_closing(case, history) == (final[0] if final else None)
        closed_in = [q for q in QUARTERS if standing_at(case, history, q.end).status is CaseStatus.CLOSED]
        if final is None:  # reopened (or never closed): open at the end of every period, whatever it had before
            assert closed_in == []
            assert all(standing_at(case, history, q.end).outcome == OPEN for q in QUARTERS)
            continue
        # closed at the end of the period holding its last closing, and of every later one; never before
        assert closed_in == [q for q in QUARTERS if q.end >= final[0]]
        first = next((q for q in QUARTERS if q.contains(final[0])), None)
        assert first is None or closed_in[0] == first
        assert {standing_at(case, history, q.end).outcome for q in closed_in} <= {final[1].value}
        for day in (final[0] - timedelta(days=1), final[0]):  # the closing day itself: closed from that day
            assert (standing_at(case, history, day).status is CaseStatus.CLOSED) == (day >= final[0])


@settings(max_examples=200, deadline=None)
@given(spec=CASES)
def test_the_activity_report_and_the_figures_file_count_the_same_outcomes(
        spec: list[tuple[int, list[tuple[int, CloseReason | None]]]]) -> None:
    played = [_play(i, date(YEAR, 1, 1) + timedelta(days=offset), steps) for i, (offset, steps) in enumerate(spec)]
    cases = [case for case, _, _ in played]
    history = {case.id or 0: changes for case, changes, _ in played}
    for quarter in QUARTERS[:2]:
        start, end = quarter.start, quarter.end
        report = report_of(cases, [], start, end, history)
        cells = cells_of(cases, quarter, history)
        closed_in_file = sum(n for cell, n in cells.items() if cell[4] != OPEN)
        exact = Counter(standing_at(c, history[c.id or 0], end).status for c in cases if quarter.contains(c.opened_on))
        assert sum(cells.values()) == sum(exact.values())
        assert closed_in_file == exact[CaseStatus.CLOSED]
        rows = dict((row.key, row.count) for row in report.table("status").rows)
        if rows["closed"] is not None:  # a shown cell is the exact count (hidden ones: suppression's business)
            assert rows["closed"] == closed_in_file
        per_outcome: Counter[str] = Counter()
        for cell, n in cells.items():
            per_outcome[cell[4]] += n
        assert per_outcome == Counter(standing_at(c, history[c.id or 0], end).outcome for c in cases
                                      if quarter.contains(c.opened_on))


def test_a_closing_undone_by_a_reopening_counts_nowhere() -> None:
    """The example: closed in February, reopened in April, closed again in May: Q1 sees it open, Q2
    closed with the May reason -- in the report and in the file alike."""
    case, history, _ = _play(0, date(YEAR, 1, 10), [(1, None), (30, CloseReason.STRUCTURAL_SOLUTION),
                                                    (60, None), (30, CloseReason.DOCTOR_ENDED)])
    assert [day.month for day, status in history if status is CaseStatus.CLOSED] == [2, 5]
    assert standing_at(case, history, Quarter(YEAR, 1).end).outcome == OPEN
    assert standing_at(case, history, Quarter(YEAR, 1).end).status is CaseStatus.ACTIVE
    assert standing_at(case, history, Quarter(YEAR, 2).end).outcome == CloseReason.DOCTOR_ENDED.value
    assert {cell[4] for cell in cells_of([case], Quarter(YEAR, 1), {1: history})} == {OPEN}
    report = report_of([case] * 5, [], date(YEAR, 1, 1), date(YEAR, 3, 31), {1: history})
    assert dict((r.key, r.count) for r in report.table("status").rows)["active"] == 5


def test_an_older_record_closed_before_its_reopening_counts_from_the_reopening() -> None:
    """Records of a version before the vault refused it: the closing day is never before the reopening."""
    opened = date(YEAR, 1, 5)
    history = [(opened, CaseStatus.ACTIVE), (date(YEAR, 2, 1), CaseStatus.CLOSED), (date(YEAR, 5, 2), CaseStatus.ACTIVE),
               (date(YEAR, 3, 1), CaseStatus.CLOSED)]
    case = Case(id=1, code="TD-1", opened_on=opened, status=CaseStatus.CLOSED, closed_on=date(YEAR, 3, 1),
                close_reason=CloseReason.OTHER)
    assert last_reopening(history) == date(YEAR, 5, 2)
    assert last_closing(case, history) == date(YEAR, 5, 2)
    assert standing_at(case, history, Quarter(YEAR, 1).end).outcome == OPEN
    assert standing_at(case, history, Quarter(YEAR, 2).end).outcome == CloseReason.OTHER.value


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(st.none(), st.sampled_from([r for r in REASONS if r not in HANDED_OVER_REASONS])),
                      min_size=1, max_size=6))
def test_the_vault_reads_the_same_reopening_and_closing(vault: Vault, steps: list[CloseReason | None]) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=30)))
    assert case.id is not None
    for reason in steps:
        current = vault.cases.get(case.id)
        assert current is not None
        if reason is not None and current.status is not CaseStatus.CLOSED:
            vault.cases.change_status(case.id, CaseStatus.CLOSED, reason=reason)
        elif reason is None and current.status is CaseStatus.CLOSED:
            vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    stored = vault.cases.get(case.id)
    assert stored is not None
    history = vault.cases.status_history(case.id)[case.id]
    assert vault.cases.last_reopening(case.id) == last_reopening(history)
    closing = last_closing(stored, history)
    assert (closing is not None) == (stored.status is CaseStatus.CLOSED)
    assert standing_at(stored, history, date.today()).outcome == (
        stored.close_reason.value if stored.close_reason is not None else OPEN)
