"""A withheld quarter is said in words, alike in the national PDFs, national.csv and the merge summary
(outside tester: the PDF said "Samengevoegde cijfers van 0 vertrouwenspersonen" -- fr "0 personnes de
confiance" -- while the summary said "(achtergehouden, 2 vertrouwenspersonen)")."""

from __future__ import annotations

import random
import re
from datetime import datetime

from exchange_helpers import random_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.documents.conftest import pdf_text
from trustdesk.cli.figures_summary import summary
from trustdesk.exchange.figures import cells_of, make_figures
from trustdesk.exchange.keys import Identity, Role
from trustdesk.exchange.merge import merge_figures
from trustdesk.exchange.national_pdf import national_csv, national_pdf
from trustdesk.exchange.periods import Quarter

QUARTER = Quarter(2026, 3)
PEOPLE = [Identity.generate() for _ in range(4)]
CARDS = {p.key_id: p.card(f"Dr {i}", Role.TRUST_PERSON) for i, p in enumerate(PEOPLE)}
COORDINATOR = Identity.generate()
NOT_PUBLISHED = {"nl": "niet gepubliceerd", "fr": "non publiés", "en": "not published"}
PERSONS = {"nl": "vertrouwensperso", "fr": "personne", "en": "trust person"}


@settings(max_examples=12, deadline=None)
@given(cases=st.lists(st.integers(0, 1), min_size=1, max_size=4), seed=st.integers(0, 1000))
def test_a_withheld_quarter_is_said_in_words_everywhere(cases: list[int], seed: int) -> None:
    desk_card = COORDINATOR.card("Coördinatie", Role.COORDINATOR)
    files = []
    for who, count in enumerate(cases):
        cells = cells_of(random_cases(random.Random(seed + who), count, QUARTER.start, QUARTER.end), QUARTER)
        files.append((f"f{who}", make_figures(cells, QUARTER, PEOPLE[who], desk_card,
                                              now=datetime(2026, 10, 2, 9, who))[0]))
    result = merge_figures(files, COORDINATOR, CARDS, today=QUARTER.end.replace(month=12, day=1))
    (release,) = result.releases
    assert release.total is None  # under 5 cases in all
    said = summary(result).split("quarters:")[1]
    assert "withheld" in said and not re.search(r"\d+ trust person", said), said
    assert "withheld" in national_csv(result.releases).decode()
    for language in ("nl", "fr", "en"):
        subtitle = pdf_text(national_pdf(result.releases, language)).split(PERSONS[language].capitalize())[0]
        assert NOT_PUBLISHED[language] in subtitle, subtitle
        assert not re.search(r"\d+ " + PERSONS[language], subtitle), subtitle  # no "0 trust persons"
