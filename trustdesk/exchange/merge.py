"""The coordinator merges the trust persons' figures files into national releases.

``merge_figures`` reads every file with the coordinator's identity against the trust persons' cards
the coordinator holds: a file sealed to another key, tampered, truncated, signed by an unknown card
or malformed is *refused* (and listed with its reason).  Of the accepted files, per trust person and
quarter the newest one (by the signed creation time) is merged; older ones are listed as superseded.
Per quarter the exact cells are summed (leaving out returned intakes that a file of an earlier
TrustDesk still counted) and ``publication.release_of`` re-applies suppression.

A quarter already released (in ``released``, the ledger the caller keeps) is never released again
with other numbers: its frozen release is reused, and the summary says that late or corrected files
were left out of it.  The one exception: a quarter released as *withheld* (fewer than 5 new cases,
no number shown, not even how many trust persons) may be published once, later, from files that
make it 5 or more -- and only from the files of every trust person counted while it was withheld,
and more (``may_replace``: a superset of its ``sources``).  Merged again while still withheld, the
ledger's withheld release remembers every trust person counted so far (the union).  So a quarter
shows numbers in one release only, and that release never describes a part of what was counted
before: no two releases of a quarter can be subtracted (SECURITY.md, "Figures").

A file made after the desk's clock (beyond ``clock.CLOCK_SKEW``: a wrong clock) is refused
(``Refusal.FROM_THE_FUTURE``, the rule of intakes too): as the newest file of its sender and quarter
it would otherwise beat every correct file sent later.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from trustdesk.exchange.clock import from_the_future
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.figures import Cell, FiguresFile, read_figures
from trustdesk.exchange.keys import ContactCard, Identity, person_label
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import RETURNED, Release, release_of


class FileStatus(StrEnum):
    MERGED = "merged"
    SUPERSEDED = "superseded"  # a newer file of the same trust person and quarter was merged
    DUPLICATE = "duplicate"  # the very same file twice
    REFUSED = "refused"


@dataclass(frozen=True)
class FileOutcome:
    name: str
    status: FileStatus
    quarter: str = ""
    sender: str = ""  # the card's name with its short fingerprint (keys.person_label): two may share a name
    sender_fingerprint: str = ""
    cases: int = 0
    created: str = ""
    reason: Refusal | None = None
    detail: str = ""
    found: str | None = None  # NOT_THIS_KIND: the kind of TrustDesk file it is instead (file_kinds.FileKind)


@dataclass(frozen=True)
class QuarterNote:
    quarter: str
    frozen: bool  # released before: the earlier release is kept
    changed: bool  # ... and the files merged now would give other numbers
    published_now: bool = False  # released before as withheld; published now (no longer frozen)
    total: int | None = None  # the published total when published_now
    missing: int = 0  # withheld before: trust persons counted then whose files are not merged now


@dataclass
class MergeResult:
    files: list[FileOutcome] = field(default_factory=list)
    cells: dict[Quarter, dict[Cell, int]] = field(default_factory=dict)  # exact, for the coordinator only
    releases: list[Release] = field(default_factory=list)
    notes: list[QuarterNote] = field(default_factory=list)

    def count(self, status: FileStatus) -> int:
        return sum(1 for f in self.files if f.status is status)


def may_replace(kept: Release, fresh: Release) -> bool:
    """A released quarter may be released again only from withheld (nothing shown) to published, and
    only from the files of every trust person the withheld release counted (and more)."""
    return kept.total is None and fresh.total is not None and fresh.sources >= kept.sources


def still_withheld(kept: Release, fresh: Release) -> Release:
    """A withheld quarter merged again and not published: withheld still, remembering every trust
    person counted so far (a later publication must include them all)."""
    return Release(kept.quarter, None, kept.tables, None, kept.sources | fresh.sources)


def merge_figures(files: Iterable[tuple[str, bytes]], coordinator: Identity, cards: Mapping[str, ContactCard],
                  *, released: Mapping[Quarter, Release] | None = None, today: date | None = None) -> MergeResult:
    """``files``: (display name, bytes); ``cards``: trust persons' key id -> card; ``today``: the
    desk's date (files made after it, beyond the clock skew, are refused: ``clock.py``)."""
    result = MergeResult()
    accepted: list[tuple[str, FiguresFile]] = []
    seen_ids: set[str] = set()
    for name, data in files:
        try:
            figures = read_figures(data, coordinator, cards)
        except ExchangeRejected as exc:
            result.files.append(FileOutcome(name, FileStatus.REFUSED, reason=exc.reason, detail=exc.detail,
                                            found=exc.found))
            continue
        if from_the_future(datetime.fromisoformat(figures.created), today=today):
            result.files.append(FileOutcome(name, FileStatus.REFUSED, str(figures.quarter), person_label(figures.sender),
                                            figures.sender.fingerprint, reason=Refusal.FROM_THE_FUTURE,
                                            detail=f"made {figures.created}, after the desk's clock"))
            continue
        if figures.file_id in seen_ids:
            result.files.append(_outcome(name, figures, FileStatus.DUPLICATE))
            continue
        seen_ids.add(figures.file_id)
        accepted.append((name, figures))
    newest: dict[tuple[str, Quarter], tuple[str, FiguresFile]] = {}
    for name, figures in accepted:
        key = (figures.sender.key_id, figures.quarter)
        current = newest.get(key)
        if current is None or (figures.created, figures.file_id) > (current[1].created, current[1].file_id):
            newest[key] = (name, figures)
    chosen = {id(f) for _, f in newest.values()}
    for name, figures in accepted:
        result.files.append(_outcome(name, figures, FileStatus.MERGED if id(figures) in chosen
                                     else FileStatus.SUPERSEDED))
    contributors: Counter[Quarter] = Counter()
    sources: dict[Quarter, set[str]] = {}
    for _, figures in newest.values():
        sources.setdefault(figures.quarter, set()).add(figures.sender.key_id)
        cells = result.cells.setdefault(figures.quarter, {})
        for cell, n in figures.cells.items():
            if cell[4] == RETURNED:  # a file of an earlier TrustDesk counted returned intakes: they are no cases
                continue
            cells[cell] = cells.get(cell, 0) + n
        contributors[figures.quarter] += 1
    frozen = released or {}
    for quarter in sorted(set(result.cells) | set(frozen)):
        fresh = release_of(result.cells.get(quarter, {}), quarter, contributors[quarter],
                           frozenset(sources.get(quarter, ()))) if quarter in result.cells else None
        if quarter in frozen and fresh is not None and may_replace(frozen[quarter], fresh):
            result.notes.append(QuarterNote(str(quarter), False, True, published_now=True, total=fresh.total))
            result.releases.append(fresh)
        elif quarter in frozen and frozen[quarter].total is None and fresh is not None:
            kept = frozen[quarter]  # withheld, and stays so: nothing shown either way
            result.notes.append(QuarterNote(str(quarter), True, fresh.total is not None,
                                            missing=len(kept.sources - fresh.sources)))
            result.releases.append(still_withheld(kept, fresh))
        elif quarter in frozen:
            kept = frozen[quarter]
            changed = fresh is not None and fresh.to_json() != kept.to_json()
            result.notes.append(QuarterNote(str(quarter), True, changed))
            result.releases.append(kept)
        elif fresh is not None:
            result.releases.append(fresh)
    return result


def _outcome(name: str, figures: FiguresFile, status: FileStatus) -> FileOutcome:
    return FileOutcome(name, status, str(figures.quarter), person_label(figures.sender), figures.sender.fingerprint,
                       figures.cases, figures.created)
