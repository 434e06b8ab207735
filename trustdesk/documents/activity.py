"""The anonymous activity report for the knowledge centre, as a plain data object.

The UI shows exactly this object, and the PDF (``activity_pdf``) and the CSV are rendered from it,
so what the trust person reviews is what is saved.  Small numbers never enter the object: every
count from 1 to ``SUPPRESS_BELOW - 1`` is stored as ``None`` and shown as the neutral ``HIDDEN_MARK``, like a larger count hidden so that a
small one cannot be worked out (a "<5" there would be false); a zero is shown as 0.

What is counted, for a period of whole months:

- cases *opened* in the period: in total, per month, per knowledge domain (a case may have several),
  per initiator and per status *at the end of the period*, by the figures files' own rule
  (``domain.outcomes.standing_at``: a case counts as closed in the period of its last closing);
- referrals *proposed* in the period (their first recorded step), per kind of provider.

Intakes returned to the coordinator (conflict of interest, ``domain.rules.returned_intake``) are not
counted anywhere: they were never this trust person's cases (the figures files leave them out too).

No case codes, names, or dates finer than a month appear.  Month, initiator and status split the
total, so their hidden cells could be worked out from it: complementary suppression
(``trustdesk.domain.suppression``) hides more cells until no hidden cell can be.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from trustdesk.documents.figures_csv import figures_csv
from trustdesk.documents.labels import Labels
from trustdesk.domain.enums import CaseStatus, Initiator, KnowledgeDomain, ProviderKind
from trustdesk.domain.models import Case, Referral
from trustdesk.domain.outcomes import standing_at
from trustdesk.domain.rules import returned_intake
from trustdesk.domain.suppression import HIDDEN_MARK, HIDDEN_WORD, shown_alone, suppress_partition
from trustdesk.vault import Vault

SUPPRESSED = HIDDEN_MARK
UNKNOWN_KIND = "unknown"
TABLES = ("month", "domain", "initiator", "status", "referral_kind")
_PARTITIONS = frozenset({"month", "initiator", "status"})


@dataclass(frozen=True, slots=True)
class ActivityRow:
    key: str  # "YYYY-MM", an enum value, or "unknown"
    count: int | None  # None: suppressed (below SUPPRESS_BELOW, or complementary)

    @property
    def display(self) -> str:
        return SUPPRESSED if self.count is None else str(self.count)


@dataclass(frozen=True, slots=True)
class ActivityTable:
    name: str  # one of TABLES
    rows: tuple[ActivityRow, ...]


@dataclass(frozen=True, slots=True)
class ActivityReport:
    start_month: str  # "YYYY-MM"
    end_month: str
    total: ActivityRow  # key "cases"
    tables: tuple[ActivityTable, ...]

    def table(self, name: str) -> ActivityTable:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)


def suppressed_rows(counts: Iterable[tuple[str, int]], *, partition_of_shown_total: bool = False
                    ) -> tuple[ActivityRow, ...]:
    """Rows with 1-4 suppressed (a true zero is shown as 0); for a table that adds up to a total that
    is shown, complementary suppression too, until no hidden cell can be worked out from the total
    and the shown cells (``suppression.suppress_partition``; the whole table when nothing else works)."""
    raw = list(counts)
    values = [n for _, n in raw]
    shown = suppress_partition(values, sum(values)) if partition_of_shown_total else [shown_alone(n) for n in values]
    return tuple(ActivityRow(key, value) for (key, _), value in zip(raw, shown, strict=True))


def _months(start: date, end: date) -> list[tuple[int, int]]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def activity_report(vault: Vault, start: date, end: date) -> ActivityReport:
    """Counts for the whole months from ``start``'s month up to and including ``end``'s month."""
    return report_of(vault.cases.list(), vault.referrals.list(), start, end, vault.cases.status_history())


def last_day(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def report_of(all_cases: Iterable[Case], referrals: Iterable[Referral], start: date, end: date,
              history: Mapping[int, Sequence[tuple[date, CaseStatus]]]) -> ActivityReport:
    """The report from plain records (``activity_report`` reads them from the vault).  ``history``:
    per case id its status changes in order (``CaseRepository.status_history``)."""
    if (end.year, end.month) < (start.year, start.month):
        raise ValueError("the period ends before it starts")
    months = _months(start, end)
    keys = {_month_key(y, m) for y, m in months}
    period_end = last_day(*months[-1])

    def in_period(day: date) -> bool:
        return _month_key(day.year, day.month) in keys

    cases = [c for c in all_cases if in_period(c.opened_on) and not returned_intake(c)]
    per_month = Counter(_month_key(c.opened_on.year, c.opened_on.month) for c in cases)
    per_domain = Counter(d for c in cases for d in c.domains)
    per_initiator = Counter(c.initiator for c in cases)
    per_status = Counter(standing_at(c, history.get(c.id or 0, ()), period_end).status for c in cases)
    per_kind: Counter[str] = Counter()
    for referral in referrals:
        if not referral.status_dates:
            continue
        proposed = date.fromisoformat(min(referral.status_dates.values()))
        if in_period(proposed):
            per_kind[referral.provider_kind.value if referral.provider_kind else UNKNOWN_KIND] += 1

    total = ActivityRow("cases", shown_alone(len(cases)))
    partition = total.count is not None
    tables = (
        ActivityTable("month", suppressed_rows(((_month_key(y, m), per_month[_month_key(y, m)]) for y, m in months),
                                               partition_of_shown_total=partition)),
        ActivityTable("domain", suppressed_rows((d.value, per_domain[d]) for d in KnowledgeDomain)),
        ActivityTable("initiator", suppressed_rows(((i.value, per_initiator[i]) for i in Initiator),
                                                   partition_of_shown_total=partition)),
        ActivityTable("status", suppressed_rows(((s.value, per_status[s]) for s in CaseStatus),
                                                partition_of_shown_total=partition)),
        ActivityTable("referral_kind", suppressed_rows(
            [(k.value, per_kind[k.value]) for k in ProviderKind] + [(UNKNOWN_KIND, per_kind[UNKNOWN_KIND])])),
    )
    return ActivityReport(_month_key(*months[0]), _month_key(*months[-1]), total, tables)


def table_title(words: Labels, table: str) -> str:
    """The heading of a table in the document language (for the UI's review and the PDF)."""
    return words(f"activity.table.{table}")


def row_label(words: Labels, table: str, key: str) -> str:
    """A row's label in the document language: a month name, or the enum value's words."""
    if table == "month":
        year, month = key.split("-")
        return words.month(int(year), int(month))
    if table == "referral_kind":
        return words("provider_kind.unknown") if key == UNKNOWN_KIND else words.enum(ProviderKind(key))
    enum: type[StrEnum] = {"domain": KnowledgeDomain, "initiator": Initiator, "status": CaseStatus}[table]
    return words.enum(enum(key))


def activity_report_csv(report: ActivityReport) -> bytes:
    """One row per cell, in the one scheme of every figures CSV (``figures_csv.COLUMNS``: period_start,
    period_end, table, key, count; ``HIDDEN_WORD`` when hidden, the screen and the PDF show ``HIDDEN_MARK``)."""
    def cell(row: ActivityRow) -> str:
        return HIDDEN_WORD if row.count is None else str(row.count)

    period = (report.start_month, report.end_month)
    rows = [(*period, "total", report.total.key, cell(report.total))]
    rows += [(*period, table.name, row.key, cell(row)) for table in report.tables for row in table.rows]
    return figures_csv(rows)
