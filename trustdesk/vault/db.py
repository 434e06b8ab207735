"""A small typed wrapper around one SQLCipher connection (qutebrowser's misc/sql.py in spirit).

Bound parameters only; a ``transaction()`` context manager (BEGIN IMMEDIATE ... COMMIT, rolled
back on any error); known failures (wrong key, damaged file, disk full, read-only) turned into
``VaultError`` subclasses and kept apart from bugs.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from trustdesk.vault import search_index
from trustdesk.vault.closing import run_closing, wait_for_closes
from trustdesk.vault.errors import VaultCorrupted, VaultLocked, WriteFailed
from trustdesk.vault.files import create_new
from trustdesk.vault.sidecars import check_sidecars

Row = sqlcipher.Row
Params = Sequence[Any] | dict[str, Any]

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA trusted_schema = OFF",
)

_WRITE_ERRORS = ("disk is full", "database or disk is full", "readonly", "read-only", "disk i/o error",
                 "unable to open")


_CORRUPT_ERRORS = ("malformed", "not a database", "hmac", "corrupt", "vtable constructor failed")


def _known_write_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in _WRITE_ERRORS)


def _known_error(exc: sqlcipher.DatabaseError) -> VaultCorrupted | WriteFailed | None:
    """The VaultError for a known failure (damaged page, full disk), None for a bug."""
    text = str(exc).lower()
    if isinstance(exc, sqlcipher.OperationalError) and _known_write_error(exc):
        return WriteFailed(str(exc))
    if any(marker in text for marker in _CORRUPT_ERRORS):
        return VaultCorrupted(str(exc))
    return None


@contextlib.contextmanager
def _known_errors() -> Iterator[None]:
    """A damaged page or a full disk met while reading or writing becomes a VaultError."""
    try:
        yield
    except sqlcipher.DatabaseError as exc:
        known = _known_error(exc)
        if known is None:
            raise
        raise known from exc


_READER_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA trusted_schema = OFF", "PRAGMA query_only = ON")
# A snapshot connection reads the vault but writes into an attached copy (a backup's export), so it
# cannot be query_only; nothing but that export runs on it.
_SNAPSHOT_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA trusted_schema = OFF")


def _keyed(conn: sqlcipher.Connection, key: bytes | bytearray, pragmas: Sequence[str]) -> None:
    """Give ``conn`` the raw key, prove it opens (a wrong key fails here, not later) and set its
    pragmas; temporary tables and sorts must stay in memory (never a plaintext temp file)."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in pragmas:
        conn.execute(pragma)
    if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise VaultCorrupted("temp_store = MEMORY did not hold")


def _is_select(sql: str) -> bool:
    return sql.lstrip()[:6].upper() == "SELECT"


