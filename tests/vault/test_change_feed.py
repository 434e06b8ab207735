"""The change feed: typed tables, ``Change.concerns``, and announcements only for committed work.

A write inside a transaction is announced when the OUTERMOST transaction commits; a transaction
that rolls back announces nothing (the UI must never refresh to show, or act on, rows that are not
there)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import ProviderKind
from trustdesk.domain.models import Case, Provider
from trustdesk.vault import Vault
from trustdesk.vault.events import Change, Table


class Boom(Exception):
    pass


def _write_case(vault: Vault) -> Table:
    vault.cases.add(Case(code="", opened_on=date(2026, 1, 5), doctor_name="Dr. Feed"))
    return Table.CASES


def _write_setting(vault: Vault) -> Table:
    vault.settings.set("test.feed", 1)
    return Table.SETTINGS


def _write_provider(vault: Vault) -> Table:
    vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Feed Centrum"))
    return Table.PROVIDERS


def _write_audit(vault: Vault) -> Table:
    vault.audit.append("export", "", "feed test")
    return Table.AUDIT


WRITES: list[Callable[[Vault], Table]] = [_write_case, _write_setting, _write_provider, _write_audit]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.tuples(st.sampled_from(range(len(WRITES))), st.booleans()), min_size=1, max_size=5),
       roll_back=st.booleans())
def test_only_committed_outermost_work_is_announced(vault: Vault, plan: list[tuple[int, bool]],
                                                    roll_back: bool) -> None:
    announced: list[Change] = []
    unsubscribe = vault.feed.subscribe(announced.append)
    try:
        expected: list[Table] = []
        with pytest.raises(Boom) if roll_back else _nothing():
            with vault.transaction():
                for index, nested in plan:
                    if nested:
                        with vault.transaction():
                            expected.append(WRITES[index](vault))
                    else:
                        expected.append(WRITES[index](vault))
                    assert announced == [], "announced before the outermost transaction committed"
                if roll_back:
                    raise Boom
        if roll_back:
            assert announced == []
        else:
            assert {c.table for c in announced} == set(expected)
            assert all(isinstance(c.table, Table) for c in announced)
    finally:
        unsubscribe()


class _nothing:  # noqa: N801 - a context manager that does nothing
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc: object) -> bool:
        return False


def test_a_write_outside_a_transaction_is_announced_at_once(vault: Vault) -> None:
    announced: list[Change] = []
    vault.feed.subscribe(announced.append)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5), doctor_name="Dr. Feed"))
    assert announced == [Change(Table.CASES, (case.id,), case.id)]  # type: ignore[arg-type]


TABLES = list(Table)


@given(table=st.sampled_from(TABLES), case=st.none() | st.integers(1, 4),
       asked=st.lists(st.sampled_from(TABLES), max_size=4), for_case=st.none() | st.integers(1, 4))
def test_concerns(table: Table, case: int | None, asked: list[Table], for_case: int | None) -> None:
    change = Change(table, (), case)
    expected = table in asked and (for_case is None or case is None or case == for_case)
    assert change.concerns(for_case, *asked) is expected
    assert Table(table.value) is table and table == table.value  # a StrEnum: compares as its name
