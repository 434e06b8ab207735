"""Where a case stood at the end of a day: THE rule the activity report and the figures files count by.

The closing rule, defined here once: **a case counts as closed in the period of its last closing**.
A closing that a reopening undid does not count anywhere: the case went on, it is one case, and it
is open in every period until its last closing (the one that holds now).  The day of that closing is
the case's closing day (``Case.closed_on``), never before its last reopening (``last_reopening``: the
vault refuses such a date, ``CaseRepository.update``; older records that hold one count from the
reopening).  A case that is not closed now has no closing day: it is open at the end of every period.

``standing_at`` says, for the end of ``day``: the status (a closed case: ``CLOSED``; any other: the
last status it had on or before that day, closings undone by a reopening skipped) and the outcome
("open", or the close reason of the last closing, "closed" when it has none).  The activity report
counts its *status* table with it, the figures file its *outcome* dimension
(``documents.activity.report_of``, ``exchange.figures.cells_of``): they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case

OPEN = "open"
CLOSED = "closed"  # closed without a recorded reason

History = Sequence[tuple[date, CaseStatus]]


def last_reopening(history: History) -> date | None:
    """The day the case was last reopened (a change from closed to another status), None if never."""
    found: date | None = None
    for (_, before), (day, status) in zip(history, history[1:], strict=False):
        if before is CaseStatus.CLOSED and status is not CaseStatus.CLOSED:
            found = day
    return found


def last_closing(case: Case, history: History = ()) -> date | None:
    """The day the case counts as closed: its last closing (None when it is not closed now), never
    before its last reopening."""
    if case.status is not CaseStatus.CLOSED:
        return None
    closed = case.closed_on
    if closed is None:  # a closed case without a day (older records): the day its status history says
        closed = next((day for day, status in reversed(history) if status is CaseStatus.CLOSED), case.opened_on)
    reopened = last_reopening(history)
    return max(closed, reopened) if reopened is not None else closed


@dataclass(frozen=True, slots=True)
class Standing:
    status: CaseStatus
    reason: CloseReason | None = None

    @property
    def outcome(self) -> str:
        """"open", or the close reason's value ("closed" for a closing without a reason)."""
        if self.status is not CaseStatus.CLOSED:
            return OPEN
        return self.reason.value if self.reason is not None else CLOSED


def standing_at(case: Case, history: History, day: date) -> Standing:
    """The case at the end of ``day`` (``history``: its status changes in the order they were made)."""
    closing = last_closing(case, history)
    if closing is not None and closing <= day:
        return Standing(CaseStatus.CLOSED, case.close_reason)
    found: CaseStatus | None = None
    for since, status in history:  # the last status held by then; a closing before the last one never held
        if since <= day and status is not CaseStatus.CLOSED:
            found = status
    if found is None:
        first = next((status for _, status in history if status is not CaseStatus.CLOSED), None)
        found = first or (case.status if case.status is not CaseStatus.CLOSED else CaseStatus.ACTIVE)
    return Standing(found)

