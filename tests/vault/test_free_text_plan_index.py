"""The overview indexes (schema SAFETY_PLAN_INDEX_VERSION): the cases list and Today find the cases with a
free-text safety plan in a note from a partial index, never by reading every note, and each case's
first open task from one index entry; on a new vault and on a real vault of the previous schema (the
v8 fossil), with the same answers as a full scan."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.models import Case, Contact, Task
from trustdesk.vault import Keychain, Vault, schema

V8 = Path(__file__).parent / "fossils" / "v8"
PASSPHRASE = "fossiel passphrase Ærø 2026"
QUERY = "SELECT DISTINCT case_id FROM contacts WHERE safety_plan != ''"


def _uses_index(vault: Vault) -> bool:
    steps = [str(row[-1]) for row in vault.db.query(f"EXPLAIN QUERY PLAN {QUERY}")]
    # "SCAN contacts USING INDEX ...": the partial index holds only the notes that have a plan
    return steps == ["SCAN contacts USING INDEX contacts_free_text_plan"]


def _first_open_task_from_its_index(vault: Vault) -> bool:
    steps = [str(row[-1]) for row in vault.db.query(
        "EXPLAIN QUERY PLAN SELECT c.id, (SELECT min(due_on) FROM tasks t WHERE t.case_id = c.id"
        " AND t.done_at IS NULL) FROM cases c")]
    return any("tasks_case_open (case_id=? AND done_at=?)" in step for step in steps)


def test_the_previous_schema_gains_the_index(tmp_path: Path) -> None:
    for name in ("vault.db", "keyslots.json"):
        shutil.copy2(V8 / name, tmp_path / name)
    vault = Vault.unlock(tmp_path, PASSPHRASE, keychain=Keychain.none())
    try:
        assert schema.version(vault.db) >= schema.SAFETY_PLAN_INDEX_VERSION
        assert _uses_index(vault)
        assert _first_open_task_from_its_index(vault)
        assert len(vault.cases.overview()) == 2
    finally:
        vault.lock()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["", " ", "bel de huisarts", "\n"])),
                min_size=0, max_size=12))
def test_cases_with_a_plan_in_a_note_match_a_full_scan(vault: Vault, notes: list[tuple[int, str]]) -> None:
    with vault.transaction():
        vault.db.execute("DELETE FROM contacts")
        vault.db.execute("DELETE FROM cases")
    ids = [vault.cases.add(Case(code="", opened_on=date(2026, 1, 1) + timedelta(days=i))).id for i in range(4)]
    for index, (which, plan) in enumerate(notes):
        case_id = ids[which]
        assert case_id is not None
        vault.contacts.add(Contact(case_id=case_id, at=datetime(2026, 2, 1, 9) + timedelta(hours=index),
                                   notes="gesprek", safety_plan=plan))
    assert _uses_index(vault)
    scanned = {r[0] for r in vault.db.query("SELECT case_id FROM contacts NOT INDEXED WHERE safety_plan != ''")}
    assert {r[0] for r in vault.db.query(QUERY)} == scanned
    flagged = {o.case.id for o in vault.cases.overview() if o.plan_satisfied}
    assert scanned <= flagged


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(-30, 30), st.booleans()), max_size=12))
def test_first_open_task_matches_the_tasks(vault: Vault, tasks: list[tuple[int, int, bool]]) -> None:
    with vault.transaction():
        vault.db.execute("DELETE FROM tasks")
        vault.db.execute("DELETE FROM cases")
    ids = [vault.cases.add(Case(code="", opened_on=date(2026, 1, 1) + timedelta(days=i))).id for i in range(4)]
    expected: dict[int, date] = {}
    for which, offset, done in tasks:
        case_id = ids[which]
        assert case_id is not None
        due = date(2026, 6, 1) + timedelta(days=offset)
        task = vault.tasks.add(Task(title="Terugbellen", case_id=case_id, due_on=due))
        if done:
            assert task.id is not None
            vault.tasks.mark_done(task.id)
        else:
            expected[case_id] = min(expected.get(case_id, due), due)
    assert _first_open_task_from_its_index(vault)
    assert {o.case.id: o.first_open_due for o in vault.cases.overview() if o.first_open_due} == expected
