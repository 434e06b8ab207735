"""Reading and restoring ``.tdbackup`` files (the key design is in ``backup.py``).

    info = inspect_backup(path, passphrase="…")          # or recovery_code="…"; BackupInfo
    result = restore_backup(path, data_dir, passphrase="…", keychain=Keychain())

``inspect_backup`` without a secret reads only the public header (``verified`` False).  With
the passphrase or the recovery code it checks the seal, the copy's SHA-256, both integrity
checks and the row counts (``verified`` True).

``restore_backup`` needs the vault to be locked.  It decrypts and checks the backup first; only
then does it keep the current ``vault.db`` (+ ``-wal``) and ``keyslots.json`` aside as a copy in
``data_dir/kept-aside-YYYYmmdd-HHMMSS/``, and installs a copy re-exported under the data key
with a new ``keyslots.json``: a NEW passphrase slot (with this laptop's keychain secret when the
keychain works) and the backup's recovery slot.  Any failure before the install leaves the
current vault byte-identical.  Restoring with the recovery code needs a new passphrase.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from trustdesk.vault import audit_head, backup_slot, keyslots, schema
from trustdesk.vault.audit import AuditEvent, AuditLog
from trustdesk.vault.backup import SETTING_LAST, SETTING_LAST_OK
from trustdesk.vault.backup_file import (
    BackupDamaged,
    BackupHeader,
    check_copy,
    connection_transaction,
    export_copy,
    extract_copy,
    open_copy,
    read_header,
    remove_scratch,
    scratch_path,
)
from trustdesk.vault.closing import wait_for_closes
from trustdesk.vault.db import Database
from trustdesk.vault.errors import VaultError, VaultTooNew, WriteFailed
from trustdesk.vault.events import ChangeFeed
from trustdesk.vault.files import ensure_private_dir, fsync_dir, install_file, private_scratch_dir
from trustdesk.vault.kept_aside import KEPT_ASIDE_PREFIX
from trustdesk.vault.kept_aside import keep_aside as _keep_aside
from trustdesk.vault.kept_aside import vault_files as _vault_files
from trustdesk.vault.key_changes import KEYS_AUDITED, MIN_PASSPHRASE_LENGTH
from trustdesk.vault.keychain import SECRET_BYTES, Keychain
from trustdesk.vault.keyslots import Header, KdfParams
from trustdesk.vault.paths import DB_NAME, vault_paths
from trustdesk.vault.settings import SettingsRepository


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    backup_id: str
    vault_id: str
    created: datetime
    schema: int
    counts: dict[str, int]
    size: int
    has_passphrase_slot: bool
    has_recovery_slot: bool
    verified: bool  # opened with a secret: seal, checksum, integrity checks and counts all hold

    def count(self, table: str) -> int:
        return self.counts.get(table, 0)

    @property
    def cases(self) -> int:
        return self.count("cases")

    @property
    def contacts(self) -> int:
        return self.count("contacts")

    @property
    def referrals(self) -> int:
        return self.count("referrals")

    @property
    def tasks(self) -> int:
        return self.count("tasks")

    @property
    def providers(self) -> int:
        return self.count("providers")


@dataclass(frozen=True, slots=True)
class RestoreResult:
    info: BackupInfo
    kept_aside: Path | None  # where the replaced vault was kept; None when there was none


def _info(path: Path, header: BackupHeader, verified: bool) -> BackupInfo:
    return BackupInfo(path=path, backup_id=header.backup_id, vault_id=header.vault_id,
                      created=header.created_at, schema=header.schema, counts=dict(header.counts),
                      size=path.stat().st_size, has_passphrase_slot=header.slot(keyslots.PASSPHRASE) is not None,
                      has_recovery_slot=header.slot(keyslots.RECOVERY) is not None, verified=verified)


def _check(header: BackupHeader, backup_key: bytearray, copy: Path) -> None:
    version, counts = check_copy(copy, backup_key)
    if version != header.schema or counts != header.counts:
        raise BackupDamaged("the backup's contents differ from its header")
    if version > schema.LATEST:
        raise VaultTooNew(f"the backup's schema {version} is newer than this TrustDesk ({schema.LATEST})")


def inspect_backup(path: Path, passphrase: str | None = None, recovery_code: str | None = None) -> BackupInfo:
    """What a backup holds.  Without a secret: the public header and the copy's checksum only;
    with the passphrase or recovery code: everything (``verified``)."""
    path = Path(path)
    header = read_header(path)
    if passphrase is None and recovery_code is None:
        extract_copy(path, header, None)
        return _info(path, header, verified=False)
    copy = scratch_path(private_scratch_dir(), "inspect")  # the copy stays encrypted under the backup key
    try:
        extract_copy(path, header, copy)  # damage shows before the slow key derivation
        data_key = header.data_key(passphrase=passphrase, recovery_code=recovery_code)
        backup_key = header.backup_key(data_key)
        try:
            _check(header, backup_key, copy)
        finally:
            data_key[:] = bytes(len(data_key))
            backup_key[:] = bytes(len(backup_key))
    finally:
        remove_scratch(copy)
    return _info(path, header, verified=True)


def replaces_a_vault(data_dir: Path) -> bool:
    """Whether restoring into ``data_dir`` replaces a vault (kept aside first) -- False on a new computer."""
    return bool(_vault_files(data_dir))


def _replaced_head(data_dir: Path) -> str:
    """'; replaced a log whose head record named #N <hash>' (as the file says; the replaced vault's
    key is not at hand to check it), or '' when there was none."""
    with contextlib.suppress(OSError, ValueError, RecursionError):
        data = json.loads((data_dir / audit_head.HEAD_NAME).read_bytes()[:audit_head.MAX_HEAD_BYTES])
        head = audit_head.AuditHead.from_json(data)
        if head is not None:
            return f"; replaced a log whose head record named #{head.seq} {head.hash[:16]}"
    return ""


def _passphrase_slot(data_key: bytearray, vault_id: str, passphrase: str, params: KdfParams,
                     keychain: Keychain) -> keyslots.KeySlot:
    secret = keychain.get(vault_id)
    if secret is None:
        candidate = os.urandom(SECRET_BYTES)
        secret = candidate if keychain.store(vault_id, candidate) else None
    return keyslots.make_passphrase_slot(data_key, vault_id, passphrase, params, secret)


def restore_backup(path: Path, data_dir: Path, *, passphrase: str | None = None,
                   recovery_code: str | None = None, new_passphrase: str | None = None,
                   keychain: Keychain | None = None) -> RestoreResult:
    """Replace the vault in ``data_dir`` with the backup, keeping the current one aside first."""
    path, data_dir = Path(path), Path(data_dir)
    wait_for_closes()  # a lock's checkpoint still running: the files it writes are about to be replaced
    if passphrase is None and recovery_code is None:
        raise ValueError("a passphrase or a recovery code is needed")
    chosen = new_passphrase if new_passphrase is not None else passphrase
    if chosen is None:
        raise ValueError("restoring with the recovery code needs a new passphrase")
    if len(chosen) < MIN_PASSPHRASE_LENGTH:
        raise ValueError(f"a passphrase has at least {MIN_PASSPHRASE_LENGTH} characters")
    keychain = keychain if keychain is not None else Keychain()
    header = read_header(path)
    extract_copy(path, header, None)  # damage shows before the slow key derivation
    data_key = header.data_key(passphrase=passphrase, recovery_code=recovery_code)
    backup_key = header.backup_key(data_key)
    source = scratch_path(data_dir, "restore-source")
    fresh = scratch_path(data_dir, "restore-new")
    old_slot = header.slot(keyslots.PASSPHRASE)
    params = old_slot.kdf if old_slot is not None and old_slot.kdf is not None else KdfParams()
    try:
        ensure_private_dir(data_dir)
        extract_copy(path, header, source)
        _check(header, backup_key, source)
        conn = open_copy(source, backup_key)
        try:
            export_copy(conn, fresh, data_key, lambda: connection_transaction(conn))
        finally:
            conn.close()
        remove_scratch(source)
        slots = [_passphrase_slot(data_key, header.vault_id, chosen, params, keychain)]
        recovery = header.slot(keyslots.RECOVERY)
        if recovery is not None:
            slots.append(recovery)
        new_header = Header(vault_id=header.vault_id, created=header.vault_created, slots=tuple(slots))
        made_for = keyslots.fingerprint(slots[0])
        db = Database.open(fresh, data_key)
        try:
            with db.transaction():
                kept_slot = backup_slot.saved(db)[0]
                if chosen != passphrase or backup_slot.load(db) is None:  # else the backup's slot still fits
                    backup_slot.store(db, backup_slot.make(data_key, header.vault_id, chosen, params), made_for)
                elif kept_slot is not None:
                    backup_slot.store(db, keyslots.KeySlot.from_json(json.loads(kept_slot)), made_for)
                SettingsRepository(db, ChangeFeed()).set(KEYS_AUDITED, {s.kind: keyslots.fingerprint(s)
                                                                         for s in new_header.slots})
                # A new head key: the head record of the replaced vault no longer verifies (it is kept
                # aside and named in the entry); the restored log gets its own head after the install.
                head_key = secrets.token_bytes(32)
                audit_head.store_key(db, head_key)
                AuditLog(db, ChangeFeed()).append(AuditEvent.RESTORE, detail=f"backup of {header.created}"
                                                  + _replaced_head(data_dir))
                # The restored vault knows its last backup: the one it was just restored from.
                made = header.created_at.isoformat(timespec="seconds")
                settings = SettingsRepository(db, ChangeFeed())
                settings.set(SETTING_LAST, {"at": made, "ok": True, "error": "", "file": path.name})
                settings.set(SETTING_LAST_OK, made)
                restored_head = audit_head.last_entry(db)
        finally:
            db.close()
        kept = _keep_aside(data_dir, datetime.now())
        # Install: the old WAL must never be replayed onto the new file (it is kept aside).
        db_path, header_path = vault_paths(data_dir)
        for stale in (db_path.with_name(DB_NAME + "-wal"), db_path.with_name(DB_NAME + "-shm")):
            stale.unlink(missing_ok=True)
        install_file(fresh, db_path)
        new_header.write(header_path)
        if restored_head is not None:
            audit_head.write_record(data_dir / audit_head.HEAD_NAME, head_key, header.vault_id, restored_head)
        fsync_dir(data_dir)
    except OSError as exc:
        raise WriteFailed(f"the restore could not write: {exc.strerror or exc}") from exc
    except sqlcipher.Error as exc:  # e.g. the data dir's disk is full during the re-export
        raise WriteFailed(f"the restore could not write: {exc}") from exc
    finally:
        remove_scratch(source)
        remove_scratch(fresh)
        data_key[:] = bytes(len(data_key))
        backup_key[:] = bytes(len(backup_key))
    return RestoreResult(_info(path, header, verified=True), kept)


def kept_aside_copies(data_dir: Path) -> list[Path]:
    """Earlier vaults kept aside by restores (they still hold every case they held)."""
    with contextlib.suppress(OSError):
        return sorted(p for p in Path(data_dir).iterdir() if p.is_dir() and p.name.startswith(KEPT_ASIDE_PREFIX))
    return []


def kept_aside_vault_id(folder: Path) -> str:
    """The vault id of a kept-aside copy ("" when its header cannot be read)."""
    try:
        return Header.read(Path(folder) / keyslots.HEADER_NAME).vault_id
    except (OSError, VaultError):
        return ""


def remove_kept_aside(data_dir: Path, folder: Path) -> None:
    """Delete one kept-aside copy (only a ``kept-aside-*`` folder directly in ``data_dir``).  The files
    are encrypted; they are overwritten before they are unlinked all the same (best effort)."""
    folder = Path(folder)
    if folder.parent.resolve() != Path(data_dir).resolve() or not folder.name.startswith(KEPT_ASIDE_PREFIX):
        raise ValueError(f"{folder} is not a kept-aside copy of this data folder")
    for item in folder.iterdir():
        if item.is_file() and not item.is_symlink():
            with contextlib.suppress(OSError), open(item, "r+b") as handle:
                size = os.fstat(handle.fileno()).st_size
                handle.write(bytes(min(size, 64 * 1024 * 1024)))
                handle.flush()
                os.fsync(handle.fileno())
    shutil.rmtree(folder)
    fsync_dir(Path(data_dir))
