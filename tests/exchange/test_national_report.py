"""The national report shows exactly the releases: hidden cells as one neutral mark in the PDF (nl, fr)
and CSV, never a count of 1 to 4, and never a range ("<5") a hidden cell's true count is outside of."""

from __future__ import annotations

import csv
import io
import random

import pytest
from exchange_helpers import random_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.documents.conftest import pdf_text
from trustdesk.domain.suppression import HIDDEN_MARK, WITHHELD_MARK
from trustdesk.exchange.figures import cells_of
from trustdesk.exchange.national_pdf import cell_text, national_csv, national_pdf
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import marginals, release_of

QUARTERS = [Quarter(2026, q) for q in (1, 2, 3)]


def _releases(seed: int, count: int) -> list:
    cases = random_cases(random.Random(seed), count, QUARTERS[0].start, QUARTERS[-1].end,
                         regions=["liege", "brussels", "antwerp"])
    return [release_of(cells_of(cases, q), q, 3) for q in QUARTERS]


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(0, 80))
def test_the_csv_never_shows_a_small_count(seed: int, count: int) -> None:
    rows = list(csv.DictReader(io.StringIO(national_csv(_releases(seed, count)).decode())))
    for row in rows:
        if row["table"] == "total" and row["key"] == "trust_persons":
            continue
        assert row["count"] in ("hidden", "withheld") or not 1 <= int(row["count"]) <= 4, row


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(0, 120))
def test_no_published_cell_claims_a_range_its_true_count_is_outside_of(seed: int, count: int) -> None:
    """Complementary suppression hides counts of 5 and more: whatever marks a hidden cell may claim
    nothing about its size, and a number shown is the true one."""
    cases = random_cases(random.Random(seed), count, QUARTERS[0].start, QUARTERS[-1].end,
                         regions=["liege", "brussels", "antwerp"])
    exact = {str(q): (sum(cells_of(cases, q).values()), marginals(cells_of(cases, q), q)) for q in QUARTERS}
    releases = [release_of(cells_of(cases, q), q, 3) for q in QUARTERS]
    for row in csv.DictReader(io.StringIO(national_csv(releases).decode())):
        total, tables = exact[_quarter(row)]
        if row["table"] == "total":
            if row["key"] == "cases":
                assert row["count"] == str(total) or (row["count"] == "withheld" and total < 5), row
            continue
        assert row["count"] == "hidden" or int(row["count"]) == tables[row["table"]][row["key"]], row
    for language in ("nl", "fr", "en"):
        text = pdf_text(national_pdf(releases, language))
        assert "<" not in text and "&lt;" not in text
        for release in releases:
            for table in release.tables:
                for key, _ in table.rows:
                    mark = cell_text(release, table.name, key)
                    true = exact[str(release.quarter)][1][table.name][key]
                    if release.total is None:
                        assert mark == WITHHELD_MARK
                    else:
                        assert mark == HIDDEN_MARK or mark == str(true)


def test_a_complementary_cell_of_5_or_more_is_shown_like_a_small_one() -> None:
    """The tester's case: true 5 and 3 in a partition of 8 were printed "<5"/"<5"."""
    from trustdesk.domain.suppression import suppress_partition
    assert suppress_partition([5, 3], 8) == [None, None]
    found = False
    for seed in range(200):
        releases = _releases(seed, 40)
        rows = list(csv.DictReader(io.StringIO(national_csv(releases).decode())))
        for release in releases:
            if release.total is None:
                continue
            for table in release.tables:
                for key, value in table.rows:
                    if value is None and release_exact(release, seed, table.name, key) >= 5:
                        found = True
                        mine = [r for r in rows if (_quarter(r), r["table"], r["key"]) ==
                                (str(release.quarter), table.name, key)]
                        assert mine[0]["count"] == "hidden"
        if found:
            break
    assert found


def _quarter(row: dict[str, str]) -> str:
    """The quarter of a CSV row (period_start .. period_end: its first and last month)."""
    (quarter,) = [q for q in QUARTERS if (q.months[0], q.months[-1]) == (row["period_start"], row["period_end"])]
    return str(quarter)


def release_exact(release, seed: int, table: str, key: str) -> int:  # type: ignore[no-untyped-def]
    cases = random_cases(random.Random(seed), 40, QUARTERS[0].start, QUARTERS[-1].end,
                         regions=["liege", "brussels", "antwerp"])
    return marginals(cells_of(cases, release.quarter), release.quarter)[table][key]


@pytest.mark.parametrize(("language", "words"), [("nl", ["Nationaal overzicht", "2026 K1", "burn-out", "Luik"]),
                                                 ("fr", ["Aperçu national", "2026 T1", "dépression", "Liège"])])
def test_the_pdf_speaks_the_language_and_hides_small_cells(language: str, words: list[str]) -> None:
    releases = _releases(11, 60)
    text = pdf_text(national_pdf(releases, language))
    for word in words:
        assert word in text
    hidden = [r for r in releases if r.total is not None and any(v is None for t in r.tables for _, v in t.rows)]
    assert hidden and HIDDEN_MARK in text and "<5" not in text
