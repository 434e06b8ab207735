"""The cases list model over a real vault: rows, filters, sorting, lazy fetching, 5,000 cases."""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from trustdesk.domain.enums import CaseStatus, CloseReason, KnowledgeDomain, RiskLevel
from trustdesk.domain.models import Case, Contact, Task
from trustdesk.domain.rules import AttentionReason
from trustdesk.domain.safety import SafetyPlan
from trustdesk.ui.case.cases_model import CASE_ID_ROLE, CaseFilter, CasesModel, Column
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def _case(vault: Vault, *, days_ago: int = 0, status: CaseStatus = CaseStatus.ACTIVE,
          domains: tuple[KnowledgeDomain, ...] = (), specialty: str = "") -> Case:
    opened = date.today() - timedelta(days=days_ago)
    case = vault.cases.add(Case(code="", opened_on=opened, domains=frozenset(domains), specialty=specialty))
    assert case.id is not None
    if status is CaseStatus.CLOSED:
        vault.cases.change_status(case.id, CaseStatus.CLOSED, reason=CloseReason.OTHER)
    elif status is not CaseStatus.INTAKE:
        vault.cases.change_status(case.id, CaseStatus.ACTIVE)
        if status is CaseStatus.WAITING:
            vault.cases.change_status(case.id, CaseStatus.WAITING)
    return case


def _contact(vault: Vault, case: Case, risk: RiskLevel, days_ago: int) -> None:
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=days_ago), risk=risk))


def _codes(model: CasesModel) -> list[str]:
    return [row.code for row in model.matching_rows()]


@pytest.fixture
def seeded(vault: Vault) -> dict[str, Case]:
    cases = {
        "burnout_high_stale": _case(vault, days_ago=30, domains=(KnowledgeDomain.BURNOUT,), specialty="Anesthesie"),
        "depression_low": _case(vault, days_ago=20, domains=(KnowledgeDomain.DEPRESSION,)),
        "intake_fresh": _case(vault, days_ago=1, status=CaseStatus.INTAKE),
        "intake_old": _case(vault, days_ago=40, status=CaseStatus.INTAKE, domains=(KnowledgeDomain.SECOND_VICTIM,)),
        "closed": _case(vault, days_ago=100, status=CaseStatus.CLOSED, domains=(KnowledgeDomain.BURNOUT,)),
        "waiting_acute_recent": _case(vault, days_ago=10, status=CaseStatus.WAITING,
                                      domains=(KnowledgeDomain.SUICIDAL_BEHAVIOUR, KnowledgeDomain.DEPRESSION)),
    }
    _contact(vault, cases["burnout_high_stale"], RiskLevel.LOW, 25)
    _contact(vault, cases["burnout_high_stale"], RiskLevel.HIGH, 9)  # latest: high, 9 days ago
    _contact(vault, cases["depression_low"], RiskLevel.LOW, 2)
    _contact(vault, cases["waiting_acute_recent"], RiskLevel.ACUTE, 1)
    for name in ("burnout_high_stale", "waiting_acute_recent"):
        _plan(vault, cases[name])
    return cases


def _plan(vault: Vault, case: Case) -> None:
    assert case.id is not None
    vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="slapeloosheid", help_people="partner",
                                       environment_safety="medicatie weg"))


def test_attention_column_fills_for_an_overdue_task_and_a_missing_plan(session: VaultSession,
                                                                       vault: Vault) -> None:
    quiet = _case(vault, days_ago=20)
    _contact(vault, quiet, RiskLevel.LOW, 2)
    high = _case(vault, days_ago=20)
    _contact(vault, high, RiskLevel.HIGH, 1)  # seen yesterday, but no plan
    model = CasesModel(session)
    model.load_now()
    rows = {r.case_id: r for r in model.matching_rows()}
    assert rows[quiet.id].attention is None
    assert rows[high.id].attention is AttentionReason.SAFETY_PLAN_MISSING
    assert rows[high.id].texts[Column.ATTENTION] == "No complete safety plan"
    assert quiet.id is not None
    vault.tasks.add(Task(title="Bellen", case_id=quiet.id, due_on=date.today() - timedelta(days=1)))
    vault.tasks.add(Task(title="Later", case_id=quiet.id, due_on=date.today() + timedelta(days=3)))
    _plan(vault, high)
    model.load_now()
    rows = {r.case_id: r for r in model.matching_rows()}
    assert rows[quiet.id].attention is AttentionReason.OVERDUE_TASK
    assert rows[quiet.id].texts[Column.ATTENTION] == "Task overdue"
    assert rows[high.id].attention is None
    for task in vault.tasks.list():
        if task.title == "Bellen" and task.id is not None:
            vault.tasks.mark_done(task.id)
    model.load_now()
    assert {r.case_id: r for r in model.matching_rows()}[quiet.id].attention is None  # done: not overdue


