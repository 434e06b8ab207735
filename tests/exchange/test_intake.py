"""Intake files: coordinator -> trust person.  Round trip into a case, and every bad input refused
with its reason and nothing changed in the vault."""

from __future__ import annotations

import base64
import json
import re
from datetime import date, datetime, timedelta

import pyrage
import pytest
from exchange_helpers import vault_state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import CaseOrigin, ContactMode, Initiator, KnowledgeDomain, Language, Province
from trustdesk.exchange import envelope, local
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.intake import (
    MAX_BYTES,
    IntakeForm,
    import_intake,
    make_intake,
    open_intake,
)
from trustdesk.exchange.keys import ContactCard, Identity, Role
from trustdesk.vault import Vault

FORM = IntakeForm(coordinator_ref="AIN-2026-0042", initiator=Initiator.COLLEAGUE, language=Language.FR,
                  region=Province.LIEGE, domains=frozenset({KnowledgeDomain.BURNOUT, KnowledgeDomain.DEPRESSION}),
                  contact_mode=ContactMode.PHONE, contact_when="en semaine après 18 h", consent_to_contact=True,
                  doctor_name="Dr A. Exemple", doctor_phone="+32 4 000 00 00", doctor_email="a@example.org")


def _card(vault: Vault) -> ContactCard:
    return local.my_card(vault, "Dr Vertrouwen")


def test_an_intake_becomes_a_case_with_origin_coordinator(tp_vault: Vault, coordinator: Identity) -> None:
    data, intake_id = make_intake(FORM, coordinator, _card(tp_vault))
    preview = open_intake(tp_vault, data)
    assert preview.intake_id == intake_id and preview.form == FORM
    case = import_intake(tp_vault, preview, task_title="Contact the doctor", task_notes=FORM.contact_when)
    stored = tp_vault.cases.get(case.id or 0)
    assert stored is not None
    assert stored.origin is CaseOrigin.COORDINATOR
    assert (stored.coordinator_ref, stored.initiator, stored.language, stored.region) == (
        "AIN-2026-0042", Initiator.COLLEAGUE, Language.FR, "liege")
    assert stored.domains == FORM.domains and stored.consent_to_contact
    assert stored.doctor_name == "Dr A. Exemple"
    assert [t.title for t in tp_vault.tasks.for_case(case.id or 0)] == ["Contact the doctor"]
    entries = [e for e in tp_vault.audit.entries() if e.event == "intake_received"]
    assert entries and entries[-1].case_code == stored.code and intake_id in entries[-1].detail
    assert "Exemple" not in entries[-1].detail


def test_a_replayed_intake_is_refused(tp_vault: Vault, coordinator: Identity) -> None:
    data, _ = make_intake(FORM, coordinator, _card(tp_vault))
    import_intake(tp_vault, open_intake(tp_vault, data))
    before = vault_state(tp_vault)
    with pytest.raises(ExchangeRejected) as caught:
        open_intake(tp_vault, data)
    assert caught.value.reason is Refusal.REPLAYED
    assert vault_state(tp_vault) == before


def test_an_intake_previewed_twice_is_imported_once(tp_vault: Vault, coordinator: Identity) -> None:
    data, _ = make_intake(FORM, coordinator, _card(tp_vault))
    first, second = open_intake(tp_vault, data), open_intake(tp_vault, data)
    import_intake(tp_vault, first)
    before = vault_state(tp_vault)
    with pytest.raises(ExchangeRejected) as caught:
        import_intake(tp_vault, second)
    assert caught.value.reason is Refusal.REPLAYED
    assert vault_state(tp_vault) == before


def _refused(vault: Vault, data: bytes, reason: Refusal, today: date | None = None) -> None:
    before = vault_state(vault)
    with pytest.raises(ExchangeRejected) as caught:
        open_intake(vault, data, today=today)
    assert caught.value.reason is reason, caught.value
    assert vault_state(vault) == before


def test_an_intake_for_someone_else_is_refused(tp_vault: Vault, coordinator: Identity, stranger: Identity) -> None:
    _card(tp_vault)
    data, _ = make_intake(FORM, coordinator, stranger.card("Another trust person", Role.TRUST_PERSON))
    _refused(tp_vault, data, Refusal.WRONG_RECIPIENT)


def test_a_signed_intake_resealed_to_another_trust_person_is_refused(
        tp_vault: Vault, coordinator: Identity, stranger: Identity) -> None:
    """The stranger got an intake meant for them and re-seals its signed content to us."""
    mine = _card(tp_vault)
    theirs = stranger.card("Another", Role.TRUST_PERSON)
    data, _ = make_intake(FORM, coordinator, theirs)
    inner = pyrage.decrypt(data.split(b"\n", 2)[2], [stranger.age_identity])
    resealed = pyrage.encrypt(inner, [mine.age_key()])
    forged = envelope.magic("intake") + envelope.canonical({"bytes": len(resealed), "format": 1}) + b"\n" + resealed
    _refused(tp_vault, forged, Refusal.WRONG_RECIPIENT)


