"""The cases list's light query (``cases.list_rows``) says what the full ``overview`` says of every
case: the same activity (status, opened, current risk, last contact, first open task, safety plan,
PHQ-9 item 9, last assessment), hence the same attention, and the same listed columns."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain import Case, CaseStatus, Contact, KnowledgeDomain, RiskLevel, Task
from trustdesk.domain.scores import Instrument, Score
from trustdesk.vault import Vault

START = datetime(2026, 1, 5, 9)

contact_st = st.tuples(st.integers(0, 400), st.sampled_from(list(RiskLevel)))  # (hours after START, risk)
task_st = st.tuples(st.integers(0, 60), st.booleans())  # (due days after START, done)
score_st = st.tuples(st.integers(0, 60), st.integers(0, 3))  # (days after START, item 9)
case_st = st.fixed_dictionaries({
    "status": st.sampled_from(list(CaseStatus)),
    "domains": st.frozensets(st.sampled_from(list(KnowledgeDomain)), max_size=3),
    "alias": st.sampled_from(["", "Anna", " Bo "]),
    "contacts": st.lists(contact_st, max_size=6),
    "tasks": st.lists(task_st, max_size=3),
    "scores": st.lists(score_st, max_size=2),
})


def _add(vault: Vault, spec: dict[str, object], n: int) -> None:
    status = spec["status"]
    assert isinstance(status, CaseStatus)
    closed = status is CaseStatus.CLOSED
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 1) + timedelta(days=n % 20), status=status,
                                domains=spec["domains"], alias=spec["alias"], specialty=f"spec {n}",  # type: ignore[arg-type]
                                region="antwerp", coordinator_ref=f"REF-{n}",
                                closed_on=date(2026, 3, 1) if closed else None))
    assert case.id is not None
    for hours, risk in spec["contacts"]:  # type: ignore[attr-defined]
        vault.contacts.add(Contact(case_id=case.id, at=START + timedelta(hours=hours), risk=risk))
    for days, done in spec["tasks"]:  # type: ignore[attr-defined]
        vault.tasks.add(Task(title="t", case_id=case.id, due_on=START.date() + timedelta(days=days),
                             done_at=START if done else None))
    for days, item9 in spec["scores"]:  # type: ignore[attr-defined]
        vault.scores.add(Score(case_id=case.id, instrument=Instrument.PHQ9, total=10,
                               taken_on=START.date() + timedelta(days=days), item9=item9))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(case_st, min_size=1, max_size=5))
def test_list_rows_say_what_the_overview_says(vault: Vault, specs: list[dict[str, object]]) -> None:
    for n, spec in enumerate(specs):
        _add(vault, spec, n)
    overview = vault.cases.overview(include_closed=True)
    rows = vault.cases.list_rows()
    assert [r.case_id for r in rows] == [o.case.id for o in overview]  # same cases, same order
    for row, full in zip(rows, overview, strict=True):
        assert row.activity == full.activity
        case = full.case
        assert (row.code, row.alias, row.domains, row.coordinator_ref, row.specialty, row.region) == (
            case.code, case.alias, case.domains, case.coordinator_ref, case.specialty, case.region)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(case_st, min_size=1, max_size=4))
def test_a_case_header_reads_one_row_and_says_what_all_its_notes_say(vault: Vault,
                                                                      specs: list[dict[str, object]]) -> None:
    """The case header asks for the current risk and the status history of one case only; that
    says what reading every note (and every case's history) said."""
    from trustdesk.domain.rules import current_risk

    for n, spec in enumerate(specs):
        _add(vault, spec, n)
    everyone = vault.cases.status_history()
    for case in vault.cases.list():
        assert case.id is not None
        notes = vault.contacts.for_case(case.id)  # newest first
        assert vault.contacts.current_risk(case.id) is current_risk(c.risk for c in notes)
        assert vault.cases.status_history(case.id) == {case.id: everyone[case.id]}
