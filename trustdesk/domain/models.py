"""Domain records. Plain frozen dataclasses: the vault stores them, the UI shows them.

``id`` is ``None`` until the vault has stored the record.  Datetimes are naive local time
(the trust person's own clock); dates are calendar dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from trustdesk.domain.enums import (
    CareDomain,
    CaseOrigin,
    CaseStatus,
    CloseReason,
    ConflictDecision,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    ProviderKind,
    Province,
    ReferralStatus,
    RiskLevel,
    SharedField,
    TemplateKind,
)


@dataclass(frozen=True, slots=True)
class Case:
    code: str
    opened_on: date
    initiator: Initiator = Initiator.DOCTOR
    status: CaseStatus = CaseStatus.INTAKE
    coordinator_ref: str = ""
    language: Language = Language.NL
    region: str = ""
    profession: Profession = Profession.PHYSICIAN
    specialty: str = ""
    domains: frozenset[KnowledgeDomain] = frozenset()
    consent_to_contact: bool = False
    # The most sensitive fields: optional, never printed in pseudonymised documents.
    doctor_name: str = ""
    doctor_phone: str = ""
    doctor_email: str = ""
    workplace: str = ""
    details: str = ""
    closed_on: date | None = None
    close_reason: CloseReason | None = None
    close_note: str = ""
    conflict_decision: ConflictDecision = ConflictDecision.NONE
    conflict_note: str = ""
    origin: CaseOrigin = CaseOrigin.OWN
    previous_code: str = ""  # the predecessor's code of a handed-over case
    # A private label the trust person chooses (initials, a nickname) to tell cases apart on screen;
    # never printed in pseudonymised or minimal documents, hidden by one switch when sharing a screen.
    alias: str = ""
    # The predecessor's current risk of a handed-over case, when no note carried it: the case's risk until
    # a note here assesses one (``rules.current_risk(..., carried=...)``).
    carried_risk: RiskLevel = RiskLevel.NOT_ASSESSED
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    case_id: int
    at: datetime
    duration_min: int = 0
    mode: ContactMode = ContactMode.PHONE
    present: str = ""
    notes: str = ""
    agreements: str = ""
    risk: RiskLevel = RiskLevel.NOT_ASSESSED
    safety_plan: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ContactRevision:
    contact_id: int
    notes: str
    agreements: str
    safety_plan: str
    saved_at: datetime
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Provider:
    kind: ProviderKind
    name: str
    organisation: str = ""
    languages: frozenset[Language] = frozenset()
    region: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""
    sees_physicians: bool = False
    source: str = "own"  # "own" or "<pack id>@<version>"
    source_key: str = ""  # stable key of the item inside its pack
    edited: bool = False  # the trust person changed a pack item: re-imports leave it alone
    domains: frozenset[CareDomain] = frozenset()  # what the provider knows about
    regions: frozenset[Province] = frozenset()  # the provinces served (NATIONAL: all of them);
    # ``region`` above is then only a place in free text ("Gent"), kept from older records and CSVs
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Referral:
    case_id: int
    provider_id: int | None = None
    provider_name: str = ""
    provider_kind: ProviderKind | None = None
    reason: str = ""
    consent_given: bool = False
    consent_date: date | None = None
    consent_scope: str = ""
    consent_fields: frozenset[SharedField] = frozenset()  # what the letter may say about the doctor
    status: ReferralStatus = ReferralStatus.PROPOSED
    status_dates: dict[str, str] = field(default_factory=dict)  # status value -> ISO date
    feedback: str = ""
    letter_text: str = ""
    letter_language: Language | None = None
    template_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Task:
    title: str
    due_on: date | None = None
    case_id: int | None = None
    notes: str = ""
    done_at: datetime | None = None
    created_at: datetime | None = None
    id: int | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    kind: TemplateKind
    language: Language
    body: str
    source: str = "own"
    source_key: str = ""
    edited: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TrustPersonProfile:
    """Who signs the letters: the trust person's name, title (e.g. "Dr., huisarts"), one contact line
    (phone, e-mail) and, if they wish, their RIZIV/INAMI number."""

    name: str = ""
    title: str = ""
    contact: str = ""
    riziv: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(v.strip() for v in (self.name, self.title, self.contact, self.riziv))


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    event: str
    case_code: str
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    case_id: int | None  # None: a task without a case
    case_code: str  # "" without a case
    contact_id: int | None
    snippet: str  # matched words between \x02 and \x03
    rank: float
    kind: str = "note"  # where the words were found: "note", "case" (its details), "task", "plan"
    task_id: int | None = None  # a task's hit: the task (with or without a case)


@dataclass(frozen=True, slots=True)
class SearchResults:
    """The best hits of a search and how many there are in all (``total`` >= ``len(hits)``): a search
    that shows 100 of 340 hits must be able to say so."""

    hits: list[SearchHit]
    total: int
