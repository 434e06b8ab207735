"""Backups: one ``.tdbackup`` file that opens on another laptop without the keychain (ARCHITECTURE.md, The vault).

Key design
----------
DK is the vault's data key.  A backup never holds DK in the clear, and writing one needs no
passphrase (automatic backups run on lock and quit):

- When the passphrase is known (create, unlock, change, reset) the vault computes a
  *passphrase-only* key slot wrapping DK (Argon2id, the vault's KDF parameters, fresh salt, no
  device secret) and keeps its JSON INSIDE the encrypted database (setting
  ``backup.passphrase_slot``, see ``backup_slot.py``) — never in ``keyslots.json``, where it would
  let a laptop thief guess the passphrase without the keychain.
- A backup draws a FRESH key FK and writes a SQLCipher copy of the vault under FK with
  ``sqlcipher_export`` (the copy is encrypted from its first byte; no plaintext temp file).
- The zip holds ``backup.json`` and ``vault.db`` (the copy under FK, stored, not deflated).
  ``backup.json`` is public: format, backup id, vault id, times, schema version, row counts, the
  copy's SHA-256 and size, ``slots`` = [that passphrase-only slot, the vault's recovery slot from
  ``keyslots.json``] (both wrap DK), and ``data`` = FK wrapped by DK with AES-256-GCM whose AAD
  (the *seal*) binds every other header field: vault id, backup id, counts, schema and the copy's
  SHA-256.  An edited header or copy fails the seal (``BackupDamaged``).
- Opening: passphrase or recovery code -> DK -> FK (seal checked) -> SHA-256 of the copy checked
  -> open the copy under FK.
- Restore (``restore.py``): decrypt as above, re-export the copy under DK, and install it with a
  ``keyslots.json`` holding the backup's recovery slot plus a NEW passphrase slot (with this
  laptop's keychain secret when the keychain works), so the restored vault opens with the
  passphrase and with the same recovery code.

Every backup is verified after writing: the exported copy passes ``cipher_integrity_check`` (all
rows: one per bad page), a fresh connection's ``integrity_check`` (sqlcipher #617) and row counts
equal to the source's at export time; the file is then read back from the medium and its seal,
size and SHA-256 must match, so the bytes on the medium are the bytes that were checked.
Files are written to a random temporary name in the target folder (``files.AtomicFile``: O_EXCL,
no link followed), fsynced, then ``os.replace``-d: a partial ``.tdbackup`` never exists under its
real name, and temp files of killed backups are swept from the folder by the next one.

Note for the UI: a destroyed case lives on in older backups until they rotate out.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import time
import uuid
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from trustdesk.vault import backup_slot, keyslots
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.audit_head import AuditHead, last_entry_on
from trustdesk.vault.backup_file import (
    CHUNK,
    DB_MEMBER,
    HEADER_MEMBER,
    SUFFIX,
    BackupDamaged,
    BackupFailed,
    BackupHeader,
    check_copy,
    connection_transaction,
    export_copy,
    extract_copy,
    read_header,
    remove_scratch,
    scratch_path,
)
from trustdesk.vault.columns import now
from trustdesk.vault.errors import VaultError
from trustdesk.vault.files import AtomicFile

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

SETTING_FOLDER = "backup.folder"
SETTING_KEEP = "backup.keep"
SETTING_LAST = "backup.last"  # the last attempt: {"at", "ok", "error", "file"}
SETTING_LAST_OK = "backup.last_ok"  # ISO time of the last verified backup
DEFAULT_KEEP = 10
DEFAULT_INTERVAL = timedelta(days=1)


# -- writing -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    created: datetime
    counts: dict[str, int]
    size: int
    seconds: float
    verified: bool = True


_SQLITE_FULL = 13


def _disk_full(exc: BaseException | None) -> bool:
    """ENOSPC/EDQUOT or SQLite's 'database or disk is full', anywhere in the exception's chain."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(exc, sqlcipher.Error) and (getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL
                                                  or "disk is full" in str(exc)):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _failure(exc: BaseException, folder: Path, data_dir: Path | None = None) -> BackupFailed:
    """The failure in words.  A full disk is said to be full, whichever of the two disks it is:
    the backup folder's, or the vault's own (the scratch copy is made beside the vault first)."""
    if isinstance(exc, BackupFailed):
        return exc
    if _disk_full(exc):
        if data_dir is not None:
            return BackupFailed(f"the disk holding the vault ({data_dir}) is full: a backup first needs room "
                                "there for an encrypted copy of the vault", "vault-disk-full")
        return BackupFailed(f"the backup drive {folder} is full", "backup-disk-full")
    if isinstance(exc, OSError):
        code = exc.errno
        if code == errno.ENOENT and not folder.is_dir():
            return BackupFailed(f"the backup folder {folder} does not exist (is the drive connected?)", "missing")
        if code in (errno.EACCES, errno.EPERM, errno.EROFS):
            return BackupFailed(f"the backup folder {folder} cannot be written to (read-only?)", "read-only")
        return BackupFailed(f"the backup could not be written: {exc.strerror or exc}")
    return BackupFailed(f"the backup did not verify: {exc}", "not-verified")


