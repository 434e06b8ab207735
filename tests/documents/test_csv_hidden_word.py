"""Every CSV TrustDesk writes says the same word for a suppressed cell (and for a quarter not
published), documented in README.md: the activity report's CSV and the national CSV alike."""

from __future__ import annotations

import csv
import io
import random
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.documents.activity import activity_report_csv, report_of
from trustdesk.domain.enums import CloseReason, Initiator, KnowledgeDomain
from trustdesk.domain.models import Case
from trustdesk.domain.suppression import HIDDEN_MARK, HIDDEN_WORD, WITHHELD_MARK, WITHHELD_WORD
from trustdesk.exchange.figures import cells_of
from trustdesk.exchange.national_pdf import national_csv
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import release_of

README = Path(__file__).resolve().parents[2] / "README.md"
QUARTERS = [Quarter(2026, 1), Quarter(2026, 2)]


def _cases(seed: int, count: int) -> list[Case]:
    rng = random.Random(seed)
    found = []
    for index in range(count):
        opened = date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + rng.randrange(181))
        found.append(Case(id=index + 1, code=f"TD-{index}", opened_on=opened, initiator=rng.choice(list(Initiator)),
                          domains=frozenset(rng.sample(list(KnowledgeDomain), rng.choice([0, 1, 2]))),
                          closed_on=opened if rng.random() < 0.3 else None,
                          close_reason=CloseReason.OTHER if rng.random() < 0.3 else None))
    return found


def _counts(data: bytes, column: str) -> list[str]:
    return [row[column] for row in csv.DictReader(io.StringIO(data.decode("utf-8")))]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(0, 40))
def test_every_csv_says_the_same_word_for_a_hidden_cell(seed: int, count: int) -> None:
    cases = _cases(seed, count)
    activity = _counts(activity_report_csv(report_of(cases, [], date(2026, 1, 1), date(2026, 6, 30), {})), "count")
    national = _counts(national_csv([release_of(cells_of(cases, q), q, 2) for q in QUARTERS]), "count")
    for value in activity + national:
        assert value.isdigit() or value in (HIDDEN_WORD, WITHHELD_WORD), value
        assert HIDDEN_MARK not in value and WITHHELD_MARK not in value
    assert WITHHELD_WORD not in activity  # the activity report hides cells, it withholds no quarter


def test_the_words_are_documented() -> None:
    text = README.read_text(encoding="utf-8")
    assert "### CSV files" in text
    section = text.split("### CSV files", 1)[1].split("###", 1)[0]
    assert f"`{HIDDEN_WORD}`" in section and f"`{WITHHELD_WORD}`" in section


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(0, 40), months=st.integers(1, 12))
def test_every_figures_csv_has_the_one_column_scheme(seed: int, count: int, months: int) -> None:
    """The activity report's CSV and the national CSV: the same header, the period as its first and
    last month (YYYY-MM) in every row -- one reader reads both (the tester found `quarter` in one and
    `period_start,period_end` in the other)."""
    from trustdesk.documents.figures_csv import COLUMNS

    cases = _cases(seed, count)
    end = date(2026, months, 28)
    activity = activity_report_csv(report_of(cases, [], date(2026, 1, 1), end, {})).decode("utf-8")
    national = national_csv([release_of(cells_of(cases, q), q, 2) for q in QUARTERS]).decode("utf-8")
    for text in (activity, national):
        header, *rows = list(csv.reader(io.StringIO(text)))
        assert tuple(header) == COLUMNS
        for row in rows:
            assert len(row) == len(COLUMNS)
            start, stop = row[0], row[1]
            assert len(start) == len(stop) == 7 and start[4] == stop[4] == "-" and start <= stop, row
    assert {tuple(r[:2]) for r in list(csv.reader(io.StringIO(activity)))[1:]} == {("2026-01", f"2026-{months:02d}")}
    assert {tuple(r[:2]) for r in list(csv.reader(io.StringIO(national)))[1:]} == {
        (q.months[0], q.months[-1]) for q in QUARTERS}


def test_the_columns_are_documented() -> None:
    from trustdesk.cli.figures_cli import __doc__ as figures_help
    from trustdesk.documents.figures_csv import COLUMNS

    section = README.read_text(encoding="utf-8").split("### CSV files", 1)[1].split("###", 1)[0]
    assert ",".join(COLUMNS) in section
    assert ",".join(COLUMNS) in (figures_help or "")
