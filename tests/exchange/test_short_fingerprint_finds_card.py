"""``coordinator intake --to`` takes the short fingerprint shown everywhere ("76905 74866", as the merge
summary prints it; outside tester: refused), and a refusal says whether no card matches or several do,
listing those."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustdesk.cli import exits
from trustdesk.cli.coordinator_cli import _recipient
from trustdesk.exchange.coordinator import CardsMatch, CoordinatorDesk
from trustdesk.exchange.keys import Identity, Role, person_label, short_fingerprint

DESK_PASSPHRASE = "the coordinator's own desk"


def test_the_short_fingerprint_finds_the_card(tmp_path: Path) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    cards = [Identity.generate().card(f"Dr {i}", Role.TRUST_PERSON) for i in range(6)]
    for card in cards:
        desk.add_card(card.to_bytes(), card.fingerprint)
    for card in cards:
        for given in (short_fingerprint(card), person_label(card).split("[")[1], card.fingerprint):
            assert desk.find_card(given).key_id == card.key_id
        with pytest.raises(CardsMatch) as none:
            desk.find_card(short_fingerprint(card)[:4])  # too few digits to tell anyone
        assert none.value.matches == []
    with pytest.raises(exits.Refused, match="no trust person's card matches"):
        _recipient(desk, "00000 00000")


def test_several_matches_are_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    cards = [Identity.generate().card(f"Dr {i}", Role.TRUST_PERSON) for i in range(2)]
    for card in cards:
        desk.add_card(card.to_bytes(), card.fingerprint)
    monkeypatch.setattr("trustdesk.exchange.coordinator.SHORT_DIGITS", 0)  # every card shares the empty start
    with pytest.raises(exits.Refused, match="several trust persons' cards match") as refused:
        _recipient(desk, "-")
    assert all(c.fingerprint in str(refused.value) for c in cards)
