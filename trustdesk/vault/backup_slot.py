"""The backup passphrase slot: DK wrapped under the passphrase alone, kept INSIDE the vault.

Automatic backups must open on another laptop without this laptop's keychain, and must be
written without asking for the passphrase.  So whenever the passphrase is known (create,
unlock, change, reset) the vault also computes a passphrase-only key slot (Argon2id with the
vault's KDF parameters, a fresh salt, no device secret) and stores its JSON in the encrypted
database under the setting ``backup.passphrase_slot``.  It never goes into ``keyslots.json``:
there it would let a laptop thief guess the passphrase without the keychain.  A backup copies
it into its own header (see ``backup.py``).

Keeping the two in step
-----------------------
The slot is stored together with ``backup.passphrase_slot_for``: the fingerprint of the
``keyslots.json`` passphrase slot it was made alongside (both wrap DK under the same passphrase).
A crash between the writes of a passphrase change (or an old ``keyslots.json`` put back) leaves
them disagreeing; unlock then sees the fingerprint differ and renews this slot with the passphrase
just typed, so the next backup opens with exactly the passphrase that opens the vault.
"""

from __future__ import annotations

import contextlib
import json
import logging

from sqlcipher3 import dbapi2 as sqlcipher

from trustdesk.vault import keyslots
from trustdesk.vault.db import Database
from trustdesk.vault.errors import VaultCorrupted, VaultError
from trustdesk.vault.keyslots import KdfParams, KeySlot

SETTING_KEY = "backup.passphrase_slot"
SETTING_MADE_FOR = "backup.passphrase_slot_for"  # fingerprint of the header slot it was made alongside

log = logging.getLogger(__name__)


def make(data_key: bytes | bytearray, vault_id: str, passphrase: str, params: KdfParams) -> KeySlot:
    return keyslots.make_passphrase_slot(data_key, vault_id, passphrase, params, None)


def load(db: Database) -> KeySlot | None:
    row = db.query_one("SELECT value FROM settings WHERE key = ?", (SETTING_KEY,))
    if row is None:
        return None
    try:
        slot = KeySlot.from_json(json.loads(row[0]))
    except (ValueError, VaultCorrupted):
        return None
    return slot if slot.kind == keyslots.PASSPHRASE and not slot.device_secret else None


def _put(db: Database, key: str, value: str) -> None:
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def store(db: Database, slot: KeySlot, made_for: str = "") -> None:
    """Store the slot and the fingerprint of the header slot it belongs with, in one transaction."""
    with db.transaction():
        _put(db, SETTING_KEY, json.dumps(slot.to_json(), sort_keys=True))
        _put(db, SETTING_MADE_FOR, json.dumps(made_for))


def made_for(db: Database) -> str:
    row = db.query_one("SELECT value FROM settings WHERE key = ?", (SETTING_MADE_FOR,))
    with contextlib.suppress(ValueError, TypeError):
        value = json.loads(row[0]) if row is not None else ""
        return value if isinstance(value, str) else ""
    return ""


def saved(db: Database) -> tuple[str | None, str | None]:
    """The stored values as they are (to put them back when a key change fails half-way)."""
    rows = {r[0]: r[1] for r in db.query("SELECT key, value FROM settings WHERE key IN (?, ?)",
                                         (SETTING_KEY, SETTING_MADE_FOR))}
    return rows.get(SETTING_KEY), rows.get(SETTING_MADE_FOR)


def put_back(db: Database, values: tuple[str | None, str | None]) -> None:
    with db.transaction():
        for key, value in zip((SETTING_KEY, SETTING_MADE_FOR), values, strict=True):
            if value is None:
                db.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                _put(db, key, value)


def in_step(db: Database, header_slot: KeySlot) -> bool:
    """True when the stored slot was made alongside ``header_slot`` (same passphrase, by construction)."""
    return load(db) is not None and made_for(db) == keyslots.fingerprint(header_slot)


def refresh(db: Database, data_key: bytes | bytearray, vault_id: str, passphrase: str,
            header_slot: KeySlot, *, only_when_stale: bool = False) -> bool:
    """(Re)compute and store the slot for ``passphrase`` (the one that opens ``header_slot``).

    With ``only_when_stale`` nothing happens when the stored slot is in step with ``header_slot``.
    A failing write never blocks unlocking (best effort; the next unlock tries again).  Returns
    True when a new slot was stored."""
    with contextlib.suppress(VaultError, sqlcipher.Error):
        if only_when_stale and in_step(db, header_slot):
            return False
        store(db, make(data_key, vault_id, passphrase, header_slot.kdf or KdfParams()),
              keyslots.fingerprint(header_slot))
        return True
    log.warning("could not store the backup passphrase slot")
    return False
