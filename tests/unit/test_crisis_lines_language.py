"""The plan's crisis lines (step 5, the case header at acute risk) follow the document's language: the
directory's lines of the other language are left out, lines for both stay; each shown once, in French
with the non-breaking space before ':' (issue 18)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustdesk.domain.enums import ProviderKind
from trustdesk.domain.models import Provider
from trustdesk.domain.safety import CRISIS_LINES, crisis_line_text, default_professionals
from trustdesk.packs.bundled import starter_directory_csv
from trustdesk.packs.provider_csv import apply_import, parse_providers_csv
from trustdesk.ui.safety.queries import crisis_lines
from trustdesk.vault import Vault

OTHER = {"nl": "fr", "fr": "nl"}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_crisis_line_of_the_other_language_is_listed(vault: Vault, language: str) -> None:
    apply_import(vault, parse_providers_csv(starter_directory_csv(), existing=vault.providers.list()))
    vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name="Ligne sans langue", phone="0800 11 222"))
    crisis = vault.providers.list(kind=ProviderKind.CRISIS_LINE)
    other_only = [p for p in crisis if {lang.value for lang in p.languages} == {OTHER[language]}]
    both = [p for p in crisis if not p.languages or language in {lang.value for lang in p.languages}]
    assert other_only and both  # the starter directory has lines of each language and for both
    text = crisis_lines(vault, language)
    for provider in other_only:
        assert provider.name not in text and provider.phone not in text, (language, provider.name)
    for name, _number in CRISIS_LINES[OTHER[language]]:
        if name not in dict(CRISIS_LINES[language]):
            assert name not in text
    for provider in both:
        assert provider.phone in text  # national lines valid in this language stay
    for line in text.splitlines():
        number = re.findall(r"\d[\d ]*\d|\d", line)
        assert len(number) == 1 or line.startswith("Noodnummer 112"), line  # the number once
        if language == "fr" and ":" in line:
            assert "\u00a0:" in line and " :" not in line.replace("\u00a0:", ""), line
        if language == "nl":
            assert "\u00a0" not in line


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_built_in_lines_show_each_number_once(language: str) -> None:
    for line in default_professionals(language).splitlines():
        name, _, number = line.rpartition("\u00a0: " if language == "fr" else ": ")
        assert name and number and number not in name


@given(st.text(max_size=20), st.from_regex(r"\d{3,4}", fullmatch=True), st.sampled_from(["nl", "fr", "en"]))
def test_a_line_names_its_number_once(name: str, number: str, language: str) -> None:
    text = crisis_line_text(name, number, language)
    assert text.count(number) == max(1, name.count(number))

