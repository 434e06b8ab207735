"""A JSON document from outside with the same key twice is refused, whichever key, however deep, and in
every layer of every file type: an exchange file's outer header, its inner document and its signed
payload (intake, figures), a contact card, a pack's manifest, signature, release and help lines.  The
duplicate comes first with a decoy value and the real value last, so a reader that keeps the last one
(Python's json) would accept the file: refusing it is the strict reader's doing."""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from exchange_helpers import random_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import Initiator, Language
from trustdesk.exchange import envelope
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.figures import cells_of, make_figures, read_figures
from trustdesk.exchange.intake import IntakeForm, make_intake, read_intake
from trustdesk.exchange.keys import ContactCard, Identity, Role, parse_card
from trustdesk.exchange.periods import Quarter
from trustdesk.packs.archive import write_members
from trustdesk.packs.errors import PackRejected
from trustdesk.packs.pack import verify_pack
from trustdesk.packs.signing import SIGNATURE_NAME, sign_members
from trustdesk.vault import strict_json

TRUST_PERSON = Identity.generate()
TP_CARD = TRUST_PERSON.card("Dr. Alice Tp", Role.TRUST_PERSON)
QUARTER = Quarter(2026, 3)
_MARK = "\x00duplicate-here\x00"

# JSON values for decoys and documents (no NaN: JSON has none)
VALUES = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=8),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                    max_size=3), max_leaves=8)


def objects_in(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every non-empty object in ``value`` with its path."""
    found = []
    if isinstance(value, dict):
        if value:
            found.append((path, value))
        for key, inner in value.items():
            found += objects_in(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += objects_in(inner, (*path, index))
    return found


def with_duplicate(document: Any, path: tuple[Any, ...], key: str, decoy: Any) -> bytes:
    """``document`` as JSON, with ``"key": decoy`` written once more before the object's own pairs at
    ``path`` (the real value stays last: a last-wins reader sees the original document)."""
    def marked(value: Any, rest: tuple[Any, ...]) -> Any:
        if not rest:
            return {_MARK: None, **value}
        copy = dict(value) if isinstance(value, dict) else list(value)
        copy[rest[0]] = marked(value[rest[0]], rest[1:])
        return copy

    text = json.dumps(marked(document, path), ensure_ascii=False, sort_keys=False)
    decoy_pair = json.dumps(key, ensure_ascii=False) + ": " + json.dumps(decoy, ensure_ascii=False)
    marker = json.dumps(_MARK) + ": null"
    assert text.count(marker) == 1
    result = text.replace(marker, decoy_pair)
    assert json.loads(result) == document  # what a last-wins reader makes of it
    return result.encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(document=st.dictionaries(st.text(max_size=5), VALUES, min_size=1, max_size=4), data=st.data())
def test_the_strict_reader_refuses_a_duplicate_at_any_depth_and_reads_the_rest_as_json_does(
        document: dict[str, Any], data: st.DataObject) -> None:
    assert strict_json.loads(json.dumps(document)) == document
    path, target = data.draw(st.sampled_from(objects_in(document)))
    key = data.draw(st.sampled_from(sorted(target)))
    with pytest.raises(strict_json.DuplicateKey):
        strict_json.loads(with_duplicate(document, path, key, data.draw(VALUES)))


# -- sealed files: every layer ------------------------------------------------------------------

def _seal_raw(kind: str, body: bytes, recipient: ContactCard, signer: Identity, *,
              inner_text: Callable[[dict[str, Any]], bytes] | None = None,
              header_text: Callable[[dict[str, Any]], bytes] | None = None) -> bytes:
    """envelope.seal, with the payload's own bytes and (optionally) other bytes for the inner document or
    the outer header: every signature and seal stays valid."""
    import pyrage

    inner = {"format": 1, "kind": kind, "signer": signer.key_id, "payload": base64.b64encode(body).decode("ascii"),
             "signature": base64.b64encode(signer.sign(f"TrustDesk/{kind}/v1\n".encode("ascii") + body)).decode()}
    sealed = bytes(pyrage.encrypt(inner_text(inner) if inner_text else envelope.canonical(inner),
                                  [recipient.age_key()]))
    header = {"bytes": len(sealed), "format": 1}
    return envelope.magic(kind) + (header_text(header) if header_text else envelope.canonical(header)) + b"\n" + sealed


def _intake_payload(coordinator_card: ContactCard) -> dict[str, Any]:
    form = IntakeForm(coordinator_ref="ref-1", initiator=Initiator.DOCTOR, language=Language.NL, workplace="AZ Test")
    return {"kind": "intake", "version": 2, "id": "a" * 32, "created": "2026-12-01T10:00:00",
            "expires": "2026-12-20", "recipient": TP_CARD.key_id, "intake": form.to_json()}


def _figures_payload(coordinator_card: ContactCard) -> dict[str, Any]:
    cells = cells_of(random_cases(random.Random(3), 7, QUARTER.start, QUARTER.end), QUARTER)
    return {"kind": "figures", "id": "b" * 32, "created": "2026-10-02T09:00:00", "recipient": coordinator_card.key_id,
            "period": str(QUARTER), "cells": [[*cell, n] for cell, n in sorted(cells.items())]}


def _read(kind: str, data: bytes, coordinator: Identity, coordinator_card: ContactCard) -> None:
    if kind == "intake":
        read_intake(data, TRUST_PERSON, coordinator_card, today=date(2026, 12, 2))
    else:
        read_figures(data, coordinator, {TP_CARD.key_id: TP_CARD})


def _sides(kind: str, coordinator: Identity, coordinator_card: ContactCard) -> tuple[ContactCard, Identity]:
    """(recipient card, signer) of a file of ``kind``."""
    return (TP_CARD, coordinator) if kind == "intake" else (coordinator_card, TRUST_PERSON)


@pytest.mark.parametrize("kind", ["intake", "figures"])
def test_the_unaltered_hand_sealed_files_open(kind: str, coordinator: Identity, coordinator_card: ContactCard) -> None:
    """The test's own sealing is sound: without a duplicate the file opens (so a refusal below is the
    duplicate's doing)."""
    payload = (_intake_payload if kind == "intake" else _figures_payload)(coordinator_card)
    recipient, signer = _sides(kind, coordinator, coordinator_card)
    _read(kind, _seal_raw(kind, envelope.canonical(payload), recipient, signer), coordinator, coordinator_card)


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(["intake", "figures"]), layer=st.sampled_from(["header", "inner", "payload"]),
       decoy=VALUES, data=st.data())
