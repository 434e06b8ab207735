"""The backup passphrase slot: DK wrapped under the passphrase alone, kept INSIDE the vault.

Automatic backups must open on another laptop without this laptop's keychain, and must be
written without asking for the passphrase.  So whenever the passphrase is known (create,
unlock, change, reset) the vault also computes a passphrase-only key slot (Argon2id with the
vault's KDF parameters, a fresh salt, no device secret) and stores its JSON in the encrypted
database under the setting ``backup.passphrase_slot``.  It never goes into ``keyslots.json``:
there it would let a laptop thief guess the passphrase without the keychain.  A backup copies
it into its own header (see ``backup.py``).
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


def store(db: Database, slot: KeySlot) -> None:
    with db.transaction():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   (SETTING_KEY, json.dumps(slot.to_json(), sort_keys=True)))


def refresh(db: Database, data_key: bytes | bytearray, vault_id: str, passphrase: str,
            params: KdfParams | None, *, only_when_missing: bool = False) -> None:
    """(Re)compute and store the slot; a failing write never blocks unlocking (best effort)."""
    with contextlib.suppress(VaultError, sqlcipher.Error):
        if only_when_missing and load(db) is not None:
            return
        store(db, make(data_key, vault_id, passphrase, params or KdfParams()))
        return
    log.warning("could not store the backup passphrase slot")