def test_an_intake_signed_by_another_key_is_refused(tp_vault: Vault, stranger: Identity) -> None:
    data, _ = make_intake(FORM, stranger, _card(tp_vault))
    _refused(tp_vault, data, Refusal.UNKNOWN_SENDER)


def test_an_expired_intake_is_refused(tp_vault: Vault, coordinator: Identity) -> None:
    made = datetime(2026, 1, 5, 10, 0)
    data, _ = make_intake(FORM, coordinator, _card(tp_vault), now=made, valid_days=10)
    assert open_intake(tp_vault, data, today=date(2026, 1, 15)).expires == date(2026, 1, 15)
    _refused(tp_vault, data, Refusal.EXPIRED, today=date(2026, 1, 16))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_a_truncated_intake_is_refused(tp_vault: Vault, coordinator: Identity, cut: int) -> None:
    data, _ = make_intake(FORM, coordinator, _card(tp_vault))
    prefix = data[:cut % len(data)]
    before = vault_state(tp_vault)
    with pytest.raises(ExchangeRejected) as caught:
        open_intake(tp_vault, prefix)
    assert caught.value.reason in (Refusal.TRUNCATED, Refusal.NOT_THIS_KIND)
    assert vault_state(tp_vault) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_a_flipped_bit_anywhere_is_refused(tp_vault: Vault, coordinator: Identity, position: int, bit: int) -> None:
    data, _ = make_intake(FORM, coordinator, _card(tp_vault))
    index = position % len(data)
    tampered = data[:index] + bytes([data[index] ^ (1 << bit)]) + data[index + 1:]
    before = vault_state(tp_vault)
    with pytest.raises(ExchangeRejected):
        open_intake(tp_vault, tampered)
    assert vault_state(tp_vault) == before


def _with_header(data: bytes, header: dict[str, object]) -> bytes:
    magic, _, rest = data.partition(b"\n")
    _, _, sealed = rest.partition(b"\n")
    return magic + b"\n" + json.dumps(header).encode() + b"\n" + sealed


@pytest.mark.parametrize(("header", "reason"), [
    ({"bytes": 10**12, "format": 1}, Refusal.TOO_LARGE),  # an oversized size field: refused before any work
    ({"bytes": -1, "format": 1}, Refusal.MALFORMED),
    ({"bytes": "many", "format": 1}, Refusal.MALFORMED),
    ({"bytes": 10, "format": 1}, Refusal.MALFORMED),  # bytes after the declared end
    ({"bytes": 100, "format": 99}, Refusal.NEWER_FORMAT),
])
def test_edited_size_fields_are_refused(tp_vault: Vault, coordinator: Identity, header: dict[str, object],
                                        reason: Refusal) -> None:
    data, _ = make_intake(FORM, coordinator, _card(tp_vault))
    _refused(tp_vault, _with_header(data, header), reason)


def test_a_declared_size_longer_than_the_file_says_truncated(tp_vault: Vault, coordinator: Identity) -> None:
    data, _ = make_intake(FORM, coordinator, _card(tp_vault))
    declared = json.loads(data.split(b"\n")[1])["bytes"]
    _refused(tp_vault, _with_header(data, {"bytes": declared + 1, "format": 1}), Refusal.TRUNCATED)


def test_an_oversized_file_is_refused_by_its_length(tp_vault: Vault, coordinator: Identity) -> None:
    data, _ = make_intake(FORM, coordinator, _card(tp_vault))
    _refused(tp_vault, data + b"\0" * (MAX_BYTES + 1000), Refusal.TOO_LARGE)


def test_a_passphrase_stanza_with_a_huge_work_factor_costs_nothing(tp_vault: Vault) -> None:
    """age's scrypt recipient is never tried with an X25519 identity: no KDF runs on a file."""
    sealed = pyrage.passphrase.encrypt(b"{}", "x")
    sealed = re.sub(rb"(scrypt \S+) \d+\n", rb"\1 60\n", sealed, count=1)
    forged = envelope.magic("intake") + envelope.canonical({"bytes": len(sealed), "format": 1}) + b"\n" + sealed
    _card(tp_vault)
    started = datetime.now()
    _refused(tp_vault, forged, Refusal.WRONG_RECIPIENT)
    assert datetime.now() - started < timedelta(seconds=10)  # scrypt 2^60 would never end


def _signed_payload(coordinator: Identity, card: ContactCard, payload: dict[str, object]) -> bytes:
    body = envelope.canonical(payload)
    inner = envelope.canonical({"format": 1, "kind": "intake", "signer": coordinator.key_id,
                                "payload": base64.b64encode(body).decode(),
                                "signature": base64.b64encode(coordinator.sign(b"TrustDesk/intake/v1\n" + body)).decode()})
    sealed = pyrage.encrypt(inner, [card.age_key()])
    return envelope.magic("intake") + envelope.canonical({"bytes": len(sealed), "format": 1}) + b"\n" + sealed


