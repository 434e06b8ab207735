"""The national report's table headers stay apart: each header wraps inside its own column, so poppler
reads every header of a table as its own text, never two run together ("Nouveaux dossiersPersonnes de
confiance"), in every language and for any number of quarters."""

from __future__ import annotations

import random
import subprocess

import pytest
from exchange_helpers import random_cases

from trustdesk.documents.labels import Labels
from trustdesk.exchange.figures import cells_of
from trustdesk.exchange.national_pdf import _w, national_pdf, quarter_label
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import release_of


def _lines(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "fd://0", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [line.strip() for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize("count", [1, 3, 7])
def test_no_two_headers_run_together(language: str, count: int) -> None:
    quarters = [Quarter(2024, 1)]
    while len(quarters) < count:
        quarters.append(quarters[-1].next())
    cases = random_cases(random.Random(count), 60 * count, quarters[0].start, quarters[-1].end)
    releases = [release_of(cells_of(cases, q), q, 40) for q in quarters]
    lines = _lines(national_pdf(releases, language))
    words = Labels(language)
    header_rows = [[_w(words, "total"), _w(words, "contributors")],
                   [_w(words, "month_1"), _w(words, "month_2"), _w(words, "month_3")],
                   [quarter_label(words, q) for q in quarters]]
    for headers in header_rows:
        for header in headers:
            assert any(header in line for line in lines), (header, lines[:20])
        for line in lines:  # a line made of two or more headers and nothing else: they ran together
            rest = line
            for header in headers:
                rest = rest.replace(header, "")
            assert sum(header in line for header in headers) <= 1 or rest.strip(), line


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize("contributors", [1, 2, 40])
def test_the_subtitle_counts_trust_persons_in_good_grammar(language: str, contributors: int) -> None:
    """"1 personnes de confiance" was printed for one trust person: one is said in the singular."""
    quarter = Quarter(2024, 1)
    cases = random_cases(random.Random(contributors), 60, quarter.start, quarter.end)
    text = " ".join(_lines(national_pdf([release_of(cells_of(cases, quarter), quarter, contributors)], language)))
    plural = {"nl": "vertrouwenspersonen", "fr": "personnes de confiance", "en": "trust persons"}[language]
    singular = {"nl": "1 vertrouwenspersoon,", "fr": "d'une personne de confiance", "en": "1 trust person,"}[language]
    assert f"1 {plural}" not in text
    if contributors == 1:
        assert singular in text.replace("’", "'")
    else:
        assert f"{contributors} {plural}" in text
