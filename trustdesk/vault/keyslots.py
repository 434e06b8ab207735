"""Key slots: the public header ``keyslots.json`` that wraps the data key (ARCHITECTURE.md, The vault).

Each slot wraps the 32-byte data key with AES-256-GCM.  The associated data binds the format
version, the vault id, the slot's name and type and *all* of its KDF parameters, so an edited
header fails the tag instead of unlocking with a weaker KDF.

- passphrase slot: KEK = HKDF-SHA256(Argon2id(passphrase, salt) || device secret); the device
  secret lives in the OS keychain.  Without a usable keychain the slot is passphrase-only
  (``device_secret`` false) and the UI says so.
- recovery slot: KEK = HKDF-SHA256(128-bit recovery code, salt).
"""

from __future__ import annotations

import base64
import contextlib
import errno
import json
import math
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustdesk.vault import strict_json
from trustdesk.vault.errors import (
    KdfTooCostly,
    KdfTooWeak,
    MalformedCode,
    VaultCorrupted,
    WriteFailed,
    WrongPassphrase,
)
from trustdesk.vault.files import atomic_write_bytes, read_outside_prefix

FORMAT_VERSION = 1
HEADER_NAME = "keyslots.json"
DATA_KEY_BYTES = 32

# RFC 9106 low-memory option: the floor; calibration only goes up from here.
FLOOR_TIME_COST = 3
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_LANES = 4
# The ceiling: calibration raises only the time cost (up to MAX_TIME_COST) at the floor's memory and
# lanes, so a slot asking for more was not made by TrustDesk.  Parameters read from a file are the
# attacker's until the tag is checked: they are refused before any derivation (a hostile header
# could otherwise ask for 64 passes over 1 GiB before anything is authenticated).
MAX_MEMORY_KIB = FLOOR_MEMORY_KIB
MAX_LANES = FLOOR_LANES
MAX_TIME_COST = 64
MAX_HEADER_BYTES = 64 * 1024
MAX_SLOTS = 4
SALT_BYTES = 16
MAX_SALT_BYTES = 64
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16  # the data key and the GCM tag

