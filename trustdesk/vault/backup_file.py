"""The ``.tdbackup`` file format: its public header, reading it, and the encrypted copies inside.

The key design is described in ``backup.py``.  Everything read from a backup file is treated as
hostile: a damaged, truncated or edited file gives ``BackupDamaged`` (or ``WrongPassphrase`` when
a key slot does not open), never a crash.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import json
import os
import secrets
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlcipher3 import dbapi2 as sqlcipher

from trustdesk.vault import keyslots, strict_json
from trustdesk.vault.audit_head import AuditHead
from trustdesk.vault.errors import VaultCorrupted, VaultError, VaultTooNew, WriteFailed, WrongPassphrase
from trustdesk.vault.files import create_new, require_regular
from trustdesk.vault.keyslots import KeySlot

FORMAT = 2  # 2: the header carries the audit log's head at backup time (format 1 is still read)
KIND = "trustdesk-backup"
SUFFIX = ".tdbackup"
HEADER_MEMBER = "backup.json"
DB_MEMBER = "vault.db"
MAX_HEADER_BYTES = 1 << 20
CHUNK = 1 << 20


class BackupFailed(VaultError):
    """A backup could not be written or did not verify (folder missing, read-only, disk full).

    ``reason`` says which, for the interface to put in words: ``"backup-disk-full"``,
    ``"vault-disk-full"``, ``"missing"``, ``"read-only"``, ``"not-verified"`` or ``"other"``.
    """

    def __init__(self, message: str, reason: str = "other") -> None:
        super().__init__(message)
        self.reason = reason


class BackupDamaged(VaultCorrupted):
    """A backup file is truncated, edited or damaged: it cannot be trusted."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise BackupDamaged("backup header field is not text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise BackupDamaged("backup header field is not base64") from exc


# -- the header --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BackupHeader:
    backup_id: str
    vault_id: str
    vault_created: str
    created: str
    schema: int
    counts: dict[str, int]
    db_sha256: str
    db_size: int
    slots: tuple[KeySlot, ...]
    data_nonce: bytes = b""
    data_wrapped: bytes = b""
    format: int = FORMAT
    audit_head: AuditHead | None = None  # the audit log's last entry in the copy (a witness of its length)

    def seal(self) -> bytes:
        """The AAD of the data slot: every header field but the slots and the slot itself."""
        bound: dict[str, Any] = {
            "format": self.format, "kind": KIND, "backup_id": self.backup_id, "vault_id": self.vault_id,
            "vault_created": self.vault_created, "created": self.created, "schema": self.schema,
            "counts": self.counts, "db_sha256": self.db_sha256, "db_size": self.db_size}
        if self.format >= 2:
            bound["audit_head"] = self.audit_head.as_json() if self.audit_head else None
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def sealed(self, data_key: bytes | bytearray, backup_key: bytes) -> BackupHeader:
        nonce = os.urandom(12)
        wrapped = AESGCM(bytes(data_key)).encrypt(nonce, backup_key, self.seal())
        return replace(self, data_nonce=nonce, data_wrapped=wrapped)

    def backup_key(self, data_key: bytes | bytearray) -> bytearray:
        """FK from DK; a failing tag means the header or the copy was changed."""
        try:
            key = AESGCM(bytes(data_key)).decrypt(self.data_nonce, self.data_wrapped, self.seal())
        except (InvalidTag, ValueError) as exc:
            raise BackupDamaged("the backup's seal does not verify: it was changed or damaged") from exc
        if len(key) != keyslots.DATA_KEY_BYTES:
            raise BackupDamaged("the backup key has the wrong length")
        return bytearray(key)

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def data_key(self, *, passphrase: str | None = None, recovery_code: str | None = None) -> bytearray:
        """DK from the passphrase (passphrase-only slot) or the recovery code."""
        if passphrase is not None:
            slot = self.slot(keyslots.PASSPHRASE)
            if slot is None:
                raise WrongPassphrase("this backup holds no passphrase slot: use the recovery code")
            if slot.device_secret:
                raise BackupDamaged("a backup's passphrase slot never needs a keychain")
            return keyslots.open_passphrase_slot(slot, self.vault_id, passphrase, None)
        if recovery_code is not None:
            slot = self.slot(keyslots.RECOVERY)
            if slot is None:
                raise WrongPassphrase("this backup holds no recovery slot")
            return keyslots.open_recovery_slot(slot, self.vault_id, recovery_code)
        raise ValueError("a passphrase or a recovery code is needed")

    def to_bytes(self) -> bytes:
        data = json.loads(self.seal())
        data["slots"] = [s.to_json() for s in self.slots]
        data["data"] = {"nonce": _b64(self.data_nonce), "wrapped": _b64(self.data_wrapped)}
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @staticmethod
    def from_bytes(raw: bytes) -> BackupHeader:
        try:
            data = strict_json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise BackupDamaged("backup.json is not valid JSON") from exc
        if not isinstance(data, dict) or data.get("kind") != KIND:
            raise BackupDamaged("not a TrustDesk backup")
        fmt = data.get("format")
        if fmt not in (1, FORMAT):
            if isinstance(fmt, int) and fmt > FORMAT:
                raise VaultTooNew(f"backup format {fmt} is newer than this TrustDesk ({FORMAT})")
            raise BackupDamaged("unknown backup format")
        try:
            counts = data["counts"]
            if not isinstance(counts, dict) or not all(
                    isinstance(k, str) and type(v) is int for k, v in counts.items()):
                raise BackupDamaged("backup counts are malformed")
            text = {k: data[k] for k in ("backup_id", "vault_id", "vault_created", "created", "db_sha256")}
            if not all(isinstance(v, str) for v in text.values()):
                raise BackupDamaged("backup header field is not text")
            if type(data["schema"]) is not int or type(data["db_size"]) is not int:
                raise BackupDamaged("backup header number is malformed")
            slots = data["slots"]
            if not isinstance(slots, list) or not isinstance(data["data"], dict):
                raise BackupDamaged("backup slots are malformed")
            if not 0 < len(slots) <= keyslots.MAX_SLOTS:  # no slot: nothing opens it (damage, not a wrong secret)
                raise BackupDamaged(f"the backup holds {len(slots)} key slots (1 to {keyslots.MAX_SLOTS} expected)")
            parsed = tuple(KeySlot.from_json(s) for s in slots)
            if len({s.kind for s in parsed}) != len(parsed):
                raise BackupDamaged("the backup holds two key slots of one kind")
            head = None
            if fmt >= 2 and data["audit_head"] is not None:
                head = AuditHead.from_json(data["audit_head"])
                if head is None:
                    raise BackupDamaged("the backup's audit head is malformed")
            return BackupHeader(text["backup_id"], text["vault_id"], text["vault_created"], text["created"],
                                data["schema"], counts, text["db_sha256"], data["db_size"], parsed,
                                _unb64(data["data"].get("nonce")), _unb64(data["data"].get("wrapped")), fmt, head)
        except KeyError as exc:
            raise BackupDamaged(f"backup.json lacks {exc}") from exc
        except VaultCorrupted as exc:
            raise BackupDamaged(str(exc)) from exc

    @property
    def created_at(self) -> datetime:
        try:
            return datetime.fromisoformat(self.created)
        except ValueError as exc:
            raise BackupDamaged("backup time is malformed") from exc


