"""The national report shows exactly the releases: hidden cells as "<5" in the PDF (nl, fr) and CSV,
never a count of 1 to 4."""

from __future__ import annotations

import csv
import io
import random

import pytest
from exchange_helpers import random_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.documents.conftest import pdf_text
from trustdesk.exchange.figures import cells_of
from trustdesk.exchange.national_pdf import national_csv, national_pdf
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import release_of

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
        assert row["count"] in ("<5", "withheld") or not 1 <= int(row["count"]) <= 4, row


@pytest.mark.parametrize(("language", "words"), [("nl", ["Nationaal overzicht", "2026 K1", "burn-out", "Luik"]),
                                                 ("fr", ["Aperçu national", "2026 T1", "dépression", "Liège"])])
def test_the_pdf_speaks_the_language_and_hides_small_cells(language: str, words: list[str]) -> None:
    releases = _releases(11, 60)
    text = pdf_text(national_pdf(releases, language))
    for word in words:
        assert word in text
    hidden = [r for r in releases if r.total is not None and any(v is None for t in r.tables for _, v in t.rows)]
    assert hidden and "<5" in text
