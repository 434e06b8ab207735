"""Key pairs and contact cards.

Every installation (a trust person's vault, the coordinator's desk) has one ``Identity``: an age
X25519 identity (files are *sealed* to its public half with the age format, via ``pyrage``) and an
Ed25519 key (files are *signed* with it, via ``cryptography``).  The public halves, with a name and a
role, form a ``ContactCard``: a small JSON file (``.tdcard``) that is self-signed, so a card whose age
key was swapped for another fails to parse.

Two people trust a card only after comparing its fingerprint by phone: ``ContactCard.fingerprint``
is 30 digits in six groups of five ("40218 77310 …"), read the same way in Dutch and French, taken
from SHA-256 over both public keys (≈100 bits: a look-alike key pair cannot be searched for).
``ContactCard.key_id`` is the whole digest in hex, for files to name the key they were made with.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trustdesk.domain.text_forms import hidden_controls
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.file_kinds import FileKind, claimed_kind
from trustdesk.vault import strict_json

CARD_KIND = "trustdesk-card"
CARD_FORMAT = 1
CARD_SUFFIX = ".tdcard"
MAX_CARD_BYTES = 16 * 1024
MAX_NAME = 120
_FINGERPRINT_DOMAIN = b"TrustDesk contact card v1\n"
_CARD_SIGNATURE_DOMAIN = b"TrustDesk/card/v1\n"


class Role(StrEnum):
    TRUST_PERSON = "trust_person"
    COORDINATOR = "coordinator"


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def clean_name(name: str) -> str:
    """A card's name: one line, NFC, no control, bidirectional or zero-width characters, at most
    MAX_NAME characters (a signed card whose name is not already so is refused: ``parse_card``)."""
    if hidden_controls(name):
        raise ValueError("a card's name holds a bidirectional control or an invisible character")
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if not name or len(name) > MAX_NAME or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name):
        raise ValueError(f"a card needs a name of 1-{MAX_NAME} printable characters")
    return name


@dataclass(frozen=True)
class ContactCard:
    """The public side of an Identity: what is given to the other side once."""

    role: Role
    name: str
    age_recipient: str  # "age1…"
    ed25519: bytes  # raw 32-byte public key
    created: str  # ISO date
    signature: bytes = b""  # self-signature (Ed25519) over the other fields

    @property
    def key_id(self) -> str:
        return fingerprint_digest(self.age_recipient, self.ed25519).hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint_groups(fingerprint_digest(self.age_recipient, self.ed25519))

    def verifying_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.ed25519)

    def age_key(self) -> Any:
        import pyrage

        return pyrage.x25519.Recipient.from_str(self.age_recipient)

    def statement(self) -> bytes:
        return _CARD_SIGNATURE_DOMAIN + _canonical({
            "format": CARD_FORMAT, "kind": CARD_KIND, "role": self.role.value, "name": self.name,
            "age": self.age_recipient, "ed25519": base64.b64encode(self.ed25519).decode("ascii"),
            "created": self.created})

    def to_bytes(self) -> bytes:
        document = {"format": CARD_FORMAT, "kind": CARD_KIND, "role": self.role.value, "name": self.name,
                    "age": self.age_recipient, "ed25519": base64.b64encode(self.ed25519).decode("ascii"),
                    "created": self.created, "signature": base64.b64encode(self.signature).decode("ascii")}
        return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def fingerprint_digest(age_recipient: str, ed25519_raw: bytes) -> bytes:
    return hashlib.sha256(_FINGERPRINT_DOMAIN + age_recipient.encode("ascii") + b"\n" + ed25519_raw).digest()


def fingerprint_groups(digest: bytes) -> str:
    """Six groups of five digits, each from five bytes of the digest (as Signal's safety numbers)."""
    return " ".join(f"{int.from_bytes(digest[i * 5:i * 5 + 5], 'big') % 100000:05d}" for i in range(6))


FINGERPRINT_GROUPS = 6
GROUP_DIGITS = 5
_SEPARATORS = frozenset(" \t-.\u00a0\u202f")


class FingerprintMalformed(ValueError):
    """What was typed as a fingerprint cannot be one (a usage error, not a refused card)."""

    def __init__(self) -> None:
        super().__init__(f"a fingerprint is {FINGERPRINT_GROUPS} groups of {GROUP_DIGITS} digits")


def heard_digits(text: str) -> str:
    """The digits of a fingerprint typed by a person (spaces, hyphens or dots between groups allowed):
    exactly 30 digits 0-9, else ``FingerprintMalformed``.  Whether they are the card's is the caller's
    check (``fingerprint_matches``): a well-formed but different fingerprint is a refusal, not a typo."""
    if any(c not in "0123456789" and c not in _SEPARATORS for c in text):
        raise FingerprintMalformed
    digits = "".join(c for c in text if c in "0123456789")
    if len(digits) != FINGERPRINT_GROUPS * GROUP_DIGITS:
        raise FingerprintMalformed
    return digits


def fingerprint_matches(card: ContactCard, heard: str) -> bool:
    """Whether the typed digits (well-formed: ``heard_digits`` first) are this card's fingerprint."""
    return heard_digits(heard) == card.fingerprint.replace(" ", "")


def short_fingerprint(card: ContactCard) -> str:
    """The first two groups of the fingerprint, shown beside a trust person's name wherever one is
    named (merge output, the desk's tables): two cards may carry the same name."""
    return " ".join(card.fingerprint.split()[:2])


def person_label(card: ContactCard) -> str:
    """A card's name with its short fingerprint: "Dr. Alice Tp [40218 77310]"."""
    return f"{card.name} [{short_fingerprint(card)}]"


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


class Identity:
    """A private key pair. Its text form (``to_json``) is a secret: it lives only inside a vault or an
    encrypted key file."""

    def __init__(self, age_secret: str, ed25519_private: bytes, created: str) -> None:
        import pyrage

        self._age = pyrage.x25519.Identity.from_str(age_secret)
        self._age_secret = age_secret
        self._signer = Ed25519PrivateKey.from_private_bytes(ed25519_private)
        self.created = created

    @classmethod
    def generate(cls, today: date | None = None) -> Identity:
        import pyrage

        signer = Ed25519PrivateKey.generate()
        raw = signer.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                   serialization.NoEncryption())
        return cls(str(pyrage.x25519.Identity.generate()), raw, (today or date.today()).isoformat())

    @classmethod
    def from_json(cls, document: Any) -> Identity:
        if not isinstance(document, dict):
            raise ValueError("not an identity")
        import pyrage

        try:
            return cls(str(document["age"]), base64.b64decode(document["ed25519"], validate=True),
                       str(document.get("created", "")))
        except (KeyError, binascii.Error, ValueError, TypeError, pyrage.IdentityError) as exc:
            raise ValueError("not an identity") from exc

    def to_json(self) -> dict[str, str]:
        raw = self._signer.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                         serialization.NoEncryption())
        return {"age": self._age_secret, "ed25519": base64.b64encode(raw).decode("ascii"), "created": self.created}

    @property
    def age_identity(self) -> Any:
        return self._age

    @property
    def age_recipient(self) -> str:
        return str(self._age.to_public())

    @property
    def ed25519_public(self) -> bytes:
        return _raw(self._signer.public_key())

    @property
    def key_id(self) -> str:
        return fingerprint_digest(self.age_recipient, self.ed25519_public).hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint_groups(fingerprint_digest(self.age_recipient, self.ed25519_public))

    def sign(self, message: bytes) -> bytes:
        return self._signer.sign(message)

    def card(self, name: str, role: Role) -> ContactCard:
        unsigned = ContactCard(role, clean_name(name), self.age_recipient, self.ed25519_public, self.created)
        return ContactCard(unsigned.role, unsigned.name, unsigned.age_recipient, unsigned.ed25519,
                           unsigned.created, self.sign(unsigned.statement()))


