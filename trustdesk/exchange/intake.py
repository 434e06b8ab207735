"""The intake: the coordinator's referral of a doctor to a trust person, as a ``.tdintake`` file.

The coordinator fills an ``IntakeForm``; ``make_intake`` signs it with the coordinator's key and seals
it to the chosen trust person's card (envelope.py).  The trust person's TrustDesk reads it
(``read_intake``: nothing written), shows the preview, and ``import_intake`` makes a new case with
origin "coordinator" in one transaction, remembering the intake id so the same file cannot be
imported twice.  Contact details travel only with the doctor's explicit consent to be contacted:
a form without consent but with a name, phone or e-mail is refused on both sides.

The doctor's workplace may travel (version 2 of the content) so that the trust person's TrustDesk runs
the same conflict-of-interest check as for a case typed in by hand (``domain.conflicts.overlaps``
against the trust person's own affiliations) before the case is made: ``import_intake`` refuses
to make a case whose workplace overlaps an affiliation until the trust person decided to keep it
(with a reason) or to return it to the coordinator (then nothing about the doctor is stored,
``vault.conflict``).

Versions: the payload says which version of the content it holds ("version"; absent = 1).  An intake
without a workplace is written as version 1, so older TrustDesks read it; a version above
``VERSION`` -- made by a newer TrustDesk -- is refused as NEWER_FORMAT before its content is read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from trustdesk.domain.enums import (
    ConflictDecision,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    Province,
)
from trustdesk.domain.text_forms import clean_text
from trustdesk.exchange import envelope
from trustdesk.exchange.clock import from_the_future
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.keys import ContactCard, Identity, Role

if TYPE_CHECKING:
    from trustdesk.domain.conflicts import Overlap
    from trustdesk.domain.models import Case
    from trustdesk.vault import Vault

KIND = "intake"
SUFFIX = ".tdintake"
MAX_BYTES = 64 * 1024
DEFAULT_VALID_DAYS = 30
MAX_VALID_DAYS = 90
SEEN_KEY = "exchange.intakes_seen"
EVENT_SENT = "intake_sent"
EVENT_RECEIVED = "intake_received"
VERSION = 2  # the newest content version this TrustDesk reads (2: the doctor's workplace)
LIMITS = {"coordinator_ref": 40, "contact_when": 200, "doctor_name": 120, "doctor_phone": 40, "doctor_email": 120,
          "workplace": 160}
INITIATORS = (Initiator.DOCTOR, Initiator.COLLEAGUE, Initiator.FAMILY, Initiator.OTHER)


@dataclass(frozen=True)
class IntakeForm:
    coordinator_ref: str
    initiator: Initiator
    language: Language
    region: Province | None = None
    domains: frozenset[KnowledgeDomain] = frozenset()
    profession: Profession = Profession.PHYSICIAN
    contact_mode: ContactMode = ContactMode.PHONE  # how the doctor wishes to be contacted
    contact_when: str = ""  # when, in the coordinator's words ("weekdays after 18:00")
    consent_to_contact: bool = False
    doctor_name: str = ""  # the three contact details: only with consent
    doctor_phone: str = ""
    doctor_email: str = ""
    workplace: str = ""  # for the conflict-of-interest check (content version 2)

    def __post_init__(self) -> None:
        """Every text in the one form of typed names (``text_forms.clean_text``: NFC, no bidirectional or
        zero-width character), on the coordinator's side and again on the trust person's."""
        for name in LIMITS:
            object.__setattr__(self, name, clean_text(getattr(self, name)))

    @property
    def version(self) -> int:
        return 2 if self.workplace else 1

    def problems(self) -> list[str]:
        """Field names that break the rules (empty: the form can be sent)."""
        found = []
        if not self.coordinator_ref.strip():
            found.append("coordinator_ref")
        if self.initiator not in INITIATORS:
            found.append("initiator")
        for name, limit in LIMITS.items():
            value = getattr(self, name)
            if len(value) > limit or any(ord(c) < 32 for c in value):
                found.append(name)
        if not self.consent_to_contact and (self.doctor_name or self.doctor_phone or self.doctor_email):
            found.append("consent_to_contact")
        return found

    def problem_sentences(self) -> list[str]:
        """One plain sentence per problem of ``problems()`` (the headless command says these): the
        consent hint only where contact details came without the doctor's consent."""
        said = {"coordinator_ref": "the coordinator reference is empty or longer than 40 characters",
                "initiator": f"who called must be one of {', '.join(i.value for i in INITIATORS)}",
                "consent_to_contact": "contact details (name, phone, e-mail) were given without the doctor's "
                                      "consent (contact details need --consent)"}
        found = []
        for name in dict.fromkeys(self.problems()):
            if name in said:
                found.append(said[name])
            else:  # a text field too long or with a control character
                found.append(f"{name} is longer than {LIMITS[name]} characters or holds a control character")
        return found

    def to_json(self) -> dict[str, Any]:
        return {"coordinator_ref": self.coordinator_ref, "initiator": self.initiator.value,
                "language": self.language.value, "region": self.region.value if self.region else "",
                "domains": sorted(d.value for d in self.domains), "profession": self.profession.value,
                "contact_mode": self.contact_mode.value, "contact_when": self.contact_when,
                "consent_to_contact": self.consent_to_contact, "doctor_name": self.doctor_name,
                "doctor_phone": self.doctor_phone, "doctor_email": self.doctor_email,
                **({"workplace": self.workplace} if self.workplace else {})}

    @classmethod
    def from_json(cls, data: Any) -> IntakeForm:
        """ValueError/KeyError/TypeError when a value is not of the format's vocabulary."""
        if not isinstance(data, dict) or set(data) - {"workplace"} != set(cls._fields()):
            raise ValueError("fields")
        texts = {k: data.get(k, "") for k in ("coordinator_ref", "contact_when", "doctor_name", "doctor_phone",
                                              "doctor_email", "workplace")}
        if not all(isinstance(v, str) for v in texts.values()) or type(data["consent_to_contact"]) is not bool:
            raise TypeError("types")
        if not isinstance(data["domains"], list) or len(data["domains"]) > len(KnowledgeDomain):
            raise TypeError("domains")
        form = cls(initiator=Initiator(data["initiator"]), language=Language(data["language"]),
                   region=Province(data["region"]) if data["region"] else None,
                   domains=frozenset(KnowledgeDomain(d) for d in data["domains"]),
                   profession=Profession(data["profession"]), contact_mode=ContactMode(data["contact_mode"]),
                   consent_to_contact=data["consent_to_contact"], **texts)
        if form.problems():
            raise ValueError(f"rules: {form.problems()}")
        return form

    @staticmethod
    def _fields() -> tuple[str, ...]:
        return ("coordinator_ref", "initiator", "language", "region", "domains", "profession", "contact_mode",
                "contact_when", "consent_to_contact", "doctor_name", "doctor_phone", "doctor_email")


