"""Small-cell suppression for published counts: one rule for the activity report and the national
figures.

A count of 1 to ``SUPPRESS_BELOW - 1`` is hidden (*primary*); a zero is shown (nobody to recognise).
A table whose cells add up to a shown total (a *partition*: per month, per initiator, per status…)
also gives its hidden cells away through that total: the reader knows their sum S, and that each
hidden cell is at least 1 (a zero is never hidden unless the whole table is).  A hidden cell is
pinned down when

- it is the only hidden cell (it is the total minus the shown cells: a linear combination), or
- all hidden cells must be 1 (S equals their number: the bounds leave one value each, e.g. a total
  of 7 shown with 5 and two hidden cells).

So while that holds, the smallest shown cell above zero is hidden too (*complementary*); when no such
cell is left, the whole table is hidden, zeros included (then every cell may be anything from 0 to S).

Hidden cells of different partitions of the same total cannot be combined into one another: each
table's cells split the same cases along another dimension, so the only number two tables share is
the total (tests/documents/test_activity_suppression.py checks this by rank over random vaults).
"""

from __future__ import annotations

from collections.abc import Sequence

SUPPRESS_BELOW = 5
# The one mark every published table, chart and CSV shows for a hidden cell, primary or complementary
# alike: a complementary cell is 5 or more, so a "<5" there would be false and would pin its neighbours.
HIDDEN_MARK = "\u00b7"
# ... and the one machine-readable word every CSV writes for it (the activity report's, the national
# report's: README.md, "CSV files"), and for a quarter not published at all.
HIDDEN_WORD = "hidden"
WITHHELD_WORD = "withheld"
# A quarter (or table) not published at all: no cell of it is shown, in tables and charts alike.
WITHHELD_MARK = "\u2013"


def primary(value: int) -> bool:
    """A count that is never shown: 1 to SUPPRESS_BELOW - 1."""
    return 1 <= value < SUPPRESS_BELOW


def shown_alone(value: int) -> int | None:
    """Primary suppression only (a table that splits no shown total)."""
    return None if primary(value) else value


def pinned(shown: Sequence[int | None], total: int) -> list[int]:
    """Indexes of hidden cells (None) a reader can work out from the shown cells and ``total``,
    knowing that a hidden cell is >= 1 (>= 0 when the whole table is hidden).  Used by
    ``suppress_partition`` and by the tests as the attacker."""
    hidden = [i for i, v in enumerate(shown) if v is None]
    if len(hidden) <= 1:
        return hidden  # a lone hidden cell is the total minus the shown ones
    low = 0 if len(hidden) == len(shown) else 1
    rest = total - sum(v for v in shown if v is not None)
    high = rest - low * (len(hidden) - 1)
    return hidden if high <= low else []


def suppress_partition(values: Sequence[int], total: int) -> list[int | None]:
    """Primary and complementary suppression for a table whose cells add up to the shown ``total``."""
    shown: list[int | None] = [shown_alone(v) for v in values]
    while pinned(shown, total):
        candidates = sorted((v, i) for i, v in enumerate(shown) if v is not None and v > 0)
        if not candidates:
            return [None] * len(values)
        shown[candidates[0][1]] = None
    return shown
