"""Figures files (trust person -> coordinator) and the coordinator's merge."""

from __future__ import annotations

import json
import random
from datetime import date, datetime

import pytest
from exchange_helpers import random_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import CloseReason, Initiator, KnowledgeDomain
from trustdesk.domain.models import Case
from trustdesk.exchange import envelope
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.figures import MAX_BYTES, cells_of, counted, make_figures, read_figures
from trustdesk.exchange.keys import ContactCard, Identity, Role
from trustdesk.exchange.merge import FileStatus, merge_figures
from trustdesk.exchange.periods import Quarter, completed_quarters
from trustdesk.exchange.publication import marginals, release_of

Q3 = Quarter(2026, 3)
AFTER = datetime(2026, 10, 2, 9, 0)


def test_quarters() -> None:
    assert Quarter.parse("2026-Q3") == Q3 and str(Q3) == "2026-Q3"
    assert (Q3.start, Q3.end, Q3.months) == (date(2026, 7, 1), date(2026, 9, 30), ("2026-07", "2026-08", "2026-09"))
    assert Quarter(2026, 4).end == date(2026, 12, 31) and Quarter(2026, 4).next() == Quarter(2027, 1)
    assert completed_quarters(date(2026, 10, 1), date(2026, 2, 3)) == [Q3, Quarter(2026, 2), Quarter(2026, 1)]
    assert not Q3.ended_by(date(2026, 9, 30)) and Q3.ended_by(date(2026, 10, 1))
    for bad in ("2026-Q5", "2026Q1", "26-Q1", "2026-Q1 "):
        with pytest.raises(ValueError):
            Quarter.parse(bad)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(0, 60))
def test_cells_count_every_case_opened_in_the_quarter_exactly_once(seed: int, count: int) -> None:
    cases = random_cases(random.Random(seed), count, date(2026, 5, 1), date(2026, 11, 30))
    cells = cells_of(cases, Q3)
    inside = [c for c in cases if Q3.contains(c.opened_on) and counted(c)]  # returned intakes are no cases
    assert sum(cells.values()) == len(inside)
    exact = marginals(cells, Q3)
    for domain in KnowledgeDomain:
        assert exact["domain"][domain.value] == sum(1 for c in inside if domain in c.domains)
    for initiator in Initiator:
        assert exact["initiator"][initiator.value] == sum(1 for c in inside if c.initiator is initiator)
    closed_by_end = sum(1 for c in inside if c.closed_on and c.closed_on <= Q3.end)
    assert sum(v for k, v in exact["outcome"].items() if k != "open") == closed_by_end


def test_the_outcome_is_taken_at_the_quarters_end() -> None:
    case = Case(code="TD-1", opened_on=date(2026, 8, 3), closed_on=date(2026, 10, 5),
                close_reason=CloseReason.STRUCTURAL_SOLUTION)
    assert {cell[4] for cell in cells_of([case], Q3)} == {"open"}


def _tp(name: str) -> tuple[Identity, ContactCard]:
    identity = Identity.generate()
    return identity, identity.card(name, Role.TRUST_PERSON)


def test_a_figures_file_round_trips(coordinator: Identity, coordinator_card: ContactCard) -> None:
    identity, card = _tp("Dr Een")
    cells = cells_of(random_cases(random.Random(1), 30, Q3.start, Q3.end), Q3)
    data, file_id = make_figures(cells, Q3, identity, coordinator_card, now=AFTER)
    figures = read_figures(data, coordinator, {card.key_id: card})
    assert (figures.file_id, figures.quarter, dict(figures.cells)) == (file_id, Q3, cells)
    assert figures.sender == card


def test_a_quarter_that_has_not_ended_cannot_be_sent(coordinator_card: ContactCard) -> None:
    identity, _ = _tp("Dr Een")
    with pytest.raises(ValueError, match="not ended"):
        make_figures({}, Q3, identity, coordinator_card, now=datetime(2026, 9, 30, 23, 0))


def _good_file(coordinator_card: ContactCard, seed: int = 1) -> tuple[bytes, dict[str, ContactCard]]:
    identity, card = _tp("Dr Een")
    cells = cells_of(random_cases(random.Random(seed), 20, Q3.start, Q3.end), Q3)
    return make_figures(cells, Q3, identity, coordinator_card, now=AFTER)[0], {card.key_id: card}


def test_figures_in_the_wrong_mailbox_cannot_be_read(coordinator_card: ContactCard, stranger: Identity) -> None:
    """Sent to the wrong address, a figures file opens only with the coordinator's key."""
    data, cards = _good_file(coordinator_card)
    with pytest.raises(ExchangeRejected) as caught:
        read_figures(data, stranger, cards)
    assert caught.value.reason is Refusal.WRONG_RECIPIENT


def test_figures_from_a_card_the_coordinator_does_not_hold_are_refused(
        coordinator: Identity, coordinator_card: ContactCard) -> None:
    data, _ = _good_file(coordinator_card)
    with pytest.raises(ExchangeRejected) as caught:
        read_figures(data, coordinator, {})
    assert caught.value.reason is Refusal.UNKNOWN_SENDER


@settings(max_examples=40, deadline=None)
@given(position=st.integers(min_value=0), bit=st.integers(0, 7), cut=st.integers(min_value=0))
def test_tampered_and_truncated_figures_are_refused(coordinator: Identity, coordinator_card: ContactCard,
                                                    position: int, bit: int, cut: int) -> None:
    data, cards = _good_file(coordinator_card)
    index = position % len(data)
    for bad in (data[:index] + bytes([data[index] ^ (1 << bit)]) + data[index + 1:], data[:cut % len(data)]):
        with pytest.raises(ExchangeRejected):
            read_figures(bad, coordinator, cards)


