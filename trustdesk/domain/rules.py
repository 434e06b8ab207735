"""Pure rules of the domain: no I/O, no clock reads (``today`` is always passed in)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from trustdesk.domain.enums import CaseStatus, CloseReason, ConflictDecision, ReferralStatus, RiskLevel
from trustdesk.domain.models import Case
from trustdesk.pace import checkpoint

CASE_CODE_RE = re.compile(r"^TD-(\d{4})-(\d{4,})$")

_ALLOWED: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.INTAKE: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.WAITING, CaseStatus.CLOSED}),
    CaseStatus.WAITING: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    # A closed case may be reopened while it is still kept (within retention).
    CaseStatus.CLOSED: frozenset({CaseStatus.ACTIVE}),
}

_REFERRAL_NEXT: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.PROPOSED: frozenset({ReferralStatus.CONSENTED, ReferralStatus.DECLINED}),
    ReferralStatus.CONSENTED: frozenset({ReferralStatus.LETTER_SENT, ReferralStatus.ACCEPTED,
                                         ReferralStatus.DECLINED}),
    ReferralStatus.LETTER_SENT: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.DECLINED}),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.FIRST_APPOINTMENT, ReferralStatus.ENDED,
                                        ReferralStatus.DECLINED}),
    ReferralStatus.FIRST_APPOINTMENT: frozenset({ReferralStatus.ENDED}),
    ReferralStatus.ENDED: frozenset(),
    ReferralStatus.DECLINED: frozenset(),
}

DEFAULT_RETENTION_YEARS = 5
DEFAULT_HIGH_RISK_CONTACT_DAYS = 7
DEFAULT_FIRST_CONTACT_DAYS = 14
# The days after a crisis are a period of high risk: a single note of lower risk a few hours after an
# acute contact does not end it (suicide risk is highest in the first week after an acute crisis; it is
# also the span within which crisis care plans the follow-up contact).  A case whose notes assessed an
# acute or high risk stays on Today's attention list for this many days after that note, with its own
# reason (``AttentionReason.RECENT_CRISIS``), whatever lower risk was assessed since.
RECENT_CRISIS_DAYS = 7
REVISION_AFTER = timedelta(hours=24)
EDIT_SESSION_GAP = timedelta(minutes=30)


def allowed_transitions(status: CaseStatus) -> frozenset[CaseStatus]:
    return _ALLOWED[status]


def can_change_status(current: CaseStatus, new: CaseStatus) -> bool:
    return new in _ALLOWED[current]


def returned_intake(case: Case) -> bool:
    """A case returned to the coordinator at once (conflict of interest): never this trust person's
    case, so no figure counts it (activity report, figures files, national merge)."""
    return case.close_reason is CloseReason.RETURNED_CONFLICT or case.conflict_decision is ConflictDecision.RETURN


def allowed_referral_steps(status: ReferralStatus) -> frozenset[ReferralStatus]:
    return _REFERRAL_NEXT[status]


def can_change_referral(current: ReferralStatus, new: ReferralStatus) -> bool:
    return new in _REFERRAL_NEXT[current]


def format_case_code(year: int, number: int) -> str:
    if not 2000 <= year <= 9999 or number < 1:
        raise ValueError("invalid case code parts")
    return f"TD-{year:04d}-{number:04d}"


def parse_case_code(code: str) -> tuple[int, int]:
    m = CASE_CODE_RE.match(code)
    if not m:
        raise ValueError(f"not a case code: {code!r}")
    return int(m.group(1)), int(m.group(2))


def next_case_code(existing: Iterable[str], today: date) -> str:
    """The next free code of this year: TD-<year>-<n+1>, numbering restarts every year."""
    highest = 0
    for code in existing:
        try:
            year, number = parse_case_code(code)
        except ValueError:
            continue
        if year == today.year:
            highest = max(highest, number)
    return format_case_code(today.year, highest + 1)


def retention_until(closed_on: date, years: int = DEFAULT_RETENTION_YEARS) -> date:
    """Date after which a closed case is due for destruction (29 February safe)."""
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:
        return closed_on.replace(year=closed_on.year + years, day=28)


def past_retention(closed_on: date | None, today: date, years: int = DEFAULT_RETENTION_YEARS) -> bool:
    return closed_on is not None and today >= retention_until(closed_on, years)


def needs_revision(created_at: datetime, updated_at: datetime, now: datetime) -> bool:
    """Editing a note older than 24 h keeps the previous text as a revision.

    One revision per editing session: autosave writes every second while typing, so the text
    saved last is kept only when it was saved more than ``EDIT_SESSION_GAP`` ago.
    """
    return now - created_at >= REVISION_AFTER and now - updated_at >= EDIT_SESSION_GAP


def current_risk(risks_newest_first: Iterable[RiskLevel], carried: RiskLevel = RiskLevel.NOT_ASSESSED) -> RiskLevel:
    """A case's current risk: the latest *assessed* level of its notes (newest first).

    A note saved without an assessment changes nothing: it neither turns the case into "no risk"
    nor hides an earlier high risk.  Without any assessment: ``carried`` (the risk a handed-over case
    arrived with, ``Case.carried_risk``), else ``NOT_ASSESSED``."""
    return next((risk for risk in risks_newest_first if risk.assessed), carried)


# When a new task falls due by default, from the case's current risk (the one place this rule lives;
# the task dialog proposes it, the trust person can change it).  The higher the risk, the sooner the
# trust person is back in touch: acute today, high tomorrow, moderate in 2 days.  A case whose risk
# nobody assessed yet is not treated as "no risk": 2 days, the time to assess it.  Low, no risk and a
# free-standing task (no case): a week.
DEFAULT_DUE_DAYS: dict[RiskLevel | None, int] = {
    RiskLevel.ACUTE: 0,
    RiskLevel.HIGH: 1,
    RiskLevel.MODERATE: 2,
    RiskLevel.NOT_ASSESSED: 2,
    RiskLevel.LOW: 7,
    RiskLevel.NONE: 7,
    None: 7,
}


def default_due_on(risk: RiskLevel | None, today: date) -> date:
    """A new task's proposed due date for a case at ``risk`` (``None``: a task without a case)."""
    return today + timedelta(days=DEFAULT_DUE_DAYS[risk])


