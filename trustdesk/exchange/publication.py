"""What may be published of merged figures: one ``Release`` per calendar quarter.

A release shows, for one quarter, the number of new cases and five one-way tables: per month, per
knowledge domain, per initiator, per region and per outcome.  Suppression, re-applied after merging:

- the whole release is withheld ("fewer than 5") when the quarter's total is under 5;
- *primary*: a count of 1-4 is hidden ("<5"); 0 is shown;
- *complementary*: month, initiator, region and outcome each split the shown total, so the hidden
  cells of such a table add up to a known sum S.  A reader who knows that a hidden cell is at least
  1 can pin a hidden cell down when it is alone (|H| = 1) or when all hidden cells must be 1
  (S = |H|).  So while that holds, the smallest shown non-zero cell is hidden too; when no such cell is
  left, the whole table is hidden, zeros included (then every cell may be anything from 0 to S).
- the domain table splits the case-domain pairs (a case may have several domains, or none); a reader
  who can rule out cases with two domains (a shown 0 can) knows that sum is the total, so it gets the
  same complementary suppression against its own sum.

The rule is ``trustdesk.domain.suppression`` (the trust person's activity report uses the same).

Between releases: quarters are disjoint and never nested, a quarter is released only once it has
ended, and its outcome is taken at the quarter's end, so a second release of the same quarter has
the same numbers; the coordinator's ledger (merge.py) freezes a released quarter anyway, so later
corrections can never be subtracted from what was published.

A withheld release shows no number at all: not the cases, not a table, not how many trust persons
sent files (``contributors`` is None).  It remembers, for the coordinator's ledger only, whose files
it counted (``sources``, the trust persons' key ids; never written into a report): a withheld quarter
is published later only from the files of every one of them and more (merge.py ``may_replace``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from trustdesk.domain.enums import CloseReason, Initiator, KnowledgeDomain, Province
from trustdesk.domain.suppression import SUPPRESS_BELOW, suppress_partition
from trustdesk.exchange.figures import CLOSED, NO_DOMAIN, OPEN, UNKNOWN_REGION, Cell, domains_of
from trustdesk.exchange.periods import Quarter

TABLES = ("month", "domain", "initiator", "region", "outcome")
RETURNED = CloseReason.RETURNED_CONFLICT.value
PARTITIONS = frozenset({"month", "initiator", "region", "outcome"})


def table_keys(name: str, quarter: Quarter) -> tuple[str, ...]:
    """Every row of a table, in a fixed order (zeros included)."""
    if name == "month":
        return quarter.months
    if name == "domain":
        return (*(d.value for d in KnowledgeDomain), NO_DOMAIN)
    if name == "initiator":
        return tuple(i.value for i in Initiator)
    if name == "region":
        return (*(p.value for p in Province), UNKNOWN_REGION)
    if name == "outcome":  # a returned intake is no case: never counted, no row (figures.counted)
        return (OPEN, *(r.value for r in CloseReason if r is not CloseReason.RETURNED_CONFLICT), CLOSED)
    raise KeyError(name)


def marginals(cells: Mapping[Cell, int], quarter: Quarter) -> dict[str, dict[str, int]]:
    """Exact one-way counts per table (every key present)."""
    found: dict[str, Counter[str]] = {name: Counter() for name in TABLES}
    for (month, domains, initiator, region, outcome), n in cells.items():
        found["month"][month] += n
        for domain in domains_of(domains) or {NO_DOMAIN}:
            found["domain"][domain] += n
        found["initiator"][initiator] += n
        found["region"][region] += n
        found["outcome"][outcome] += n
    return {name: {key: found[name][key] for key in table_keys(name, quarter)} for name in TABLES}


@dataclass(frozen=True)
class ReleaseTable:
    name: str
    rows: tuple[tuple[str, int | None], ...]  # (key, count); None: hidden

    def value(self, key: str) -> int | None:
        return dict(self.rows)[key]


@dataclass(frozen=True)
class Release:
    quarter: Quarter
    total: int | None  # None: fewer than 5 new cases, nothing else shown
    tables: tuple[ReleaseTable, ...]
    contributors: int | None = 0  # trust persons whose file was merged; None when withheld (not shown either)
    sources: frozenset[str] = frozenset()  # their key ids: the desk's ledger only, never in a report

    def table(self, name: str) -> ReleaseTable:
        return next(t for t in self.tables if t.name == name)

    def to_json(self) -> dict[str, Any]:
        return {"quarter": str(self.quarter), "total": self.total, "contributors": self.contributors,
                "sources": sorted(self.sources), "tables": {t.name: [[k, v] for k, v in t.rows] for t in self.tables}}

    @classmethod
    def from_json(cls, data: Any) -> Release:
        if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
            raise ValueError("release")
        quarter = Quarter.parse(str(data["quarter"]))
        tables = []
        for name in TABLES:
            # a release kept from before returned intakes left the figures has their (empty) row: dropped
            rows = [r for r in data["tables"][name] if not (name == "outcome" and r and r[0] == RETURNED)]
            keys = table_keys(name, quarter)
            if [r[0] for r in rows] != list(keys):
                raise ValueError(f"release table {name}")
            tables.append(ReleaseTable(name, tuple((str(k), v if type(v) is int else None) for k, v in rows)))
        total = data.get("total")
        sources = data.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(k, str) for k in sources):
            raise ValueError("release sources")
        shown = total if type(total) is int else None
        contributors = data.get("contributors")
        count = None if shown is None else contributors if type(contributors) is int else 0
        return cls(quarter, shown, tuple(tables), count, frozenset(sources))


def release_of(cells: Mapping[Cell, int], quarter: Quarter, contributors: int = 0,
               sources: frozenset[str] = frozenset()) -> Release:
    """The release of a quarter's merged cells; ``sources``: the key ids of the trust persons counted."""
    exact = marginals(cells, quarter)
    total = sum(cells.values())
    if total < SUPPRESS_BELOW:  # withheld: no number at all, the count of trust persons neither
        hidden = tuple(ReleaseTable(name, tuple((k, None) for k in table_keys(name, quarter))) for name in TABLES)
        return Release(quarter, None, hidden, None, frozenset(sources))
    tables = []
    for name in TABLES:
        keys = table_keys(name, quarter)
        values = [exact[name][k] for k in keys]
        # The domain table splits the case-domain pairs; when no case has two domains (which shown
        # zeros can prove) that is the total itself: suppressed against its own sum.
        shown = suppress_partition(values, total if name in PARTITIONS else sum(values))
        tables.append(ReleaseTable(name, tuple(zip(keys, shown, strict=True))))
    return Release(quarter, total, tuple(tables), contributors, frozenset(sources))
