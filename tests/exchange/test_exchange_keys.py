"""Contact cards: round trip, fingerprints, and hostile card files."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.domain.text_forms import hidden_controls
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.keys import MAX_CARD_BYTES, ContactCard, Identity, Role, parse_card

NAMES = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=60).filter(
    lambda s: s.strip() != "" and not hidden_controls(s))  # a name with hidden characters: test_names_one_text_form


@settings(max_examples=30, deadline=None)
@given(name=NAMES, role=st.sampled_from(list(Role)))
def test_a_card_survives_its_file(coordinator: Identity, name: str, role: Role) -> None:
    card = coordinator.card(name, role)
    again = parse_card(card.to_bytes())
    assert again == card
    assert again.key_id == coordinator.key_id
    assert again.fingerprint == coordinator.fingerprint


def test_fingerprint_is_six_groups_of_five_digits_and_differs_per_key() -> None:
    seen = set()
    for _ in range(20):
        fingerprint = Identity.generate().fingerprint
        groups = fingerprint.split(" ")
        assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
        seen.add(fingerprint)
    assert len(seen) == 20


def _document(card: ContactCard) -> dict[str, object]:
    return json.loads(card.to_bytes())


def test_a_card_whose_sealing_key_was_swapped_is_refused(coordinator: Identity, stranger: Identity) -> None:
    document = _document(coordinator.card("Coordinator", Role.COORDINATOR))
    document["age"] = stranger.age_recipient  # someone who wants the figures for themselves
    with pytest.raises(ExchangeRejected) as caught:
        parse_card(json.dumps(document).encode())
    assert caught.value.reason is Refusal.TAMPERED


@pytest.mark.parametrize(("change", "reason"), [
    ({"name": "Other name"}, Refusal.TAMPERED),
    ({"role": "trust_person"}, Refusal.TAMPERED),
    ({"format": 2}, Refusal.NEWER_FORMAT),
    ({"format": "1"}, Refusal.MALFORMED),
    ({"kind": "something"}, Refusal.NOT_THIS_KIND),
    ({"ed25519": "AAAA"}, Refusal.MALFORMED),
    ({"age": "age1notakey"}, Refusal.MALFORMED),
    ({"name": "line\nbreak"}, Refusal.MALFORMED),
    ({"created": "yesterday"}, Refusal.MALFORMED),
    ({"signature": "!!"}, Refusal.MALFORMED),
])
def test_edited_cards_are_refused(coordinator: Identity, change: dict[str, object], reason: Refusal) -> None:
    document = {**_document(coordinator.card("Coordinator", Role.COORDINATOR)), **change}
    with pytest.raises(ExchangeRejected) as caught:
        parse_card(json.dumps(document).encode())
    assert caught.value.reason is reason


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=400))
def test_random_bytes_are_never_a_card(data: bytes) -> None:
    with pytest.raises(ExchangeRejected):
        parse_card(data)


def test_an_oversized_card_is_refused_before_parsing(coordinator: Identity) -> None:
    padded = coordinator.card("C", Role.COORDINATOR).to_bytes().rstrip(b"\n") + b" " * MAX_CARD_BYTES
    with pytest.raises(ExchangeRejected) as caught:
        parse_card(padded)
    assert caught.value.reason is Refusal.TOO_LARGE


def test_identity_survives_its_json_form(coordinator: Identity) -> None:
    again = Identity.from_json(coordinator.to_json())
    assert again.key_id == coordinator.key_id
    with pytest.raises(ValueError):
        Identity.from_json({"age": "AGE-SECRET-KEY-1XYZ", "ed25519": "AAAA"})