def test_rows_show_status_risk_and_attention(session: VaultSession, seeded: dict[str, Case]) -> None:
    model = CasesModel(session)
    model.load_now()
    assert model.total_count() == 6
    # closed cases are hidden by default
    assert seeded["closed"].code not in _codes(model)
    assert model.matching_count() == 5
    by_code = {row.code: row for row in model.matching_rows()}
    stale = by_code[seeded["burnout_high_stale"].code]
    assert stale.risk is RiskLevel.HIGH
    assert stale.attention is AttentionReason.HIGH_RISK_NO_RECENT_CONTACT
    assert by_code[seeded["intake_old"].code].attention is AttentionReason.NO_FIRST_CONTACT
    assert by_code[seeded["intake_old"].code].risk is RiskLevel.NOT_ASSESSED  # no contact
    assert by_code[seeded["intake_fresh"].code].attention is None
    # an acute risk needs the trust person even when seen yesterday with a plan (Today lists it too)
    assert by_code[seeded["waiting_acute_recent"].code].attention is AttentionReason.ACUTE_RISK

    row = model.row_of(stale.case_id)
    assert row is not None
    assert model.data(model.index(row, Column.CODE), CASE_ID_ROLE) == stale.case_id
    # risk and status as text *and* icon, never colour alone
    assert model.data(model.index(row, Column.RISK)) == "High"
    assert not model.data(model.index(row, Column.RISK), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(row, Column.STATUS)) == "Active"
    assert not model.data(model.index(row, Column.STATUS), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(row, Column.ATTENTION)) == "Contact overdue"
    assert "High risk, no recent contact" in model.data(model.index(row, Column.ATTENTION), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, Column.DOMAINS)) == "Burn-out"


def test_filters(session: VaultSession, seeded: dict[str, Case]) -> None:
    model = CasesModel(session)
    model.load_now()
    code = {k: c.code for k, c in seeded.items()}

    model.set_filter(CaseFilter(show_closed=True))
    assert set(_codes(model)) == set(code.values())

    model.set_filter(CaseFilter(status=CaseStatus.INTAKE))
    assert set(_codes(model)) == {code["intake_fresh"], code["intake_old"]}
    model.set_filter(CaseFilter(status=CaseStatus.CLOSED))  # asking for closed shows them
    assert _codes(model) == [code["closed"]]

    model.set_filter(CaseFilter(domain=KnowledgeDomain.DEPRESSION))
    assert set(_codes(model)) == {code["depression_low"], code["waiting_acute_recent"]}
    model.set_filter(CaseFilter(domain=KnowledgeDomain.BURNOUT, show_closed=True))
    assert set(_codes(model)) == {code["burnout_high_stale"], code["closed"]}

    model.set_filter(CaseFilter(risks=frozenset({RiskLevel.HIGH, RiskLevel.ACUTE})))
    assert set(_codes(model)) == {code["burnout_high_stale"], code["waiting_acute_recent"]}
    model.set_filter(CaseFilter(risks=frozenset({RiskLevel.NOT_ASSESSED})))
    assert set(_codes(model)) == {code["intake_fresh"], code["intake_old"]}

    model.set_filter(CaseFilter(attention_only=True))
    assert set(_codes(model)) == {code["burnout_high_stale"], code["intake_old"], code["waiting_acute_recent"]}

    model.set_filter(CaseFilter(text=code["depression_low"].lower()))
    assert _codes(model) == [code["depression_low"]]
    model.set_filter(CaseFilter(text="anesth"))  # specialty
    assert _codes(model) == [code["burnout_high_stale"]]
    model.set_filter(CaseFilter(text="victim"))  # translated domain name
    assert _codes(model) == [code["intake_old"]]
    model.set_filter(CaseFilter(text="nothing like this"))
    assert _codes(model) == []
    assert model.rowCount() == 0


def test_sorting(session: VaultSession, seeded: dict[str, Case]) -> None:
    model = CasesModel(session)
    model.load_now()
    model.sort(Column.OPENED, Qt.SortOrder.AscendingOrder)
    assert _codes(model)[0] == seeded["intake_old"].code
    model.sort(Column.RISK, Qt.SortOrder.DescendingOrder)
    assert _codes(model)[0] == seeded["waiting_acute_recent"].code
    model.sort(Column.LAST_CONTACT, Qt.SortOrder.AscendingOrder)  # never contacted: last
    assert set(_codes(model)[-2:]) == {seeded["intake_fresh"].code, seeded["intake_old"].code}
    model.sort(Column.ATTENTION, Qt.SortOrder.DescendingOrder)
    assert {r.code for r in model.matching_rows()[:3]} == {seeded["burnout_high_stale"].code,
                                                         seeded["intake_old"].code,
                                                         seeded["waiting_acute_recent"].code}


