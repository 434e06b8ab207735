"""A search says how many hits there are in all, not only the best 100 it shows (outside tester: it
stopped at 100 without saying so, with 5,000 cases).  The total is every hit the search would give
without a limit -- notes, case details, tasks, a case's safety plan once however many of its versions
match -- whatever the limit, and the hits shown are the best ``limit`` of them."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.models import Case, Contact, Task
from trustdesk.domain.safety import SafetyPlan
from trustdesk.vault import Vault

EXAMPLES = itertools.count()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.integers(0, 12), cases=st.integers(0, 4), tasks=st.integers(0, 4), plan_versions=st.integers(0, 3),
       limit=st.integers(1, 20))
def test_the_total_counts_every_hit_whatever_the_limit(vault: Vault, notes: int, cases: int, tasks: int,
                                                       plan_versions: int, limit: int) -> None:
    word = f"zqtotal{next(EXAMPLES):06d}"  # the vault outlives an example: a word of its own each time
    home = vault.cases.add(Case(code="", opened_on=date(2026, 5, 1)))
    assert home.id is not None
    for i in range(notes):
        vault.contacts.add(Contact(case_id=home.id, at=datetime(2026, 5, 2, 9, i), notes=f"Gesprek {i}: {word}."))
    for i in range(cases):
        vault.cases.add(Case(code="", opened_on=date(2026, 5, 1), details=f"Verwezen door {word} ({i})"))
    for i in range(tasks):
        vault.tasks.add(Task(title=f"Bellen {word} {i}", case_id=None, due_on=date(2026, 5, 3)))
    for i in range(plan_versions):  # one case's plan saved again and again: one hit
        vault.safety_plans.save(replace(SafetyPlan(case_id=home.id), warning_signs=f"{word} versie {i}"))
    everything = vault.search_counted(word, limit=10_000)
    expected = notes + cases + tasks + (1 if plan_versions else 0)
    assert len(everything.hits) == everything.total == expected
    shown = vault.search_counted(word, limit=limit)
    assert shown.total == expected
    assert len(shown.hits) == min(limit, expected)
    assert vault.search(word, limit=limit) == shown.hits
    assert [h.rank for h in shown.hits] == sorted(h.rank for h in everything.hits)[:limit]


def test_more_plan_versions_than_the_limit_count_their_case_once(vault: Vault) -> None:
    """The plans' table holds every saved version: more matching versions than were read are counted
    by their cases."""
    first = vault.cases.add(Case(code="", opened_on=date(2026, 5, 1)))
    second = vault.cases.add(Case(code="", opened_on=date(2026, 5, 1)))
    assert first.id is not None and second.id is not None
    for i in range(4):
        for case_id in (first.id, second.id):
            vault.safety_plans.save(replace(SafetyPlan(case_id=case_id), warning_signs=f"zqplanwoord {i}"))
    assert vault.search_counted("zqplanwoord", limit=2).total == 2
    assert vault.search_counted("zqplanwoord", limit=1).total == 2