REKEY_NEXT = "vault.db.rekey"  # the re-encrypted database of a re-key, before it replaces vault.db
PASSPHRASE = "passphrase"
RECOVERY = "recovery"

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCKFORD = _CROCKFORD  # the alphabet of recovery, handover and receipt codes
_CROCKFORD_MAP = {c: i for i, c in enumerate(_CROCKFORD)}
_CROCKFORD_MAP.update({"O": 0, "I": 1, "L": 1})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise VaultCorrupted("key slot field is not text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise VaultCorrupted("key slot field is not base64") from exc


@dataclass(frozen=True, slots=True)
class KdfParams:
    time_cost: int = FLOOR_TIME_COST
    memory_kib: int = FLOOR_MEMORY_KIB
    lanes: int = FLOOR_LANES

    def check_floor(self) -> None:
        """Floor and ceiling: KdfTooWeak below the floor, KdfTooCostly above what calibration sets."""
        if self.time_cost < FLOOR_TIME_COST or self.memory_kib < FLOOR_MEMORY_KIB or self.lanes < 1:
            raise KdfTooWeak(f"KDF parameters below the floor: {self}")
        if self.time_cost > MAX_TIME_COST or self.memory_kib > MAX_MEMORY_KIB or self.lanes > MAX_LANES:
            raise KdfTooCostly(f"KDF parameters above the ceiling (t <= {MAX_TIME_COST}, m <= {MAX_MEMORY_KIB} KiB, "
                               f"p <= {MAX_LANES}): t={self.time_cost}, m={self.memory_kib}, p={self.lanes}; "
                               "refused before any key derivation")

    @staticmethod
    def from_json(raw: Any) -> KdfParams:
        """Parse and bound-check ``{"alg": 1, "t", "m", "p"}``; VaultCorrupted / KdfTooWeak / KdfTooCostly."""
        if not isinstance(raw, dict) or set(raw) != {"alg", "t", "m", "p"} or raw.get("alg") != 1:
            raise VaultCorrupted("unknown KDF")
        if not all(type(raw[k]) is int for k in ("t", "m", "p")):
            raise VaultCorrupted("KDF parameters are not whole numbers")
        params = KdfParams(raw["t"], raw["m"], raw["p"])
        params.check_floor()
        return params

    def as_json(self) -> dict[str, int]:
        return {"alg": 1, "t": self.time_cost, "m": self.memory_kib, "p": self.lanes}


def argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    params.check_floor()
    return Argon2id(salt=salt, length=32, iterations=params.time_cost, lanes=params.lanes,
                    memory_cost=params.memory_kib).derive(secret)


CALIBRATION_RUNS = 3
CALIBRATION_ROUNDS = 4  # measure, raise, measure again (see calibrate)


def _fastest(params: KdfParams, salt: bytes, target_seconds: float) -> float:
    """The fastest of up to ``CALIBRATION_RUNS`` derivations (fewer once they took twice the target)."""
    timings: list[float] = []
    while not timings or (len(timings) < CALIBRATION_RUNS and sum(timings) < 2 * target_seconds):
        t0 = time.perf_counter()
        argon2id(b"calibration", salt, params)
        timings.append(time.perf_counter() - t0)
    return max(min(timings), 1e-3)


def calibrate(target_seconds: float = 0.5, start: KdfParams | None = None) -> KdfParams:
    """Raise the time cost above the floor until one derivation takes about ``target_seconds``.

    The fastest of up to ``CALIBRATION_RUNS`` derivations (fewer once they took twice the target) is
    this computer's speed: one derivation slowed by other work at that moment (a busy laptop) would
    set a lower cost for good -- a weaker key than meant, an unlock quicker than aimed at.

    A derivation costs a fixed part (its memory filled, its lanes' threads) plus a part per pass, so a
    cost raised in proportion to one measurement falls short: on a 2-core laptop t=3 took 272 ms and
    the proportional t=6 353 ms, not 544 (one round chose 300-390 ms for a 500 ms aim).  So the cost
    is measured again once raised, and from the second measurement on it follows the line through the
    last two, until the fastest derivation reaches the target (``CALIBRATION_ROUNDS`` at most)."""
    params = start or KdfParams()
    salt = os.urandom(16)
    seen: list[tuple[int, float]] = []
    for _ in range(CALIBRATION_ROUNDS):
        elapsed = _fastest(params, salt, target_seconds)
        if elapsed >= target_seconds or params.time_cost >= MAX_TIME_COST:
            return params
        seen.append((params.time_cost, elapsed))
        (c0, e0), (c1, e1) = seen[-2] if len(seen) > 1 else (0, 0.0), seen[-1]
        if len(seen) > 1 and e1 > e0:  # the line through the last two: its fixed part and its part per pass
            wanted = c1 + (target_seconds - e1) * (c1 - c0) / (e1 - e0)
        else:  # one point (or a slower run below a faster one): in proportion, the next round corrects it
            wanted = c1 * target_seconds / e1
        # (a hair over a whole cost is timing noise, not a reason for one pass more)
        cost = min(MAX_TIME_COST, max(FLOOR_TIME_COST, c1 + 1, math.ceil(wanted - 1e-6)))
        params = replace(params, time_cost=cost)
    return params


def _hkdf(material: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(material)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on macOS and Windows gives the same bytes.

    ``surrogatepass``: a lone surrogate (a broken paste) is a wrong passphrase, never a crash."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


# -- recovery code ---------------------------------------------------------------------------

def new_recovery_code() -> str:
    """128 random bits as Crockford base32 in groups of four (26 symbols + 2 padding bits)."""
    value = int.from_bytes(secrets.token_bytes(16), "big")
    symbols = []
    for _ in range(26):
        symbols.append(_CROCKFORD[value & 31])
        value >>= 5
    text = "".join(reversed(symbols))
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def code_problem(code: str) -> str:
    """Why ``code`` cannot be a recovery or handover code at all ("" when it is well-formed): said
    apart from a well-formed code that is merely the wrong one."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\n")
    if not cleaned:
        return "no code was given"
    bad = sorted({ch for ch in cleaned if ch not in _CROCKFORD_MAP})
    if bad:
        return f"a code holds only letters and digits, not {' '.join(repr(ch) for ch in bad[:3])}"
    if len(cleaned) != 26:
        return f"a code has 26 letters and digits (groups of 4); this one has {len(cleaned)}"
    try:
        recovery_code_bytes(cleaned)
    except WrongPassphrase:
        return "this is not a code TrustDesk makes (its first character is too high)"
    return ""


def recovery_code_bytes(code: str) -> bytes:
    """Parse a recovery code typed by a tired human: case, spaces, dashes, O/0 and I/L/1 forgiven."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\n")
    if len(cleaned) != 26:
        raise WrongPassphrase("a recovery code has 26 characters")
    value = 0
    for ch in cleaned:
        if ch not in _CROCKFORD_MAP:
            raise WrongPassphrase("not a recovery code")
        value = (value << 5) | _CROCKFORD_MAP[ch]
    if value >> 128:
        raise WrongPassphrase("not a recovery code")
    return value.to_bytes(16, "big")


# -- slots and header ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KeySlot:
    name: str
    kind: str  # PASSPHRASE or RECOVERY
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None  # None for the recovery slot (a 128-bit random code needs no stretching)
    device_secret: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "kind": self.kind, "salt": _b64(self.salt),
                                "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped),
                                "device_secret": self.device_secret}
        if self.kdf is not None:
            data["kdf"] = self.kdf.as_json()
        return data

    @staticmethod
    def from_json(data: Any) -> KeySlot:
        """A slot from parsed JSON, every field checked (types, lengths, KDF bounds) before any use."""
        if not isinstance(data, dict):
            raise VaultCorrupted("key slot is not an object")
        required = {"name", "kind", "salt", "nonce", "wrapped"}
        if not required <= set(data) or not set(data) <= required | {"kdf", "device_secret"}:
            raise VaultCorrupted("key slot has missing or unknown fields")
        name, kind = data["name"], data["kind"]
        if not isinstance(name, str) or not 0 < len(name) <= 64 or kind not in (PASSPHRASE, RECOVERY):
            raise VaultCorrupted("unknown key slot kind")
        device_secret = data.get("device_secret", False)
        if type(device_secret) is not bool:
            raise VaultCorrupted("key slot device_secret is not true/false")
        kdf_raw = data.get("kdf")
        if kind == PASSPHRASE and kdf_raw is None:
            raise VaultCorrupted("passphrase slot without KDF")
        if kind == RECOVERY and (kdf_raw is not None or device_secret):
            raise VaultCorrupted("recovery slot with a KDF or a device secret")
        kdf = KdfParams.from_json(kdf_raw) if kdf_raw is not None else None
        salt, nonce, wrapped = _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["wrapped"])
        if not SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
            raise VaultCorrupted(f"key slot salt has {len(salt)} bytes (expected {SALT_BYTES} to {MAX_SALT_BYTES})")
        if len(nonce) != NONCE_BYTES or len(wrapped) != WRAPPED_BYTES:
            raise VaultCorrupted("key slot nonce or wrapped key has the wrong length")
        return KeySlot(name=name, kind=kind, salt=salt, nonce=nonce, wrapped=wrapped, kdf=kdf,
                       device_secret=device_secret)

    def aad(self, vault_id: str) -> bytes:
        bound = {"format": FORMAT_VERSION, "vault_id": vault_id, "name": self.name, "kind": self.kind,
                 "kdf": self.kdf.as_json() if self.kdf else None, "device_secret": self.device_secret,
                 "salt": _b64(self.salt)}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Header:
    vault_id: str
    created: str
    slots: tuple[KeySlot, ...]
    format: int = FORMAT_VERSION
    # A re-key in progress: the name of the re-encrypted database that these slots open and that
    # still has to replace vault.db (see Vault.rekey).  Only ever REKEY_NEXT.
    pending: str = ""

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: KeySlot) -> Header:
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return replace(self, slots=others + (slot,))

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {"format": self.format, "vault_id": self.vault_id, "created": self.created,
                                "slots": [s.to_json() for s in self.slots]}
        if self.pending:
            data["pending"] = self.pending
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @staticmethod
    def from_bytes(raw: bytes) -> Header:
        """Parse and validate the whole schema; any malformation is VaultCorrupted (KdfTooWeak /
        KdfTooCostly for KDF parameters out of bounds), never a bare ValueError or RecursionError."""
        if len(raw) > MAX_HEADER_BYTES:
            raise VaultCorrupted(f"keyslots.json is larger than {MAX_HEADER_BYTES} bytes")
        try:
            data = strict_json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise VaultCorrupted("keyslots.json is not valid JSON") from exc
        if not isinstance(data, dict):
            raise VaultCorrupted("keyslots.json is not an object")
        fmt = data.get("format")
        if fmt != FORMAT_VERSION:
            from trustdesk.vault.errors import VaultTooNew

            if isinstance(fmt, int) and fmt > FORMAT_VERSION:
                raise VaultTooNew(f"key slot format {fmt} is newer than {FORMAT_VERSION}")
            raise VaultCorrupted("unknown keyslots.json format")
        vault_id, created, slots = data.get("vault_id"), data.get("created"), data.get("slots")
        if not isinstance(vault_id, str) or not isinstance(created, str) or not isinstance(slots, list):
            raise VaultCorrupted("keyslots.json lacks vault id or slots")
        if not 0 < len(vault_id) <= 64 or len(created) > 64 or not 0 < len(slots) <= MAX_SLOTS:
            raise VaultCorrupted("keyslots.json vault id, date or number of slots out of range")
        parsed = tuple(KeySlot.from_json(s) for s in slots)
        if len({s.kind for s in parsed}) != len(parsed):
            raise VaultCorrupted("keyslots.json holds two slots of one kind")
        pending = data.get("pending", "")
        if pending not in ("", REKEY_NEXT):
            raise VaultCorrupted("keyslots.json names an unknown pending database")
        return Header(vault_id=vault_id, created=created, slots=parsed, pending=pending)

    @staticmethod
    def read(path: Path) -> Header:
        try:
            raw = read_outside_prefix(path, MAX_HEADER_BYTES + 1)  # never blocks on a FIFO, never reads a device
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise VaultCorrupted("keyslots.json is not a regular file") from exc
            raise
        return Header.from_bytes(raw)

    def write(self, path: Path) -> None:
        """Atomic (old or new header, never neither); a full or read-only disk is WriteFailed.

        WriteFailed means the old header is still in place.  A failure after the rename (syncing the
        directory) is no failure of the change: the new header is what every reader now sees."""
        data = self.to_bytes()
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            with contextlib.suppress(OSError):
                if path.read_bytes() == data:
                    return
            raise WriteFailed(f"keyslots.json could not be written: {exc.strerror or exc}") from exc


