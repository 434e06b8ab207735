"""No combination of released figures reveals a hidden cell.

The attacker holds *every* release ever allowed (all quarters of a year) and knows how they are
made.  Two attacks:

- linear: every shown number is a sum of unknown exact cells (month × domains × initiator × region ×
  outcome), and a shown 0 makes all the cells it covers 0; a hidden number is revealed when it is a
  linear combination of shown ones (differencing two releases is such a combination) -- by rank;
- bounds: in a table that splits a shown total, the hidden cells add up to a known rest and each is
  at least 1 (0 when the whole table is hidden); a hidden cell is revealed when that leaves it one
  possible value.

The same attacker is shown to catch the issue's own example (free from-to periods) and a year
release beside the quarters, so the test can fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import product

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.exchange.figures import Cell, domains_of
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import PARTITIONS, SUPPRESS_BELOW, Release, release_of, table_keys

YEAR = 2026
MONTHS = [f"{YEAR}-{m:02d}" for m in range(1, 13)]
DOMAINS = ["burnout", "depression", "burnout+depression", "none"]
INITIATORS = ["doctor", "colleague"]
REGIONS = ["liege", "brussels", "unknown"]
OUTCOMES = ["open", "structural_solution"]
UNIVERSE: list[Cell] = list(product(MONTHS, DOMAINS, INITIATORS, REGIONS, OUTCOMES))
INDEX = {cell: i for i, cell in enumerate(UNIVERSE)}

Selector = Callable[[Cell], bool]
Number = tuple[np.ndarray, int | None, str]  # indicator over UNIVERSE, shown value (None: hidden), label


def _vector(select: Selector) -> np.ndarray:
    return np.array([1.0 if select(cell) else 0.0 for cell in UNIVERSE])


def _matches(table: str, key: str, cell: Cell) -> bool:
    month, domains, initiator, region, outcome = cell
    if table == "month":
        return month == key
    if table == "domain":
        return (domains == "none") if key == "none" else key in domains_of(domains)
    return {"initiator": initiator, "region": region, "outcome": outcome}[table] == key


def numbers_of(release: Release) -> list[Number]:
    months = set(release.quarter.months)
    found: list[Number] = [(_vector(lambda c: c[0] in months), release.total, f"{release.quarter} total")]
    for table in release.tables:
        for key, value in table.rows:
            vector = _vector(lambda c, t=table.name, k=key: c[0] in months and _matches(t, k, c))
            found.append((vector, value, f"{release.quarter} {table.name}={key}"))
    return found


def linear_leaks(numbers: list[Number]) -> list[str]:
    # A shown 0 makes every cell it covers 0 (counts are never negative): those cells drop out.
    known_zero = np.zeros(len(UNIVERSE), dtype=bool)
    for vector, value, _ in numbers:
        if value == 0:
            known_zero |= vector > 0
    numbers = [(np.where(known_zero, 0.0, v), value, label) for v, value, label in numbers]
    shown = [v for v, value, _ in numbers if value is not None and v.any()]
    basis = np.array(shown) if shown else np.zeros((0, len(UNIVERSE)))
    rank = np.linalg.matrix_rank(basis) if shown else 0
    leaks = []
    for vector, value, label in numbers:
        if value is None and vector.any() and np.linalg.matrix_rank(np.vstack([basis, vector])) == rank:
            leaks.append(label)
    return leaks


def bound_leaks(release: Release) -> list[str]:
    if release.total is None:
        return []
    leaks = []
    for table in release.tables:
        if table.name not in PARTITIONS:
            continue
        values = [v for _, v in table.rows]
        hidden = [k for k, v in table.rows if v is None]
        if not hidden:
            continue
        low = 0 if len(hidden) == len(values) else 1
        rest = release.total - sum(v for v in values if v is not None)
        if len(hidden) == 1 or rest - low * (len(hidden) - 1) <= low:
            leaks += [f"{release.quarter} {table.name}={k}" for k in hidden]
    return leaks


def quarter_releases(cells: Mapping[Cell, int]) -> list[Release]:
    releases = []
    for q in range(1, 5):
        quarter = Quarter(YEAR, q)
        inside = {c: n for c, n in cells.items() if c[0] in quarter.months}
        releases.append(release_of(inside, quarter))
    return releases


CELLS = st.dictionaries(st.sampled_from(UNIVERSE), st.integers(1, 9), min_size=0, max_size=45)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=CELLS)
def test_no_set_of_quarter_releases_reveals_a_hidden_cell(cells: dict[Cell, int]) -> None:
    releases = quarter_releases(cells)
    numbers = [n for r in releases for n in numbers_of(r)]
    assert linear_leaks(numbers) == []
    assert [leak for r in releases for leak in bound_leaks(r)] == []
    for release in releases:  # and every shown number is the exact one
        for vector, value, label in numbers_of(release):
            if value is not None:
                exact = sum(n for c, n in cells.items() if vector[INDEX[c]])
                assert value == exact, label


@settings(max_examples=40, deadline=None)
@given(cells=st.dictionaries(st.sampled_from(UNIVERSE[:48]), st.integers(1, 3), min_size=3, max_size=30))
def test_small_counts_never_show(cells: dict[Cell, int]) -> None:
    for release in quarter_releases(cells):
        if release.total is None:
            assert all(v is None for t in release.tables for _, v in t.rows)
            continue
        for table in release.tables:
            exact = {k: sum(n for c, n in cells.items() if c[0] in release.quarter.months and _matches(table.name, k, c))
                     for k in table_keys(table.name, release.quarter)}
            assert all(v is None or v == 0 or v >= SUPPRESS_BELOW for _, v in table.rows)
            assert all(v is None for k, v in table.rows if 1 <= exact[k] < SUPPRESS_BELOW)


# -- the attacker is not blind: it catches the designs this replaces ------------------------------

def _naive(cells: Mapping[Cell, int], months: Iterable[str]) -> list[Number]:
    """A release of a free month range with primary suppression only (the old activity report)."""
    chosen = set(months)
    found: list[Number] = []

    def add(select: Selector, label: str) -> None:
        value = sum(n for c, n in cells.items() if select(c))
        found.append((_vector(select), None if 1 <= value < SUPPRESS_BELOW else value, label))

    add(lambda c: c[0] in chosen, "total")
    for month in sorted(chosen):
        add(lambda c, m=month: c[0] == m, month)
    for key in ("burnout", "depression", "none"):
        add(lambda c, k=key: c[0] in chosen and _matches("domain", k, c), key)
    return found


def test_the_attacker_catches_the_free_period_example_of_the_issue() -> None:
    cells: dict[Cell, int] = {(f"{YEAR}-{m:02d}", "burnout", "doctor", "liege", "open"): 1 for m in range(1, 11)}
    cells[(f"{YEAR}-11", "burnout", "doctor", "liege", "open")] = 0
    cells = {c: n for c, n in cells.items() if n}
    cells[(f"{YEAR}-12", "none", "doctor", "liege", "open")] = 2
    numbers = _naive(cells, MONTHS) + _naive(cells, MONTHS[:11])
    assert f"{YEAR}-12" in linear_leaks(numbers)


def test_the_attacker_catches_a_year_release_beside_the_quarters() -> None:
    cells = {(f"{YEAR}-{m:02d}", "burnout", "doctor", "liege", "open"): 2 for m in range(1, 10)}
    cells[(f"{YEAR}-11", "burnout", "doctor", "liege", "open")] = 3  # Q4: 3 cases, withheld
    releases = quarter_releases(cells)
    assert releases[3].total is None
    year_total = (_vector(lambda c: True), sum(cells.values()), "year total")
    leaks = linear_leaks([year_total, *(n for r in releases for n in numbers_of(r))])
    assert f"{YEAR}-Q4 total" in leaks


def test_the_bounds_attacker_catches_hidden_ones_that_must_be_ones() -> None:
    from trustdesk.exchange.publication import ReleaseTable, suppress_partition

    quarter = Quarter(YEAR, 1)
    keys = table_keys("region", quarter)

    def release(total: int, shown: dict[str, int | None], default: int | None = 0) -> Release:
        return Release(quarter, total, (ReleaseTable("region", tuple((k, shown.get(k, default)) for k in keys)),))

    two_ones = {"liege": None, "brussels": None, "unknown": 5}
    assert set(bound_leaks(release(7, two_ones))) == {f"{quarter} region=liege", f"{quarter} region=brussels"}
    assert bound_leaks(release(12, two_ones)) == []  # 7 over two hidden cells: 1..6 each
    assert bound_leaks(release(7, {}, default=None)) == []  # the whole table hidden: 0..7 each
    # and suppression itself never leaves such a table behind
    values = [1 if k in ("liege", "brussels") else 5 if k == "unknown" else 0 for k in keys]
    assert bound_leaks(release(7, dict(zip(keys, suppress_partition(values, 7), strict=True)))) == []