def test_a_duplicate_key_in_any_layer_of_a_sealed_file_is_refused(
        coordinator: Identity, coordinator_card: ContactCard, kind: str, layer: str, decoy: Any,
        data: st.DataObject) -> None:
    payload = (_intake_payload if kind == "intake" else _figures_payload)(coordinator_card)
    recipient, signer = _sides(kind, coordinator, coordinator_card)

    def duplicated(document: dict[str, Any]) -> bytes:
        path, target = data.draw(st.sampled_from(objects_in(document)), label=f"{layer} object")
        return with_duplicate(document, path, data.draw(st.sampled_from(sorted(target)), label="key"), decoy)

    if layer == "payload":
        made = _seal_raw(kind, duplicated(payload), recipient, signer)
    elif layer == "inner":
        made = _seal_raw(kind, envelope.canonical(payload), recipient, signer, inner_text=duplicated)
    else:
        made = _seal_raw(kind, envelope.canonical(payload), recipient, signer, header_text=lambda h: with_duplicate(
            h, (), data.draw(st.sampled_from(sorted(h)), label="header key"), decoy).replace(b" ", b""))
    with pytest.raises(ExchangeRejected) as refused:
        _read(kind, made, coordinator, coordinator_card)
    assert refused.value.reason is Refusal.MALFORMED


