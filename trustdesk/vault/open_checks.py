"""What opening a vault checks before it writes (vault/vault.py): the header read, the folder
writable and not full, a damaged write-ahead log kept aside, the schema and tables it relies on read on
the read-only probe; and the encrypted safety copy made before a migration."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from trustdesk.vault import schema
from trustdesk.vault.audit_head import HEAD_NAME, HeadAnchor
from trustdesk.vault.db import Database
from trustdesk.vault.errors import VaultCorrupted, VaultError, VaultNotFound, VaultReadOnly, WriteFailed
from trustdesk.vault.files import atomic_copy
from trustdesk.vault.keyslots import Header
from trustdesk.vault.paths import DB_NAME, vault_paths

DISK_FULL_BYTES = 256 * 1024  # less free space than this: unlock does not even try to write


def keep_damaged_log_first(data_dir: Path, probe: Database, header: Header) -> Path | None:
    """A damaged -wal (or one that drops changes while the audit head, read on the read-only ``probe``,
    shows committed entries missing) is copied into the kept-aside area first (wal_check.py); a copy
    that cannot be made stops the writing open (WriteFailed: a full disk then opens read-only)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from trustdesk.vault.wal_check import keep_damaged_log

    try:
        lost = HeadAnchor(probe, data_dir / HEAD_NAME, header.vault_id).check().truncated
    except (VaultError, sqlcipher.Error):  # a vault from before the head record: its tables are not there
        lost = False
    try:
        return keep_damaged_log(data_dir, lost_commits=lost)
    except OSError as exc:
        raise WriteFailed(f"the damaged write-ahead log could not be kept aside: {exc.strerror or exc}") from exc


def disk_full(data_dir: Path) -> bool:
    try:
        return shutil.disk_usage(data_dir).free < DISK_FULL_BYTES
    except OSError:
        return False


def check_writable(data_dir: Path, db_path: Path) -> None:
    """A folder or vault.db that cannot be written is VaultReadOnly (a read-only medium or
    permissions), told apart from damage before SQLite says 'unable to open database file'."""
    for target in (data_dir, db_path):
        if target.exists() and not os.access(target, os.W_OK):
            raise VaultReadOnly(f"{target} is read-only: TrustDesk needs to write there to open the vault")


def validate(db: Database) -> int:
    """Read what opening relies on (schema, audit tail, settings) on the read-only probe: damage
    found here refuses the open before anything could write.  Returns the schema version."""
    version = schema.version(db)
    if version == 0:  # the header is written after the schema: this vault lost its data
        raise VaultCorrupted("vault.db holds no schema (its write-ahead log is missing or damaged)")
    schema.pending(db)  # VaultTooNew
    db.query("SELECT key, value FROM settings")
    db.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    return version


def read_header(data_dir: Path) -> Header:
    db_path, header_path = vault_paths(data_dir)
    if not header_path.exists():
        if db_path.exists():
            raise VaultCorrupted("keyslots.json is missing")
        raise VaultNotFound(str(data_dir))
    try:
        return Header.read(header_path)
    except OSError as exc:
        raise VaultCorrupted(str(exc)) from exc


def safety_copy(db: Database, from_version: int) -> Path:
    """An encrypted copy of vault.db before migrating (vorta's backup_current_db)."""
    db.checkpoint()
    target = db.path.with_name(f"{DB_NAME}.before-schema-{from_version}-{datetime.now():%Y%m%d%H%M%S}")
    atomic_copy(db.path, target)
    return target
