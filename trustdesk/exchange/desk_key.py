"""The coordinator desk's key file ``identity.key``: the desk's private keys under the desk passphrase.

The same mechanism as the trust person's backups (``trustdesk.vault.keyslots``): a passphrase key
slot wraps a random 32-byte file key under Argon2id with *fixed* parameters (``DESK_KDF``, written
in the file and bound into the slot's tag), and the file key seals the key pair with AES-256-GCM,
the file's header as associated data.  Opening uses the parameters stored in the file, bounded by
the key slots' documented floor and ceiling before any derivation; nothing depends on how fast the
machine is at the moment (age's scrypt recipient, used before, refused its own file when a busy or
slower machine timed scrypt below the file's work factor).

    {"format": 1, "kind": "trustdesk-desk-key", "key_id": <the desk card's key id>,
     "slot": <a passphrase key slot, as in keyslots.json>, "nonce": <b64>, "sealed": <b64>}
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trustdesk.detail import QT_TRANSLATE_NOOP
from trustdesk.vault import keyslots, strict_json
from trustdesk.vault.errors import KdfTooCostly, KdfTooWeak, VaultCorrupted, VaultError, WrongPassphrase
from trustdesk.vault.keyslots import KdfParams, KeySlot

FORMAT = 1
KIND = "trustdesk-desk-key"
# RFC 9106's second recommended option, the key slots' floor: t=3, 64 MiB, 4 lanes.  Fixed, never
# calibrated: the same file opens with the same work on every machine, busy or not.
DESK_KDF = KdfParams()
MAX_KEY_FILE_BYTES = 16 * 1024


_NOT_KEY_FILE = QT_TRANSLATE_NOOP("DeskDetail", "identity.key is not a key file of this desk")
_DAMAGED = QT_TRANSLATE_NOOP("DeskDetail", "identity.key is damaged")
_WRONG = QT_TRANSLATE_NOOP("DeskDetail", "wrong passphrase")


class DeskKeyError(VaultError):
    """The key file cannot be opened; ``wrong_passphrase`` tells a wrong passphrase from damage."""

    def __init__(self, message: str, *, wrong_passphrase: bool = False) -> None:
        super().__init__(message)
        self.wrong_passphrase = wrong_passphrase


def _aad(key_id: str, slot: KeySlot) -> bytes:
    bound = {"format": FORMAT, "kind": KIND, "key_id": key_id, "slot": slot.to_json()}
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(secret: bytes, key_id: str, passphrase: str) -> bytes:
    """``secret`` (the key pair's JSON) sealed under ``passphrase`` with the fixed ``DESK_KDF``."""
    file_key = bytearray(os.urandom(keyslots.DATA_KEY_BYTES))
    try:
        slot = keyslots.make_passphrase_slot(file_key, key_id, passphrase, DESK_KDF, None)
        nonce = os.urandom(keyslots.NONCE_BYTES)
        sealed = AESGCM(bytes(file_key)).encrypt(nonce, secret, _aad(key_id, slot))
    finally:
        file_key[:] = bytes(len(file_key))
    data = {"format": FORMAT, "kind": KIND, "key_id": key_id, "slot": slot.to_json(),
            "nonce": base64.b64encode(nonce).decode("ascii"), "sealed": base64.b64encode(sealed).decode("ascii")}
    return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _parse(raw: bytes) -> tuple[str, KeySlot, bytes, bytes]:
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise DeskKeyError(QT_TRANSLATE_NOOP("DeskDetail", "identity.key is too large"))
    try:
        data: Any = strict_json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DeskKeyError(_NOT_KEY_FILE) from exc
    if not isinstance(data, dict) or set(data) != {"format", "kind", "key_id", "slot", "nonce", "sealed"} \
            or data["kind"] != KIND:
        raise DeskKeyError(_NOT_KEY_FILE)
    if data["format"] != FORMAT:
        raise DeskKeyError(QT_TRANSLATE_NOOP(
            "DeskDetail", "identity.key has format {found!r}; this TrustDesk reads format {format}").format(
            found=data["format"], format=FORMAT))
    key_id = data["key_id"]
    if not isinstance(key_id, str) or not 0 < len(key_id) <= 128:
        raise DeskKeyError(QT_TRANSLATE_NOOP("DeskDetail", "identity.key names no key"))
    try:
        slot = KeySlot.from_json(data["slot"])  # the KDF floor and ceiling are checked here, before any work
    except KdfTooCostly as exc:
        raise DeskKeyError(QT_TRANSLATE_NOOP("DeskDetail", "identity.key asks for more key-derivation work than TrustDesk "
                                                           "ever sets; refused before any derivation")) from exc
    except KdfTooWeak as exc:
        raise DeskKeyError(QT_TRANSLATE_NOOP("DeskDetail", "identity.key asks for less key-derivation work than the "
                                                           "floor")) from exc
    except VaultCorrupted as exc:
        raise DeskKeyError(_DAMAGED) from exc
    if slot.kind != keyslots.PASSPHRASE or slot.device_secret:
        raise DeskKeyError(QT_TRANSLATE_NOOP("DeskDetail", "identity.key holds no passphrase slot"))
    try:
        nonce = base64.b64decode(str(data["nonce"]).encode("ascii"), validate=True)
        sealed = base64.b64decode(str(data["sealed"]).encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise DeskKeyError(_DAMAGED) from exc
    if len(nonce) != keyslots.NONCE_BYTES or len(sealed) < 16:
        raise DeskKeyError(_DAMAGED)
    return key_id, slot, nonce, sealed


def stored_kdf(raw: bytes) -> KdfParams:
    """The KDF parameters a key file asks for (bounded: a DeskKeyError above the ceiling)."""
    slot = _parse(raw)[1]
    assert slot.kdf is not None
    return slot.kdf


def open_sealed(raw: bytes, passphrase: str) -> tuple[str, bytes]:
    """(key id, secret) from a key file: DeskKeyError(wrong_passphrase=True) for a wrong passphrase."""
    key_id, slot, nonce, sealed = _parse(raw)
    try:
        file_key = keyslots.open_passphrase_slot(slot, key_id, passphrase, None)
    except WrongPassphrase as exc:
        raise DeskKeyError(_WRONG, wrong_passphrase=True) from exc
    except VaultError as exc:
        raise DeskKeyError(_DAMAGED) from exc
    try:
        return key_id, AESGCM(bytes(file_key)).decrypt(nonce, sealed, _aad(key_id, slot))
    except (InvalidTag, ValueError) as exc:
        raise DeskKeyError(_DAMAGED) from exc
    finally:
        file_key[:] = bytes(len(file_key))
