"""Ideation is not behaviour (issue 18: recording a doctor's passive thoughts of death put the case under
"Suïcidaal gedrag"): the case's suicidality theme names thoughts as well as behaviour, in the interface
and in the printed documents, in Dutch, French and English.  The bare "behaviour" wording is also a
forbidden synonym in resources/translations/glossary.json, so it cannot come back elsewhere."""

from __future__ import annotations

import pytest

from trustdesk.documents.labels import Labels
from trustdesk.domain.enums import KnowledgeDomain
from trustdesk.ui.kit.case_labels import domain_text
from trustdesk.ui.kit.language import Translations

THOUGHTS = {"nl": ("gedachten", "gedrag"), "fr": ("idées", "comportements"), "en": ("thoughts", "behaviour")}


@pytest.mark.parametrize("language", sorted(THOUGHTS))
def test_the_suicidality_theme_names_thoughts_and_behaviour(translations: Translations, language: str) -> None:
    translations.install(language)
    try:
        for text in (domain_text(KnowledgeDomain.SUICIDAL_BEHAVIOUR),
                     Labels(language).enum(KnowledgeDomain.SUICIDAL_BEHAVIOUR)):
            thoughts, behaviour = THOUGHTS[language]
            assert thoughts in text.lower() and behaviour in text.lower(), text
            assert text.lower().index(thoughts) < text.lower().index(behaviour), "thoughts come first"
    finally:
        translations.install("en")