def fingerprint(slot: KeySlot) -> str:
    """A short public name of one slot's exact bytes (fresh salt and nonce on every rewrap)."""
    import hashlib

    canonical = json.dumps(slot.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:32]


def _seal(kek: bytes, data_key: bytes, slot: KeySlot, vault_id: str) -> KeySlot:
    nonce = os.urandom(12)
    unsealed = replace(slot, nonce=nonce, wrapped=b"")
    wrapped = AESGCM(kek).encrypt(nonce, data_key, unsealed.aad(vault_id))
    return replace(unsealed, wrapped=wrapped)


def _open(kek: bytes, slot: KeySlot, vault_id: str) -> bytearray:
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad(vault_id))
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphrase("the key slot did not open") from exc
    if len(key) != DATA_KEY_BYTES:
        raise VaultCorrupted("wrapped data key has the wrong length")
    return bytearray(key)


def _passphrase_kek(passphrase: str, slot: KeySlot, device_secret: bytes | None) -> bytes:
    assert slot.kdf is not None
    stretched = argon2id(normalize_passphrase(passphrase), slot.salt, slot.kdf)
    material = stretched + (device_secret or b"")
    return _hkdf(material, slot.salt, b"TrustDesk passphrase slot v1")


def make_passphrase_slot(data_key: bytes | bytearray, vault_id: str, passphrase: str,
                         params: KdfParams, device_secret: bytes | None) -> KeySlot:
    slot = KeySlot(name=PASSPHRASE, kind=PASSPHRASE, salt=os.urandom(SALT_BYTES), nonce=b"", wrapped=b"",
                   kdf=params, device_secret=device_secret is not None)
    return _seal(_passphrase_kek(passphrase, slot, device_secret), bytes(data_key), slot, vault_id)


def open_passphrase_slot(slot: KeySlot, vault_id: str, passphrase: str,
                         device_secret: bytes | None) -> bytearray:
    assert slot.kdf is not None
    slot.kdf.check_floor()
    return _open(_passphrase_kek(passphrase, slot, device_secret), slot, vault_id)


def make_recovery_slot(data_key: bytes | bytearray, vault_id: str, code: str) -> KeySlot:
    slot = KeySlot(name=RECOVERY, kind=RECOVERY, salt=os.urandom(SALT_BYTES), nonce=b"", wrapped=b"", kdf=None)
    kek = _hkdf(recovery_code_bytes(code), slot.salt, b"TrustDesk recovery slot v1")
    return _seal(kek, bytes(data_key), slot, vault_id)


def open_recovery_slot(slot: KeySlot, vault_id: str, code: str) -> bytearray:
    """The one parse every recovery-code entry goes through (unlock, restore, the commands): a code that
    cannot be one raises MalformedCode (why, in words), a well-formed wrong one WrongPassphrase."""
    problem = code_problem(code)
    if problem:
        raise MalformedCode(problem)
    kek = _hkdf(recovery_code_bytes(code), slot.salt, b"TrustDesk recovery slot v1")
    return _open(kek, slot, vault_id)