class Database:
    """One open, keyed writing connection, and beside it (for a writable vault in WAL mode) one
    reading connection for the worker threads.

    Every write, every transaction and every read of the UI (main) thread go to the writer, behind
    one lock.  A plain ``SELECT`` (``query``/``query_one``/``scalar``) from any other thread, outside
    a transaction of that thread, goes to the reader behind its own lock: a write-ahead log lets a
    reader run beside the writer, so a long read in a worker never makes the UI thread's reads wait
    (ARCHITECTURE.md, Never a frozen window).  The reader is opened on the first such read with a
    copy of the key kept by this object; ``close`` closes the reader, zeroes that copy, then closes
    the writer."""

    def __init__(self, conn: sqlcipher.Connection, path: Path, reader_key: bytes | bytearray | None = None) -> None:
        self._conn: sqlcipher.Connection | None = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._tx_thread: int | None = None  # the thread whose transaction holds the writer
        self._reader: sqlcipher.Connection | None = None
        self._reader_lock = threading.Lock()
        self._snapshot_gate = threading.Lock()  # held while a snapshot connection is open; close waits for it
        self._reader_key: bytearray | None = bytearray(reader_key) if reader_key is not None else None
        self._after_commit: dict[str, Callable[[], None]] = {}
        self.folds = search_index.FoldCache()  # big texts' foldings for the index, dropped on close
        self.read_only = False
        self.on_close: Callable[[], None] | None = None  # after the connection is closed (sidecar clean-up)

    @classmethod
    def open_read_only(cls, path: Path, key: bytes | bytearray, *, immutable: bool = False) -> Database:
        """A connection that cannot write, so it cannot checkpoint either: opening and closing it
        leaves vault.db and its write-ahead log as they are.

        ``mode=ro`` reads through the write-ahead log and holds the shared lock a WAL reader holds,
        so a writing connection opened beside it is never the last to close (SQLite checkpoints on
        the last close).  It needs -wal/-shm files; ``Sidecars.restore`` puts them back as they were.
        ``immutable`` (only when there is no write-ahead log) creates no file at all: for a disk
        too full for even that.  Writes raise WriteFailed."""
        wait_for_closes(path)
        if not path.exists():
            raise VaultCorrupted("vault.db is missing")
        if path.stat().st_size == 0:
            raise VaultCorrupted("vault.db is empty")
        check_sidecars(path)
        uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
        try:
            conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        except sqlcipher.Error as exc:
            raise WriteFailed(str(exc)) from exc
        try:
            _keyed(conn, key, _READER_PRAGMAS)
        except sqlcipher.DatabaseError as exc:
            conn.close()
            if _known_write_error(exc):  # no room for the -shm file, or a folder that cannot be read
                raise WriteFailed(str(exc)) from exc
            raise VaultCorrupted(str(exc)) from exc
        conn.row_factory = sqlcipher.Row
        db = cls(conn, path)
        db.read_only = True
        return db

    @classmethod
    def open(cls, path: Path, key: bytes | bytearray, *, create: bool = False) -> Database:
        """Open ``path`` with the raw 32-byte key; VaultCorrupted when it is not our database."""
        wait_for_closes(path)
        if not create and not path.exists():
            raise VaultCorrupted("vault.db is missing")
        if not create and path.stat().st_size == 0:  # SQLite would take it for a new, empty database
            raise VaultCorrupted("vault.db is empty")
        if create and not path.exists():
            # Owner-only from the first byte; SQLite gives the -wal and -shm files the same mode.
            os.close(create_new(path))
        try:
            conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
        except sqlcipher.Error as exc:
            raise WriteFailed(str(exc)) from exc
        if create and os.name != "nt":  # owner-only; SQLite gives the -wal and -shm files the same mode
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
        try:
            _keyed(conn, key, _PRAGMAS)
        except sqlcipher.DatabaseError as exc:
            conn.close()
            if _known_write_error(exc) and "unable to open" not in str(exc).lower():
                raise WriteFailed(str(exc)) from exc
            raise VaultCorrupted(str(exc)) from exc
        conn.row_factory = sqlcipher.Row
        wal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        return cls(conn, path, key if wal else None)  # without a write-ahead log a reader would block the writer

    @property
    def conn(self) -> sqlcipher.Connection:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def execute(self, sql: str, params: Params = ()) -> sqlcipher.Cursor:
        with self._lock, _known_errors():
            return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self._lock, _known_errors():
            self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[Any]:
        if self._worker_read(sql):
            with self._reading() as reader:
                worker_rows: list[Any] = reader.execute(sql, params).fetchall()
                return worker_rows
        with self._lock, _known_errors():
            rows: list[Any] = self.conn.execute(sql, params).fetchall()
            return rows

    def query_one(self, sql: str, params: Params = ()) -> Any | None:
        if self._worker_read(sql):
            with self._reading() as reader:
                return reader.execute(sql, params).fetchone()
        with self._lock, _known_errors():
            return self.conn.execute(sql, params).fetchone()

    # -- the workers' reading connection ---------------------------------------------------------

    def _worker_read(self, sql: str) -> bool:
        """This read goes to the reader: a SELECT from a thread other than the UI thread, outside a
        transaction of its own (which must see its own uncommitted writes)."""
        return (self._reader_key is not None and _is_select(sql)
                and threading.current_thread() is not threading.main_thread()
                and self._tx_thread != threading.get_ident())

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlcipher.Connection]:
        with self._reader_lock:
            if self._reader is None:
                if self._conn is None or self._reader_key is None:
                    raise VaultLocked("the vault is locked")
                self._reader = self._open_reader(self._reader_key)
            with _known_errors():
                yield self._reader

    def _open_reader(self, key: bytearray, pragmas: Sequence[str] = _READER_PRAGMAS) -> sqlcipher.Connection:
        """A second connection to the same file and key that cannot write (``query_only``), with
        temporary tables in memory like the writer's."""
        try:
            conn = sqlcipher.connect(str(self.path), isolation_level=None, check_same_thread=False)
        except sqlcipher.Error as exc:
            raise WriteFailed(str(exc)) from exc
        try:
            _keyed(conn, key, pragmas)
        except sqlcipher.DatabaseError as exc:
            conn.close()
            raise (_known_error(exc) or VaultCorrupted(str(exc))) from exc
        conn.row_factory = sqlcipher.Row
        return conn

    def _close_reader(self) -> None:
        """Close the reader (after a worker's read in progress) and zero the key copy."""
        with self._reader_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            if self._reader_key is not None:
                self._reader_key[:] = bytes(len(self._reader_key))
                self._reader_key = None

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlcipher.Connection]:
        """A connection of its own for one long read of the whole vault (a backup's export) that
        does not hold the writer: in a write-ahead log a read transaction sees one consistent
        snapshot while the writer goes on, so the UI thread's reads and the autosave never wait
        for an export of seconds (ARCHITECTURE.md, Never a frozen window).

        The caller begins and ends its own transaction on it (SQLite refuses ATTACH inside one)
        and uses only the connection yielded: ``close`` waits until it is closed, so the writer
        stays the last connection to close (SQLite checkpoints on the last close).  Without a
        write-ahead log (a second connection's read would block the writer anyway) or once
        locked, it is the writer itself, held under its lock (VaultLocked when locked)."""
        with self._snapshot_gate:
            with self._reader_lock:
                key = bytearray(self._reader_key) if self._reader_key is not None else None
            if key is not None:
                try:
                    conn = self._open_reader(key, _SNAPSHOT_PRAGMAS)
                finally:
                    key[:] = bytes(len(key))
                try:
                    with _known_errors():
                        yield conn
                finally:
                    conn.close()
                return
        with self._lock, _known_errors():
            yield self.conn

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One committed unit of work; nested use joins the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlcipher.DatabaseError as exc:
                raise (_known_error(exc) or WriteFailed(str(exc))) from exc
            self._depth = 1
            self._tx_thread = threading.get_ident()
            try:
                yield self
                search_index.flush(self.conn, self.folds)  # the rows this transaction changed, indexed before it commits
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self._after_commit.clear()
                with contextlib.suppress(sqlcipher.Error):
                    self.conn.execute("ROLLBACK")
                known = _known_error(exc) if isinstance(exc, sqlcipher.DatabaseError) else None
                if known is not None:
                    raise known from exc
                raise
            finally:
                self._depth = 0
                self._tx_thread = None
            hooks = list(self._after_commit.values())
            self._after_commit.clear()
            for hook in hooks:
                hook()

    def has_after_commit(self, name: str) -> bool:
        """A hook of this name already waits for the current transaction's commit."""
        with self._lock:
            return bool(self._depth) and name in self._after_commit

    def after_commit(self, name: str, hook: Callable[[], None]) -> None:
        """Run ``hook`` once the outermost transaction has committed (now, outside one); dropped on
        rollback.  One hook per ``name``: a second registration in the same transaction replaces it."""
        with self._lock:
            if self._depth:
                self._after_commit[name] = hook
                return
        hook()

    def integrity_errors(self) -> list[str]:
        """All rows of ``cipher_integrity_check`` (one per bad page), then ``integrity_check``."""
        with self._lock:
            problems = [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            if problems:
                return problems
            rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
            return [] if rows == ["ok"] else rows

    def checkpoint(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def adopt(self, other: Database) -> None:
        """Take over ``other``'s connection (a re-key reopens the same file under its new key; the
        repositories keep this object)."""
        with self._lock:
            self._close_reader()
            if self._conn is not None:
                self._conn.close()
            self._conn, other._conn = other._conn, None
            self._reader_key, other._reader_key = other._reader_key, None
            self.read_only = other.read_only

    def close(self, *, checkpoint: bool = True, in_background: bool = False) -> None:
        """Checkpoint the WAL to zero bytes (unless ``checkpoint`` is False or the connection is
        read-only) and close.  SQLite still checkpoints when the *last* connection closes: a refused
        open closes its writing connection while the read-only probe is still open.

        ``in_background``: this object lets go of the connection at once (every later use raises
        VaultLocked, the reader is closed and its key copy zeroed) and a thread of its own
        checkpoints and closes it, so the UI thread does not wait for the disk.  Every commit is
        already in the log, so a crash meanwhile loses nothing; opening the file again in this
        process waits for that thread (``wait_for_closes``)."""
        with self._snapshot_gate, self._lock:  # a snapshot's export finishes first (it never takes the lock)
            self._close_reader()  # first: the writer is the last to close, so SQLite checkpoints on it
            if self._conn is None:
                return
            conn, self._conn = self._conn, None
            self.folds.clear()
            hook, self.on_close = self.on_close, None
            checkpoint = checkpoint and not self.read_only
            if in_background:
                _close_in_background(self.path, conn, checkpoint, hook)
                return
            _finish_close(conn, checkpoint)
        if hook is not None:
            hook()


def _finish_close(conn: sqlcipher.Connection, checkpoint: bool) -> None:
    if checkpoint:
        with contextlib.suppress(sqlcipher.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _close_in_background(path: Path, conn: sqlcipher.Connection, checkpoint: bool,
                         hook: Callable[[], None] | None) -> None:
    """Checkpoint and close ``conn`` in a thread that is not a daemon: the process waits for it at
    exit.  It waits for any earlier close of the same file first."""

    def close() -> None:
        _finish_close(conn, checkpoint)
        if hook is not None:
            hook()

    run_closing(path, close, name="vault-close")
