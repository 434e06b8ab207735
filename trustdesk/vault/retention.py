"""Retention and destruction of closed cases (never silently, with a reminder).

- ``retention.years`` (vault setting, default 5, 1 to 30): how long a closed case is kept.  This
  module is the one place that reads it: the case header's "kept until" date, its Destroy button,
  Today's reminder and the destruction list all ask ``retention_years`` / ``destroy_on`` /
  ``is_due`` here, so a stored value outside the limits falls back to the default everywhere.
- ``cases_past_retention(vault, today)``: closed cases due for destruction (the UI reminds).
- ``destroy_case(vault, case_id, typed_code)``: the trust person types the case code to confirm.
  Every row of the case goes (contacts and their revisions, referrals with their letters, tasks,
  full-text entries through the triggers, then an FTS ``optimize`` so no old index segment keeps
  a word), in one transaction with the audit entry "case TD-… destroyed on <date>".  Then the WAL
  is checkpointed (TRUNCATE) and the database VACUUMed (``secure_delete`` is on), so the freed
  pages are overwritten on disk, and the WAL is truncated again.  Older audit entries that named
  the case code stay as they are (codes are pseudonymous) and the chain still verifies.

Destruction also reaches the copies in the data folder that hold the same vault under the same data
key: vaults kept aside by a restore of this vault (``restore.kept_aside_copies``) and safety copies
made before a schema migration.  The case is erased there too, the same way (``Destruction.reached``).
What it cannot reach, and the UI must say: automatic backups made before the destruction (they hold
the case until they rotate out), and a kept-aside copy of ANOTHER vault (e.g. a throw-away vault
created before a restore), which this key does not open (``Destruction.unreached``; the unlock offers
to remove kept-aside copies).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from trustdesk.domain import rules
from trustdesk.domain.enums import CaseStatus
from trustdesk.domain.models import Case
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.db import Database
from trustdesk.vault.events import Change, Table
from trustdesk.vault.settings import RETENTION_YEARS

if TYPE_CHECKING:
    from trustdesk.vault.cases import ClosedCase
    from trustdesk.vault.vault import Vault

SETTING_YEARS = RETENTION_YEARS.key
MIN_YEARS, MAX_YEARS = RETENTION_YEARS.limits
FTS_TABLES = ("contacts_fts", "cases_fts", "tasks_fts", "plans_fts")


class CodeMismatch(ValueError):
    """The typed confirmation is not the case's code: nothing was destroyed."""


@dataclass(frozen=True, slots=True)
class Destruction:
    code: str
    on: date
    contacts: int
    referrals: int
    tasks: int
    reached: tuple[Path, ...] = ()  # copies in the data folder the case was erased from as well
    unreached: tuple[Path, ...] = ()  # copies this key cannot open (another vault's)


def retention_years(vault: Vault) -> int:
    """The one retention rule: the declared setting, its default when missing or out of limits."""
    return vault.settings.value(RETENTION_YEARS)


def set_retention_years(vault: Vault, years: int) -> None:
    vault.settings.set_value(RETENTION_YEARS, years)  # ValueError outside MIN_YEARS..MAX_YEARS


def destroy_on(case: Case, years: int) -> date | None:
    """The day a closed case becomes due for destruction; None while it is open."""
    if case.status is not CaseStatus.CLOSED or case.closed_on is None:
        return None
    return rules.retention_until(case.closed_on, years)


def is_due(case: Case, years: int, today: date) -> bool:
    """Whether a closed case's retention period has run out on ``today`` (never while open)."""
    until = destroy_on(case, years)
    return until is not None and today >= until


def cases_past_retention(vault: Vault, today: date) -> list[ClosedCase]:
    """Closed cases whose retention period has run out, oldest closure first: their id, code and
    closing day (Today lists thousands of them in a ten-year vault; no whole case is read)."""
    years = retention_years(vault)
    # Only a case closed before the first of January ``years - 1`` years ago can be due: the others are not read.
    cutoff = date(today.year - years + 1, 1, 1) if today.year - years + 1 >= 1 else None
    due = [c for c in vault.cases.closed_before(cutoff) if rules.past_retention(c.closed_on, today, years)]
    return sorted(due, key=lambda c: (c.closed_on or today, c.code))


def cases_nearing_retention(vault: Vault, today: date, within_days: int = 30) -> list[Case]:
    """Closed cases that become due within ``within_days`` (for the reminder ahead of time)."""
    years = retention_years(vault)
    result = []
    for case in vault.cases.list(status=CaseStatus.CLOSED):
        until = destroy_on(case, years)
        if until is not None and 0 < (until - today).days <= within_days:
            result.append(case)
    return sorted(result, key=lambda c: (c.closed_on or today, c.code))


