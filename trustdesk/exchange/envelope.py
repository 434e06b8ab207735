"""Sealed and signed files between the coordinator and the trust persons (intake, figures).

Layout (everything read from such a file is hostile until verified)::

    b"TRUSTDESK-<KIND>\\n"                    magic line, e.g. TRUSTDESK-INTAKE
    {"bytes": N, "format": 1}\\n              outer header: the length of what follows (capped first)
    <N bytes: an age file (X25519 recipient)>  made by pyrage; readable with the `age` tool too

Inside the age file, one JSON object::

    {"format": 1, "kind": "intake", "signer": <key id>, "payload": <base64>, "signature": <base64>}

``signature`` is Ed25519 over ``b"TrustDesk/<kind>/v1\\n" + payload``; ``payload`` is canonical JSON
that names the file id, its creation time and the *recipient's* key id, so a signed file re-sealed
to someone else ("surreptitious forwarding") is refused as well.  The age layer authenticates the
whole ciphertext (header MAC, STREAM chunks with a last-chunk flag): a flipped bit or a cut-off end
fails there.  No key derivation runs on a file: an X25519 identity never tries a passphrase (scrypt)
stanza, so a file cannot make us spend minutes on a KDF.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature

from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.keys import ContactCard, Identity, recognise
from trustdesk.vault import strict_json

FORMAT = 1
MAX_HEADER_LINE = 200


def magic(kind: str) -> bytes:
    return f"TRUSTDESK-{kind.upper()}\n".encode("ascii")


def _domain(kind: str) -> bytes:
    return f"TrustDesk/{kind}/v1\n".encode("ascii")


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def seal(kind: str, payload: Mapping[str, Any], recipient: ContactCard, signer: Identity) -> bytes:
    """The file bytes: ``payload`` signed by ``signer`` and sealed to ``recipient``.  The payload must
    already name the recipient's key id under "recipient" (read_sealed checks it)."""
    import pyrage

    if payload.get("recipient") != recipient.key_id:
        raise ValueError("the payload must name its recipient's key id")
    body = canonical(dict(payload))
    inner = canonical({"format": FORMAT, "kind": kind, "signer": signer.key_id,
                       "payload": base64.b64encode(body).decode("ascii"),
                       "signature": base64.b64encode(signer.sign(_domain(kind) + body)).decode("ascii")})
    sealed = pyrage.encrypt(inner, [recipient.age_key()])
    header = canonical({"bytes": len(sealed), "format": FORMAT})
    return magic(kind) + header + b"\n" + bytes(sealed)


@dataclass(frozen=True)
class Opened:
    kind: str
    signer: ContactCard
    payload: dict[str, Any]


def peek_kind(data: bytes) -> str | None:
    """The kind a file claims by its magic line (no verification), or None."""
    head, sep, _ = data[:64].partition(b"\n")
    if not sep or not head.startswith(b"TRUSTDESK-"):
        return None
    return head[len(b"TRUSTDESK-"):].decode("ascii", "replace").lower()


AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_AGE_HEADER = 16 * 1024  # our files carry one X25519 stanza: a few hundred bytes


