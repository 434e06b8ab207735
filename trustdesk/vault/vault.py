"""The Vault: the only door to disk for case data (ARCHITECTURE.md, The vault).

    v = Vault.create(data_dir, passphrase)        # unlocked; v.recovery_code right after create only
    v = Vault.unlock(data_dir, passphrase)        # WrongPassphrase, VaultCorrupted, VaultNotFound
    v = Vault.unlock_with_recovery_code(data_dir, code)
    v.change_passphrase(old, new); v.lock()      # key changes: trustdesk/vault/key_changes.py
    v.cases, v.contacts, v.referrals, v.providers, v.tasks, v.templates, v.settings, v.audit
    v.search("burn")
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from trustdesk.domain.models import SearchHit, SearchResults
from trustdesk.vault import backup_slot, keyslots, open_checks, schema
from trustdesk.vault import search as fts
from trustdesk.vault.audit import AuditEvent, AuditLog
from trustdesk.vault.audit_head import HEAD_NAME, HeadAnchor, HeadCheck
from trustdesk.vault.cases import CaseRepository
from trustdesk.vault.closing import run_closing
from trustdesk.vault.contacts import ContactRepository
from trustdesk.vault.db import Database
from trustdesk.vault.errors import (
    DeviceSecretMissing,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultLocked,
    WriteFailed,
)
from trustdesk.vault.events import ChangeFeed
from trustdesk.vault.files import ensure_private_dir, sweep_scratch
from trustdesk.vault.key_changes import (
    KEYS_AUDITED,
    MIN_PASSPHRASE_LENGTH,
    KeyChanges,
    fingerprints,
    finish_rekey,
    remove_database,
)
from trustdesk.vault.keychain import SECRET_BYTES, Keychain
from trustdesk.vault.keyslots import Header, KdfParams
from trustdesk.vault.paths import DB_NAME, vault_exists, vault_paths
from trustdesk.vault.providers import ProviderRepository
from trustdesk.vault.referrals import ReferralRepository
from trustdesk.vault.safety_plans import SafetyPlanRepository, ScoreRepository
from trustdesk.vault.settings import BACKUP_UNBACKED, SettingsRepository
from trustdesk.vault.sidecars import Sidecars
from trustdesk.vault.tasks import TaskRepository
from trustdesk.vault.templates import TemplateRepository

READ_ONLY_DISK_FULL = "disk_full"

log = logging.getLogger(__name__)


class Vault(KeyChanges):
    """An unlocked vault session. Locking drops the key; the object is then unusable."""

    def __init__(self, data_dir: Path, header: Header, key: bytearray, db: Database, keychain: Keychain,
                 *, recovery_code: str | None = None, via_recovery: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self._header = header
        self._key = key
        self._db = db
        self._keychain = keychain
        self.recovery_code = recovery_code
        self.opened_with_recovery = via_recovery
        self.backup_slot_renewed = False  # unlock found the backup slot out of step and renewed it
        self.head_check: HeadCheck | None = None  # the audit head as found on opening, before any append
        self.read_only_reason = ""  # READ_ONLY_DISK_FULL: opened for reading only (every write is WriteFailed)
        self.log_kept_aside: Path | None = None  # the unlock found a damaged -wal and kept a copy here
        # unlock(mark_unbacked=True) committed ``backup.unbacked`` = true with its own audit entry: the
        # value it found (None: this open did not mark it; the app's backup runner then does)
        self.unbacked_before: bool | None = None
        self.feed = ChangeFeed()
        self._before_lock: list[Callable[[], None]] = []
        self._after_flushes: list[Callable[[], None]] = []  # before_lock(..., after_flushes=True)
        self._slow_at_lock: list[Callable[[], bool]] = []  # before_lock(..., slow=...): is there slow work now?
        self._lock_thread: threading.Thread | None = None  # begin_lock's thread, which owns this vault
        self.failed_at_lock = 0  # before-lock callbacks that raised at the lock (it locked all the same)
        self.cases = CaseRepository(db, self.feed)
        self.contacts = ContactRepository(db, self.feed)
        self.referrals = ReferralRepository(db, self.feed)
        self.providers = ProviderRepository(db, self.feed)
        self.tasks = TaskRepository(db, self.feed)
        self.templates = TemplateRepository(db, self.feed)
        self.settings = SettingsRepository(db, self.feed)
        self.audit = AuditLog(db, self.feed)
        self.audit.anchor = HeadAnchor(db, self.data_dir / HEAD_NAME, header.vault_id)
        self.safety_plans = SafetyPlanRepository(db, self.feed)
        self.scores = ScoreRepository(db, self.feed)

    # -- creating and opening ---------------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, *, keychain: Keychain | None = None,
               kdf: KdfParams | None = None) -> Vault:
        data_dir = Path(data_dir)
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise ValueError(f"a passphrase has at least {MIN_PASSPHRASE_LENGTH} characters")
        if vault_exists(data_dir):
            raise VaultExists(str(data_dir))
        ensure_private_dir(data_dir)
        keychain = keychain if keychain is not None else Keychain()
        params = kdf or KdfParams()
        params.check_floor()
        vault_id = uuid.uuid4().hex
        key = bytearray(secrets.token_bytes(keyslots.DATA_KEY_BYTES))
        device_secret: bytes | None = secrets.token_bytes(SECRET_BYTES)
        assert device_secret is not None
        if not keychain.store(vault_id, device_secret):
            device_secret = None
        code = keyslots.new_recovery_code()
        header = Header(vault_id=vault_id, created=datetime.now().isoformat(timespec="seconds"), slots=(
            keyslots.make_passphrase_slot(key, vault_id, passphrase, params, device_secret),
            keyslots.make_recovery_slot(key, vault_id, code),
        ))
        db_path, header_path = vault_paths(data_dir)
        # The database first, the header last: a vault "exists" once its header is written.
        db = Database.open(db_path, key, create=True)
        try:
            schema.migrate(db)
            header.write(header_path)
        except BaseException:
            db.close()
            for leftover in (db_path, db_path.with_name(DB_NAME + "-wal"), db_path.with_name(DB_NAME + "-shm")):
                leftover.unlink(missing_ok=True)
            raise
        vault = cls(data_dir, header, key, db, keychain, recovery_code=code)
        with db.transaction():
            vault.audit.append(AuditEvent.CREATED, detail="passphrase-only" if device_secret is None else "")
            vault.settings.set(KEYS_AUDITED, fingerprints(header))
        passphrase_slot = header.slot(keyslots.PASSPHRASE)
        assert passphrase_slot is not None
        backup_slot.refresh(db, key, vault_id, passphrase, passphrase_slot)
        return vault

    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str, *, keychain: Keychain | None = None,
               failed_attempts: int = 0, mark_unbacked: bool = False) -> Vault:
        """Open with the passphrase. Nothing is written unless the key slot opens.  ``mark_unbacked``
        (the app's session, which may change the vault): the setting ``backup.unbacked`` is set in the
        same commit as the unlock's audit entry -- durable before the vault is handed over, one commit
        and one sync off the UI thread -- and the value found is kept in ``unbacked_before``."""
        data_dir = Path(data_dir)
        header = open_checks.read_header(data_dir)
        slot = header.slot(keyslots.PASSPHRASE)
        if slot is None:
            raise VaultCorrupted("no passphrase slot")
        keychain = keychain if keychain is not None else Keychain()
        secret = None
        if slot.device_secret:
            secret = keychain.get(header.vault_id)
            if secret is None:
                raise DeviceSecretMissing("this laptop's keychain does not hold the vault's device secret")
        key = keyslots.open_passphrase_slot(slot, header.vault_id, passphrase, secret)

        def writes(vault: Vault) -> None:
            # The in-database backup slot must open with the passphrase just typed: renew it when
            # it was made alongside another header slot (an interrupted change, an old header).
            vault.backup_slot_renewed = backup_slot.refresh(vault.db, key, header.vault_id, passphrase, slot,
                                                            only_when_stale=True)
            vault._audit_key_header()
            if failed_attempts:
                vault.audit.append(AuditEvent.UNLOCK_FAILED, detail=f"{failed_attempts} failed attempt(s)")
            with vault.transaction():
                vault.audit.append(AuditEvent.UNLOCK)
                if mark_unbacked:
                    vault.unbacked_before = vault.settings.get(BACKUP_UNBACKED.key) is True
                    if not vault.unbacked_before:
                        vault.settings.set(BACKUP_UNBACKED.key, True)

        return cls._open(data_dir, header, key, keychain, writes=writes)

    @classmethod
    def unlock_with_recovery_code(cls, data_dir: Path, code: str, *, keychain: Keychain | None = None) -> Vault:
        data_dir = Path(data_dir)
        header = open_checks.read_header(data_dir)
        slot = header.slot(keyslots.RECOVERY)
        if slot is None:
            raise VaultCorrupted("no recovery slot")
        key = keyslots.open_recovery_slot(slot, header.vault_id, code)
        def writes(vault: Vault) -> None:
            vault._audit_key_header()
            vault.audit.append(AuditEvent.UNLOCK_RECOVERY)

        return cls._open(data_dir, header, key, keychain if keychain is not None else Keychain(),
                         via_recovery=True, writes=writes)

    @classmethod
    def _open(cls, data_dir: Path, header: Header, key: bytearray, keychain: Keychain, *,
              via_recovery: bool = False, writes: Callable[[Vault], None] | None = None) -> Vault:
        """Open vault.db: validated first on a connection that cannot write (so a refused open
        leaves every file byte-identical), then for writing, then ``writes`` (unlock's audit entries).

        A disk too full to write gives a read-only session (``read_only_reason == "disk_full"``)
        instead of a refusal; a read-only folder is VaultReadOnly, never VaultCorrupted."""
        db_path, _ = vault_paths(data_dir)
        open_checks.check_writable(data_dir, db_path)
        if header.pending:  # a re-key whose header was written: the slot opened, so finish it
            header = finish_rekey(data_dir, header)
        elif db_path.with_name(keyslots.REKEY_NEXT).exists():  # a re-key killed before its commit point
            remove_database(db_path.with_name(keyslots.REKEY_NEXT))
        sidecars = Sidecars(db_path)
        try:
            probe = Database.open_read_only(db_path, key)
        except WriteFailed:
            sidecars.restore()
            if open_checks.disk_full(data_dir):
                return cls._open_read_only(data_dir, header, key, keychain, via_recovery, sidecars)
            raise
        except BaseException:
            sidecars.restore()
            raise
        db: Database | None = None
        version = -1
        try:
            version = open_checks.validate(probe)
            if open_checks.disk_full(data_dir) and not schema.pending(probe):
                raise WriteFailed("database or disk is full")
            kept = open_checks.keep_damaged_log_first(data_dir, probe, header)  # before the writer replays or overwrites it
            db = Database.open(db_path, key)
            sweep_scratch(data_dir)  # leftovers of a process killed during a backup or header write
            if schema.pending(db) and version > 0:
                open_checks.safety_copy(db, version)
            applied = schema.migrate(db)
            vault = cls(data_dir, header, key, db, keychain, via_recovery=via_recovery)
            vault.log_kept_aside = kept
            vault._check_audit_head()
            if applied and applied[0] > 1:
                vault.audit.append(AuditEvent.MIGRATED, detail=f"schema {applied[0] - 1} -> {applied[-1]}")
            if writes is not None:
                writes(vault)
        except WriteFailed:
            if db is not None:
                db.close(checkpoint=False)  # the probe is still open: SQLite does not checkpoint either
            probe.close()
            sidecars.restore()
            if open_checks.disk_full(data_dir) and version == schema.LATEST:
                return cls._open_read_only(data_dir, header, key, keychain, via_recovery, sidecars)
            raise
        except BaseException:
            if db is not None:
                db.close(checkpoint=False)
            probe.close()
            sidecars.restore()
            raise
        probe.close()
        return vault

    @classmethod
    def _open_read_only(cls, data_dir: Path, header: Header, key: bytearray, keychain: Keychain,
                        via_recovery: bool, sidecars: Sidecars) -> Vault:
        """A session that reads and never writes: the disk is full.  Nothing is created on disk
        (no -wal/-shm debris); the session says why it is read-only."""
        db_path, _ = vault_paths(data_dir)
        wal = db_path.with_name(DB_NAME + "-wal")
        no_log = not wal.exists() or wal.stat().st_size == 0
        try:
            db = Database.open_read_only(db_path, key, immutable=no_log)
        except BaseException:
            sidecars.restore()
            raise
        db.on_close = sidecars.restore
        try:
            open_checks.validate(db)
            if schema.pending(db):
                raise WriteFailed("disk full: the vault's format must be updated, which needs free space")
            vault = cls(data_dir, header, key, db, keychain, via_recovery=via_recovery)
            vault.read_only_reason = READ_ONLY_DISK_FULL
            assert vault.audit.anchor is not None
            vault.head_check = vault.audit.anchor.check()
        except BaseException:
            db.close()
            raise
        return vault

    # -- the audit head and read-only sessions ---------------------------------------------

    def _check_audit_head(self) -> None:
        """Compare the audit table with its head record before anything is appended; a vault that
        ends before its last recorded change gets an ``audit_gap`` entry saying so (the UI tells the
        user what is missing and which backup holds it)."""
        assert self.audit.anchor is not None
        check = self.audit.anchor.check()
        self.head_check = check
        if not check.alarm:
            return
        last = f"#{check.last.seq} ({check.last.at})" if check.last else "no entry"
        named = (f"its head record named #{check.head.seq} {check.head.hash[:16]} ({check.head.at})"
                 if check.head is not None else "its head record is gone or does not verify")
        self.audit.append(AuditEvent.AUDIT_GAP, detail=f"{check.status.value}: the log ends at {last}, {named}")

    @property
    def audit_gap(self) -> HeadCheck | None:
        """What opening found missing from the end of the audit log (None when nothing)."""
        return self.head_check if self.head_check is not None and self.head_check.alarm else None

    @property
    def read_only(self) -> bool:
        """Opened for reading only (the disk is full): every write raises WriteFailed; the UI says
        "disk full: read-only until space is freed".  Lock and unlock again once there is room."""
        return bool(self.read_only_reason)

    # -- working -------------------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """For vault-internal services (backup, retention); never used by the UI."""
        return self._db

    def transaction(self) -> contextlib.AbstractContextManager[Database]:
        """One all-or-nothing unit of work across repositories (a pack import): the repositories'
        own writes inside it join it, and any error rolls all of them back."""
        return self._db.transaction()

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        return fts.search(self._db, text, limit)

    def search_counted(self, text: str, limit: int = 100) -> SearchResults:
        """The best ``limit`` hits and the number of hits in all."""
        return fts.search_counted(self._db, text, limit)

    def integrity_errors(self) -> list[str]:
        return self._db.integrity_errors()

    def before_lock(self, callback: Callable[[], None], *, after_flushes: bool = False,
                    slow: Callable[[], bool] | None = None) -> None:
        """Run ``callback`` (flush an autosave) before the key is dropped.  ``after_flushes`` (the backup
        made at the lock): after every other callback, whenever that was registered, so that it holds
        what they write (an editor opened during the session registers after the backup's callback).
        ``slow`` (with ``after_flushes``): whether the callback has slow work to do at this lock (a
        backup wanted); ``begin_lock`` then leaves it, and the rest of the lock, to a thread."""
        (self._after_flushes if after_flushes else self._before_lock).append(callback)
        if slow is not None:
            self._slow_at_lock.append(slow)

    @property
    def is_locked(self) -> bool:
        return not self._db.is_open

    def lock(self, reason: str | None = None, *, close_in_background: bool = False) -> None:
        """Flush pending writes, record the lock in the audit log (``reason``: one of
        ``audit.LOCK_REASONS``; a headless command passes none and records nothing), checkpoint the
        WAL to zero bytes, close, zero the key.  The entry is appended while the database is still
        open, like any other (committed, then the head record written), so the chain and its head
        stay whole; a failure to write it never keeps the vault open.

        ``close_in_background`` (the app's lock button and idle lock): the vault is locked when
        this returns (every use raises VaultLocked, the key is zeroed) but the checkpoint and the
        closing of the connection run in a thread (``Database.close``), off the UI thread.

        A lock already left to its thread (``begin_lock``) is waited for: the vault is locked when
        this returns."""
        if self._wait_for_lock_thread() or self.is_locked:
            return
        try:
            self._flush_before_lock()
        finally:  # a flush that failed never keeps the vault open
            self._finish_lock(reason, close_in_background=close_in_background)

    def begin_lock(self, reason: str, *, close_in_background: bool = False) -> Callable[[], None] | None:
        """A lock where a person waits (the app's lock button, idle lock, quit): the autosaves are
        flushed now, on the caller's thread.  When an ``after_flushes`` callback has slow work to do
        (``before_lock(..., slow=...)``: a backup wanted), the rest of the lock -- those callbacks, the
        audit entry, the checkpoint and close, the key zeroed -- is returned as ``start``: calling it
        runs that rest in a thread that is not a daemon (the process waits for it at exit) and counts as
        a close of this vault's file until it ends (``closing.wait_for_closes``: opening the vault again in
        this process, a restore, waits for it).  From ``start`` on the thread owns this object: the
        caller must let go of it and never use it again.  Otherwise the lock is done here, as ``lock``,
        and None is returned."""
        if self._wait_for_lock_thread() or self.is_locked:
            return None
        try:
            self._flush_before_lock()
        except BaseException:  # (an interrupt: each callback's own error is caught there) locked all the same
            self._finish_lock(reason, close_in_background=close_in_background)
            raise
        try:
            slow_work = any(slow() for slow in self._slow_at_lock)
        except Exception:  # noqa: BLE001 - cannot tell: the thread does the rest, and closes whatever happens
            log.warning("could not tell whether the lock has slow work", exc_info=True)
            slow_work = True
        if not slow_work:
            self._finish_lock(reason, close_in_background=close_in_background)
            return None

        def rest() -> None:
            try:
                self._finish_lock(reason)
            except BaseException:  # a bug in a callback: it was logged; the vault is closed all the same
                log.exception("the lock's work in its thread failed")

        def start() -> None:
            self._lock_thread = run_closing(self._db.path, rest, name="vault-lock")

        return start

    def _wait_for_lock_thread(self) -> bool:
        """Whether the lock was left to its thread (then waited for, unless this is that thread)."""
        thread = self._lock_thread
        if thread is None:
            return False
        if thread is not threading.current_thread():
            thread.join()
        return True

    def _flush_before_lock(self) -> None:
        """Each callback in turn; one that raises is logged (its kind, never what it held) and counted in
        ``failed_at_lock``, and neither stops the others nor the lock: a lock always locks (the reviewer: a
        save callback that raised left the vault open, its key in memory, behind the unlock window).  What
        the callback could not write is its own to keep safe (the autosave seals it: ``seal``)."""
        callbacks, self._before_lock = list(self._before_lock), []
        for callback in callbacks:
            try:
                callback()
            except Exception as exc:  # noqa: BLE001 - the lock goes on; the person is told after the unlock
                self.failed_at_lock += 1
                log.warning("a save before the lock failed (%s); the vault locks all the same", type(exc).__name__)

    def seal(self, plain: bytes) -> bytes:
        """``plain`` encrypted under a key derived from this vault's key (``sealed_memory``): readable again
        only by ``unseal`` on this vault unlocked again, once this one is locked and its key zeroed."""
        from trustdesk.vault import sealed_memory

        if self.is_locked:
            raise VaultLocked("the vault is locked")
        return sealed_memory.seal(self._key, plain)

    def unseal(self, sealed: bytes) -> bytes:
        """What ``seal`` sealed (on an earlier unlock of this vault); ``VaultError`` when this key cannot open it."""
        from cryptography.exceptions import InvalidTag

        from trustdesk.vault import sealed_memory

        if self.is_locked:
            raise VaultLocked("the vault is locked")
        try:
            return sealed_memory.unseal(self._key, sealed)
        except (InvalidTag, ValueError) as exc:
            raise VaultError("sealed under another key") from exc

    def _finish_lock(self, reason: str | None, *, close_in_background: bool = False) -> None:
        """The after-flushes callbacks (the backup), the audit entry, then -- whatever they raised --
        the close and the key zeroed."""
        try:
            for callback in list(self._after_flushes):
                callback()
            if reason is not None:
                try:
                    self.audit.append(AuditEvent.LOCK, detail=reason)
                except Exception:  # noqa: BLE001 - a full disk must not keep the key in memory
                    log.warning("the lock could not be recorded in the audit log", exc_info=True)
        finally:
            self._before_lock.clear()
            self._after_flushes.clear()
            self._slow_at_lock.clear()
            self._db.close(in_background=close_in_background)
            self._key[:] = bytes(len(self._key))
            self.recovery_code = None
            self.feed.clear()  # listeners learn of the lock from whoever locked (VaultSession.locked)
