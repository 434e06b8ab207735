"""The audit log's head, kept outside the table: ``audit-head.json`` next to the vault.

A hash chain alone cannot see its newest entries cut off (the shorter chain still verifies), nor a
database whose write-ahead log was lost (it ends before its last change).  So after every committed
append the vault writes a small head record — the last entry's sequence number, hash and time —
atomically to ``audit-head.json``, with an HMAC-SHA256 under a random key kept inside the encrypted
database (setting ``audit.head_key``).  Opening the vault compares the two (``check``):

- the table ends before the head's entry: entries are missing (the tail was cut, or a damaged
  write-ahead log lost the last changes) -> ``MISSING_TAIL``;
- the head's entry is there with another hash: it was rewritten -> ``REWRITTEN``;
- the table goes on past the head: a crash between the commit and the head write (the head is
  written after the commit, never before, so a crash never raises a false alarm) -> ``AHEAD``;
- no head file and no head key yet (a vault from before this record) -> ``NO_HEAD``, no alarm;
- the head key exists (a head was written) but the file is gone -> ``DELETED``; a file whose MAC does
  not verify (junk, edited, another vault's) -> ``UNVERIFIABLE``; a verified head older than the
  last entry before the newest commit that appended to the log (``audit.head_floor``, written inside
  that commit) -> ``ROLLED_BACK``: an old copy put back, since a crash can only leave the head one
  commit behind.  All three are alarms like a cut tail: the entries after the head could have been
  removed without a trace.

What it cannot prove: whoever holds the data key can rewrite the table *and* the head together.
Witnesses outside the laptop hold for that: every backup header carries the head at backup time,
and every exported PDF carries a stamp (entry number + hash prefix) in its metadata.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from trustdesk.vault import strict_json
from trustdesk.vault.db import Database
from trustdesk.vault.errors import VaultError
from trustdesk.vault.files import atomic_write_bytes

HEAD_NAME = "audit-head.json"
SETTING_HEAD_KEY = "audit.head_key"
SETTING_HEAD_FLOOR = "audit.head_floor"
FORMAT = 1
MAX_HEAD_BYTES = 4096

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AuditHead:
    seq: int
    hash: str
    at: str = ""

    @property
    def stamp(self) -> str:
        """The short witness printed into exported documents: entry number and hash prefix."""
        return f"TrustDesk audit #{self.seq} {self.hash[:16]}"

    def as_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash, "at": self.at}

    @staticmethod
    def from_json(data: Any) -> AuditHead | None:
        """A head from untrusted JSON; None when malformed."""
        if not isinstance(data, dict):
            return None
        seq, digest, at = data.get("seq"), data.get("hash"), data.get("at", "")
        if type(seq) is not int or seq < 0 or not isinstance(digest, str) or len(digest) != 64 \
                or not isinstance(at, str) or len(at) > 64:
            return None
        if any(c not in "0123456789abcdef" for c in digest):
            return None
        return AuditHead(seq, digest, at)


class HeadStatus(StrEnum):
    OK = "ok"
    AHEAD = "ahead"
    NO_HEAD = "no_head"
    UNVERIFIABLE = "unverifiable"
    MISSING_TAIL = "missing_tail"
    REWRITTEN = "rewritten"
    DELETED = "deleted"
    ROLLED_BACK = "rolled_back"


ALARMS = frozenset({HeadStatus.MISSING_TAIL, HeadStatus.REWRITTEN, HeadStatus.DELETED, HeadStatus.UNVERIFIABLE,
                    HeadStatus.ROLLED_BACK})


@dataclass(frozen=True, slots=True)
class HeadCheck:
    status: HeadStatus
    head: AuditHead | None  # what the head record says (None: none, or it did not verify)
    last: AuditHead | None  # the table's last entry

    @property
    def truncated(self) -> bool:
        """The table itself shows the loss: it ends before the head, or the head's entry differs."""
        return self.status in (HeadStatus.MISSING_TAIL, HeadStatus.REWRITTEN)

    @property
    def alarm(self) -> bool:
        """The log can no longer prove its end: cut, rewritten, or its head record deleted, forged or
        put back from an older copy.  Reported by ``audit-verify`` and recorded as ``audit_gap``."""
        return self.status in ALARMS

    @property
    def missing(self) -> int:
        """How many entries the table lacks compared with the head (0 unless MISSING_TAIL)."""
        if self.status is not HeadStatus.MISSING_TAIL or self.head is None:
            return 0
        return self.head.seq - (self.last.seq if self.last else 0)


_LAST_ENTRY = "SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1"


def _head(row: Any) -> AuditHead | None:
    return AuditHead(int(row[0]), str(row[1]), str(row[2])) if row else None


def last_entry(db: Database) -> AuditHead | None:
    return _head(db.query_one(_LAST_ENTRY))