def check_layout(kind: str, data: bytes, *, max_bytes: int) -> bytes:
    """The sealed age file inside ``data``, after every check that needs no key: size (first, before
    any work), magic line, outer header, declared length, and an age header with at least one stanza
    and its MAC line.  ExchangeRejected NOT_THIS_KIND / TOO_LARGE / TRUNCATED / MALFORMED / NEWER_FORMAT:
    only a file that passes this can be "sealed for someone else's key" (WRONG_RECIPIENT)."""
    found = None if data.startswith(magic(kind)) else recognise(data)  # a look at the signature only
    if found is not None:  # another TrustDesk file (a backup is named as such, not "too large")
        raise ExchangeRejected(Refusal.NOT_THIS_KIND, f"not a {kind} file but a {found} file", found=found)
    if len(data) > max_bytes + len(magic(kind)) + MAX_HEADER_LINE:
        raise ExchangeRejected(Refusal.TOO_LARGE, f"over {max_bytes} bytes")
    if not data.startswith(magic(kind)):
        raise ExchangeRejected(Refusal.NOT_THIS_KIND, f"not a {kind} file")
    header_line, sep, sealed = data[len(magic(kind)):].partition(b"\n")
    if not sep or len(header_line) > MAX_HEADER_LINE:
        raise ExchangeRejected(Refusal.TRUNCATED if not sep else Refusal.MALFORMED, "header")
    try:
        header = strict_json.loads(header_line.decode("ascii"))
        if not isinstance(header, dict) or type(header.get("format")) is not int or type(header.get("bytes")) is not int:
            raise ValueError("header")
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ExchangeRejected(Refusal.MALFORMED, "header") from exc
    if header["format"] > FORMAT:
        raise ExchangeRejected(Refusal.NEWER_FORMAT)
    if header["format"] != FORMAT or header["bytes"] < 0:
        raise ExchangeRejected(Refusal.MALFORMED, "header")
    if header["bytes"] > max_bytes:
        raise ExchangeRejected(Refusal.TOO_LARGE, f"declares {header['bytes']} bytes, at most {max_bytes}")
    if len(sealed) < header["bytes"]:
        raise ExchangeRejected(Refusal.TRUNCATED, f"{len(sealed)} of {header['bytes']} bytes")
    if len(sealed) > header["bytes"]:
        raise ExchangeRejected(Refusal.MALFORMED, "bytes after the end")
    if not sealed.startswith(AGE_MAGIC):
        raise ExchangeRejected(Refusal.MALFORMED, "not an age file")
    lines = sealed[len(AGE_MAGIC):len(AGE_MAGIC) + MAX_AGE_HEADER].split(b"\n")
    stanzas = 0
    for line in lines[:-1]:  # the last piece may be cut by the scan limit: not a complete line
        if line.startswith(b"--- "):
            if stanzas:
                return sealed
            break
        if line.startswith(b"-> "):
            stanzas += 1
    raise ExchangeRejected(Refusal.MALFORMED, "not an age file")


def read_sealed(kind: str, data: bytes, identity: Identity, senders: Mapping[str, ContactCard], *,
                max_bytes: int) -> Opened:
    """Check the layout and sizes, open the seal with ``identity``, verify the signature against the
    card in ``senders`` (key id -> card) it names, and that the payload names ``identity`` as its
    recipient.  ExchangeRejected on any problem; nothing is written anywhere."""
    import pyrage

    sealed = check_layout(kind, data, max_bytes=max_bytes)
    try:
        inner = pyrage.decrypt(sealed, [identity.age_identity])
    except pyrage.DecryptError as exc:
        text = str(exc).lower()
        if "no matching keys" in text:
            raise ExchangeRejected(Refusal.WRONG_RECIPIENT, "sealed to another key") from exc
        raise ExchangeRejected(Refusal.TAMPERED, "the seal does not open") from exc
    try:
        document = strict_json.loads(inner.decode("utf-8"))
        if isinstance(document, dict) and type(document.get("format")) is int and document["format"] > FORMAT:
            raise ExchangeRejected(Refusal.NEWER_FORMAT, "inner document")
        if not isinstance(document, dict) or document.get("format") != FORMAT or document.get("kind") != kind:
            raise ValueError("inner")
        signer_id, body = document["signer"], base64.b64decode(document["payload"], validate=True)
        signature = base64.b64decode(document["signature"], validate=True)
        if not isinstance(signer_id, str):
            raise ValueError("signer")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error, RecursionError) as exc:
        raise ExchangeRejected(Refusal.MALFORMED, "inner document") from exc
    card = senders.get(signer_id)
    if card is None:
        raise ExchangeRejected(Refusal.UNKNOWN_SENDER, f"signed by key {signer_id[:16]}")
    try:
        card.verifying_key().verify(signature, _domain(kind) + body)
    except InvalidSignature as exc:
        raise ExchangeRejected(Refusal.TAMPERED, "the signature does not match") from exc
    try:
        payload = strict_json.loads(body.decode("utf-8"))
        if not isinstance(payload, dict):
            raise ValueError("payload")
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ExchangeRejected(Refusal.MALFORMED, "payload") from exc
    if payload.get("recipient") != identity.key_id:
        raise ExchangeRejected(Refusal.WRONG_RECIPIENT, "signed for another recipient")
    return Opened(kind, card, payload)
