"""An intake goes through the same conflict-of-interest check as a case typed in by hand, and a file
made by a newer TrustDesk is refused as such (NEWER_FORMAT) with nothing changed."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date

import pyrage
import pytest
from exchange_helpers import vault_state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.conflicts import overlaps
from trustdesk.domain.enums import CaseStatus, CloseReason, ConflictDecision, Initiator, Language
from trustdesk.exchange import envelope, local
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.intake import IntakeForm, import_intake, make_intake, open_intake
from trustdesk.exchange.keys import ContactCard, Identity
from trustdesk.vault import Vault
from trustdesk.vault.conflict import ConflictUndecided
from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

FORM = IntakeForm(coordinator_ref="AIN-2026-0077", initiator=Initiator.DOCTOR, language=Language.NL,
                  consent_to_contact=True, doctor_name="Dr. B. Voorbeeld", workplace="AZ Sint-Jan Brugge")
PLACES = ["AZ Sint-Jan Brugge", "Sint-Jansziekenhuis Brugge", "AZ Groeninge Kortrijk", "UZ Gent",
          "CHU de Liège", "Huisartsenpraktijk De Linde, Brugge", "Brugge", "Clinique Saint-Luc Bouge", ""]


def _card(vault: Vault) -> ContactCard:
    return local.my_card(vault, "Dr Vertrouwen")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(affiliations=st.lists(st.sampled_from(PLACES[:-1]), max_size=3), workplace=st.sampled_from(PLACES))
def test_an_intake_gets_the_check_of_a_case_typed_in_by_hand(tp_vault: Vault, coordinator: Identity,
                                                              affiliations: list[str], workplace: str) -> None:
    tp_vault.settings.set_value(CONFLICT_AFFILIATIONS, affiliations)
    data, _ = make_intake(replace(FORM, workplace=workplace), coordinator, _card(tp_vault))
    preview = open_intake(tp_vault, data)
    expected = overlaps(affiliations, [workplace]) if workplace else []  # the new-case dialog's check
    before = vault_state(tp_vault)
    if expected:
        with pytest.raises(ConflictUndecided):
            import_intake(tp_vault, preview, task_title="Contact")
        with pytest.raises(ConflictUndecided):  # keeping needs a reason
            import_intake(tp_vault, preview, decision=ConflictDecision.KEEP, conflict_note="  ")
        assert vault_state(tp_vault) == before  # nothing made, the intake not marked as seen
        case = import_intake(tp_vault, preview, task_title="Contact", decision=ConflictDecision.KEEP,
                             conflict_note="other campus, no contact")
        assert case.conflict_decision is ConflictDecision.KEEP and case.workplace == workplace
    else:
        case = import_intake(tp_vault, preview, task_title="Contact", decision=ConflictDecision.KEEP,
                             conflict_note="not asked")
        assert case.conflict_decision is ConflictDecision.NONE and case.conflict_note == ""
    assert case.id is not None and [t.title for t in tp_vault.tasks.for_case(case.id)] == ["Contact"]


def test_returning_an_intake_keeps_nothing_about_the_doctor(tp_vault: Vault, coordinator: Identity) -> None:
    tp_vault.settings.set_value(CONFLICT_AFFILIATIONS, ["Sint-Jansziekenhuis Brugge"])
    data, _ = make_intake(FORM, coordinator, _card(tp_vault))
    case = import_intake(tp_vault, open_intake(tp_vault, data), task_title="Contact",
                         decision=ConflictDecision.RETURN, returned_note="returned")
    assert case.id is not None
    stored = tp_vault.cases.get(case.id)
    assert stored is not None and stored.status is CaseStatus.CLOSED
    assert stored.close_reason is CloseReason.RETURNED_CONFLICT
    assert (stored.doctor_name, stored.workplace, stored.coordinator_ref) == ("", "", "AIN-2026-0077")
    assert tp_vault.tasks.for_case(case.id) == []  # no "contact the doctor"
    assert [e.detail for e in tp_vault.audit.entries() if e.event == "conflict_decision"] == ["return"]
    with pytest.raises(ExchangeRejected) as refused:  # and the file cannot come in a second time
        open_intake(tp_vault, data)
    assert refused.value.reason is Refusal.REPLAYED


def test_an_intake_without_a_workplace_is_written_as_the_first_version(tp_vault: Vault,
                                                                        coordinator: Identity) -> None:
    """Older TrustDesks read it: no version-2 field, version 1."""
    form = replace(FORM, workplace="")
    assert form.version == 1 and "workplace" not in form.to_json()
    assert replace(FORM).version == 2 and FORM.to_json()["workplace"] == FORM.workplace
    data, _ = make_intake(form, coordinator, _card(tp_vault))
    assert open_intake(tp_vault, data).form == form


# -- made by a newer TrustDesk -------------------------------------------------------------------

def _sealed(coordinator: Identity, card: ContactCard, payload: dict[str, object], *, inner_format: int = 1,
            outer_format: int = 1) -> bytes:
    body = envelope.canonical(payload)
    inner = envelope.canonical({"format": inner_format, "kind": "intake", "signer": coordinator.key_id,
                                "payload": base64.b64encode(body).decode(),
                                "signature": base64.b64encode(coordinator.sign(b"TrustDesk/intake/v1\n" + body)).decode()})
    sealed = pyrage.encrypt(inner, [card.age_key()])
    return (envelope.magic("intake") + envelope.canonical({"bytes": len(sealed), "format": outer_format}) + b"\n"
            + sealed)


def _payload(card: ContactCard, version: object, intake: dict[str, object]) -> dict[str, object]:
    return {"kind": "intake", "version": version, "id": "1" * 32, "created": "2026-12-01T10:00:00",
            "expires": "2026-12-20", "recipient": card.key_id, "intake": intake}


@pytest.mark.parametrize(("version", "outer", "inner"), [(3, 1, 1), (99, 1, 1), (1, 1, 2), (2, 7, 1)])
def test_a_file_of_a_future_version_is_refused_as_newer(tp_vault: Vault, coordinator: Identity, version: int,
                                                         outer: int, inner: int) -> None:
    card = _card(tp_vault)
    # a newer TrustDesk's content: a field this one does not know
    data = _sealed(coordinator, card, _payload(card, version, {**FORM.to_json(), "pronouns": "she/her"}),
                   inner_format=inner, outer_format=outer)
    before = vault_state(tp_vault)
    with pytest.raises(ExchangeRejected) as refused:
        open_intake(tp_vault, data, today=date(2026, 12, 2))
    assert refused.value.reason is Refusal.NEWER_FORMAT
    assert vault_state(tp_vault) == before


@pytest.mark.parametrize("version", [0, -1, "2", None, 1.5])
def test_a_nonsense_version_is_malformed_not_newer(tp_vault: Vault, coordinator: Identity, version: object) -> None:
    card = _card(tp_vault)
    data = _sealed(coordinator, card, _payload(card, version, FORM.to_json()))
    with pytest.raises(ExchangeRejected) as refused:
        open_intake(tp_vault, data, today=date(2026, 12, 2))
    assert refused.value.reason is Refusal.MALFORMED


def test_a_first_version_intake_may_not_carry_a_workplace(tp_vault: Vault, coordinator: Identity) -> None:
    card = _card(tp_vault)
    data = _sealed(coordinator, card, _payload(card, 1, FORM.to_json()))
    with pytest.raises(ExchangeRejected) as refused:
        open_intake(tp_vault, data, today=date(2026, 12, 2))
    assert refused.value.reason is Refusal.MALFORMED