# -- reading a backup file ---------------------------------------------------------------------

_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError,
               RuntimeError, KeyError, OverflowError)


@contextlib.contextmanager
def _zip_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except (BackupDamaged, VaultTooNew, WriteFailed):
        raise
    except FileNotFoundError as exc:
        raise BackupDamaged(f"no backup file at {path}") from exc
    except OSError as exc:
        # zlib.error is no OSError: it is caught below as an Exception subclass of its own.
        raise BackupDamaged(f"the backup file cannot be read: {exc.strerror or exc}") from exc
    except _ZIP_ERRORS as exc:
        raise BackupDamaged("the backup file is damaged or truncated") from exc
    except Exception as exc:  # zlib.error, struct.error: a damaged archive, never a crash
        if type(exc).__module__ in ("zlib", "struct", "zipfile"):
            raise BackupDamaged("the backup file is damaged or truncated") from exc
        raise


def _regular(path: Path) -> None:
    """A backup is a regular file: a device (``/dev/zero``), a FIFO or a folder is refused unread."""
    try:
        require_regular(os.stat(path).st_mode, path)
    except OSError as exc:
        if exc.errno == errno.EINVAL:
            raise BackupDamaged("the backup is not a regular file") from exc
        raise


def read_header(path: Path) -> BackupHeader:
    """The public header; BackupDamaged when the archive is not a sound backup."""
    path = Path(path)
    _regular(path)
    with _zip_errors(path), zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        if names != sorted([HEADER_MEMBER, DB_MEMBER]):
            raise BackupDamaged("the backup holds unexpected files")
        info = archive.getinfo(HEADER_MEMBER)
        if info.file_size > MAX_HEADER_BYTES:
            raise BackupDamaged("backup.json is too large")
        header = BackupHeader.from_bytes(archive.read(HEADER_MEMBER))
        db_info = archive.getinfo(DB_MEMBER)
        if db_info.file_size != header.db_size or db_info.compress_type != zipfile.ZIP_STORED:
            raise BackupDamaged("the database copy has the wrong size")
        return header


