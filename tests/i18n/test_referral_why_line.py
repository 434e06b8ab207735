"""In "New referral" the line under a relevant provider says what it is: an outside tester read
"★ Depressie · nl" as an entry of its own among the providers.  The line now says it is why the
provider above suits the case, and names a language in words, never as a bare code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.waits import switch_language
from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.domain.knowledge import Relevance
from trustdesk.domain.models import Provider
from trustdesk.ui.case.referral_dialog import why_line, why_text
from trustdesk.ui.kit.language import Translations

CODES = {language.value for language in Language}


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_why_line_says_what_it_is(translations: Translations, language: str) -> None:
    switch_language(translations, language)
    provider = Provider(kind=ProviderKind.PSYCHOLOGIST, name="Praktijk De Brug")

    @settings(max_examples=30, deadline=None)
    @given(domains=st.lists(st.sampled_from(list(CareDomain)), max_size=2, unique=True),
           spoken=st.one_of(st.none(), st.sampled_from(list(Language))),
           province=st.one_of(st.none(), st.sampled_from(list(Province))), crisis=st.booleans())
    def check(domains: list[CareDomain], spoken: Language | None, province: Province | None, crisis: bool) -> None:
        why = why_text(Relevance(provider, tuple(domains), province, spoken, crisis))
        if not why:
            return
        assert not CODES & {part.strip() for part in why.split("\u00b7")}, why
        line = why_line(why)
        assert line.startswith("\n") and why in line
        assert line.strip().removeprefix("\u2605").strip() != why, "the line does not say what it is"

    check()
