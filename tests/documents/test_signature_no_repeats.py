"""The signature's role line says each part once (issue 18, outside test): a profile whose title already
holds "vertrouwenspersoon" (or "Personne de confiance", "hulpplatform voor artsen", in any case or
accents) does not make the letter read "huisarts, vertrouwenspersoon, vertrouwenspersoon, hulpplatform…".
Checked over random profiles in Dutch and French, through the rendered default letters too."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.documents.labels import Labels
from trustdesk.documents.letter_context import role_line, sample_context
from trustdesk.documents.library import default_templates
from trustdesk.documents.templates import render
from trustdesk.domain.models import TrustPersonProfile


def _same(part: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", part) if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def _variant(draw: st.DrawFn, part: str) -> str:
    """``part`` as a person might type it: other case, accents dropped, spaces around."""
    case = draw(st.sampled_from([str, str.upper, str.lower, str.capitalize, str.title]))
    text = case(part)
    if draw(st.booleans()):
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " " * draw(st.integers(0, 2)) + text + " " * draw(st.integers(0, 2))


@st.composite
def profiles(draw: st.DrawFn, language: str) -> TrustPersonProfile:
    role = [p.strip() for p in Labels(language)("letter.role").split(",")]
    own = ["huisarts", "psychiater", "médecin généraliste", "Psychiatre", "arbeidsarts"]
    parts = draw(st.lists(st.one_of(st.sampled_from(role), st.sampled_from(own)), max_size=5))
    title = ",".join(_variant(draw, p) for p in parts)
    name = draw(st.sampled_from(["Dr. An Peeters", "Marie Dubois, médecin généraliste", "Els Vermeulen, Huisarts"]))
    return TrustPersonProfile(name=name, title=title)


def _check(language: str, profile: TrustPersonProfile) -> None:
    line = role_line(Labels(language), profile)
    parts = [p.strip() for p in line.split(",")]
    keys = [_same(p) for p in parts]
    assert len(keys) == len(set(keys)), f"a part repeats in the signature: {line!r}"
    name_parts = {_same(p) for p in profile.name.split(",")[1:]}
    assert not name_parts & set(keys), f"the role line repeats the name line: {profile.name!r} / {line!r}"
    wanted = {_same(p) for p in (*profile.title.split(","), *Labels(language)("letter.role").split(","))
              if p.strip()} - name_parts
    assert set(keys) == wanted, "a part of the title or role went missing"
    # rendered in a default letter: the signature block never says a part twice either
    context = sample_context(language, today=date(2026, 3, 2))
    context["trust_person"] = {"name": profile.name, "title": profile.title, "role": line, "contact": "",
                               "riziv": ""}
    for template in default_templates():
        if template.language.value == language and template.kind.value.startswith("referral"):
            signature = render(template.body, context).rsplit(profile.name, 1)[1]
            assert [s.strip() for s in signature.strip().splitlines()][0] == line


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_dutch_signature_says_each_part_once(data: st.DataObject) -> None:
    _check("nl", data.draw(profiles("nl")))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_french_signature_says_each_part_once(data: st.DataObject) -> None:
    _check("fr", data.draw(profiles("fr")))


def test_the_outside_testers_profile() -> None:
    profile = TrustPersonProfile(name="Dr. An Peeters", title="huisarts, vertrouwenspersoon")
    assert role_line(Labels("nl"), profile) == "huisarts, vertrouwenspersoon, hulpplatform voor artsen"
    profile = TrustPersonProfile(name="Dr Marie Dubois", title="médecin généraliste, Personne de Confiance")
    assert role_line(Labels("fr"), profile) == "médecin généraliste, Personne de Confiance, plateforme d’aide aux médecins"
    assert role_line(Labels("nl"), TrustPersonProfile(name="X")) == "Vertrouwenspersoon, hulpplatform voor artsen"
