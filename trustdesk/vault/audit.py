"""The audit log inside the vault: a SHA-256 hash chain over a canonical encoding.

Each entry's hash covers its sequence number, time, event, case code, detail and the previous
entry's hash, so editing, deleting or reordering any entry breaks the chain from there on.
Entries name case codes, never names.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from trustdesk.domain.models import AuditEntry
from trustdesk.vault.columns import dt2s, now
from trustdesk.vault.repository import Repository

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

GENESIS = "0" * 64


class AuditEvent:
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    UNLOCK_RECOVERY = "unlock_recovery"
    PASSPHRASE_CHANGED = "passphrase_changed"
    CREATED = "vault_created"
    MIGRATED = "vault_migrated"
    EXPORT = "export"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    PACK_IMPORT = "pack_import"
    DESTROYED = "case_destroyed"


def entry_hash(seq: int, at: str, event: str, case_code: str, detail: str, prev_hash: str) -> str:
    canonical = json.dumps([seq, at, event, case_code, detail, prev_hash], ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainState:
    intact: bool
    entries: int
    first_broken: int | None = None  # seq of the first entry that does not verify


def _row(row: Any) -> AuditEntry:
    return AuditEntry(seq=row["seq"], at=datetime.fromisoformat(row["at"]), event=row["event"],
                      case_code=row["case_code"], detail=row["detail"], prev_hash=row["prev_hash"],
                      hash=row["hash"])


class AuditLog(Repository):
    table = "audit"

    def append(self, event: str, case_code: str = "", detail: str = "") -> AuditEntry:
        with self._db.transaction():
            last = self._db.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            seq = (last["seq"] + 1) if last else 1
            prev = last["hash"] if last else GENESIS
            at = dt2s(now()) or ""
            digest = entry_hash(seq, at, event, case_code, detail, prev)
            self._db.execute("INSERT INTO audit (seq, at, event, case_code, detail, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)", (seq, at, event, case_code, detail, prev, digest))
        self._changed(seq)
        return AuditEntry(seq, datetime.fromisoformat(at), event, case_code, detail, prev, digest)

    def entries(self, *, event: str | None = None, case_code: str | None = None,
                limit: int | None = None) -> list[AuditEntry]:
        clauses, params = [], []
        if event:
            clauses.append("event = ?")
            params.append(event)
        if case_code:
            clauses.append("case_code = ?")
            params.append(case_code)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        tail = f" LIMIT {int(limit)}" if limit else ""
        return [_row(r) for r in self._db.query(f"SELECT * FROM audit{where} ORDER BY seq DESC{tail}", params)]

    def verify(self) -> ChainState:
        prev = GENESIS
        expected_seq = 1
        count = 0
        for row in self._db.query("SELECT * FROM audit ORDER BY rowid"):
            seq = row["seq"]
            digest = entry_hash(seq, row["at"], row["event"], row["case_code"], row["detail"], prev)
            if seq != expected_seq or row["prev_hash"] != prev or row["hash"] != digest:
                return ChainState(False, count, seq)
            prev = row["hash"]
            expected_seq += 1
            count += 1
        return ChainState(True, count)


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit view shows: an event, a case code, a date range (inclusive); None = any."""

    event: str | None = None
    case_code: str | None = None
    since: date | None = None
    until: date | None = None

    def matches(self, entry: AuditEntry) -> bool:
        day = entry.at.date()
        return ((self.since is None or day >= self.since) and (self.until is None or day <= self.until))


CSV_COLUMNS = ("seq", "at", "event", "case_code", "detail", "hash")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """Text as a spreadsheet shows it, never as a formula it runs (CSV injection)."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def audit_csv(vault: Vault, filters: AuditFilter | None = None) -> bytes:
    """The audit entries the view shows, oldest first, as UTF-8 CSV (with a BOM for spreadsheets)."""
    filters = filters or AuditFilter()
    entries = [e for e in vault.audit.entries(event=filters.event, case_code=filters.case_code) if filters.matches(e)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in sorted(entries, key=lambda entry: entry.seq):
        writer.writerow([e.seq, e.at.isoformat(timespec="seconds"), _cell(e.event), _cell(e.case_code),
                         _cell(e.detail), e.hash])
    return out.getvalue().encode("utf-8-sig")
