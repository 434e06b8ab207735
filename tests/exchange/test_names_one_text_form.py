"""One text form for the names and workplaces people type or import (outside reviewer: a workplace with a
Cyrillic а escaped the conflict-of-interest check; U+202E was stored in a workplace and in a pack
provider's name, showing it reversed).  ``text_forms.clean_text`` (NFC, no bidirectional or zero-width
character) is applied to the intake's texts, pack CSV and stored providers' names, and a card refuses
a name that needs it; ``skeleton``/``fold`` compare names with look-alike letters made Latin, as the
conflict check does."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.domain.conflicts import overlaps
from trustdesk.domain.enums import Initiator, Language, ProviderKind
from trustdesk.domain.models import Provider
from trustdesk.domain.text_forms import HIDDEN, clean_text, hidden_controls, skeleton
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.intake import IntakeForm
from trustdesk.exchange.keys import ContactCard, Identity, Role, parse_card
from trustdesk.packs.provider_csv import parse_providers_csv
from trustdesk.vault import Vault

LOOK_ALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і", "j": "ј", "s": "ѕ", "A": "А", "B": "В",
              "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Z": "Ζ"}
WORKPLACES = ["AZ Sint-Jan Brugge", "UZ Gent", "Cliniques universitaires Saint-Luc", "ZNA Middelheim",
              "CHU de Liège", "AZ Groeninge Kortrijk", "Jessa Ziekenhuis Hasselt", "Huisartsenpraktijk De Linde"]
HIDDEN_CHARS = st.sampled_from(sorted(HIDDEN))


@st.composite
def disguised(draw: st.DrawFn, text: str) -> str:
    """``text`` with some letters swapped for look-alikes and hidden characters slipped in."""
    out = []
    for ch in text:
        if ch in LOOK_ALIKE and draw(st.booleans()):
            ch = LOOK_ALIKE[ch]
        out.append(ch)
        if draw(st.integers(0, 9)) == 0:
            out.append(draw(HIDDEN_CHARS))
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40), hidden=st.lists(st.tuples(st.integers(0, 40), HIDDEN_CHARS), max_size=4))
def test_clean_text_drops_every_hidden_character_and_is_stable(text: str, hidden: list[tuple[int, str]]) -> None:
    for at, ch in hidden:
        text = text[:at] + ch + text[at:]
    cleaned = clean_text(text)
    assert not hidden_controls(cleaned) and clean_text(cleaned) == cleaned
    assert unicodedata.normalize("NFC", cleaned) == cleaned


@settings(max_examples=200, deadline=None)
@given(data=st.data(), workplace=st.sampled_from(WORKPLACES))
def test_a_disguised_workplace_is_the_same_for_the_conflict_check(data: st.DataObject, workplace: str) -> None:
    other = data.draw(disguised(workplace))
    assert skeleton(other) == skeleton(workplace)
    assert overlaps([workplace], [other]), other  # the affiliation is found whatever the letters look like


@settings(max_examples=100, deadline=None)
@given(data=st.data(), workplace=st.sampled_from(WORKPLACES))
def test_an_intake_carries_its_texts_clean(data: st.DataObject, workplace: str) -> None:
    typed = data.draw(disguised(workplace))
    form = IntakeForm(coordinator_ref="AIN\u202e-1", initiator=Initiator.DOCTOR, language=Language.NL,
                      workplace=typed, consent_to_contact=True, doctor_name="Dr.\u200b X\u202e")
    assert not any(hidden_controls(v) for v in (form.workplace, form.doctor_name, form.coordinator_ref))
    assert IntakeForm.from_json(form.to_json()) == form and overlaps([workplace], [form.workplace])


def test_a_card_refuses_a_name_with_hidden_characters() -> None:
    person = Identity.generate()
    for name in ("name\u202eevil", "Dr.\u200bAlice", "\u2066Alice\u2069"):
        with pytest.raises(ValueError):
            person.card(name, Role.TRUST_PERSON)
        unsigned = ContactCard(Role.TRUST_PERSON, name, person.age_recipient, person.ed25519_public, person.created)
        signed = ContactCard(unsigned.role, name, unsigned.age_recipient, unsigned.ed25519, unsigned.created,
                             person.sign(unsigned.statement()))  # a card made by another program, signed as such
        with pytest.raises(ExchangeRejected) as refused:
            parse_card(signed.to_bytes())
        assert refused.value.reason is Refusal.MALFORMED


@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_a_pack_csv_provider_name_is_stored_clean(data: st.DataObject) -> None:
    name = data.draw(disguised("Praktijk De Linde")) + "\u202eevil"
    rows = ("key;kind;name;organisation;languages;region;phone;email;website;notes;sees_physicians\r\n"
            f"psy-a;psychologist;{name};Org\u200d;nl;antwerp;03 123 45 67;;;;ja\r\n")
    preview = parse_providers_csv(rows.encode("utf-8"))
    (provider,) = [r.provider for r in preview.rows if r.provider is not None]
    assert not hidden_controls(provider.name) and not hidden_controls(provider.organisation)


def test_a_provider_typed_with_hidden_characters_is_stored_clean(vault: Vault) -> None:
    stored = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="name\u202eevil",
                                          organisation="Org\u200b"))
    assert stored.id is not None
    again = vault.providers.get(stored.id)
    assert again is not None and (again.name, again.organisation) == ("nameevil", "Org")
    vault.providers.update(replace(again, name="x\u2067y"))
    assert vault.providers.get(stored.id).name == "xy"  # type: ignore[union-attr]