def extract_copy(path: Path, header: BackupHeader, target: Path | None) -> None:
    """Write the encrypted copy to ``target`` (0600; None: only check), checking size and SHA-256.

    Needs no key, so damage is found before any (slow) key derivation.  A damaged backup gives
    BackupDamaged; a target that cannot be written gives WriteFailed.
    """
    digest = hashlib.sha256()
    size = 0
    with contextlib.ExitStack() as stack:
        out = None
        if target is not None:
            try:
                out = stack.enter_context(os.fdopen(create_new(target), "wb"))
            except OSError as exc:
                raise WriteFailed(f"cannot write {target.name}: {exc.strerror or exc}") from exc
        stack.enter_context(_zip_errors(path))
        _regular(path)
        archive = stack.enter_context(zipfile.ZipFile(path))
        source = stack.enter_context(archive.open(DB_MEMBER))
        while chunk := source.read(CHUNK):
            size += len(chunk)
            if size > header.db_size:
                raise BackupDamaged("the database copy is longer than its header says")
            digest.update(chunk)
            if out is not None:
                try:
                    out.write(chunk)
                except OSError as exc:
                    raise WriteFailed(f"cannot write {target}: {exc.strerror or exc}") from exc
    if size != header.db_size or not secrets.compare_digest(digest.hexdigest(), header.db_sha256):
        raise BackupDamaged("the database copy does not match its checksum")


# -- SQLCipher copies --------------------------------------------------------------------------

def open_copy(path: Path, key: bytes | bytearray) -> sqlcipher.Connection:
    """A connection to an encrypted copy; BackupDamaged when it does not open under ``key``."""
    if not path.exists():
        raise VaultCorrupted("database copy is missing")
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        # integrity_check revisits pages; a bigger cache saves re-decrypting them (220 MB: 1.6 -> 1.0 s)
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise BackupDamaged(f"the database copy does not open: {exc}") from exc
    return conn


def table_counts(conn: Any) -> dict[str, int]:
    """Rows per ordinary table (FTS shadow tables left out: they follow their content)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [r[0] for r in rows if (r[1] or "").upper().startswith("CREATE VIRTUAL TABLE")]
    counts = {}
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue
        counts[name] = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
    return dict(sorted(counts.items()))


def _cipher_problems(path: Path, key: bytes | bytearray) -> list[str]:
    conn = open_copy(path, key)
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def _structure(path: Path, key: bytes | bytearray) -> tuple[list[str], int, dict[str, int]]:
    conn = open_copy(path, key)  # its own connection: never after cipher_integrity_check's (sqlcipher #617)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return rows or ["no answer"], 0, {}
        return [], int(conn.execute("PRAGMA user_version").fetchone()[0]), table_counts(conn)
    except sqlcipher.DatabaseError as exc:
        raise BackupDamaged(f"the database copy is damaged: {exc}") from exc
    finally:
        conn.close()


def check_copy(path: Path, key: bytes | bytearray) -> tuple[int, dict[str, int]]:
    """(schema version, row counts) of a copy that passes both integrity checks.

    ``cipher_integrity_check`` (every page's HMAC; one row per bad page) and ``integrity_check``
    (the B-trees) run side by side on two connections: SQLite releases the GIL, so on two cores the
    check takes as long as the slower of the two.
    """
    with ThreadPoolExecutor(max_workers=2) as pool:
        cipher = pool.submit(_cipher_problems, path, key)
        structure = pool.submit(_structure, path, key)
        problems = cipher.result()
        if problems:  # the page-level finding names the damage best; the other check's error is moot
            structure.exception()
            raise BackupDamaged(f"{len(problems)} damaged page(s): {problems[0]}")
        rows, version, counts = structure.result()
    if rows:
        raise BackupDamaged(f"integrity check failed: {rows[0]}")
    return version, counts


def export_copy(conn: Any, target: Path, key: bytes | bytearray,
                in_transaction: Callable[[], contextlib.AbstractContextManager[Any]]) -> tuple[int, dict[str, int]]:
    """``sqlcipher_export`` the database of ``conn`` into ``target`` under ``key``.

    Counts and copy come from one transaction, so they agree.  Returns (schema, counts).
    """
    target.unlink(missing_ok=True)
    # Owner-only from the first byte (SQLite keeps an empty file's mode and gives it to the journal).
    os.close(create_new(target))
    conn.execute("ATTACH DATABASE ? AS td_export KEY ?", (str(target), f"x'{bytes(key).hex()}'"))
    try:
        # A scratch copy, checked before use and thrown away on any failure: no journal, no fsync
        # per transaction, and room to build it in memory.
        conn.execute("PRAGMA td_export.journal_mode = OFF")
        conn.execute("PRAGMA td_export.synchronous = OFF")
        conn.execute("PRAGMA td_export.cache_size = -65536")
        with in_transaction():
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            counts = table_counts(conn)
            conn.execute("SELECT sqlcipher_export('td_export')")
            conn.execute(f"PRAGMA td_export.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE td_export")
    return version, counts


@contextlib.contextmanager
def connection_transaction(conn: Any) -> Iterator[Any]:
    """BEGIN ... COMMIT on a bare connection (the copies restore works on), rolled back on error."""
    conn.execute("BEGIN")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher.Error):
            conn.execute("ROLLBACK")
        raise


def scratch_path(directory: Path, purpose: str) -> Path:
    return directory / f".td-{purpose}-{os.getpid()}-{secrets.token_hex(4)}.db"


def remove_scratch(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()