def test_oversized_figures_are_refused(coordinator: Identity, coordinator_card: ContactCard) -> None:
    data, cards = _good_file(coordinator_card)
    magic, _, rest = data.partition(b"\n")
    _, _, sealed = rest.partition(b"\n")
    for bad, reason in ((data + b"\0" * MAX_BYTES, Refusal.TOO_LARGE),
                        (magic + b"\n" + json.dumps({"bytes": 10**13, "format": 1}).encode() + b"\n" + sealed,
                         Refusal.TOO_LARGE)):
        with pytest.raises(ExchangeRejected) as caught:
            read_figures(bad, coordinator, cards)
        assert caught.value.reason is reason


@pytest.mark.parametrize("cells", [
    [["2026-10", "burnout", "doctor", "liege", "open", 3]],  # a month outside the quarter
    [["2026-07", "astrology", "doctor", "liege", "open", 3]],
    [["2026-07", "depression+burnout", "doctor", "liege", "open", 3]],  # not canonical
    [["2026-07", "burnout", "doctor", "atlantis", "open", 3]],
    [["2026-07", "burnout", "doctor", "liege", "open", 0]],
    [["2026-07", "burnout", "doctor", "liege", "open", 10**9]],
    [["2026-07", "burnout", "doctor", "liege", "open", True]],
    [["2026-07", "burnout", "doctor", "liege", "open", 2]] * 2,  # the same cell twice
    [["2026-07", "burnout", "doctor", "liege", "open"]],
])
def test_signed_figures_with_forbidden_cells_are_refused(coordinator: Identity, coordinator_card: ContactCard,
                                                        cells: list[list[object]]) -> None:
    import base64

    import pyrage

    identity, card = _tp("Dr Een")
    body = envelope.canonical({"kind": "figures", "id": "1" * 32, "created": AFTER.isoformat(),
                               "recipient": coordinator_card.key_id, "period": "2026-Q3", "cells": cells})
    inner = envelope.canonical({"format": 1, "kind": "figures", "signer": identity.key_id,
                                "payload": base64.b64encode(body).decode(),
                                "signature": base64.b64encode(identity.sign(b"TrustDesk/figures/v1\n" + body)).decode()})
    sealed = pyrage.encrypt(inner, [coordinator_card.age_key()])
    data = envelope.magic("figures") + envelope.canonical({"bytes": len(sealed), "format": 1}) + b"\n" + sealed
    with pytest.raises(ExchangeRejected) as caught:
        read_figures(data, coordinator, {card.key_id: card})
    assert caught.value.reason is Refusal.MALFORMED


def test_merge_takes_the_newest_file_per_trust_person_and_quarter(coordinator: Identity,
                                                                  coordinator_card: ContactCard,
                                                                  stranger: Identity) -> None:
    rng = random.Random(7)
    people = [_tp(f"Dr {i}") for i in range(3)]
    cards = {card.key_id: card for _, card in people}
    files: list[tuple[str, bytes]] = []
    expected: dict[str, int] = {}
    for index, (identity, card) in enumerate(people):
        old = cells_of(random_cases(rng, 10, Q3.start, Q3.end), Q3)
        new = cells_of(random_cases(rng, 12 + index, Q3.start, Q3.end), Q3)
        old_file, _ = make_figures(old, Q3, identity, coordinator_card, now=AFTER)
        new_file, _ = make_figures(new, Q3, identity, coordinator_card, now=datetime(2026, 10, 9, 9, 0))
        files += [(f"new-{index}", new_file), (f"old-{index}", old_file)]
        expected[card.key_id] = sum(new.values())
    files.append(("again-0", files[0][1]))
    foreign_identity, _ = _tp("Dr Onbekend")
    files.append(("foreign", make_figures({}, Q3, foreign_identity, coordinator_card, now=AFTER)[0]))
    files.append(("wrong-mailbox", make_figures({}, Q3, people[0][0],
                                                stranger.card("Other", Role.COORDINATOR), now=AFTER)[0]))
    files.append(("tampered", files[0][1][:-3] + b"xyz"))
    result = merge_figures(files, coordinator, cards)
    status = {f.name: f.status for f in result.files}
    assert [status[f"new-{i}"] for i in range(3)] == [FileStatus.MERGED] * 3
    assert [status[f"old-{i}"] for i in range(3)] == [FileStatus.SUPERSEDED] * 3
    assert status["again-0"] is FileStatus.DUPLICATE
    reasons = {f.name: f.reason for f in result.files if f.status is FileStatus.REFUSED}
    assert reasons == {"foreign": Refusal.UNKNOWN_SENDER, "wrong-mailbox": Refusal.WRONG_RECIPIENT,
                       "tampered": Refusal.TAMPERED}
    assert sum(result.cells[Q3].values()) == sum(expected.values())
    (release,) = result.releases
    assert release.total == sum(expected.values()) and release.contributors == 3


def test_a_released_quarter_is_never_released_again_with_other_numbers(coordinator: Identity,
                                                                       coordinator_card: ContactCard) -> None:
    identity, card = _tp("Dr Een")
    first = cells_of(random_cases(random.Random(3), 30, Q3.start, Q3.end), Q3)
    data, _ = make_figures(first, Q3, identity, coordinator_card, now=AFTER)
    published = merge_figures([("a", data)], coordinator, {card.key_id: card}).releases[0]
    corrected = cells_of(random_cases(random.Random(4), 33, Q3.start, Q3.end), Q3)
    later, _ = make_figures(corrected, Q3, identity, coordinator_card, now=datetime(2026, 11, 1))
    result = merge_figures([("a", data), ("b", later)], coordinator, {card.key_id: card}, released={Q3: published})
    assert result.releases == [published]
    assert result.notes[0].frozen and result.notes[0].changed
    assert release_of(corrected, Q3, 1) != published
