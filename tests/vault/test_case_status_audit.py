"""Every status change the trust person makes is audited and in the case's status history; no UI module
changes a status around ``vault.case_status.change_case_status`` (so none can be silent)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain import rules
from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case
from trustdesk.vault import Vault
from trustdesk.vault.case_status import EVENT, change_case_status

ROOT = Path(__file__).resolve().parents[2] / "trustdesk"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 5), min_size=1, max_size=6))
def test_each_change_is_one_audit_entry_and_one_history_row(vault: Vault, choices: list[int]) -> None:
    # a new case per example, in the one vault
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    assert case.id is not None
    expected = []
    status = case.status
    for choice in choices:
        allowed = sorted(rules.allowed_transitions(status), key=lambda s: s.value)
        if not allowed:
            break
        target = allowed[choice % len(allowed)]
        reason = CloseReason.DOCTOR_ENDED if target is CaseStatus.CLOSED else None
        change_case_status(vault, case.id, target, reason=reason)
        expected.append(f"{status.value} -> {target.value}" + (f"; reason {reason.value}" if reason else ""))
        status = target
    entries = vault.audit.entries(event=EVENT, case_code=case.code)
    assert [e.detail for e in sorted(entries, key=lambda e: e.seq)] == expected
    history = vault.cases.status_history()[case.id]
    assert [s for _day, s in history] == [CaseStatus.INTAKE, *(d.split(" -> ")[1].split(";")[0] for d in expected)]
    assert vault.audit.verify().intact


def test_a_refused_change_writes_no_audit_entry(vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    assert case.id is not None
    before = len(vault.audit.entries())
    try:
        change_case_status(vault, case.id, CaseStatus.WAITING)  # intake -> waiting is not allowed
    except ValueError:
        pass
    assert len(vault.audit.entries()) == before
    assert vault.cases.get(case.id).status is CaseStatus.INTAKE  # type: ignore[union-attr]


def test_no_ui_module_changes_a_status_without_the_audited_function() -> None:
    calls = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "ui").rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.cases\.change_status\(", line)]
    assert calls == [], calls
