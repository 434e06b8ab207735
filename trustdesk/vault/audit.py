"""The audit log inside the vault: a SHA-256 hash chain over a canonical encoding.

Each entry's hash covers its sequence number, time, event, case code, detail and the previous
entry's hash, so editing, deleting or reordering any entry breaks the chain from there on.
Entries name case codes, never names.

Why the chain survives destruction, retention and migrations
-------------------------------------------------------------
Entries are never updated and never deleted, by anything: ``append`` is the only write.

- Destroying a case (``retention.destroy_case``) deletes the case's rows in the other tables and
  *appends* one line ("case TD-… destroyed on <date>").  Older entries that named the code stay
  as they are (codes are pseudonymous), so every hash still covers the same bytes.
- Retention only decides *when* a case is offered for destruction; it touches no audit row.
- Schema migrations never rewrite the ``audit`` table; a migration is itself *appended*
  (``vault_migrated``).  A future migration that must change this table has to copy rows
  verbatim (same seq, at, event, case_code, detail, prev_hash, hash).
- A restore installs the backup's chain unchanged and appends ``restore``.

``python -m trustdesk audit-verify`` (``trustdesk/cli/audit_verify.py``) checks the chain headless.
A pure hash chain cannot notice that its *newest* entries were cut off, so the head (last entry's
number and hash) is also anchored outside the table after every append (``audit_head.py``), in
every backup header and as a stamp in every exported PDF.

Accounting of disclosures: ``disclosures(vault)`` reads every export, print and handover from
the log (recipient, redaction level, the consent it relied on).  Document details follow a
small convention so that this works: ``disclosure_detail(kind, referral_id=, redaction=,
recipient=)`` → ``"case_summary redaction=pseudonymised referral=12"``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from trustdesk.domain.models import AuditEntry
from trustdesk.pace import checkpoint
from trustdesk.vault.audit_head import AuditHead, HeadAnchor, last_entry, set_floor
from trustdesk.vault.columns import dt2s, now
from trustdesk.vault.repository import Repository

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

GENESIS = "0" * 64


class AuditEvent:
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    UNLOCK_RECOVERY = "unlock_recovery"
    LOCK = "lock"  # detail: why (LOCK_REASONS); written by Vault.lock before the key is dropped
    PASSPHRASE_CHANGED = "passphrase_changed"
    RECOVERY_CODE_CHANGED = "recovery_code_changed"
    REKEYED = "vault_rekeyed"
    KEY_HEADER_CHANGED = "key_header_changed"
    AUDIT_GAP = "audit_gap"  # the log ended before its head record: entries (and changes) were lost  # keyslots.json differs from the last recorded key change
    CREATED = "vault_created"
    MIGRATED = "vault_migrated"
    EXPORT = "export"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    PACK_IMPORT = "pack_import"
    DESTROYED = "case_destroyed"


LOCK_REASONS = ("manual", "idle", "quit", "suspend", "reauth", "restore", "switch")


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
    checkpoint()  # a worker reads thousands: a unit of work each (trustdesk/trustdesk/pace.py)
    return AuditEntry(seq=row["seq"], at=datetime.fromisoformat(row["at"]), event=row["event"],
                      case_code=row["case_code"], detail=row["detail"], prev_hash=row["prev_hash"],
                      hash=row["hash"])


class AuditLog(Repository):
    table = "audit"
    anchor: HeadAnchor | None = None  # set by the Vault: writes audit-head.json after each commit

    def head(self) -> AuditHead | None:
        """The last entry (number, hash, time): what exported documents carry as their stamp."""
        return last_entry(self._db)

    def append(self, event: str, case_code: str = "", detail: str = "") -> AuditEntry:
        with self._db.transaction():
            last = self._db.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            if self.anchor is not None and not self._db.has_after_commit("audit-head"):
                set_floor(self._db, last["seq"] if last else 0)  # once per commit: what the head names now
            if self.anchor is not None:
                self._db.after_commit("audit-head", self.anchor.write)
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


# -- accounting of disclosures ----------------------------------------------------------------

DISCLOSURE_EVENTS = (AuditEvent.EXPORT, AuditEvent.PRINT, "handover_sent")
REDACTION_LEVELS = ("full", "pseudonymised", "minimal")
_TOKEN = re.compile(r"\b(referral|redaction|recipient)=(\S+)")
_REFERRAL_WORD = re.compile(r"\breferral[ #]+(\d+)\b")
_LEVEL_WORD = re.compile(r"\b(" + "|".join(REDACTION_LEVELS) + r")\b")


def disclosure_detail(kind: str, *, referral_id: int | None = None, redaction: str = "", recipient: str = "") -> str:
    """The audit detail of a document that leaves the vault, in the form ``disclosures`` reads."""
    parts = [kind]
    if redaction:
        parts.append(f"redaction={redaction}")
    if referral_id is not None:
        parts.append(f"referral={int(referral_id)}")
    if recipient:
        parts.append("recipient=" + re.sub(r"\s+", "_", recipient.strip()))
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One thing that left the vault: when, how (export/print/handover), what, for whom."""

    seq: int
    at: datetime
    event: str
    kind: str  # case_summary, referral_letter, access_export, handover, audit_csv, …
    case_code: str
    recipient: str = ""  # the referral's provider, a named recipient, or "" when not recorded
    referral_id: int | None = None
    redaction: str = ""  # full / pseudonymised / minimal / "" when not recorded
    consent_given: bool | None = None  # the referral's recorded consent; None when no referral
    consent_date: date | None = None
    consent_scope: str = ""
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": dt2s(self.at), "event": self.event, "kind": self.kind,
                "case_code": self.case_code, "recipient": self.recipient, "referral_id": self.referral_id,
                "redaction": self.redaction, "consent_given": self.consent_given,
                "consent_date": self.consent_date.isoformat() if self.consent_date else None,
                "consent_scope": self.consent_scope, "detail": self.detail}


