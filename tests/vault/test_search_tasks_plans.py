"""Search finds tasks and safety plans too (issue 18: it covered notes and case details only): random
words put in a task's title or notes, or in any field of a safety plan, are found, labelled by kind,
for the task's or plan's case (a task without a case too, naming its task); a done task is still found, a deleted one and a destroyed case's are
not; and a vault of the previous schema (the v11 fossil) gains the index for what it already held."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.models import Case, Task
from trustdesk.domain.safety import STEPS, SafetyPlan
from trustdesk.vault import Keychain, Vault, schema

WORDS = st.from_regex(r"[a-z]{5,10}(é|ë|œ)?[a-z]{0,3}", fullmatch=True).map(lambda w: f"zq{w}")
FIELDS = [*STEPS, "not_applicable_reason"]
V11 = Path(__file__).parent / "fossils" / "v11"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=WORDS, in_title=st.booleans(), plan_field=st.sampled_from(FIELDS), other=WORDS)
def test_random_words_in_a_task_or_a_plan_are_found(vault: Vault, word: str, in_title: bool, plan_field: str,
                                                    other: str) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 5, 1)))
    assert case.id is not None
    text = f"Terugbellen over {word} morgen"
    task = vault.tasks.add(Task(title=text if in_title else "Terugbellen", notes="" if in_title else text,
                                case_id=case.id, due_on=date(2026, 5, 3)))
    plan = vault.safety_plans.save(replace(SafetyPlan(case_id=case.id), **{plan_field: f"Bel {other} 's avonds"}))
    tasks = [h for h in vault.search(word) if h.kind == "task" and h.case_id == case.id]
    assert [(h.case_id, h.case_code) for h in tasks] == [(case.id, case.code)]
    assert "\x02" in tasks[0].snippet  # the word is marked in its snippet
    plans = [h for h in vault.search(other) if h.kind == "plan" and h.case_id == case.id]
    assert [h.case_id for h in plans] == [case.id]
    assert task.id is not None and plan.id is not None
    vault.tasks.mark_done(task.id)
    assert "task" in [h.kind for h in vault.search(word) if h.case_id == case.id]
    vault.tasks.delete(task.id)
    assert not [h for h in vault.search(word) if h.case_id == case.id and h.kind == "task"]
    vault.cases.delete(case.id)  # the plan goes with its case, and out of the index
    assert not [h for h in vault.search(other) if h.case_id == case.id]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=WORDS, in_title=st.booleans(), with_case=st.booleans())
def test_a_task_is_found_with_or_without_a_case(vault: Vault, word: str, in_title: bool, with_case: bool) -> None:
    """A task without a case is found too (outside tester: indexed, then dropped for want of a case to
    open); every task hit names its task, so opening it opens the task itself."""
    case = vault.cases.add(Case(code="", opened_on=date(2026, 5, 1))) if with_case else None
    text = f"Terugbellen over {word} morgen"
    task = vault.tasks.add(Task(title=text if in_title else "Terugbellen", notes="" if in_title else text,
                                case_id=case.id if case else None, due_on=date(2026, 5, 3)))
    found = [(h.case_id, h.case_code, h.task_id) for h in vault.search(word) if h.kind == "task"]
    assert found == [(case.id, case.code, task.id) if case else (None, "", task.id)]
    assert task.id is not None
    vault.tasks.delete(task.id)
    assert not [h for h in vault.search(word) if h.kind == "task"]


def test_the_previous_schema_indexes_what_it_holds(tmp_path: Path) -> None:
    for name in ("vault.db", "keyslots.json"):
        shutil.copy2(V11 / name, tmp_path / name)
    vault = Vault.unlock(tmp_path, "fossiel passphrase Ærø 2026", keychain=Keychain.none())
    try:
        assert schema.version(vault.db) >= schema.SEARCH_TASKS_PLANS_VERSION
        hits = vault.search("weekend")  # the fossil's task: "Terugbellen na het weekend"
        assert [(h.kind, h.case_code) for h in hits if h.kind == "task"] == [("task", "TD-2026-0001")]
    finally:
        vault.lock()