def test_reload_on_change_and_clear_on_lock(qtbot: object, session: VaultSession, vault: Vault) -> None:
    model = CasesModel(session)
    model.load_now()
    assert model.total_count() == 0
    with qtbot.waitSignal(model.loaded, timeout=3000):  # type: ignore[attr-defined]
        _case(vault, days_ago=3)
    assert model.total_count() == 1
    session.lock()
    assert model.total_count() == 0 and model.rowCount() == 0 and model.matching_rows() == []


def _insert_many(vault: Vault, count: int) -> None:
    """``count`` cases and about two contacts each, in one transaction (vault-internal, for speed)."""
    rng = random.Random(7)
    today = date.today()
    statuses = ["intake", "active", "active", "waiting", "closed"]
    domains = [d.value for d in KnowledgeDomain]
    risks = [r.value for r in RiskLevel]
    stamp = datetime.now().isoformat(timespec="seconds")
    case_rows, contact_rows = [], []
    for n in range(1, count + 1):
        opened = today - timedelta(days=rng.randrange(0, 900))
        status = rng.choice(statuses)
        chosen = ",".join(sorted(set(rng.sample(domains, rng.randrange(0, 3)))))
        case_rows.append((n, f"TD-{opened.year}-{n:05d}", status, opened.isoformat(), "doctor", "nl",
                          "antwerp", "physician", chosen, opened.isoformat() if status == "closed" else None,
                          "other" if status == "closed" else None, stamp, stamp))
        for _ in range(rng.randrange(0, 4)):
            at = opened + timedelta(days=rng.randrange(0, 60))
            contact_rows.append((n, f"{min(at, today).isoformat()}T10:00:00", "phone", rng.choice(risks),
                                 stamp, stamp))
    with vault.db.transaction() as db:
        db.executemany("INSERT INTO cases (id, code, status, opened_on, initiator, language, region, profession, "
                       "domains, closed_on, close_reason, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", case_rows)
        db.executemany("INSERT INTO contacts (case_id, at, mode, risk, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", contact_rows)


def test_five_thousand_cases_filter_and_sort_in_memory(session: VaultSession, vault: Vault) -> None:
    _insert_many(vault, 5000)
    model = CasesModel(session)
    started = time.perf_counter()
    model.load_now()
    load_ms = (time.perf_counter() - started) * 1000
    assert model.total_count() == 5000
    # lazily fetched: the view gets one batch, more on scrolling
    assert model.rowCount() == CasesModel.BATCH < model.matching_count()
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * CasesModel.BATCH

    statements: list[str] = []
    vault.db.conn.set_trace_callback(statements.append)
    try:
        timings: dict[str, float] = {}
        for name, action in (
            ("filter text", lambda: model.set_filter(CaseFilter(text="td-2025"))),
            ("filter domain+risk", lambda: model.set_filter(CaseFilter(
                domain=KnowledgeDomain.BURNOUT, risks=frozenset({RiskLevel.HIGH, RiskLevel.ACUTE})))),
            ("filter attention", lambda: model.set_filter(CaseFilter(attention_only=True, show_closed=True))),
            ("show closed", lambda: model.set_filter(CaseFilter(show_closed=True))),
            ("sort by risk", lambda: model.sort(Column.RISK, Qt.SortOrder.DescendingOrder)),
            ("sort by last contact", lambda: model.sort(Column.LAST_CONTACT, Qt.SortOrder.AscendingOrder)),
            ("sort by code", lambda: model.sort(Column.CODE, Qt.SortOrder.AscendingOrder)),
        ):
            started = time.perf_counter()
            action()
            timings[name] = (time.perf_counter() - started) * 1000
        # data() for a screenful of rows, as the view asks
        started = time.perf_counter()
        for row in range(40):
            for column in range(Column.COUNT):
                model.data(model.index(row, column))
                model.data(model.index(row, column), Qt.ItemDataRole.DecorationRole)
        timings["paint 40 rows"] = (time.perf_counter() - started) * 1000
    finally:
        vault.db.conn.set_trace_callback(None)
    print(f"\n5,000 cases: load {load_ms:.1f} ms; " + "; ".join(f"{k} {v:.1f} ms" for k, v in timings.items()))
    assert statements == []  # filtering and sorting never ask the vault
    assert model.matching_count() == 5000
    codes = _codes(model)
    assert codes == sorted(codes)


def test_attention_uses_the_today_pages_high_risk_threshold(session: VaultSession, vault: Vault) -> None:
    case = _case(vault, days_ago=30)
    _contact(vault, case, RiskLevel.HIGH, 9)
    model = CasesModel(session)
    model.load_now()
    assert model.matching_rows()[0].attention is AttentionReason.HIGH_RISK_NO_RECENT_CONTACT  # default 7 days
    vault.settings.set("today.high_risk_days", 10)
    _plan(vault, case)
    model.load_now()
    assert model.matching_rows()[0].attention is None