def _bad_card(detail: str) -> ExchangeRejected:
    return ExchangeRejected(Refusal.MALFORMED, f"card: {detail}")


def card_of(data: bytes, role: Role) -> ContactCard:
    """``parse_card``, and the card must be of ``role``: the other role's card is NOT_THIS_KIND, with
    the kind it is (so the refusal says "the coordinator's card, not a trust person's")."""
    card = parse_card(data)
    if card.role is not role:
        found = FileKind.COORDINATOR_CARD if card.role is Role.COORDINATOR else FileKind.CARD
        raise ExchangeRejected(Refusal.NOT_THIS_KIND, f"a {card.role.value}'s card, not a {role.value}'s",
                               found=found.value)
    return card


def recognise(data: bytes) -> FileKind | None:
    """The kind of TrustDesk file ``data`` is (``file_kinds.claimed_kind``), a card's only from what its
    self-signature covers: its role is a signed field, so a card whose signature fails (an edited ``role``,
    name or key) is no kind at all -- its reader then says it was altered -- never the other role's card."""
    found = claimed_kind(data)
    if found not in (FileKind.CARD, FileKind.COORDINATOR_CARD):
        return found
    try:
        card = parse_card(data)
    except ExchangeRejected:
        return None
    return FileKind.COORDINATOR_CARD if card.role is Role.COORDINATOR else FileKind.CARD