def last_entry_on(conn: Any) -> AuditHead | None:
    """``last_entry`` read on a bare connection, inside its transaction (a backup's snapshot)."""
    return _head(conn.execute(_LAST_ENTRY).fetchone())


def entry(db: Database, seq: int) -> AuditHead | None:
    row = db.query_one("SELECT seq, hash, at FROM audit WHERE seq = ?", (seq,))
    return AuditHead(int(row[0]), str(row[1]), str(row[2])) if row else None


def _mac(key: bytes, vault_id: str, head: AuditHead) -> str:
    message = json.dumps({"format": FORMAT, "vault_id": vault_id, **head.as_json()}, sort_keys=True,
                         separators=(",", ":")).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def head_key(db: Database, *, create: bool = False) -> bytes | None:
    row = db.query_one("SELECT value FROM settings WHERE key = ?", (SETTING_HEAD_KEY,))
    with contextlib.suppress(ValueError, TypeError):
        if row is not None:
            value = bytes.fromhex(json.loads(row[0]))
            if len(value) == 32:
                return value
    if not create:
        return None
    key = secrets.token_bytes(32)
    store_key(db, key)
    return key


def set_floor(db: Database, seq: int) -> None:
    """Inside a transaction that appends to the log: the last entry before it (the head record on
    disk names at least this entry unless it was put back or deleted)."""
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
               "excluded.value", (SETTING_HEAD_FLOOR, json.dumps(seq)))


def floor(db: Database) -> int | None:
    row = db.query_one("SELECT value FROM settings WHERE key = ?", (SETTING_HEAD_FLOOR,))
    with contextlib.suppress(ValueError, TypeError):
        if row is not None:
            value = json.loads(row[0])
            if type(value) is int:
                return value
    return None


def store_key(db: Database, key: bytes) -> None:
    with db.transaction():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                   "excluded.value", (SETTING_HEAD_KEY, json.dumps(key.hex())))


def record_bytes(key: bytes, vault_id: str, head: AuditHead) -> bytes:
    data = {"format": FORMAT, "vault_id": vault_id, **head.as_json(), "mac": _mac(key, vault_id, head)}
    return (json.dumps(data, sort_keys=True, indent=1) + "\n").encode("utf-8")


def write_record(path: Path, key: bytes, vault_id: str, head: AuditHead) -> None:
    atomic_write_bytes(path, record_bytes(key, vault_id, head))


def read_record(path: Path, key: bytes | None, vault_id: str) -> tuple[AuditHead | None, bool]:
    """(head, present): the verified head, or None with present=True when a file is there but does
    not verify, None with present=False when there is none."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_HEAD_BYTES + 1)
    except FileNotFoundError:
        return None, False
    except OSError:
        return None, True
    try:
        data = strict_json.loads(raw.decode("utf-8")) if len(raw) <= MAX_HEAD_BYTES else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        data = None
    head = AuditHead.from_json(data)
    if head is None or key is None or not isinstance(data, dict) or data.get("format") != FORMAT \
            or data.get("vault_id") != vault_id or not isinstance(data.get("mac"), str):
        return None, True
    if not hmac.compare_digest(data["mac"], _mac(key, vault_id, head)):
        return None, True
    return head, True


class HeadAnchor:
    """Writes and checks the head record of one open vault."""

    def __init__(self, db: Database, path: Path, vault_id: str) -> None:
        self._db = db
        self.path = path
        self.vault_id = vault_id

    def write(self) -> None:
        """Anchor the table's current last entry (best effort: a failure is reported by the next check
        as AHEAD, never as a false truncation)."""
        try:
            head = last_entry(self._db)
            if head is None:
                return
            key = head_key(self._db, create=True)
            assert key is not None
            write_record(self.path, key, self.vault_id, head)
        except (OSError, VaultError) as exc:
            log.warning("the audit head record could not be written: %s", exc)

    def check(self) -> HeadCheck:
        last = last_entry(self._db)
        key = head_key(self._db)
        head, present = read_record(self.path, key, self.vault_id)
        if head is None:
            if present:
                return HeadCheck(HeadStatus.UNVERIFIABLE, None, last)
            return HeadCheck(HeadStatus.DELETED if key is not None else HeadStatus.NO_HEAD, None, last)
        if last is None or last.seq < head.seq:
            return HeadCheck(HeadStatus.MISSING_TAIL, head, last)
        at_head = entry(self._db, head.seq)
        if at_head is None or at_head.hash != head.hash:
            return HeadCheck(HeadStatus.REWRITTEN, head, last)
        if last.seq == head.seq:
            return HeadCheck(HeadStatus.OK, head, last)
        expected = floor(self._db)
        if expected is not None and head.seq < expected:
            return HeadCheck(HeadStatus.ROLLED_BACK, head, last)
        return HeadCheck(HeadStatus.AHEAD, head, last)