def _kind(event: str, detail: str) -> str:
    if event == "handover_sent":
        return "handover"
    if detail.startswith("access export"):
        return "access_export"
    first = detail.split(" ", 1)[0] if detail else ""
    return first if first and "=" not in first else event


def _disclosure(vault: Vault, entry: AuditEntry) -> Disclosure:
    detail = entry.detail
    tokens = dict(_TOKEN.findall(detail))
    redaction = tokens.get("redaction", "")
    if not redaction:
        level = _LEVEL_WORD.search(detail)
        redaction = level.group(1) if level else ""
    referral_text = tokens.get("referral") or (m.group(1) if (m := _REFERRAL_WORD.search(detail)) else "")
    referral_id = int(referral_text) if referral_text.isdigit() else None
    recipient = tokens.get("recipient", "").replace("_", " ")
    consent: tuple[bool | None, date | None, str] = (None, None, "")
    if referral_id is not None:
        referral = vault.referrals.get(referral_id)
        if referral is not None:
            recipient = recipient or referral.provider_name
            consent = (referral.consent_given, referral.consent_date, referral.consent_scope)
    kind = _kind(entry.event, detail)
    if kind == "access_export" and not recipient:
        recipient = "the doctor (right of access)"
    return Disclosure(entry.seq, entry.at, entry.event, kind, entry.case_code, recipient, referral_id,
                      redaction, *consent, detail=detail)


def disclosures(vault: Vault, case_code: str | None = None) -> list[Disclosure]:
    """Every export, print and handover, oldest first (one case's when ``case_code`` is given)."""
    found: list[Disclosure] = []
    for event in DISCLOSURE_EVENTS:
        for entry in vault.audit.entries(event=event):
            if case_code is None or case_code in [c.strip() for c in entry.case_code.split(",")]:
                found.append(_disclosure(vault, entry))
    return sorted(found, key=lambda d: d.seq)


DISCLOSURE_CSV_COLUMNS = ("seq", "at", "event", "kind", "case_code", "recipient", "redaction", "consent_given",
                          "consent_date", "consent_scope")


def disclosures_csv(vault: Vault) -> bytes:
    """The accounting of disclosures as UTF-8 CSV (BOM for spreadsheets), formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(DISCLOSURE_CSV_COLUMNS)
    for d in disclosures(vault):
        consent = "" if d.consent_given is None else ("yes" if d.consent_given else "no")
        writer.writerow([d.seq, d.at.isoformat(timespec="seconds"), _cell(d.event), _cell(d.kind),
                         _cell(d.case_code), _cell(d.recipient), _cell(d.redaction), consent,
                         d.consent_date.isoformat() if d.consent_date else "", _cell(d.consent_scope)])
    return out.getvalue().encode("utf-8-sig")
