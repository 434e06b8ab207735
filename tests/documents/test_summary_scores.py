"""The case summary prints the questionnaires (issue 18, outside test: PHQ-9 scores were left out):
every PHQ-9 and GAD-7 total, and PHQ-9 item 9 apart, with its date in the document's date style (the
day when the level prints days, the month when pseudonymised: the numbers identify nobody, their dates
are dates like the others), nothing of them in the minimal summary.  Read back with pdftotext over
random score sets in Dutch and French."""

from __future__ import annotations

import re
import subprocess
from dataclasses import fields
from datetime import date, timedelta

from conftest import pdf_text
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trustdesk.documents.labels import Labels
from trustdesk.documents.redaction import POLICY, Redaction, Show, show
from trustdesk.documents.summaries import case_summary_pdf
from trustdesk.domain.enums import Language
from trustdesk.domain.models import Case
from trustdesk.domain.scores import Instrument, Score
from trustdesk.vault import Vault

SCORES = st.lists(st.tuples(st.sampled_from(list(Instrument)), st.integers(0, 21), st.integers(0, 400),
                            st.one_of(st.none(), st.integers(0, 3))), min_size=1, max_size=5)


def layout_lines(pdf: bytes) -> list[str]:
    """The PDF's lines as poppler lays them out (a table's row on a line of its own), spaces collapsed."""
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "fd://0", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [re.sub(r"\s+", " ", line).strip() for line in out.splitlines() if line.strip()]


def test_every_score_field_has_a_decision() -> None:
    assert {f.name for f in fields(Score)} == set(POLICY[Score])
    assert show(Redaction.PSEUDONYMISED, Score, "taken_on") is Show.MONTH


@example(scores=[(Instrument.PHQ9, 0, 1, None), (Instrument.PHQ9, 2, 0, 2)], language=Language.NL)  # "2" + "januari 2025"
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scores=SCORES, language=st.sampled_from([Language.NL, Language.FR]))
def test_the_summary_prints_every_score_and_item_9_in_its_date_style(
        vault: Vault, scores: list[tuple[Instrument, int, int, int | None]], language: Language) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2025, 1, 2), language=language))
    assert case.id is not None
    words = Labels(language)
    stored = [vault.scores.add(Score(case_id=case.id, instrument=instrument, total=total,
                                     taken_on=date(2025, 1, 2) + timedelta(days=days),
                                     item9=min(item9, total) if instrument is Instrument.PHQ9 and item9 is not None else None))
              for instrument, total, days, item9 in scores]
    name = {Instrument.PHQ9: "PHQ-9", Instrument.GAD7: "GAD-7"}
    for level in Redaction:
        pdf = case_summary_pdf(vault, case.id, level, today=date(2030, 1, 1))
        text = pdf_text(pdf)
        if level is Redaction.MINIMAL:
            assert words("field.item9") not in text and words("summary.scores") not in text
            continue
        assert words("field.item9") in text
        for score in stored:
            day = (words.date(score.taken_on) if level is Redaction.FULL
                   else words.month(score.taken_on.year, score.taken_on.month))
            item9 = str(score.item9) if score.item9 is not None else "–"
            row = rf"{re.escape(day)} {name[score.instrument]} {score.total} {re.escape(item9)}"
            assert re.search(row, text), (level, row, text)
            if level is Redaction.PSEUDONYMISED:  # no day on any line of the page as laid out: in the text
                # run together a row's last cell ("2") and the next row's month ("januari 2025") read as a day
                lines = layout_lines(pdf)
                assert not [line for line in lines if words.date(score.taken_on) in line], lines
            else:  # the same look finds the day where the level prints it
                assert [line for line in layout_lines(pdf) if line.startswith(words.date(score.taken_on))]