@dataclass(frozen=True, slots=True)
class CaseActivity:
    """What the Today rules need to know about one open case."""

    case_id: int
    status: CaseStatus
    opened_on: date
    current_risk: RiskLevel
    last_contact: date | None
    first_open_due: date | None = None  # the earliest due date of the case's open tasks
    plan_satisfied: bool = True  # the case's current safety plan counts (unknown: assumed so)
    item9_positive_on: date | None = None  # latest PHQ-9 with item 9 answered, when it was above 0
    plan_complete_on: date | None = None  # the day the current complete safety plan was saved
    unassessed_note_on: date | None = None  # the latest note whose risk nobody assessed (an unfinished note)
    crisis_on: date | None = None  # the day of the latest note that assessed an acute or high risk
    crisis_risk: RiskLevel | None = None  # the risk that note assessed (acute or high)


class Activity(Protocol):
    """What the attention rules read of a case: a ``CaseActivity``, or any record with these fields
    (the cases list passes its own row: 2,500 ``CaseActivity`` made per load were a tenth of it)."""

    @property
    def status(self) -> CaseStatus: ...
    @property
    def opened_on(self) -> date: ...
    @property
    def current_risk(self) -> RiskLevel: ...
    @property
    def last_contact(self) -> date | None: ...
    @property
    def first_open_due(self) -> date | None: ...
    @property
    def plan_satisfied(self) -> bool: ...
    @property
    def item9_positive_on(self) -> date | None: ...
    @property
    def plan_complete_on(self) -> date | None: ...
    @property
    def unassessed_note_on(self) -> date | None: ...
    @property
    def crisis_on(self) -> date | None: ...
    @property
    def crisis_risk(self) -> RiskLevel | None: ...


class AttentionReason(StrEnum):
    """Why a case needs the trust person; the order is the order of urgency."""

    ACUTE_RISK = "acute_risk"  # the current risk is acute: on Today every day until a note says otherwise
    ITEM9_POSITIVE = "item9_positive"  # PHQ-9 item 9 above 0 (``item9_needs_attention``)
    RECENT_CRISIS = "recent_crisis"  # acute or high risk assessed in the last days, lower since (``recent_crisis``)
    HIGH_RISK_NO_RECENT_CONTACT = "high_risk_no_recent_contact"
    SAFETY_PLAN_MISSING = "safety_plan_missing"
    UNFINISHED_NOTE = "unfinished_note"  # a note whose risk is not assessed (safety.NoteGap.RISK)
    OVERDUE_TASK = "overdue_task"
    NO_FIRST_CONTACT = "no_first_contact"


def item9_needs_attention(positive_on: date | None, plan_satisfied: bool, plan_complete_on: date | None) -> bool:
    """A positive PHQ-9 item 9 stays a reason for attention until it is answered: ``positive_on`` is the
    day of the case's latest PHQ-9 whose item 9 was answered, when that answer was above 0 (None: no
    such PHQ-9, or the latest says 0); a complete safety plan saved that day or later also ends it."""
    if positive_on is None:
        return False
    return not (plan_satisfied and plan_complete_on is not None and plan_complete_on >= positive_on)


def recent_crisis(activity: Activity, today: date, days: int = RECENT_CRISIS_DAYS) -> bool:
    """An acute or high risk assessed on one of the last ``days`` days (that day included) while the
    current risk is lower: the days after a crisis stay a time of high risk, whatever a later note
    says.  (A current acute or high risk has reasons of its own.)"""
    on = activity.crisis_on
    return (on is not None and activity.crisis_risk is not None and 0 <= (today - on).days <= days
            and activity.current_risk.rank < activity.crisis_risk.rank
            and not activity.current_risk.needs_safety_plan)


