"""A confirmed coordinator card is never replaced silently: a pack with a different card keeps it
beside the confirmed one, unconfirmed, until it is compared by phone; intakes from the confirmed card
keep opening meanwhile."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exchange.test_intake import FORM
from trustdesk.exchange import local
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.intake import make_intake, open_intake
from trustdesk.exchange.keys import Identity, Role
from trustdesk.vault import Vault

COORDINATORS = [Identity.generate() for _ in range(3)]
CARDS = [c.card(f"Coördinatie {i}", Role.COORDINATOR) for i, c in enumerate(COORDINATORS)]


def _pack(vault: Vault, index: int) -> bool:
    with vault.transaction():
        return local.remember_coordinator_card(vault, CARDS[index], f"artsinnood@{index}")


def _opens(vault: Vault, index: int) -> bool:
    data, _ = make_intake(FORM, COORDINATORS[index], local.my_card(vault, "Dr Vertrouwen"))
    try:
        open_intake(vault, data)
    except ExchangeRejected:
        return False
    return True


def test_the_real_card_confirmed_first_then_a_different_pack(vault: Vault) -> None:
    _pack(vault, 0)
    local.confirm_coordinator_card(vault, CARDS[0].fingerprint)
    assert _pack(vault, 1)  # shown as a change ...
    current = local.coordinator_card(vault)
    assert current is not None and current.confirmed and current.card.key_id == CARDS[0].key_id
    assert current.pending is not None and current.pending.key_id == CARDS[1].key_id
    assert local.short_fingerprint(CARDS[1]) != local.short_fingerprint(CARDS[0])
    assert _opens(vault, 0) and not _opens(vault, 1)  # ... but the confirmed card keeps working
    local.confirm_coordinator_card(vault, CARDS[1].fingerprint)  # compared by phone: now it replaces the old
    assert _opens(vault, 1) and not _opens(vault, 0)


def test_a_different_card_first_then_the_real_one(vault: Vault) -> None:
    _pack(vault, 1)  # never compared (the digits did not match): nothing confirmed to protect
    with pytest.raises(ExchangeRejected) as refused:
        local.trusted_coordinator(vault)
    assert refused.value.reason is Refusal.UNCONFIRMED
    assert _pack(vault, 0)
    local.confirm_coordinator_card(vault, CARDS[0].fingerprint)
    assert _pack(vault, 1)
    assert _opens(vault, 0) and not _opens(vault, 1)
    assert not _pack(vault, 0)  # the confirmed card again: nothing changes, the other still waits
    current = local.coordinator_card(vault)
    assert current is not None and current.pending is not None and current.pending.key_id == CARDS[1].key_id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["pack", "confirm"]), st.integers(0, 2)), max_size=8))
def test_only_a_phone_confirmation_changes_the_trusted_card(vault: Vault, steps: list[tuple[str, int]]) -> None:
    vault.settings.set(local.COORDINATOR_KEY, {})
    confirmed: int | None = None
    for action, index in steps:
        current = local.coordinator_card(vault)
        if action == "pack":
            _pack(vault, index)
            continue
        offered = {c.key_id for c in (current.card, current.pending) if c is not None} if current else set()
        if CARDS[index].key_id in offered:
            local.confirm_coordinator_card(vault, CARDS[index].fingerprint)
            confirmed = index
        else:
            with pytest.raises(ExchangeRejected):
                local.confirm_coordinator_card(vault, CARDS[index].fingerprint)
    if confirmed is None:
        with pytest.raises(ExchangeRejected):
            local.trusted_coordinator(vault)
    else:
        assert local.trusted_coordinator(vault).key_id == CARDS[confirmed].key_id
        assert _opens(vault, confirmed)
        assert not _opens(vault, random.Random(len(steps)).choice([i for i in range(3) if i != confirmed]))


def test_the_pack_preview_warns_naming_both_fingerprints(qapp) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from trustdesk.packs.installation import InstallReport, SyncCounts
    from trustdesk.ui.directory.pack_import import plan_text

    manifest = SimpleNamespace(title="Arts in Nood", created="2026-12-01", next_key="")
    pack = SimpleNamespace(manifest=manifest, id="artsinnood", version=2, key_id="abc", providers=[], templates=[],
                           helplines=None, knowledge=None, coordinator_card=CARDS[1], release=None)
    plan = InstallReport("artsinnood@2", SyncCounts(), SyncCounts(), coordinator_card_changed=True,
                         confirmed_card_kept=local.short_fingerprint(CARDS[0]))
    text = plan_text(SimpleNamespace(pack=pack, plan=plan))  # type: ignore[arg-type]
    assert "DIFFERENT" in text
    assert local.short_fingerprint(CARDS[0]) in text and local.short_fingerprint(CARDS[1]) in text