def _fsync_file(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    if hasattr(os, "posix_fadvise"):  # drop the page cache: verification then reads the medium
        with contextlib.suppress(OSError):
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


@contextlib.contextmanager
def _noting_audit_head(conn: Any, heads: list[AuditHead | None]) -> Iterator[Any]:
    """The export's transaction, which first notes the audit head of the snapshot it reads."""
    with connection_transaction(conn):
        heads.append(last_entry_on(conn))
        yield conn


def write_backup(vault: Vault, target: Path) -> BackupResult:
    """Write and verify one backup at ``target``; BackupFailed on any failure, nothing left behind."""
    started = time.perf_counter()
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise BackupFailed(f"the backup folder {folder} does not exist (is the drive connected?)", "missing")
    key = vault._require_key()
    recovery = vault.header.slot(keyslots.RECOVERY)
    passphrase_slot = backup_slot.load(vault.db)
    slots = tuple(s for s in (passphrase_slot, recovery) if s is not None)
    if not slots:
        raise BackupFailed("the vault has no key slot a backup could carry")
    backup_key = secrets.token_bytes(keyslots.DATA_KEY_BYTES)
    export = scratch_path(vault.data_dir, "backup-export")
    created = now()
    out: AtomicFile | None = None
    scratch_stage = True  # until the copy is exported and checked, a full disk is the vault's own
    try:
        # The export reads one snapshot on a connection of its own: the writer, and the UI thread's
        # reads behind it, never wait for it.  The audit head is read in the same transaction, so
        # it is the copy's own last entry.
        heads: list[AuditHead | None] = []
        with vault.db.snapshot() as conn:
            version, counts = export_copy(conn, export, backup_key, lambda: _noting_audit_head(conn, heads))
        audit_head = heads[0]
        # The copy is checked as a database (both integrity checks, row counts) in a worker while
        # this thread writes it into the archive, hashing as it goes; the bytes on the medium are
        # then read back and must hash the same.  Same assurance as extracting the copy again and
        # checking that, at half the passes (SQLite releases the GIL while it checks).
        with ThreadPoolExecutor(max_workers=1) as pool:
            checking = pool.submit(check_copy, export, backup_key)
            digest = hashlib.sha256()
            db_size = export.stat().st_size
            scratch_stage = False
            out = AtomicFile(target)  # random name, O_EXCL, no link followed; sweeps the folder first
            with out.file as raw:
                with zipfile.ZipFile(raw, "w", allowZip64=True) as archive:
                    info = zipfile.ZipInfo(DB_MEMBER, created.timetuple()[:6])
                    info.compress_type = zipfile.ZIP_STORED
                    with open(export, "rb") as source, archive.open(
                            info, "w", force_zip64=db_size >= 1 << 31) as member:
                        while chunk := source.read(CHUNK):
                            digest.update(chunk)
                            member.write(chunk)
                    header = BackupHeader(
                        backup_id=uuid.uuid4().hex, vault_id=vault.vault_id, vault_created=vault.header.created,
                        created=created.isoformat(timespec="seconds"), schema=version, counts=counts,
                        db_sha256=digest.hexdigest(), db_size=db_size, slots=slots, audit_head=audit_head,
                    ).sealed(key, backup_key)
                    archive.writestr(zipfile.ZipInfo(HEADER_MEMBER, created.timetuple()[:6]), header.to_bytes(),
                                     compress_type=zipfile.ZIP_DEFLATED)
                _fsync_file(raw)
            copy_version, copy_counts = checking.result()
        if copy_version != version or copy_counts != counts:
            raise BackupDamaged("the backup's row counts differ from the vault's")
        remove_scratch(export)
        # Verify what is on the medium before it gets its real name: seal, size, SHA-256 (and the
        # zip CRC) of every byte read back from the file.
        reread = read_header(out.path)
        if reread.backup_id != header.backup_id:
            raise BackupDamaged("the backup reads back differently")
        fk = reread.backup_key(key)
        fk[:] = bytes(len(fk))
        extract_copy(out.path, reread, None)
        out.commit()
    except (OSError, VaultError, sqlcipher.Error) as exc:
        raise _failure(exc, folder, vault.data_dir if scratch_stage else None) from exc
    finally:
        if out is not None:
            out.discard()
        remove_scratch(export)
    return BackupResult(target, created, counts, target.stat().st_size, time.perf_counter() - started)


# -- automatic, rotating backups ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LastBackup:
    at: datetime
    ok: bool
    error: str = ""
    file: str = ""


@dataclass(slots=True)
class BackupService:
    """Automatic backups of one unlocked vault; the UI calls ``run_automatic`` on lock, on quit
    and when ``due(now)`` says a day has passed."""

    vault: Vault
    interval: timedelta = field(default=DEFAULT_INTERVAL)

    @property
    def prefix(self) -> str:
        return f"TrustDesk-{self.vault.vault_id[:8]}-"

    def folder(self) -> Path | None:
        value = self.vault.settings.get(SETTING_FOLDER)
        return Path(value) if isinstance(value, str) and value else None

    def set_folder(self, folder: Path | None, keep: int | None = None) -> None:
        """The folder for automatic backups (None: off).  A folder inside the vault's own data folder
        is refused (``ValueError``): a backup there dies with the disk it should survive."""
        from trustdesk.vault.files import FOLDER_INSIDE_DATA, FOLDER_RELATIVE, folder_problem

        if folder is not None and folder_problem(folder, data_dir=self.vault.data_dir) in (FOLDER_INSIDE_DATA,
                                                                                         FOLDER_RELATIVE):
            raise ValueError("a backup folder must be a full path outside the vault's data folder")
        self.vault.settings.set(SETTING_FOLDER, str(folder) if folder else "")
        if keep is not None:
            self.vault.settings.set(SETTING_KEEP, max(1, int(keep)))

    def keep(self) -> int:
        value = self.vault.settings.get(SETTING_KEEP, DEFAULT_KEEP)
        return max(1, value) if isinstance(value, int) else DEFAULT_KEEP

    def last_result(self) -> LastBackup | None:
        data = self.vault.settings.get(SETTING_LAST)
        if not isinstance(data, dict):
            return None
        try:
            return LastBackup(datetime.fromisoformat(data["at"]), bool(data["ok"]), str(data.get("error", "")),
                              str(data.get("file", "")))
        except (KeyError, TypeError, ValueError):
            return None

    def last_success(self) -> datetime | None:
        value = self.vault.settings.get(SETTING_LAST_OK)
        try:
            return datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def due(self, now: datetime) -> bool:
        """A folder is chosen and no verified backup was made within ``interval`` before ``now``."""
        if self.folder() is None:
            return False
        last = self.last_success()
        return last is None or now - last >= self.interval or last > now

    def _automatic(self, folder: Path) -> list[tuple[str, int, Path]]:
        """(time stamp, counter, path) of this vault's automatic backups in ``folder``, oldest first."""
        pattern = re.compile(re.escape(self.prefix) + r"(\d{8}-\d{6})(?:-(\d+))?" + re.escape(SUFFIX) + "$")
        found: list[tuple[str, int, Path]] = []
        try:
            for path in Path(folder).iterdir():
                match = pattern.match(path.name)
                if match and path.is_file():
                    found.append((match.group(1), int(match.group(2) or 0), path))
        except OSError:
            return []
        return sorted(found)

    def backups(self, folder: Path) -> list[Path]:
        """This vault's automatic backups in ``folder``, oldest first."""
        return [path for _, _, path in self._automatic(folder)]

    def _record(self, ok: bool, error: str = "", file: str = "") -> None:
        stamp = now().isoformat(timespec="seconds")
        with contextlib.suppress(VaultError):
            self.vault.settings.set(SETTING_LAST, {"at": stamp, "ok": ok, "error": error, "file": file})
            if ok:
                self.vault.settings.set(SETTING_LAST_OK, stamp)

    def backup_to(self, target: Path) -> BackupResult:
        """A backup the user asked for, at the file they chose (never rotated)."""
        try:
            result = write_backup(self.vault, Path(target))
        except BackupFailed as exc:
            self._record(False, str(exc), Path(target).name)
            raise
        self._record(True, file=result.path.name)
        self.vault.audit.append(AuditEvent.BACKUP, detail=result.path.name)
        return result

    def run_automatic(self, folder: Path | None = None, keep: int | None = None) -> BackupResult:
        """Write a verified backup into ``folder`` and keep only the newest ``keep`` of them."""
        folder = Path(folder) if folder is not None else self.folder()
        if folder is None:
            raise BackupFailed("no backup folder is chosen")
        keep = max(1, keep if keep is not None else self.keep())
        stamp = f"{now():%Y%m%d-%H%M%S}"
        same_second = [counter for when, counter, _ in self._automatic(folder) if when == stamp]
        suffix = f"-{max(same_second) + 1}" if same_second else ""
        result = self.backup_to(folder / f"{self.prefix}{stamp}{suffix}{SUFFIX}")
        # The new backup is always kept, even when a clock set back makes it sort first.
        others = [p for p in self.backups(folder) if p != result.path]
        for old in others[:max(0, len(others) - (keep - 1))]:
            with contextlib.suppress(OSError):
                old.unlink()
        return result


def backups_holding(vault: Vault, after_seq: int) -> list[tuple[Path, BackupHeader]]:
    """This vault's automatic backups whose copy holds audit entries past ``after_seq``, newest first
    (public headers only: no key needed)."""
    service = BackupService(vault)
    folder = service.folder()
    if folder is None:
        return []
    found = []
    for path in reversed(service.backups(folder)):
        with contextlib.suppress(VaultError, OSError):
            header = read_header(path)
            if header.vault_id == vault.vault_id and header.audit_head and header.audit_head.seq > after_seq:
                found.append((path, header))
    return found


__all__ = ["BackupDamaged", "BackupFailed", "BackupHeader", "BackupResult", "BackupService", "LastBackup",
           "read_header", "write_backup"]
