"""Key changes: a new passphrase, a new recovery code, a re-key (ARCHITECTURE.md, The vault).

``KeyChanges`` is the part of ``Vault`` that works on ``keyslots.json`` and the data key; every
write of a key change is ordered so that a kill or a full disk anywhere leaves exactly one set of
secrets that opens the vault (``tests/reliability`` kills a child at each ``key_change_step``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from dataclasses import replace
from pathlib import Path

from trustdesk.vault import audit_head, backup_slot, keyslots
from trustdesk.vault.audit import AuditEvent, AuditLog
from trustdesk.vault.audit_head import HEAD_NAME
from trustdesk.vault.backup_file import export_copy
from trustdesk.vault.db import Database
from trustdesk.vault.errors import VaultError, VaultLocked, WriteFailed, WrongPassphrase
from trustdesk.vault.events import ChangeFeed
from trustdesk.vault.files import fsync_dir, install_file
from trustdesk.vault.keychain import SECRET_BYTES, Keychain
from trustdesk.vault.keyslots import Header, KdfParams
from trustdesk.vault.paths import DB_NAME, vault_paths
from trustdesk.vault.settings import SettingsRepository

MIN_PASSPHRASE_LENGTH = 10
KEYS_AUDITED = "keys.audited"  # {slot kind: fingerprint} of keyslots.json as last recorded in the audit log

log = logging.getLogger(__name__)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
    fsync_dir(path.parent)


def remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)


def finish_rekey(data_dir: Path, header: Header) -> Header:
    """Complete a re-key whose header (the commit point) is written: the re-encrypted copy replaces
    vault.db (the old write-ahead log is never replayed onto it), then the header loses ``pending``.
    Idempotent: a kill anywhere in here is finished by the next call."""
    if not header.pending:
        return header
    db_path, header_path = vault_paths(data_dir)
    next_path = db_path.with_name(header.pending)
    if next_path.exists():
        for stale in (db_path.with_name(DB_NAME + "-wal"), db_path.with_name(DB_NAME + "-shm")):
            stale.unlink(missing_ok=True)
        for stale in (next_path.with_name(next_path.name + "-wal"), next_path.with_name(next_path.name + "-shm")):
            stale.unlink(missing_ok=True)
        install_file(next_path, db_path)  # os.replace + fsync of the folder
    key_change_step("database replaced")
    final = replace(header, pending="")
    final.write(header_path)
    return final


def key_change_step(name: str) -> None:
    """A named point between the writes of a key change; the crash tests kill or fail here."""


def fingerprints(header: Header) -> dict[str, str]:
    return {slot.kind: keyslots.fingerprint(slot) for slot in header.slots}


class KeyChanges:
    """The key-slot half of ``Vault`` (a mixin: ``Vault`` sets these attributes)."""

    data_dir: Path
    recovery_code: str | None
    opened_with_recovery: bool
    read_only_reason: str
    audit: AuditLog
    settings: SettingsRepository
    _header: Header
    _key: bytearray
    _db: Database
    _keychain: Keychain

    @property
    def vault_id(self) -> str:
        return self._header.vault_id

    @property
    def passphrase_only(self) -> bool:
        """True when no keychain guards the passphrase slot (the UI says so plainly)."""
        slot = self._header.slot(keyslots.PASSPHRASE)
        return slot is None or not slot.device_secret

    def verify_passphrase(self, passphrase: str) -> bool:
        slot = self._header.slot(keyslots.PASSPHRASE)
        if slot is None:
            return False
        secret = self._keychain.get(self.vault_id) if slot.device_secret else None
        try:
            key = keyslots.open_passphrase_slot(slot, self.vault_id, passphrase, secret)
        except WrongPassphrase:
            return False
        same = secrets.compare_digest(bytes(key), bytes(self._require_key()))
        key[:] = bytes(len(key))
        return same

    def verify_recovery_code(self, code: str) -> bool:
        """True when ``code`` opens this vault's recovery slot (re-authentication without the passphrase)."""
        slot = self._header.slot(keyslots.RECOVERY)
        if slot is None:
            return False
        try:
            key = keyslots.open_recovery_slot(slot, self.vault_id, code)
        except WrongPassphrase:
            return False
        same = secrets.compare_digest(bytes(key), bytes(self._require_key()))
        key[:] = bytes(len(key))
        return same

    @property
    def recovery_slot_missing(self) -> bool:
        """keyslots.json holds no recovery slot: the UI warns and offers a new recovery code."""
        return self._header.slot(keyslots.RECOVERY) is None

    @property
    def recovery_fingerprint(self) -> str:
        """The recovery slot's fingerprint ('' without one): every new recovery code changes it."""
        slot = self._header.slot(keyslots.RECOVERY)
        return keyslots.fingerprint(slot) if slot is not None else ""

    def _audit_key_header(self) -> None:
        """Record in the audit log any change of keyslots.json that no key change recorded.

        Key changes write their audit entry after the header; a crash between the two, or an older
        copy of keyslots.json put back, is found here (the header's slots differ from the
        fingerprints last recorded) and written down on this unlock."""
        current = fingerprints(self._header)
        recorded = self.settings.get(KEYS_AUDITED)
        if recorded == current:
            return
        with self._db.transaction():
            if isinstance(recorded, dict):
                changed = sorted(kind for kind in set(recorded) | set(current) if recorded.get(kind) != current.get(kind))
                details = [f"{kind} slot {'missing' if kind not in current else 'changed'}" for kind in changed]
                self.audit.append(AuditEvent.KEY_HEADER_CHANGED, detail="; ".join(details))
            self.settings.set(KEYS_AUDITED, current)

    def _audit_key_change(self, event: str, detail: str = "") -> None:
        """The audit entry of a key change that has taken effect.  A failure here does not undo the
        change (the header is already written): the next unlock records it instead."""
        try:
            with self._db.transaction():
                self.audit.append(event, detail=detail)
                self.settings.set(KEYS_AUDITED, fingerprints(self._header))
        except VaultError:
            log.warning("the key change took effect; its audit entry is written on the next unlock")

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """``kdf``: new key-derivation parameters for the slot (e.g. ``keyslots.calibrate()`` on this
        computer now); by default the slot keeps those it was made with."""
        if not self.verify_passphrase(old):
            raise WrongPassphrase("the current passphrase is not right")
        self._write_passphrase_slot(new, kdf)

    def reset_passphrase(self, new: str) -> None:
        """Set a new passphrase after opening with the recovery code (keychain lost or new laptop)."""
        if not self.opened_with_recovery:
            raise PermissionError("only after opening with the recovery code")
        self._write_passphrase_slot(new)

    def _write_passphrase_slot(self, new: str, kdf: KdfParams | None = None) -> None:
        if len(new) < MIN_PASSPHRASE_LENGTH:
            raise ValueError(f"a passphrase has at least {MIN_PASSPHRASE_LENGTH} characters")
        old_slot = self._header.slot(keyslots.PASSPHRASE)
        params = kdf or (old_slot.kdf if old_slot and old_slot.kdf else KdfParams())
        params.check_floor()  # refused before anything is written
        secret = self._keychain.get(self.vault_id)
        if secret is None:
            candidate = secrets.token_bytes(SECRET_BYTES)
            secret = candidate if self._keychain.store(self.vault_id, candidate) else None
        key = self._require_key()
        slot = keyslots.make_passphrase_slot(key, self.vault_id, new, params, secret)
        header = self._header.with_slot(slot)
        # Order of the writes: a reported failure always leaves the old passphrase in force.
        # 1. the in-database backup slot under the new passphrase (fails: nothing changed)
        key_change_step("start")
        before = backup_slot.saved(self._db)
        backup_slot.store(self._db, backup_slot.make(key, self.vault_id, new, params), keyslots.fingerprint(slot))
        key_change_step("backup slot stored")
        # 2. the header: the moment the new passphrase takes effect
        try:
            header.write(vault_paths(self.data_dir)[1])
        except WriteFailed:
            # Put the old backup slot back; if even that fails, the next unlock renews it (its
            # fingerprint names a header slot that was never written).
            with contextlib.suppress(VaultError):
                backup_slot.put_back(self._db, before)
            raise
        self._header = header
        key_change_step("header written")
        # 3. the audit entry (the change stands whatever happens here)
        self._audit_key_change(AuditEvent.PASSPHRASE_CHANGED)
        key_change_step("audited")

    def new_recovery_code(self) -> str:
        """Replace the recovery slot in keyslots.json; returns the new code (shown once).

        The new code opens this vault from now on.  The old code no longer opens *this* header, but
        it still opens any copy of keyslots.json made before (the data key is unchanged) and every
        backup made before: only a re-key (``rekey``) makes those copies useless for the current
        vault."""
        code = keyslots.new_recovery_code()
        header = self._header.with_slot(keyslots.make_recovery_slot(self._require_key(), self.vault_id, code))
        key_change_step("start")
        header.write(vault_paths(self.data_dir)[1])
        self._header = header
        self.recovery_code = code
        key_change_step("header written")
        self._audit_key_change(AuditEvent.RECOVERY_CODE_CHANGED)
        key_change_step("audited")
        return code

    def rekey(self, passphrase: str, new_passphrase: str | None = None, *,
              recovery_code: str | None = None) -> str:
        """Re-key after a suspected leak: a new data key, the database re-encrypted under it, new key
        slots (the passphrase, or ``new_passphrase``, and a NEW recovery code, returned and shown
        once), in one crash-safe procedure.  Afterwards no earlier copy of keyslots.json and no
        earlier secret opens this vault's database; earlier *backups* still open with the secrets
        they were made with (they hold their own copy).

        Order (a kill at any point leaves exactly one secret set that opens the vault):
        1. the re-encrypted copy ``vault.db.rekey`` (new key; new backup slot, audit entry inside)
        2. the old connection closed (its write-ahead log checkpointed into vault.db)
        3. keyslots.json with the new slots and ``pending`` = vault.db.rekey  <- the commit point
        4. vault.db replaced by the copy; 5. keyslots.json without ``pending``.
        A kill after 3 is finished by the next unlock (``finish_rekey``); before 3 the old vault
        is untouched and the copy is removed."""
        if not self.verify_passphrase(passphrase):
            raise WrongPassphrase("the current passphrase is not right")
        chosen = new_passphrase if new_passphrase else passphrase
        if len(chosen) < MIN_PASSPHRASE_LENGTH:
            raise ValueError(f"a passphrase has at least {MIN_PASSPHRASE_LENGTH} characters")
        if self.read_only_reason:
            raise WriteFailed("the vault is open read-only")
        old_key = self._require_key()
        old_slot = self._header.slot(keyslots.PASSPHRASE)
        params = old_slot.kdf if old_slot and old_slot.kdf else KdfParams()
        secret = self._keychain.get(self.vault_id) if old_slot is not None and old_slot.device_secret else None
        code = recovery_code or keyslots.new_recovery_code()
        new_key = bytearray(secrets.token_bytes(keyslots.DATA_KEY_BYTES))
        slots = (keyslots.make_passphrase_slot(new_key, self.vault_id, chosen, params, secret),
                 keyslots.make_recovery_slot(new_key, self.vault_id, code))
        final = Header(vault_id=self.vault_id, created=self._header.created, slots=slots)
        pending = replace(final, pending=keyslots.REKEY_NEXT)
        key_change_step("start")
        # The database lock is held from the copy to the switch: another thread's write (an autosave)
        # waits and then lands in the re-keyed database, never between the two.
        with self._db._lock:
            return self._rekey_locked(code, new_key, final, pending, chosen, params, old_key)

    def _rekey_locked(self, code: str, new_key: bytearray, final: Header, pending: Header, chosen: str,
                      params: KdfParams, old_key: bytearray) -> str:
        db_path, header_path = vault_paths(self.data_dir)
        next_path = db_path.with_name(keyslots.REKEY_NEXT)
        slots = final.slots
        try:
            remove_database(next_path)
            export_copy(self._db.conn, next_path, new_key, self._db.transaction)
            copy = Database.open(next_path, new_key)
            try:
                backup_slot.store(copy, backup_slot.make(new_key, self.vault_id, chosen, params),
                                  keyslots.fingerprint(slots[0]))
                copy_audit = AuditLog(copy, ChangeFeed())
                with copy.transaction():
                    copy_audit.append(AuditEvent.REKEYED, detail="new data key, database re-encrypted, new "
                                      "passphrase slot and recovery code")
                    SettingsRepository(copy, ChangeFeed()).set(KEYS_AUDITED, fingerprints(final))
                new_head = copy_audit.head()
                head_key = audit_head.head_key(copy, create=True)
            finally:
                copy.close()
            fsync_file(next_path)
            key_change_step("copy written")
            self._db.close()  # checkpoints the old write-ahead log into the old vault.db
        except BaseException:
            remove_database(next_path)
            if not self._db.is_open:  # closed before the commit point: reopen the untouched vault
                self._db.adopt(Database.open(db_path, old_key))
            raise
        key_change_step("old database closed")
        try:
            pending.write(header_path)
        except WriteFailed:
            remove_database(next_path)
            self._db.adopt(Database.open(db_path, old_key))
            raise
        key_change_step("header written")
        # From here on the new secrets are in force; whatever fails now is finished on the next unlock.
        finish_rekey(self.data_dir, pending)
        key_change_step("installed")
        with contextlib.suppress(OSError):
            if head_key is not None and new_head is not None:
                audit_head.write_record(self.data_dir / HEAD_NAME, head_key, self.vault_id, new_head)
        old_key[:] = new_key
        new_key[:] = bytes(len(new_key))
        self._header = final
        self.recovery_code = code
        self._db.adopt(Database.open(db_path, self._key))
        key_change_step("reopened")
        return code

    @property
    def header(self) -> Header:
        return self._header

    def _require_key(self) -> bytearray:
        if not self._db.is_open:
            raise VaultLocked("the vault is locked")
        return self._key
