"""A French letter names a doctor whose name starts with a title with its article (outside tester:
"j’accompagne Dr Marc…"): "j’accompagne le Dr Marc Peeters", "la Dre Anne Lambert"; a name without a
title, and Dutch and English letters, write the name as it is.  Checked over generated names through
the shipped French letters."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.documents.letter_context import build_context, named
from trustdesk.documents.library import default_templates
from trustdesk.documents.templates import preview
from trustdesk.domain.enums import Language, SharedField
from trustdesk.domain.models import Case, Referral

TITLES = {"Dr": "le", "Dr.": "le", "dr": "le", "Docteur": "le", "Pr": "le", "Prof.": "le", "Dre": "la", "": ""}
names = st.tuples(st.sampled_from(sorted(TITLES)), st.sampled_from(["Marc Peeters", "Anne Lambert", "Drieghe Jan"]))


@settings(max_examples=60, deadline=None)
@given(name=names, language=st.sampled_from(["fr", "nl", "en"]))
def test_a_titled_name_takes_its_article_in_french(name: tuple[str, str], language: str) -> None:
    title, rest = name
    full = f"{title} {rest}".strip()
    article = TITLES[title] if language == "fr" else ""
    assert named(full, language) == (f"{article} {full}" if article else full)


@settings(max_examples=20, deadline=None)
@given(name=names)
def test_the_french_letters_say_le_dr(name: tuple[str, str]) -> None:
    title, rest = name
    full = f"{title} {rest}".strip()
    case = Case(code="TD-2026-0001", opened_on=date(2026, 12, 1), language=Language.FR, doctor_name=full)
    referral = Referral(case_id=1, provider_name="Dr Koen Maes", consent_given=True,
                        consent_fields=frozenset(SharedField), reason="épuisement")
    context = build_context(case=case, referral=referral, language="fr", today=date(2026, 12, 7))
    for template in (t for t in default_templates() if t.language is Language.FR and t.kind.value != "agreement_note"):
        text = preview(template.body, context).text
        assert f"j’accompagne {named(full, 'fr')}" in text, (template.kind, text[:300])
        if title:
            assert f"j’accompagne {title} " not in text