def parse_card(data: bytes) -> ContactCard:
    """A card file, checked: size, fields, key formats and its self-signature. ExchangeRejected.  Another
    kind of TrustDesk file is NOT_THIS_KIND with that kind, first (a backup is named, not "too large")."""
    found = claimed_kind(data)  # (its signature is checked below)
    if found is not None and found not in (FileKind.CARD, FileKind.COORDINATOR_CARD):
        raise ExchangeRejected(Refusal.NOT_THIS_KIND, f"a {found} file, not a contact card", found=found)
    if len(data) > MAX_CARD_BYTES:
        raise ExchangeRejected(Refusal.TOO_LARGE, f"a card is at most {MAX_CARD_BYTES} bytes")
    try:
        document = strict_json.loads(data.decode("utf-8"))
    except strict_json.DuplicateKey as exc:
        raise _bad_card(str(exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ExchangeRejected(Refusal.NOT_THIS_KIND, "not a contact card", found=claimed_kind(data)) from exc
    if not isinstance(document, dict) or document.get("kind") != CARD_KIND:
        raise ExchangeRejected(Refusal.NOT_THIS_KIND, "not a contact card", found=claimed_kind(data))
    if type(document.get("format")) is not int:
        raise _bad_card("format")
    if document["format"] > CARD_FORMAT:
        raise ExchangeRejected(Refusal.NEWER_FORMAT, "card")
    if document["format"] != CARD_FORMAT:
        raise _bad_card("format")
    try:
        role = Role(document["role"])
        name = clean_name(document["name"]) if isinstance(document.get("name"), str) else ""
        if name != document["name"]:
            raise ValueError("name")
        age, created = document["age"], document["created"]
        if not isinstance(age, str) or not age.startswith("age1") or len(age) > 100:
            raise ValueError("age key")
        if not isinstance(created, str) or len(created) > 10:
            raise ValueError("created")
        date.fromisoformat(created)
        ed25519 = base64.b64decode(document["ed25519"], validate=True)
        signature = base64.b64decode(document["signature"], validate=True)
        if len(ed25519) != 32 or len(signature) != 64:
            raise ValueError("key length")
        import pyrage

        pyrage.x25519.Recipient.from_str(age)
    except ExchangeRejected:
        raise
    except Exception as exc:  # noqa: BLE001 - pyrage raises its own types for a bad key string
        raise _bad_card(str(exc)[:80]) from exc
    card = ContactCard(role, name, age, ed25519, created, signature)
    try:
        card.verifying_key().verify(signature, card.statement())
    except InvalidSignature as exc:
        raise ExchangeRejected(Refusal.TAMPERED, "the card's self-signature does not match its keys") from exc
    return card