def destroy_case(vault: Vault, case_id: int, typed_code: str, *, today: date | None = None) -> Destruction:
    """Remove every trace of one case from the vault; ``typed_code`` must be the case's code."""
    case = vault.cases.get(case_id)
    if case is None:
        raise KeyError(case_id)
    if typed_code.strip().upper() != case.code.upper():
        raise CodeMismatch("the typed code is not this case's code")
    on = today or date.today()
    db = vault.db
    with db.transaction():
        contacts = int(db.scalar("SELECT count(*) FROM contacts WHERE case_id = ?", (case_id,)))
        referrals = int(db.scalar("SELECT count(*) FROM referrals WHERE case_id = ?", (case_id,)))
        tasks = int(db.scalar("SELECT count(*) FROM tasks WHERE case_id = ?", (case_id,)))
        _erase_case(db, case_id)
        vault.audit.append(AuditEvent.DESTROYED, case_code=case.code,
                           detail=f"case {case.code} destroyed on {on.isoformat()}")
    scrub_freed_pages(vault)
    vault.feed.emit(Change(Table.CASES, (case_id,), case_id))
    reached, unreached = _erase_from_copies(vault, case.code)
    return Destruction(case.code, on, contacts, referrals, tasks, reached, unreached)


def _erase_case(db: Database, case_id: int) -> None:
    db.execute("DELETE FROM contact_revisions WHERE contact_id IN "
               "(SELECT id FROM contacts WHERE case_id = ?)", (case_id,))
    db.execute("DELETE FROM contacts WHERE case_id = ?", (case_id,))
    db.execute("DELETE FROM referrals WHERE case_id = ?", (case_id,))
    db.execute("DELETE FROM tasks WHERE case_id = ?", (case_id,))
    db.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # safety plans and scores: ON DELETE CASCADE


def _scrub(db: Database) -> None:
    with db.transaction():
        for table in FTS_TABLES:  # merge segments: deleted terms leave the index for good
            db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    db.checkpoint()
    db.execute("VACUUM")
    db.checkpoint()


def _copies(vault: Vault) -> list[tuple[Path, Path]]:
    """(what to report, the database file) of every copy of a vault in the data folder."""
    from trustdesk.vault.restore import kept_aside_copies, kept_aside_vault_id

    found: list[tuple[Path, Path]] = []
    for folder in kept_aside_copies(vault.data_dir):
        found.append((folder, folder / "vault.db" if kept_aside_vault_id(folder) == vault.vault_id else Path()))
    for path in sorted(vault.data_dir.glob("vault.db.before-*")):
        if path.is_file() and not path.name.endswith(("-wal", "-shm")):
            found.append((path, path))  # a safety copy before a migration: this vault, this key
    return found


def copies_in_data_dir(vault: Vault) -> tuple[list[Path], list[Path]]:
    """(copies a destruction erases the case from as well, copies of another vault it cannot reach)."""
    reachable: list[Path] = []
    other: list[Path] = []
    for shown, db_path in _copies(vault):
        (reachable if db_path != Path() else other).append(shown)
    return reachable, other


def _erase_from_copies(vault: Vault, code: str) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """Erase the case (by its code) from every copy this key opens; the others are reported."""
    from trustdesk.vault.errors import VaultError

    reached: list[Path] = []
    unreached: list[Path] = []
    for shown, db_path in _copies(vault):
        if db_path == Path() or not db_path.is_file():
            unreached.append(shown)
            continue
        try:
            copy = Database.open(db_path, vault._require_key())  # noqa: SLF001 - the same data key
            try:
                row = copy.query_one("SELECT id FROM cases WHERE code = ?", (code,))
                if row is not None:
                    with copy.transaction():
                        _erase_case(copy, int(row[0]))
                    _scrub(copy)
            finally:
                copy.close()
        except VaultError:
            unreached.append(shown)
            continue
        reached.append(shown)
    return tuple(reached), tuple(unreached)


def scrub_freed_pages(vault: Vault) -> None:
    """After rows were deleted or texts erased: merge the full-text segments (deleted terms leave
    the index for good), checkpoint the WAL, VACUUM (``secure_delete`` is on) and truncate the WAL."""
    _scrub(vault.db)


def lingering_copies(vault: Vault) -> list[Path]:
    """Files in the data dir that may still hold destroyed cases: kept-aside vaults, safety copies."""
    found = []
    for path in sorted(vault.data_dir.iterdir()):
        if (path.is_dir() and path.name.startswith("kept-aside-")) or path.name.startswith("vault.db.before-"):
            found.append(path)
    return found