@dataclass(frozen=True)
class IntakePreview:
    intake_id: str
    created: str
    expires: date
    sender: ContactCard = field(repr=False)
    form: IntakeForm = field(repr=False)


def make_intake(form: IntakeForm, coordinator: Identity, recipient: ContactCard, *,
                now: datetime | None = None, valid_days: int = DEFAULT_VALID_DAYS) -> tuple[bytes, str]:
    """(file bytes, intake id).  ValueError for a form that breaks the rules or a wrong card."""
    if form.problems():
        raise ValueError(f"the intake cannot be sent: {', '.join(form.problems())}")
    if recipient.role is not Role.TRUST_PERSON:
        raise ValueError("an intake goes to a trust person's card")
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise ValueError(f"an intake is valid 1-{MAX_VALID_DAYS} days")
    moment = (now or datetime.now()).replace(microsecond=0)
    intake_id = uuid.uuid4().hex
    payload = {"kind": KIND, "version": form.version, "id": intake_id, "created": moment.isoformat(),
               "expires": (moment.date() + timedelta(days=valid_days)).isoformat(),
               "recipient": recipient.key_id, "intake": form.to_json()}
    return envelope.seal(KIND, payload, recipient, coordinator), intake_id


def read_intake(data: bytes, identity: Identity, coordinator: ContactCard, *,
                today: date | None = None) -> IntakePreview:
    """Open and check an intake file; nothing is written.  ExchangeRejected: NOT_THIS_KIND, TOO_LARGE,
    TRUNCATED, WRONG_RECIPIENT, TAMPERED, UNKNOWN_SENDER (not signed by this coordinator), MALFORMED,
    FROM_THE_FUTURE (made after this computer's clock, ``clock.py``), EXPIRED."""
    opened = envelope.read_sealed(KIND, data, identity, {coordinator.key_id: coordinator}, max_bytes=MAX_BYTES)
    payload = opened.payload
    version = payload.get("version", 1)
    if type(version) is int and version > VERSION:
        raise ExchangeRejected(Refusal.NEWER_FORMAT, f"intake content version {version}")
    try:
        if type(version) is not int or version < 1 or (version == 1 and "workplace" in payload.get("intake", {})):
            raise ValueError("version")
        if payload.get("kind") != KIND or not isinstance(payload.get("id"), str) or len(payload["id"]) != 32:
            raise ValueError("id")
        created = datetime.fromisoformat(str(payload["created"]))
        expires = date.fromisoformat(str(payload["expires"]))
        if expires - created.date() > timedelta(days=MAX_VALID_DAYS):
            raise ValueError("validity")
        form = IntakeForm.from_json(payload["intake"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ExchangeRejected(Refusal.MALFORMED, f"intake content: {str(exc)[:60]}") from exc
    if from_the_future(created, today=today):  # the one rule of figures files too (clock.py)
        raise ExchangeRejected(Refusal.FROM_THE_FUTURE, f"made {created.isoformat()}, after this computer's clock")
    if (today or date.today()) > expires:
        raise ExchangeRejected(Refusal.EXPIRED, f"expired on {expires.isoformat()}")
    return IntakePreview(payload["id"], created.isoformat(), expires, opened.signer, form)


# -- the trust person's vault --------------------------------------------------------------------

def seen_ids(vault: Vault) -> list[str]:
    value = vault.settings.get(SEEN_KEY, [])
    return [str(v) for v in value] if isinstance(value, list) else []


def open_intake(vault: Vault, data: bytes, *, today: date | None = None) -> IntakePreview:
    """``read_intake`` with this vault's identity and confirmed coordinator card, refusing a file
    already imported (REPLAYED).  Writes nothing (the identity exists already when a card was given)."""
    from trustdesk.exchange import local

    envelope.check_layout(KIND, data, max_bytes=MAX_BYTES)  # not an intake / too large before any key talk
    if not local.has_identity(vault):  # a sound sealed file, and this installation has no key at all
        raise ExchangeRejected(Refusal.WRONG_RECIPIENT, "this installation has no key yet")
    preview = read_intake(data, local.identity(vault), local.trusted_coordinator(vault), today=today)
    if preview.intake_id in seen_ids(vault):
        raise ExchangeRejected(Refusal.REPLAYED, f"intake {preview.intake_id[:8]} was imported before")
    return preview


def intake_conflicts(vault: Vault, preview: IntakePreview) -> list[Overlap]:
    """The conflict-of-interest check of a typed-in case, on the intake's workplace."""
    from trustdesk.vault.conflict import conflicts_of

    return conflicts_of(vault, preview.form.workplace)


def import_intake(vault: Vault, preview: IntakePreview, *, task_title: str = "", task_notes: str = "",
                  today: date | None = None, decision: ConflictDecision = ConflictDecision.NONE,
                  conflict_note: str = "", returned_note: str = "") -> Case:
    """The new case (origin: coordinator), in one transaction with the replay record and the audit
    entry.  ``task_title`` (translated by the caller): a follow-up "contact the doctor" due today.
    A workplace that overlaps the trust person's affiliations needs ``decision`` (KEEP with a
    ``conflict_note``, or RETURN: then the case is stored reduced and closed, and no task is made),
    else ``vault.conflict.ConflictUndecided`` and nothing is written."""
    from trustdesk.domain.enums import CaseOrigin, CaseStatus
    from trustdesk.domain.models import Case, Task
    from trustdesk.vault.conflict import create_case, require_decision

    day = today or date.today()
    form = preview.form
    found = intake_conflicts(vault, preview)
    case = Case(
        code="", opened_on=day, status=CaseStatus.INTAKE, initiator=form.initiator,
        coordinator_ref=form.coordinator_ref, language=form.language,
        region=form.region.value if form.region else "", profession=form.profession, domains=form.domains,
        consent_to_contact=form.consent_to_contact, doctor_name=form.doctor_name,
        doctor_phone=form.doctor_phone, doctor_email=form.doctor_email, workplace=form.workplace,
        origin=CaseOrigin.COORDINATOR,
        conflict_decision=decision if found else ConflictDecision.NONE,
        conflict_note=conflict_note.strip() if found and decision is ConflictDecision.KEEP else "")
    with vault.transaction():
        seen = seen_ids(vault)
        if preview.intake_id in seen:
            raise ExchangeRejected(Refusal.REPLAYED, f"intake {preview.intake_id[:8]} was imported before")
        require_decision(vault, case)
        case = create_case(vault, case, returned_note=returned_note)
        assert case.id is not None
        if task_title and case.conflict_decision is not ConflictDecision.RETURN:
            vault.tasks.add(Task(title=task_title, notes=task_notes, case_id=case.id, due_on=day))
        vault.settings.set(SEEN_KEY, [*seen, preview.intake_id])
        vault.audit.append(EVENT_RECEIVED, case_code=case.code,
                           detail=f"intake {preview.intake_id}; from key {preview.sender.key_id[:16]}")
    return case
