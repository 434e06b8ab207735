from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from trustdesk.domain import Case, ConflictDecision
from trustdesk.domain.safety import SafetyPlan
from trustdesk.domain.scores import Instrument, Score
from trustdesk.vault import Vault


def test_safety_plan_versions_are_kept(vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 1)))
    assert case.id is not None
    assert vault.safety_plans.current(case.id) is None
    v1 = vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="niet slapen"),
                                 at=datetime(2026, 11, 2, 21))
    same = vault.safety_plans.save(replace(v1, id=None, version=0), at=datetime(2026, 11, 2, 22))
    assert same.version == 1  # unchanged content is not a new version
    v2 = vault.safety_plans.save(replace(v1, environment_safety="medicatie bij partner"),
                                 at=datetime(2026, 11, 9, 21))
    assert v2.version == 2
    assert [p.version for p in vault.safety_plans.versions(case.id)] == [2, 1]
    assert vault.safety_plans.current(case.id) == v2
    assert vault.safety_plans.versions(case.id)[1].saved_at == datetime(2026, 11, 2, 21)


def test_scores_and_case_conflict_fields(vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 1), workplace="AZ Delta",
                                conflict_decision=ConflictDecision.KEEP, conflict_note="andere campus"))
    assert case.id is not None
    assert vault.cases.get(case.id) == case
    vault.scores.add(Score(case_id=case.id, instrument=Instrument.PHQ9, total=17, taken_on=date(2026, 11, 3)))
    vault.scores.add(Score(case_id=case.id, instrument=Instrument.GAD7, total=9, taken_on=date(2026, 11, 3)))
    assert [s.total for s in vault.scores.for_case(case.id)] == [17, 9]
    vault.cases.delete(case.id)
    assert vault.scores.for_case(case.id) == []