def shown_risk(activity: Activity, today: date, days: int = RECENT_CRISIS_DAYS) -> RiskLevel:
    """The risk an attention line shows by its icon: the most serious of the current risk and an acute or
    high risk assessed on one of the last ``days`` days (``recent_crisis``'s period).  A recent crisis never
    shows as a low risk, whatever a later reassuring note says (outside tester: Today gave such a case a
    green "low risk" icon beside "Acute risk 3 days ago")."""
    risk = activity.current_risk
    on, crisis = activity.crisis_on, activity.crisis_risk
    if on is not None and crisis is not None and 0 <= (today - on).days <= days and crisis.rank > risk.rank:
        return crisis
    return risk


def attention_reasons(
    activity: Activity,
    today: date,
    high_risk_days: int = DEFAULT_HIGH_RISK_CONTACT_DAYS,
    first_contact_days: int = DEFAULT_FIRST_CONTACT_DAYS,
) -> tuple[AttentionReason, ...]:
    """Every reason an open case needs attention today, most urgent first:

    - a current risk that is acute (whatever else is done: it stays until a note assesses a lower one);
    - a PHQ-9 with item 9 above 0, until a later PHQ-9 answers item 9 with 0 or a complete safety
      plan is saved on or after its day (``item9_needs_attention``; a risk level in a later note does
      not end it: the answer is about thoughts the note's risk may not have asked about);
    - an acute or high risk assessed in the last ``RECENT_CRISIS_DAYS`` days, lower since
      (``recent_crisis``: one reassuring note does not end the days after a crisis);
    - a high or acute risk case without a contact in ``high_risk_days`` days;
    - a high or acute risk case whose safety plan is missing (or does not count yet);
    - an unfinished note: a note whose risk nobody assessed (the contact editor's Done refuses it,
      the contact list marks it; ``safety.note_gaps``);
    - an open task of the case past its due date;
    - a case without any contact ``first_contact_days`` days after it was opened.
    """
    checkpoint()  # the case list asks this of thousands of cases in a worker
    if activity.status is CaseStatus.CLOSED:
        return ()
    reasons: list[AttentionReason] = []
    if activity.current_risk is RiskLevel.ACUTE:
        reasons.append(AttentionReason.ACUTE_RISK)
    if item9_needs_attention(activity.item9_positive_on, activity.plan_satisfied, activity.plan_complete_on):
        reasons.append(AttentionReason.ITEM9_POSITIVE)
    if recent_crisis(activity, today):
        reasons.append(AttentionReason.RECENT_CRISIS)
    if activity.current_risk.needs_safety_plan:
        if activity.last_contact is None or (today - activity.last_contact).days >= high_risk_days:
            reasons.append(AttentionReason.HIGH_RISK_NO_RECENT_CONTACT)
        if not activity.plan_satisfied:
            reasons.append(AttentionReason.SAFETY_PLAN_MISSING)
    if activity.unassessed_note_on is not None:
        reasons.append(AttentionReason.UNFINISHED_NOTE)
    if activity.first_open_due is not None and activity.first_open_due < today:
        reasons.append(AttentionReason.OVERDUE_TASK)
    if activity.last_contact is None and (today - activity.opened_on).days >= first_contact_days:
        reasons.append(AttentionReason.NO_FIRST_CONTACT)
    return tuple(reasons)


def attention_reason(
    activity: Activity,
    today: date,
    high_risk_days: int = DEFAULT_HIGH_RISK_CONTACT_DAYS,
    first_contact_days: int = DEFAULT_FIRST_CONTACT_DAYS,
) -> AttentionReason | None:
    """The most urgent reason an open case needs attention today (``attention_reasons``), or None."""
    reasons = attention_reasons(activity, today, high_risk_days, first_contact_days)
    return reasons[0] if reasons else None


class ContactHolds(StrEnum):
    """What makes a contact the person's record, so it is never removed as one made by mistake."""

    TEXT = "text"  # a note, agreements, who was present or a written safety plan
    RISK = "risk"  # a risk assessed (none at all is an assessment too)
    HISTORY = "history"  # earlier versions of its text
    PLAN = "plan"  # a safety plan version saved from it


def contact_holds(notes: str, agreements: str, present: str, safety_plan: str,
                  risk: RiskLevel) -> tuple[ContactHolds, ...]:
    """What the contact's own fields hold (its history and plans are the vault's to say)."""
    held: list[ContactHolds] = []
    if any(text.strip() for text in (notes, agreements, present, safety_plan)):
        held.append(ContactHolds.TEXT)
    if risk.assessed:
        held.append(ContactHolds.RISK)
    return tuple(held)
