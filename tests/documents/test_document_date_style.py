"""One date format per kind in a document (an outside tester found 6/12/2026, 06/12/2026 and
"dim. 6 déc." in one PDF): every date is written "6 december 2026" / "6 décembre 2026", a contact's
moment with its weekday; no numeric date, no abbreviated month.  And the *Scores* subheading is a
heading with room above it, not plain text stuck under the risk table."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from babel.dates import get_month_names
from conftest import fill_case, pdf_text
from hypothesis import given
from hypothesis import strategies as st

from trustdesk.documents.labels import Labels
from trustdesk.documents.layout import Paragraph, styles
from trustdesk.documents.redaction import Redaction
from trustdesk.documents.summaries import _scores, case_summary_pdf, contact_log_pdf
from trustdesk.domain.enums import Language
from trustdesk.domain.scores import Instrument, Score
from trustdesk.vault import Vault

NUMERIC = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def _abbreviated(words: Labels) -> re.Pattern[str]:
    """A day then an abbreviated month name that is not the month's full name ("6 déc." / "6 dec")."""
    wide = set(get_month_names("wide", locale=words._babel).values())
    short = [m for m in get_month_names("abbreviated", locale=words._babel).values() if m not in wide]
    return re.compile(r"\b\d{1,2} (" + "|".join(re.escape(m) for m in short) + r")(?![\w])")


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       language=st.sampled_from([Language.NL, Language.FR]))
def test_a_date_and_a_weekday_date_share_the_date(day: date, language: Language) -> None:
    words = Labels(language)
    plain = words.date(day)
    assert not NUMERIC.search(plain) and not _abbreviated(words).search(plain), plain
    assert plain in words.datetime(datetime.combine(day, datetime.min.time()).replace(hour=9))


@pytest.mark.parametrize("language", [Language.NL, Language.FR])
def test_every_date_in_the_documents_is_written_one_way(vault: Vault, language: Language) -> None:
    filled = fill_case(vault, language=language)
    case_id = filled.case.id
    assert case_id is not None
    vault.scores.add(Score(case_id=case_id, instrument=Instrument.PHQ9, total=12, taken_on=date(2026, 2, 5), item9=1))
    words = Labels(language)
    texts = [pdf_text(case_summary_pdf(vault, case_id, Redaction.FULL, today=date(2026, 12, 6))),
             pdf_text(contact_log_pdf(vault, case_id, today=date(2026, 12, 6)))]
    for text in texts:
        assert not NUMERIC.findall(text), NUMERIC.findall(text)
        assert not _abbreviated(words).findall(text), _abbreviated(words).findall(text)
        for day in (date(2026, 2, 5), date(2026, 2, 20), date(2026, 2, 10)):  # a score, the task, a step
            assert words.date(day) in texts[0], day


@pytest.mark.parametrize("language", [Language.NL, Language.FR])
def test_the_scores_heading_is_a_heading(language: Language) -> None:
    words = Labels(language)
    for scores in ([], [Score(case_id=1, instrument=Instrument.GAD7, total=5, taken_on=date(2026, 1, 2))]):
        first = _scores(scores, words, Redaction.FULL)[0]
        assert isinstance(first, Paragraph)
        assert first.style.name == styles().subheading.name and first.style.spaceBefore > 0
