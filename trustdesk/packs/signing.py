"""Ed25519 signatures over a pack's members (cryptography's Ed25519; keys as PEM).

``signature.json`` inside the zip holds the SHA-256 of every other member, the pack's id and version,
the signer's key id, and an Ed25519 signature over the canonical JSON of exactly those (every field
of signature.json but the signature itself): a member added, removed, renamed or changed, or a
manifest swapped between packs, fails verification.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trustdesk.packs.errors import QT_TRANSLATE_NOOP, PackRejected, RejectReason
from trustdesk.vault import strict_json

SIGNATURE_NAME = "signature.json"
FORMAT = 1
ALGORITHM = "ed25519"
MAX_SIGNATURE_BYTES = 256 * 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


# -- keys ----------------------------------------------------------------------------------------

def generate_key_pair(passphrase: bytes) -> tuple[bytes, bytes]:
    """(private key PEM encrypted with ``passphrase``, public key PEM)."""
    if not passphrase:
        raise ValueError("the private key needs a passphrase")
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.BestAvailableEncryption(passphrase))
    public_pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)
    return private_pem, public_pem


def load_private_key(pem: bytes, passphrase: bytes) -> Ed25519PrivateKey:
    """ValueError when the passphrase is wrong or the file is not an Ed25519 private key."""
    try:
        key = serialization.load_pem_private_key(pem, password=passphrase)
    except (ValueError, TypeError) as exc:
        raise ValueError("cannot open the private key (wrong passphrase or not a key file)") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the private key is not an Ed25519 key")
    return key


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError) as exc:
        raise ValueError("not a PEM public key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("the public key is not an Ed25519 key")
    return key


def raw_public_key(text: str) -> Ed25519PublicKey | None:
    """A public key from the base64 of its 32 raw bytes (a manifest's ``next_key``); None if it is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw) if len(raw) == 32 else None
    except (binascii.Error, ValueError):
        return None


def raw_text(public_key: Ed25519PublicKey) -> str:
    """The base64 of the key's 32 raw bytes (what a manifest's ``next_key`` holds)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short fingerprint to show and compare (hex of the first 8 bytes of SHA-256 of the raw key)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


# -- the signed statement -------------------------------------------------------------------------

def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def canonical_payload(pack_id: str, version: int, files: Mapping[str, str], signer: str) -> bytes:
    statement = {"format": FORMAT, "algorithm": ALGORITHM, "key_id": signer,
                 "pack": {"id": pack_id, "version": version}, "files": dict(files)}
    return json.dumps(statement, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def sign_members(members: Mapping[str, bytes], pack_id: str, version: int,
                 private_key: Ed25519PrivateKey) -> bytes:
    """The content of signature.json for ``members`` (which must not contain it)."""
    files = {name: digest(content) for name, content in sorted(members.items()) if name != SIGNATURE_NAME}
    signer = key_id(private_key.public_key())
    signature = private_key.sign(canonical_payload(pack_id, version, files, signer))
    document = {"format": FORMAT, "algorithm": ALGORITHM, "key_id": signer,
                "pack": {"id": pack_id, "version": version}, "files": files,
                "signature": base64.b64encode(signature).decode("ascii")}
    return (json.dumps(document, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")


@dataclass(frozen=True, slots=True)
class SignedStatement:
    pack_id: str
    version: int
    files: Mapping[str, str]
    key_id: str


def _bad(detail: str) -> PackRejected:
    return PackRejected(RejectReason.BAD_SIGNATURE, detail)


def _parse(raw: bytes) -> tuple[dict[str, Any], bytes]:
    if len(raw) > MAX_SIGNATURE_BYTES:
        raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
            "PackDetail", "signature.json is too large"))
    try:
        document = strict_json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _bad(QT_TRANSLATE_NOOP("PackDetail", "signature.json is not valid JSON")) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT or document.get("algorithm") != ALGORITHM:
        raise _bad(QT_TRANSLATE_NOOP("PackDetail", "signature.json has an unknown format or algorithm"))
    pack, files, signature = document.get("pack"), document.get("files"), document.get("signature")
    if (not isinstance(pack, dict) or not isinstance(pack.get("id"), str) or type(pack.get("version")) is not int
            or not isinstance(files, dict) or not isinstance(signature, str)
            or not isinstance(document.get("key_id"), str)
            or not all(isinstance(k, str) and isinstance(v, str) and _HEX64.match(v) for k, v in files.items())):
        raise _bad(QT_TRANSLATE_NOOP("PackDetail", "signature.json is incomplete"))
    try:
        signature_bytes = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _bad(QT_TRANSLATE_NOOP("PackDetail", "the signature is not base64")) from exc
    return document, signature_bytes


def verify_members(members: Mapping[str, bytes], public_key: Ed25519PublicKey | None) -> SignedStatement:
    """Check signature.json against ``public_key`` and every other member's digest.
    PackRejected: UNSIGNED, WRONG_KEY, BAD_SIGNATURE, NO_TRUSTED_KEY."""
    raw = members.get(SIGNATURE_NAME)
    if raw is None:
        raise PackRejected(RejectReason.UNSIGNED, QT_TRANSLATE_NOOP(
            "PackDetail", "the pack carries no signature.json"))
    if public_key is None:
        raise PackRejected(RejectReason.NO_TRUSTED_KEY, QT_TRANSLATE_NOOP(
            "PackDetail", "this build pins no pack key"))
    document, signature = _parse(raw)
    pack, files = document["pack"], document["files"]
    try:
        public_key.verify(signature, canonical_payload(pack["id"], pack["version"], files, document["key_id"]))
    except InvalidSignature:
        if document["key_id"] != key_id(public_key):
            raise PackRejected(RejectReason.WRONG_KEY, QT_TRANSLATE_NOOP(
                "PackDetail", "signed by key {signer!r}, not by {checked}, {key}").format(
                signer=document["key_id"][:16], key=key_id(public_key),
                checked=QT_TRANSLATE_NOOP("PackDetail", "the key it was checked with"))) from None
        raise _bad(QT_TRANSLATE_NOOP("PackDetail", "the signature does not match the pack")) from None
    others = {name for name in members if name != SIGNATURE_NAME}
    if others != set(files):
        raise _bad(QT_TRANSLATE_NOOP("PackDetail", "the pack's members differ from the signed list"))
    for name in sorted(others):
        if digest(members[name]) != files[name]:
            raise _bad(QT_TRANSLATE_NOOP("PackDetail", "{name} was changed after signing").format(name=name))
    return SignedStatement(pack["id"], pack["version"], dict(files), key_id(public_key))
