"""What each redaction level may print: ONE table, field by field, for every record a case summary
draws on (``Case``, ``Contact``, ``Referral``, ``Task``, ``Score``).  ``summaries.py`` prints a field only
through ``show()``; a test checks that every field of these records has a decision here (a new
field fails the suite until someone decides), and renders every field with a marker at every level.

- ``FULL``: everything a trust person may hand to a colleague who takes the case over.
- ``PSEUDONYMISED``: no direct identifier (name, phone, e-mail, workplace, coordinator reference)
  and no free text, *and* no quasi-identifier: the specialty only as a broad group, no region, no
  provider names (they locate the doctor), dates only to the month, no contact times.
- ``MINIMAL``: the case code, month of opening and closing, status, knowledge domains and the
  risk history by month.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from trustdesk.domain.models import Case, Contact, Referral, Task
from trustdesk.domain.scores import Score


class Redaction(StrEnum):
    FULL = "full"
    PSEUDONYMISED = "pseudonymised"
    MINIMAL = "minimal"


class Show(StrEnum):
    NEVER = "never"
    EXACT = "exact"  # as stored: text as typed, dates to the day, times to the minute
    MONTH = "month"  # a date or a time: month and year only
    GROUP = "group"  # the specialty: its broad group (trustdesk.domain.specialty), never the text


N, E, M, G = Show.NEVER, Show.EXACT, Show.MONTH, Show.GROUP
_ALWAYS, _NEVER = (E, E, E), (N, N, N)
_FULL_ONLY = (E, N, N)
_NOT_MINIMAL = (E, E, N)
_DATE = (E, M, M)

# record type -> field -> (FULL, PSEUDONYMISED, MINIMAL)
POLICY: Mapping[type, Mapping[str, tuple[Show, Show, Show]]] = {
    Case: {
        "code": _ALWAYS,
        "opened_on": _DATE,
        "initiator": _NOT_MINIMAL,
        "status": _ALWAYS,
        "coordinator_ref": _FULL_ONLY,
        "language": _NOT_MINIMAL,
        "region": _FULL_ONLY,  # a province plus a specialty can name the doctor
        "profession": _NOT_MINIMAL,
        "specialty": (E, G, N),
        "domains": _ALWAYS,
        "consent_to_contact": _NOT_MINIMAL,
        "doctor_name": _FULL_ONLY,
        "doctor_phone": _FULL_ONLY,
        "doctor_email": _FULL_ONLY,
        "workplace": _FULL_ONLY,
        "details": _FULL_ONLY,
        "closed_on": _DATE,
        "close_reason": _NOT_MINIMAL,
        "close_note": _FULL_ONLY,
        "conflict_decision": _NEVER,  # the trust person's own conflict-of-interest record
        "conflict_note": _NEVER,
        "origin": _NEVER,
        "previous_code": _NEVER,  # a predecessor's code links two summaries
        "carried_risk": _NEVER,  # the predecessor's last assessment: the summary's risk is this trust person's notes'
        "alias": _FULL_ONLY,  # the trust person's private label: initials identify
        "id": _NEVER,
    },
    Contact: {
        "case_id": _NEVER,
        "at": _DATE,  # FULL: day and time; otherwise the month: contacts on known days identify
        "duration_min": _NOT_MINIMAL,
        "mode": _NOT_MINIMAL,
        "present": _FULL_ONLY,
        "notes": _FULL_ONLY,
        "agreements": _FULL_ONLY,
        "risk": _ALWAYS,
        "safety_plan": _FULL_ONLY,
        "created_at": _NEVER,
        "updated_at": _NEVER,
        "id": _NEVER,
    },
    Referral: {
        "case_id": _NEVER,
        "provider_id": _NEVER,
        "provider_name": _FULL_ONLY,  # a named practice locates the doctor
        "provider_kind": _ALWAYS,
        "reason": _FULL_ONLY,
        "consent_given": _NOT_MINIMAL,
        "consent_date": (E, M, N),
        "consent_scope": _FULL_ONLY,
        "consent_fields": _NEVER,  # which fields a letter may hold: the letter's business, not the summary's
        "status": _ALWAYS,
        "status_dates": _DATE,
        "feedback": _FULL_ONLY,
        "letter_text": _NEVER,  # letters are documents of their own
        "letter_language": _NEVER,
        "template_id": _NEVER,
        "id": _NEVER,
    },
    Task: {
        "title": _FULL_ONLY,
        "due_on": _DATE,
        "case_id": _NEVER,
        "notes": _FULL_ONLY,
        "done_at": _DATE,
        "created_at": _NEVER,
        "id": _NEVER,
    },
    Score: {  # a questionnaire's numbers identify nobody; their dates are dates like the others
        "case_id": _NEVER,
        "instrument": _NOT_MINIMAL,
        "total": _NOT_MINIMAL,
        "item9": _NOT_MINIMAL,
        "taken_on": (E, M, N),
        "id": _NEVER,
    },
}

_LEVELS = tuple(Redaction)


def show(level: Redaction, record: type, field: str) -> Show:
    """How ``field`` of ``record`` may appear at ``level`` (KeyError: no decision was made)."""
    return POLICY[record][field][_LEVELS.index(Redaction(level))]


def fields_printed(level: Redaction, record: type) -> frozenset[str]:
    return frozenset(name for name in POLICY[record] if show(level, record, name) is not Show.NEVER)


# The Case fields printed only in FULL summaries (the doctor's identity, free text and the region):
# derived from the table above, so the documented rule and the enforced one are the same list.
IDENTIFYING_CASE_FIELDS: tuple[str, ...] = tuple(name for name, levels in POLICY[Case].items() if levels == _FULL_ONLY)