@pytest.mark.parametrize("change", [
    {"consent_to_contact": False},  # contact details without consent: refused on the receiving side too
    {"initiator": "coordinator"},
    {"language": "xx"},
    {"domains": ["burnout", "astrology"]},
    {"coordinator_ref": ""},
    {"doctor_name": "x" * 500},
    {"extra": "field"},
])
def test_a_signed_intake_with_forbidden_content_is_refused(tp_vault: Vault, coordinator: Identity,
                                                            change: dict[str, object]) -> None:
    card = _card(tp_vault)
    payload = {"kind": "intake", "id": "0" * 32, "created": "2026-12-01T10:00:00", "expires": "2026-12-20",
               "recipient": card.key_id, "intake": {**FORM.to_json(), **change}}
    _refused(tp_vault, _signed_payload(coordinator, card, payload), Refusal.MALFORMED, today=date(2026, 12, 2))


def test_the_coordinator_cannot_make_an_intake_with_contact_details_but_no_consent(
        tp_vault: Vault, coordinator: Identity) -> None:
    from dataclasses import replace

    with pytest.raises(ValueError, match="consent"):
        make_intake(replace(FORM, consent_to_contact=False), coordinator, _card(tp_vault))
    bare = replace(FORM, consent_to_contact=False, doctor_name="", doctor_phone="", doctor_email="")
    data, _ = make_intake(bare, coordinator, _card(tp_vault))
    assert open_intake(tp_vault, data).form.doctor_name == ""


def test_without_a_confirmed_coordinator_card_nothing_opens(vault: Vault, coordinator: Identity,
                                                            coordinator_card: ContactCard) -> None:
    data, _ = make_intake(FORM, coordinator, _card(vault))
    _refused(vault, data, Refusal.NO_KEY)
    local.remember_coordinator_card(vault, coordinator_card, "artsinnood@1")
    _refused(vault, data, Refusal.UNCONFIRMED)
    local.confirm_coordinator_card(vault, coordinator_card.fingerprint)
    assert open_intake(vault, data).form == FORM


def test_a_new_coordinator_card_must_be_confirmed_again(tp_vault: Vault, stranger: Identity,
                                                        coordinator_card: ContactCard) -> None:
    new = stranger.card("New coordinator", Role.COORDINATOR)
    assert local.remember_coordinator_card(tp_vault, new, "p@2")
    current = local.coordinator_card(tp_vault)
    # the confirmed card stays trusted; the new one waits beside it, unconfirmed
    assert current is not None and current.confirmed and current.pending == new
    assert local.trusted_coordinator(tp_vault) == coordinator_card
    local.confirm_coordinator_card(tp_vault, new.fingerprint)
    assert local.trusted_coordinator(tp_vault) == new


def test_the_identity_is_made_once_and_kept(vault: Vault) -> None:
    assert not local.has_identity(vault)
    first = local.identity(vault)
    assert local.identity(vault).key_id == first.key_id
    assert [e.event for e in vault.audit.entries()].count("identity_created") == 1


def _wrapped(body: bytes) -> bytes:
    """``body`` behind a sound intake magic line and outer header (so only the age layer is wrong)."""
    return envelope.magic("intake") + envelope.canonical({"bytes": len(body), "format": 1}) + b"\n" + body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=3000), wrap=st.booleans(), age_magic=st.booleans(), has_key=st.booleans())
def test_junk_is_never_called_sealed_for_someone_else(tp_vault: Vault, junk: bytes, wrap: bool, age_magic: bool,
                                                      has_key: bool) -> None:
    """Issue 17: an empty file, random bytes or a huge file was "wrong_recipient" (a vault with no key
    of its own said so before looking at the file).  Only a real age file for another key may be."""
    if has_key:
        _card(tp_vault)
    body = (b"age-encryption.org/v1\n" if age_magic else b"") + junk
    data = _wrapped(body) if wrap else junk
    with pytest.raises(ExchangeRejected) as caught:
        open_intake(tp_vault, data)
    assert caught.value.reason is not Refusal.WRONG_RECIPIENT, (caught.value, data[:80])


@pytest.mark.parametrize("has_key", [False, True])
def test_empty_huge_and_foreign_files_get_their_own_reason(tp_vault: Vault, coordinator: Identity,
                                                          stranger: Identity, has_key: bool) -> None:
    if has_key:
        _card(tp_vault)
    assert local.has_identity(tp_vault) is has_key
    _refused(tp_vault, b"", Refusal.NOT_THIS_KIND)
    _refused(tp_vault, b"\0" * (MAX_BYTES + 10_000), Refusal.TOO_LARGE)
    _refused(tp_vault, _wrapped(b"\0" * (MAX_BYTES + 1)), Refusal.TOO_LARGE)
    data, _ = make_intake(FORM, coordinator, stranger.card("Another", Role.TRUST_PERSON))
    _refused(tp_vault, data, Refusal.WRONG_RECIPIENT)  # the real thing still is
