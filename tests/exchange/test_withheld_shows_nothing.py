"""A withheld quarter shows no number at all, and a quarter shows numbers in one release only.

Outside reviewer: national.csv held "2026-Q3,total,cases,withheld" beside "2026-Q3,total,trust_persons,1",
and a withheld quarter could be released again and again from other subsets of files before it was
published.  Over any sequence of merges, each of any subset of the files sent so far, through the
desk's own ledger (``CoordinatorDesk.freeze``), every national.csv written is collected: for each
quarter, the numbers shown across all of them are one and the same release (nothing to subtract from
anything), a withheld one shows none, and a published one counts every trust person any earlier
withheld release counted."""

from __future__ import annotations

import csv
import io
import random
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from exchange_helpers import DESK_PASSPHRASE, random_cases
from hypothesis import example, given, settings
from hypothesis import strategies as st

from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.figures import cells_of, make_figures
from trustdesk.exchange.keys import Identity, Role
from trustdesk.exchange.merge import merge_figures
from trustdesk.exchange.national_pdf import national_csv
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import release_of

QUARTER = Quarter(2026, 3)
PEOPLE = [Identity.generate() for _ in range(4)]
CARDS = [p.card(f"Dr {i}", Role.TRUST_PERSON) for i, p in enumerate(PEOPLE)]
TODAY = date(2026, 12, 1)


def _numbers(csv_bytes: bytes) -> dict[tuple[str, str], int]:
    """Every number the CSV shows (words such as "hidden" and "withheld" are no number)."""
    rows = csv.DictReader(io.StringIO(csv_bytes.decode("utf-8")))
    return {(r["table"], r["key"]): int(r["count"]) for r in rows if r["count"].isdigit()}


@settings(max_examples=40, deadline=None)
@given(cells=st.integers(0, 4), seed=st.integers(0, 10**6), contributors=st.integers(1, 40))
def test_a_withheld_release_holds_no_number_at_all(cells: int, seed: int, contributors: int) -> None:
    release = release_of(cells_of(random_cases(random.Random(seed), cells, QUARTER.start, QUARTER.end), QUARTER),
                         QUARTER, contributors, frozenset({"a" * 64}))
    assert release.total is None and release.contributors is None
    assert all(v is None for t in release.tables for _, v in t.rows)
    assert _numbers(national_csv([release])) == {}


@settings(max_examples=25, deadline=None)
@example(sent=[(0, 3), (1, 3), (2, 3)], merges=[[0], [1, 2], [0, 1, 2]])  # withheld from A, then B and C alone
@example(sent=[(0, 1), (1, 1), (0, 4)], merges=[[0], [1], [1, 2], [0, 1, 2]])  # withheld twice, other subsets
@given(sent=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4)), min_size=1, max_size=8),
       merges=st.lists(st.lists(st.integers(0, 7), max_size=8), min_size=1, max_size=6))
def test_no_two_releases_of_a_quarter_show_different_numbers(sent: list[tuple[int, int]],
                                                             merges: list[list[int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        desk = CoordinatorDesk.init(Path(folder) / "desk", "Coördinatie", DESK_PASSPHRASE)
        for card in CARDS:
            desk.add_card(card.to_bytes(), card.fingerprint)
        files = []
        for index, (who, cases) in enumerate(sent):
            cells = cells_of(random_cases(random.Random(index), cases, QUARTER.start, QUARTER.end), QUARTER)
            made = datetime(2026, 10, 2, 9) + timedelta(minutes=index)
            files.append((f"f{index}", make_figures(cells, QUARTER, PEOPLE[who], desk.card, now=made)[0]))
        shown: list[dict[tuple[str, str], int]] = []
        counted_while_withheld: set[str] = set()
        for chosen in merges:
            subset = [files[i] for i in dict.fromkeys(chosen) if i < len(files)]
            if not subset:
                continue
            result = merge_figures(subset, desk.identity, desk.cards(), released=desk.released(), today=TODAY)
            if not result.releases:
                continue
            (release,) = result.releases
            numbers = _numbers(national_csv(result.releases))
            if release.total is None:
                assert numbers == {}, numbers  # withheld: not a single number, trust persons included
                counted_while_withheld |= release.sources
            else:
                assert release.sources >= counted_while_withheld  # never a part of what was counted before
                shown.append(numbers)
            desk.freeze(release)
        assert all(numbers == shown[0] for numbers in shown)  # one published release per quarter
        kept = desk.released().get(QUARTER)
        if kept is not None and kept.total is None:
            assert kept.sources == counted_while_withheld  # the ledger remembers everyone counted so far


def test_the_summary_says_why_a_withheld_quarter_stays_withheld(coordinator: Identity) -> None:
    from trustdesk.cli.figures_summary import summary

    desk_card = coordinator.card("Coördinatie", Role.COORDINATOR)
    by_key = {c.key_id: c for c in CARDS}

    def figures(who: int, cases: int) -> bytes:
        cells = cells_of(random_cases(random.Random(who), cases, QUARTER.start, QUARTER.end), QUARTER)
        return make_figures(cells, QUARTER, PEOPLE[who], desk_card, now=datetime(2026, 10, 2, 9, who))[0]

    first = merge_figures([("a", figures(0, 3))], coordinator, by_key, today=TODAY)
    later = merge_figures([("b", figures(1, 3)), ("c", figures(2, 3))], coordinator, by_key,
                          released={QUARTER: first.releases[0]}, today=TODAY)
    assert later.releases[0].total is None and later.notes[0].missing == 1
    assert "stays withheld" in summary(later) and "1 trust person " in summary(later)