def test_the_reviewers_header_is_refused(coordinator: Identity, coordinator_card: ContactCard) -> None:
    data, _ = make_intake(IntakeForm(coordinator_ref="r", initiator=Initiator.DOCTOR, language=Language.FR),
                          coordinator, TP_CARD, now=datetime(2026, 12, 1, 10))
    magic, rest = data.split(b"\n", 1)
    header, sealed = rest.split(b"\n", 1)
    forged = magic + b"\n" + header.replace(b'{"bytes":', b'{"bytes":1,"bytes":') + b"\n" + sealed
    with pytest.raises(ExchangeRejected) as refused:
        read_intake(forged, TRUST_PERSON, coordinator_card, today=date(2026, 12, 2))
    assert refused.value.reason is Refusal.MALFORMED
    made, _ = make_figures({}, QUARTER, TRUST_PERSON, coordinator_card, now=datetime(2026, 10, 2))
    magic, rest = made.split(b"\n", 1)
    header, sealed = rest.split(b"\n", 1)
    with pytest.raises(ExchangeRejected) as refused:
        read_figures(magic + b"\n" + header.replace(b'{"bytes":', b'{"bytes":1,"bytes":') + b"\n" + sealed,
                     coordinator, {TP_CARD.key_id: TP_CARD})
    assert refused.value.reason is Refusal.MALFORMED


@settings(max_examples=60, deadline=None)
@given(decoy=VALUES, data=st.data())
def test_a_contact_card_with_a_duplicate_key_is_refused(decoy: Any, data: st.DataObject) -> None:
    document = json.loads(TP_CARD.to_bytes())
    assert parse_card(json.dumps(document).encode("utf-8")) == TP_CARD
    key = data.draw(st.sampled_from(sorted(document)))
    with pytest.raises(ExchangeRejected) as refused:
        parse_card(with_duplicate(document, (), key, decoy))
    assert refused.value.reason is Refusal.MALFORMED


# -- packs: every JSON member ---------------------------------------------------------------------

PACK_KEY = Ed25519PrivateKey.generate()
PACK_JSON = {
    "manifest.json": {"format": 1, "id": "testpack", "version": 1, "created": "2026-11-26",
                      "languages": ["nl", "fr"], "title": "Testpakket", "template_names": {"nl/referral_psy": "Brief"}},
    "helplines.json": [{"key": "1813", "name": "Zelfmoordlijn", "number": "1813", "languages": ["nl"]}],
    "release.json": {"version": "9.1.0", "date": "2026-11-20", "security": False, "installers": []},
}


def _pack(members_json: dict[str, bytes], *, signature_text: Callable[[dict[str, Any]], bytes] | None = None) -> bytes:
    members = {**members_json, "templates/nl/referral_psy.j2": b"Beste {{ provider.name }},\n"}
    signature = sign_members(members, "testpack", 1, PACK_KEY)
    if signature_text is not None:
        signature = signature_text(json.loads(signature))
    return write_members({**members, SIGNATURE_NAME: signature})


def test_the_unaltered_test_pack_verifies() -> None:
    verify_pack(_pack({n: json.dumps(d).encode() for n, d in PACK_JSON.items()}), PACK_KEY.public_key())


@settings(max_examples=60, deadline=None)
@given(member=st.sampled_from([*PACK_JSON, SIGNATURE_NAME]), decoy=VALUES, data=st.data())
def test_a_pack_member_with_a_duplicate_key_is_refused(member: str, decoy: Any, data: st.DataObject) -> None:
    def duplicated(document: Any) -> bytes:
        path, target = data.draw(st.sampled_from(objects_in(document)), label="object")
        return with_duplicate(document, path, data.draw(st.sampled_from(sorted(target)), label="key"), decoy)

    members = {n: json.dumps(d).encode() for n, d in PACK_JSON.items()}
    if member == SIGNATURE_NAME:
        made = _pack(members, signature_text=duplicated)
    else:
        members[member] = duplicated(PACK_JSON[member])
        made = _pack(members)  # signed over the duplicated bytes: the signature holds
    with pytest.raises(PackRejected):
        verify_pack(made, PACK_KEY.public_key())
