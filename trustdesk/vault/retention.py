"""Retention and destruction of closed cases (DESIGN §1.7: never silently, with a reminder).

- ``retention.years`` (vault setting, default 5): how long a closed case is kept.
- ``cases_past_retention(vault, today)``: closed cases due for destruction (the UI reminds).
- ``destroy_case(vault, case_id, typed_code)``: the trust person types the case code to confirm.
  Every row of the case goes (contacts and their revisions, referrals with their letters, tasks,
  full-text entries through the triggers, then an FTS ``optimize`` so no old index segment keeps
  a word), in one transaction with the audit entry "case TD-… destroyed on <date>".  Then the WAL
  is checkpointed (TRUNCATE) and the database VACUUMed (``secure_delete`` is on), so the freed
  pages are overwritten on disk, and the WAL is truncated again.  Older audit entries that named
  the case code stay as they are (codes are pseudonymous) and the chain still verifies.

What destruction cannot reach, and the UI must say: automatic backups made before the
destruction still hold the case until they rotate out; so do vaults kept aside by a restore
(``restore.kept_aside_copies``) and safety copies made before a schema migration
(``lingering_copies`` lists both).
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
from trustdesk.vault.events import Change

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

SETTING_YEARS = "retention.years"
MIN_YEARS = 1
MAX_YEARS = 30
FTS_TABLES = ("contacts_fts", "cases_fts")


class CodeMismatch(ValueError):
    """The typed confirmation is not the case's code: nothing was destroyed."""


@dataclass(frozen=True, slots=True)
class Destruction:
    code: str
    on: date
    contacts: int
    referrals: int
    tasks: int


def retention_years(vault: Vault) -> int:
    value = vault.settings.get(SETTING_YEARS, rules.DEFAULT_RETENTION_YEARS)
    if isinstance(value, int) and not isinstance(value, bool) and MIN_YEARS <= value <= MAX_YEARS:
        return value
    return rules.DEFAULT_RETENTION_YEARS


def set_retention_years(vault: Vault, years: int) -> None:
    if isinstance(years, bool) or not isinstance(years, int) or not MIN_YEARS <= years <= MAX_YEARS:
        raise ValueError(f"retention is between {MIN_YEARS} and {MAX_YEARS} years")
    vault.settings.set(SETTING_YEARS, years)


def destroy_on(case: Case, years: int) -> date | None:
    """The day a closed case becomes due for destruction; None while it is open."""
    if case.status is not CaseStatus.CLOSED or case.closed_on is None:
        return None
    return rules.retention_until(case.closed_on, years)


def cases_past_retention(vault: Vault, today: date) -> list[Case]:
    """Closed cases whose retention period has run out, oldest closure first."""
    years = retention_years(vault)
    due = [c for c in vault.cases.list(status=CaseStatus.CLOSED)
           if rules.past_retention(c.closed_on, today, years)]
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
        db.execute("DELETE FROM contact_revisions WHERE contact_id IN "
                   "(SELECT id FROM contacts WHERE case_id = ?)", (case_id,))
        db.execute("DELETE FROM contacts WHERE case_id = ?", (case_id,))
        db.execute("DELETE FROM referrals WHERE case_id = ?", (case_id,))
        db.execute("DELETE FROM tasks WHERE case_id = ?", (case_id,))
        db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        vault.audit.append(AuditEvent.DESTROYED, case_code=case.code,
                           detail=f"case {case.code} destroyed on {on.isoformat()}")
    scrub_freed_pages(vault)
    vault.feed.emit(Change("cases", (case_id,), case_id))
    return Destruction(case.code, on, contacts, referrals, tasks)


def scrub_freed_pages(vault: Vault) -> None:
    """After rows were deleted or texts erased: merge the full-text segments (deleted terms leave
    the index for good), checkpoint the WAL, VACUUM (``secure_delete`` is on) and truncate the WAL."""
    db = vault.db
    with db.transaction():
        for table in FTS_TABLES:
            db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    db.checkpoint()
    db.execute("VACUUM")
    db.checkpoint()


def lingering_copies(vault: Vault) -> list[Path]:
    """Files in the data dir that may still hold destroyed cases: kept-aside vaults, safety copies."""
    found = []
    for path in sorted(vault.data_dir.iterdir()):
        if (path.is_dir() and path.name.startswith("kept-aside-")) or path.name.startswith("vault.db.before-"):
            found.append(path)
    return found
