"""What the case feature reads from and writes to the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from trustdesk.domain import rules
from trustdesk.domain.enums import (
    HANDED_OVER_REASONS,
    CareDomain,
    CaseStatus,
    CloseReason,
    Language,
    RiskLevel,
)
from trustdesk.domain.knowledge import KnowledgeCard
from trustdesk.domain.models import Case, Contact, Task

if TYPE_CHECKING:
    from pathlib import Path

    from trustdesk.domain.conflicts import Overlap
    from trustdesk.vault import Vault
    from trustdesk.vault.cases import CaseListRow, ClosedCase


@dataclass(frozen=True, slots=True)
class CaseHeader:
    case: Case
    risk: RiskLevel  # the latest assessed risk (NOT_ASSESSED: none yet)
    retention_years: int  # the vault's one retention rule (trustdesk.vault.retention)
    kept_until: date | None  # closed cases: the day they become due for destruction
    due: bool  # past that day: the header offers Destroy…, Today lists it
    statuses: tuple[tuple[date, CaseStatus], ...] = ()  # the case's status history, oldest first
    handed_over: bool = False  # went to a successor: read-only here (the vault refuses every write)
    successor: str = ""  # who took it over ("" when not recorded)
    item9_on: date | None = None  # a positive PHQ-9 item 9 still needing attention (rules.item9_needs_attention)


def load_header(vault: Vault, case_id: int, today: date | None = None) -> CaseHeader | None:
    from trustdesk.vault.retention import destroy_on, is_due, retention_years

    case = vault.cases.get(case_id)
    if case is None:
        return None
    # one indexed row each: the notes themselves (megabytes, perhaps) are the Contacts tab's to read
    risk = vault.contacts.current_risk(case_id)
    years = retention_years(vault)
    statuses = tuple(vault.cases.status_history(case_id).get(case_id, ()))
    handed_over = is_handed_over(case)
    successor = ""
    if case.close_reason is CloseReason.HANDED_OVER:
        from trustdesk.vault.handover_sender import successor_of

        successor = successor_of(vault, case.code)
    item9_on = None
    if case.status is not CaseStatus.CLOSED:  # the Attention column's rule, for this case alone
        seen = vault.cases.overview(case_id=case_id)
        if seen and rules.item9_needs_attention(seen[0].item9_positive_on, seen[0].plan_satisfied,
                                                seen[0].plan_complete_on):
            item9_on = seen[0].item9_positive_on
    return CaseHeader(case, risk, years, destroy_on(case, years), is_due(case, years, today or date.today()),
                      statuses, handed_over, successor, item9_on)


def is_handed_over(case: Case) -> bool:
    """Closed as handed over (to a successor, or after referral): read-only at this vault
    (``domain.enums.HANDED_OVER_REASONS``, ``vault.repository``)."""
    return case.status is CaseStatus.CLOSED and case.close_reason in HANDED_OVER_REASONS


def read_affiliations(vault: Vault) -> list[str]:
    from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

    return [str(v) for v in vault.settings.value(CONFLICT_AFFILIATIONS) if str(v).strip()]


INTAKE_FIELDS = ("opened_on", "initiator", "coordinator_ref", "language", "region", "profession",
                 "specialty", "domains", "consent_to_contact", "alias", "doctor_name", "doctor_phone",
                 "doctor_email", "workplace", "details")


def merge_intake(current: Case, edited: Case) -> Case:
    """``current`` (as stored now) with the intake fields of ``edited``; status and closing stay."""
    return replace(current, **{name: getattr(edited, name) for name in INTAKE_FIELDS})


def store_intake(vault: Vault, case_id: int, edited: Case) -> Case:
    """Write the intake fields of ``edited`` onto the case as stored now (the Details tab's save)."""
    current = vault.cases.get(case_id)
    if current is None:
        raise KeyError(case_id)
    return vault.cases.update(merge_intake(current, edited))


@dataclass(frozen=True, slots=True)
class Remnants:
    """Where copies of the case may still live after destruction."""

    backup_folder: Path | None
    keep: int
    automatic_backups: int
    lingering: tuple[Path, ...]  # copies of another vault: this key cannot reach them
    reached: tuple[Path, ...] = ()  # copies of this vault: erased as well


def read_remnants(vault: Vault) -> Remnants:
    from trustdesk.vault.backup import BackupService
    from trustdesk.vault.retention import copies_in_data_dir

    service = BackupService(vault)
    folder = service.folder()
    count = len(service.backups(folder)) if folder is not None else 0
    reached, other = copies_in_data_dir(vault)
    return Remnants(folder, service.keep(), count, tuple(other), tuple(reached))


def write_contact(vault: Vault, contact: Contact | None) -> Contact | None:
    """On the autosave writer thread: add the note the first time, update it afterwards."""
    if contact is None:
        return None
    if contact.id is None:
        return vault.contacts.add(contact)
    stored = vault.contacts.get(contact.id)
    if stored is not None and replace(contact, created_at=stored.created_at, updated_at=stored.updated_at) == stored:
        return stored  # typed and undone before the save: nothing to write, no new version, no new "Saved at"
    return vault.contacts.update(contact)


BACKUP_NAG_DAYS = 7  # Today says so while the last good backup is older than this (or none)
# Today lists every open task due up to this many days ahead ("Coming days"): a 48-hour call-back is on
# screen the day it is planned, not only the day it falls due.  Later ones are counted in its status line.
UPCOMING_DAYS = 7


@dataclass(frozen=True)
class Attention:
    row: CaseListRow  # the case as the cases list reads it (code, alias, risk, last contact; no whole case)
    reasons: tuple[rules.AttentionReason, ...]  # most urgent first

    @property
    def reason(self) -> rules.AttentionReason:
        return self.reasons[0]


@dataclass(frozen=True)
class TodayData:
    day: date
    tasks: list[tuple[Task, str, str]] = field(default_factory=list)  # (task, case code or "", its alias)
    attention: list[Attention] = field(default_factory=list)
    backup_failed_at: datetime | None = None
    backup_error: str = ""
    past_retention: list[ClosedCase] = field(default_factory=list)  # closed cases due for destruction
    backup_stale: bool = False  # no verified backup in BACKUP_NAG_DAYS days (or never)
    last_backup: datetime | None = None
    backup_folder: bool = False  # a folder for automatic backups is chosen
    upcoming: list[tuple[Task, str, str]] = field(default_factory=list)  # due in the next UPCOMING_DAYS days
    later: int = 0  # open tasks due after that: listed nowhere on Today (undated ones are listed)

    @property
    def count(self) -> int:
        return (len(self.tasks) + len(self.upcoming) + len(self.attention) + (self.backup_failed_at is not None)
                + len(self.past_retention))


def read_today(vault: Vault, day: date) -> TodayData:
    """What Today shows, in a fixed number of light queries whatever the vault's size: the open cases
    as the cases list reads them (no whole case decoded: 5,000 cases), the labels of the closed
    cases that tasks name in one query, the cases past retention by id, code and closing day."""
    from trustdesk.vault.backup import BackupService

    rows = vault.cases.list_rows(include_closed=False)
    horizon = day + timedelta(days=UPCOMING_DAYS)
    dated = vault.tasks.open_due_by(horizon)
    due = [t for t in dated if t.due_on is not None and t.due_on <= day]
    undated = vault.tasks.open_undated()
    codes: dict[int, tuple[str, str]] = {r.case_id: (r.code, r.alias) for r in rows}
    codes.update(vault.cases.labels(t.case_id for t in (*dated, *undated)  # follow-ups on closed cases
                                    if t.case_id is not None and t.case_id not in codes))

    def code_of(case_id: int | None) -> tuple[str, str]:
        return codes.get(case_id, ("", "")) if case_id is not None else ("", "")

    tasks = [(t, *code_of(t.case_id)) for t in due + undated]
    upcoming = [(t, *code_of(t.case_id)) for t in dated if t.due_on is not None and t.due_on > day]
    from trustdesk.vault.settings import TODAY_HIGH_RISK_DAYS

    days = vault.settings.value(TODAY_HIGH_RISK_DAYS)
    # An overdue task alone is already a line of its own above: the case is not listed twice.
    attention = [Attention(r, reasons) for r in rows
                 if (reasons := rules.attention_reasons(r.activity, day, high_risk_days=days))
                 and reasons != (rules.AttentionReason.OVERDUE_TASK,)]
    order = list(rules.AttentionReason)
    attention.sort(key=lambda a: (order.index(a.reason), a.row.last_contact or a.row.opened_on))
    from trustdesk.vault.retention import cases_past_retention

    past = cases_past_retention(vault, day)
    service = BackupService(vault)
    last_ok = service.last_success()
    stale = last_ok is None or (day - last_ok.date()).days >= BACKUP_NAG_DAYS
    last = service.last_result()
    failed = last is not None and not last.ok
    return TodayData(day, tasks, attention, last.at if failed and last else None,
                     last.error if failed and last else "", past_retention=past, backup_stale=stale,
                     last_backup=last_ok, backup_folder=service.folder() is not None, upcoming=upcoming,
                     later=vault.tasks.count_open_beyond(horizon))


@dataclass(frozen=True, slots=True)
class CaseKnowledge:
    """The knowledge cards for a case's domains (its risk included: high risk adds suicide prevention)
    and the general ones, every language they exist in; the tab picks the interface's language."""

    domains: tuple[CareDomain, ...]
    cards: tuple[KnowledgeCard, ...]
    language: Language | None = None  # the case's (the doctor's) language: its cards come first


def load_knowledge(vault: Vault, case_id: int) -> CaseKnowledge:
    from trustdesk.domain.knowledge import wanted_domains
    from trustdesk.packs.installation import knowledge_cards

    case = vault.cases.get(case_id)
    if case is None:
        return CaseKnowledge((), ())
    risk = rules.current_risk((c.risk for c in vault.contacts.for_case(case_id)), case.carried_risk)
    wanted = wanted_domains(case, risk)
    cards = tuple(c for c in knowledge_cards(vault) if c.domains & wanted or not c.domains)
    return CaseKnowledge(tuple(d for d in CareDomain if d in wanted), cards, case.language)


def open_conflicts(vault: Vault) -> list[tuple[str, list[Overlap]]]:
    """Every open case without a conflict-of-interest decision whose workplace is one of the trust
    person's affiliations (re-checked whenever the affiliations change): (case code, the overlaps)."""
    from trustdesk.domain.conflicts import overlaps
    from trustdesk.domain.enums import ConflictDecision

    affiliations = read_affiliations(vault)
    if not affiliations:
        return []
    found = []
    for case in vault.cases.list(include_closed=False):
        if case.conflict_decision is ConflictDecision.NONE and case.workplace.strip():
            pairs = overlaps(affiliations, [case.workplace])
            if pairs:
                found.append((case.code, pairs))
    return sorted(found)
