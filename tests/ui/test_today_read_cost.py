"""What Today's read costs grows with nothing but what it lists: the same SQL statements for a small
vault as for one four times its size (no statement per case, per task of a closed case), no whole
case read or decoded (the doctor's name, the free text: 5,000 of them after an unlock, make bench),
and it still says exactly what the rules say (checked against the whole-case reading it replaced).
Counts, never wall-clock times."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain import rules
from trustdesk.domain.enums import CaseStatus, CloseReason, RiskLevel
from trustdesk.domain.models import Case, Contact, Task
from trustdesk.ui.case.queries import read_today
from trustdesk.vault import Vault
from trustdesk.vault import cases as cases_module
from trustdesk.vault.settings import TODAY_HIGH_RISK_DAYS

TODAY = date(2031, 6, 1)


def _add(vault: Vault, count: int, rng: random.Random) -> None:
    """``count`` cases of every kind Today reads: open ones with notes at every risk, tasks due, coming
    and undated, closed ones (some past retention) with a follow-up task of their own."""
    for _ in range(count):
        opened = TODAY - timedelta(days=rng.randrange(1, 4000))
        case = vault.cases.add(Case(code="", opened_on=opened, alias=rng.choice(["", "Anna", "Ünal"]),
                                    doctor_name="Dr. Niet Nodig", details="vrije tekst " * 20))
        assert case.id is not None
        for _ in range(rng.randrange(0, 3)):
            risk = rng.choice(list(RiskLevel))
            vault.contacts.add(Contact(case_id=case.id, risk=risk,
                                       at=datetime.combine(opened, datetime.min.time()) + timedelta(
                                           days=rng.randrange(0, max(1, (TODAY - opened).days)))))
        if rng.random() < 0.5:
            vault.tasks.add(Task(title="Terugbellen", case_id=case.id,
                                 due_on=rng.choice([None, TODAY - timedelta(days=rng.randrange(0, 9)),
                                                    TODAY + timedelta(days=rng.randrange(1, 20))])))
        if rng.random() < 0.4:
            closed_on = min(TODAY, opened + timedelta(days=rng.randrange(0, 3000)))
            vault.cases.change_status(case.id, CaseStatus.CLOSED, on=closed_on, reason=CloseReason.DOCTOR_ENDED)
            vault.tasks.add(Task(title="Nazorg", case_id=case.id, due_on=TODAY - timedelta(days=1)))


def _statements(vault: Vault) -> list[str]:
    statements: list[str] = []
    vault.db.conn.set_trace_callback(statements.append)  # read on this (the UI) thread: the writer's connection
    try:
        read_today(vault, TODAY)
    finally:
        vault.db.conn.set_trace_callback(None)
    return statements


def test_today_asks_the_same_statements_for_four_times_the_vault_and_reads_no_whole_case(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20)
    _add(vault, 12, rng)
    few = _statements(vault)
    _add(vault, 36, rng)
    decoded: list[object] = []
    original = cases_module._row_to_case

    def counting(row: object) -> object:
        decoded.append(row)
        return original(row)

    monkeypatch.setattr(cases_module, "_row_to_case", counting)
    many = _statements(vault)
    data = read_today(vault, TODAY)
    assert data.tasks and data.attention and data.past_retention  # it has something to list
    assert all(code for _t, code, _a in data.tasks)  # every task here is a case's: each names its case
    assert few and len(many) == len(few), (len(few), len(many))  # no statement per case or per task
    assert decoded == [], f"{len(decoded)} whole cases decoded"
    whole = [s for s in many if "FROM cases" in s and ("SELECT *" in s or "c.*" in s)]
    assert whole == [], whole  # the doctor's name and free text are never read for Today


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), count=st.integers(1, 12), high_risk_days=st.integers(1, 30))
def test_today_says_what_the_whole_case_reading_said(vault: Vault, seed: int, count: int,
                                                      high_risk_days: int) -> None:
    """The light reading lists the same cases, for the same reasons, in the same order, with the same
    labels, as the reading of whole cases (``cases.overview`` / ``cases.get``) it replaced."""
    _add(vault, count, random.Random(seed))
    vault.settings.set(TODAY_HIGH_RISK_DAYS.key, high_risk_days)
    data = read_today(vault, TODAY)

    overviews = vault.cases.overview(include_closed=False)
    expected = [(o, reasons) for o in overviews
                if (reasons := rules.attention_reasons(o.activity, TODAY, high_risk_days=high_risk_days))
                and reasons != (rules.AttentionReason.OVERDUE_TASK,)]
    order = list(rules.AttentionReason)
    expected.sort(key=lambda e: (order.index(e[1][0]), e[0].last_contact or e[0].case.opened_on))
    assert [(a.row.case_id, a.reasons, a.row.code, a.row.alias, a.row.current_risk, a.row.last_contact,
             a.row.opened_on, a.row.item9_positive_on) for a in data.attention] == [
        (o.case.id, reasons, o.case.code, o.case.alias, o.current_risk, o.last_contact, o.case.opened_on,
         o.item9_positive_on) for o, reasons in expected]

    for task, code, alias in [*data.tasks, *data.upcoming]:
        case = vault.cases.get(task.case_id) if task.case_id is not None else None
        assert (code, alias) == ((case.code, case.alias) if case else ("", ""))

    closed = vault.cases.list(status=CaseStatus.CLOSED)
    years = rules.DEFAULT_RETENTION_YEARS
    due = sorted((c for c in closed if rules.past_retention(c.closed_on, TODAY, years)),
                 key=lambda c: (c.closed_on or TODAY, c.code))
    assert [(c.id, c.code, c.closed_on) for c in data.past_retention] == [(c.id, c.code, c.closed_on) for c in due]
