"""Document wording: every enum value and every label exists in nl, fr and en; Babel dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from trustdesk.documents.labels import _T, ENUM_PREFIX, Labels, doc_language
from trustdesk.domain.enums import Language


@pytest.mark.parametrize("enum", list(ENUM_PREFIX), ids=lambda e: e.__name__)
def test_every_enum_value_has_words_in_every_language(enum: type) -> None:
    for language in ("nl", "fr", "en"):
        words = Labels(language)
        for value in enum:
            assert words.enum(value).strip(), (language, value)


def test_every_label_is_written_in_three_languages() -> None:
    for key, texts in _T.items():
        assert len(texts) == 3 and all(t.strip() for t in texts), key
        placeholders = [sorted(part.split("}")[0] for part in t.split("{")[1:]) for t in texts]
        assert placeholders[0] == placeholders[1] == placeholders[2], key


def test_the_three_languages_differ_where_they_should() -> None:
    nl, fr, en = Labels("nl"), Labels("fr"), Labels("en")
    assert len({nl("footer.confidential"), fr("footer.confidential"), en("footer.confidential")}) == 3
    assert fr("footer.page", page=2, pages=5) == "Page 2 sur 5"


def test_languages_and_fallback() -> None:
    assert doc_language(Language.DE) == "en" and doc_language("fr") == "fr" and doc_language("xx") == "en"
    assert Labels(Language.NL).locale == "nl_BE"


def test_dates_come_from_babel() -> None:
    assert Labels("nl").date(date(2026, 3, 1)) == "1 maart 2026"
    assert Labels("fr").date(date(2026, 2, 3)) == "3 février 2026"
    assert Labels("en").month(2026, 8) == "August 2026"
    assert Labels("fr").month(2026, 8) == "août 2026"
    assert "14:30" in Labels("nl").datetime(datetime(2026, 3, 5, 14, 30))


def test_french_colon_gets_a_no_break_space() -> None:
    assert Labels("fr").colon("Risque") == "Risque\u00a0:" and Labels("en").colon("Risk") == "Risk:"
