"""The trust person's side of the keys, kept inside the vault (settings table, encrypted with it).

- ``identity(vault)``: this installation's Identity, made on first need (new vaults make it at
  set-up; vaults from before this feature make it the first time a card, intake or figures need it).
- ``my_card(vault, name)``: the card to give the coordinator once.
- the coordinator's card arrives inside a signed pack (``remember_coordinator_card``); it is trusted
  for intakes and figures only after the trust person compared its fingerprint by phone
  (``confirm_coordinator_card``).  A pack that brings a *different* card never replaces a confirmed
  one: the new card is kept *beside* it, unconfirmed (``CoordinatorCard.pending``), and the confirmed
  card keeps opening intakes until the trust person compares the new one by phone and confirms it
  (only then does it replace the old).  An unconfirmed card may simply be replaced by a newer pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.keys import ContactCard, Identity, Role, heard_digits, parse_card
from trustdesk.exchange.keys import fingerprint_matches as fingerprint_matches  # for the dialog's check
from trustdesk.exchange.keys import (
    short_fingerprint as short_fingerprint,  # the one rule, kept under its old name
)

if TYPE_CHECKING:
    from trustdesk.vault import Vault

IDENTITY_KEY = "exchange.identity"
CARD_NAME_KEY = "exchange.card_name"
COORDINATOR_KEY = "exchange.coordinator"
EVENT_IDENTITY = "identity_created"
EVENT_COORDINATOR_CARD = "coordinator_card"


def identity(vault: Vault) -> Identity:
    """This installation's key pair; created (and audited) the first time it is needed."""
    stored = vault.settings.get(IDENTITY_KEY)
    if stored is not None:
        return Identity.from_json(stored)
    new = Identity.generate()
    with vault.transaction():
        vault.settings.set(IDENTITY_KEY, new.to_json())
        vault.audit.append(EVENT_IDENTITY, detail=f"key {new.key_id[:16]}")
    return new


def has_identity(vault: Vault) -> bool:
    return vault.settings.get(IDENTITY_KEY) is not None


def card_name(vault: Vault) -> str:
    """The name last put on the card, else the letterhead's name."""
    name = vault.settings.get(CARD_NAME_KEY) or vault.settings.get("letterhead.name") or ""
    return str(name)


def my_card(vault: Vault, name: str | None = None) -> ContactCard:
    """The trust person's contact card (name remembered for next time)."""
    chosen = name if name is not None else card_name(vault)
    card = identity(vault).card(chosen, Role.TRUST_PERSON)
    if name is not None and name != vault.settings.get(CARD_NAME_KEY):
        vault.settings.set(CARD_NAME_KEY, card.name)
    return card


@dataclass(frozen=True)
class CoordinatorCard:
    card: ContactCard
    confirmed: bool
    source: str  # the pack that brought it ("<id>@<version>")
    confirmed_on: str = ""
    pending: ContactCard | None = None  # a different card a later pack brought: not compared yet
    pending_source: str = ""


def _parse(text: Any) -> ContactCard | None:
    if not isinstance(text, str):
        return None
    try:
        return parse_card(text.encode("utf-8"))
    except ExchangeRejected:
        return None


def coordinator_card(vault: Vault) -> CoordinatorCard | None:
    stored: Any = vault.settings.get(COORDINATOR_KEY)
    if not isinstance(stored, dict):
        return None
    card = _parse(stored.get("card"))
    if card is None:
        return None
    pending = _parse(stored.get("pending"))
    return CoordinatorCard(card, bool(stored.get("confirmed")), str(stored.get("source", "")),
                           str(stored.get("confirmed_on", "")), pending,
                           str(stored.get("pending_source", "")) if pending else "")


def remember_coordinator_card(vault: Vault, card: ContactCard, source: str) -> bool:
    """Store the card a verified pack carries; True when it is new or different (then unconfirmed).
    A different card never replaces a confirmed one: it is kept beside it as ``pending``.
    Call inside the pack import's transaction."""
    if card.role is not Role.COORDINATOR:
        raise ExchangeRejected(Refusal.MALFORMED, "the pack's card is not a coordinator's card")
    current = coordinator_card(vault)
    if current is not None and current.card.key_id == card.key_id:
        if current.card.name != card.name:
            _store(vault, card, current.confirmed, source, current.confirmed_on, current.pending,
                   current.pending_source)
        return False
    if current is not None and current.confirmed:
        if current.pending is not None and current.pending.key_id == card.key_id:
            return True  # still waiting for the phone call
        _store(vault, current.card, True, current.source, current.confirmed_on, card, source)
        vault.audit.append(EVENT_COORDINATOR_CARD, detail=f"different key {card.key_id[:16]} from {source}, kept "
                           f"beside the confirmed key {current.card.key_id[:16]} until compared")
        return True
    _store(vault, card, False, source, "")
    vault.audit.append(EVENT_COORDINATOR_CARD, detail=f"new key {card.key_id[:16]} from {source}")
    return True


def _store(vault: Vault, card: ContactCard, confirmed: bool, source: str, confirmed_on: str,
           pending: ContactCard | None = None, pending_source: str = "") -> None:
    stored: dict[str, Any] = {"card": card.to_bytes().decode("utf-8"), "confirmed": confirmed, "source": source,
                              "confirmed_on": confirmed_on}
    if pending is not None:
        stored |= {"pending": pending.to_bytes().decode("utf-8"), "pending_source": pending_source}
    vault.settings.set(COORDINATOR_KEY, stored)


def confirm_coordinator_card(vault: Vault, heard: str, today: date | None = None) -> None:
    """The trust person compared the fingerprint by phone and typed the digits heard, as the
    coordinator does for theirs: trust the card whose fingerprint they are (a pending card then
    replaces the confirmed one).  ``FingerprintMalformed`` (ValueError) for digits that cannot be a
    fingerprint; ExchangeRejected NO_KEY without a card, FINGERPRINT_DIFFERS for another card's digits."""
    heard_digits(heard)
    current = coordinator_card(vault)
    on = (today or date.today()).isoformat()
    if current is None:
        raise ExchangeRejected(Refusal.NO_KEY, "no coordinator card")
    matching = [c for c in (current.pending, current.card) if c is not None and fingerprint_matches(c, heard)]
    if not matching:
        raise ExchangeRejected(Refusal.FINGERPRINT_DIFFERS, "the digits heard are not the coordinator card's")
    key_id = matching[0].key_id
    if current.pending is not None and current.pending.key_id == key_id:
        with vault.transaction():
            _store(vault, current.pending, True, current.pending_source, on)
            vault.audit.append(EVENT_COORDINATOR_CARD, detail=f"confirmed key {key_id[:16]}, replacing key "
                               f"{current.card.key_id[:16]}")
        return
    with vault.transaction():
        _store(vault, current.card, True, current.source, on, current.pending, current.pending_source)
        vault.audit.append(EVENT_COORDINATOR_CARD, detail=f"confirmed key {key_id[:16]}")


def trusted_coordinator(vault: Vault) -> ContactCard:
    """The coordinator's card when it is confirmed; ExchangeRejected(NO_KEY / UNCONFIRMED) otherwise."""
    current = coordinator_card(vault)
    if current is None:
        raise ExchangeRejected(Refusal.NO_KEY, "no coordinator card: import the coordinator's pack")
    if not current.confirmed:
        raise ExchangeRejected(Refusal.UNCONFIRMED, "compare the coordinator's fingerprint by phone first")
    return current.card
