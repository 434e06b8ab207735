"""The lowest assessed risk level is a finding, not a certainty (outside tester: "Aucun risque / Geen
risico" reads as a clinical guarantee; clinicians write "pas de risque identifié / geen risico
vastgesteld").  On screen and in print, in every language, the level says it was not *identified*; no
translation anywhere still names the level as a bare "no risk"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.waits import switch_language
from trustdesk.documents.labels import Labels
from trustdesk.domain.enums import Language, RiskLevel
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.risk_badge import risk_text

WORDS = {"en": "no risk identified", "nl": "geen risico vastgesteld", "fr": "pas de risque identifié"}
BARE = {"nl": re.compile(r"geen risico(?! vastgesteld)(?!-)", re.I), "fr": re.compile(r"aucun risque", re.I)}
CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.mark.parametrize("language", list(WORDS))
def test_the_level_says_no_risk_was_identified(translations: Translations, language: str) -> None:
    switch_language(translations, language)
    try:
        assert risk_text(RiskLevel.NONE).casefold() == WORDS[language]
        assert Labels(Language(language)).enum(RiskLevel.NONE).casefold() == WORDS[language]
        for level in RiskLevel:  # and no other level is worded as the lowest one
            if level is not RiskLevel.NONE:
                assert WORDS[language] not in risk_text(level).casefold()
    finally:
        switch_language(translations, "en")


@pytest.mark.parametrize("language", list(BARE))
def test_no_translation_says_a_bare_no_risk(language: str) -> None:
    text = (CATALOGUES / f"trustdesk_{language}.ts").read_text(encoding="utf-8")
    translations = re.findall(r"<translation>([^<]*)</translation>", text)
    assert translations
    bare = [t for t in translations if BARE[language].search(t)]
    assert not bare, bare
