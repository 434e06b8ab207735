"""Domain vocabulary: the closed value sets of TrustDesk, as StrEnums.

The string values are stored in the vault, so they never change once released.
"""

from __future__ import annotations

from enum import StrEnum


class KnowledgeDomain(StrEnum):
    BURNOUT = "burnout"
    DEPRESSION = "depression"
    SUBSTANCE_ABUSE = "substance_abuse"
    SUICIDAL_BEHAVIOUR = "suicidal_behaviour"
    SECOND_VICTIM = "second_victim"
    OTHER = "other"


# The platform's knowledge domains are the five its knowledge centre names (burn-out, depression,
# substance abuse, suicidal behaviour, second victim): THE vocabulary of a case, an intake, the
# figures, the reports, a knowledge card and a provider's domains.  ``OTHER`` is a case's "none of them".
KNOWLEDGE_DOMAINS: tuple[KnowledgeDomain, ...] = tuple(d for d in KnowledgeDomain if d is not KnowledgeDomain.OTHER)


class CareDomain(StrEnum):
    """What a care provider works on: the five knowledge domains (the same values as
    ``KNOWLEDGE_DOMAINS``) plus three *themes* of the directory (trauma, anxiety, conflicts at work).
    A theme is no knowledge domain: it never appears on a case, an intake or in the figures; it only
    helps to find a provider (``CARE_THEMES``; ``domain.knowledge.care_domain`` maps a case's domain)."""

    BURNOUT = "burnout"
    DEPRESSION = "depression"
    SUBSTANCE_ABUSE = "substance_abuse"  # shown as "addiction"
    SUICIDAL_BEHAVIOUR = "suicidal_behaviour"  # shown as "suicide prevention"
    SECOND_VICTIM = "second_victim"
    TRAUMA = "trauma"
    ANXIETY = "anxiety"
    WORK_CONFLICT = "work_conflict"

    @property
    def is_theme(self) -> bool:
        """A theme of the directory, not one of the platform's knowledge domains."""
        return self in CARE_THEMES


CARE_THEMES: frozenset[CareDomain] = frozenset({CareDomain.TRAUMA, CareDomain.ANXIETY, CareDomain.WORK_CONFLICT})
if {d.value for d in CareDomain} - {t.value for t in CARE_THEMES} != {d.value for d in KNOWLEDGE_DOMAINS}:
    raise AssertionError("CareDomain must hold exactly the knowledge domains and the themes")


class Initiator(StrEnum):
    DOCTOR = "doctor"
    COLLEAGUE = "colleague"
    FAMILY = "family"
    COORDINATOR = "coordinator"
    OTHER = "other"


class CaseStatus(StrEnum):
    INTAKE = "intake"
    ACTIVE = "active"
    WAITING = "waiting"
    CLOSED = "closed"


class RiskLevel(StrEnum):
    """The risk the trust person assessed in a contact.  ``NOT_ASSESSED`` is the default of a new
    note: nobody judged anything yet, and it never counts as "no risk"."""

    NOT_ASSESSED = "not_assessed"
    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    ACUTE = "acute"

    @property
    def rank(self) -> int:
        return list(RiskLevel).index(self)

    @property
    def assessed(self) -> bool:
        return self is not RiskLevel.NOT_ASSESSED

    @property
    def needs_safety_plan(self) -> bool:
        return self in (RiskLevel.HIGH, RiskLevel.ACUTE)


class ContactMode(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    IN_PERSON = "in_person"
    WRITTEN = "written"


class Profession(StrEnum):
    PHYSICIAN = "physician"
    PHYSICIAN_IN_TRAINING = "physician_in_training"
    STUDENT = "student"


class Language(StrEnum):
    NL = "nl"
    FR = "fr"
    EN = "en"
    DE = "de"


class Province(StrEnum):
    ANTWERP = "antwerp"
    EAST_FLANDERS = "east_flanders"
    FLEMISH_BRABANT = "flemish_brabant"
    LIMBURG = "limburg"
    WEST_FLANDERS = "west_flanders"
    BRUSSELS = "brussels"
    HAINAUT = "hainaut"
    LIEGE = "liege"
    LUXEMBOURG = "luxembourg"
    NAMUR = "namur"
    WALLOON_BRABANT = "walloon_brabant"
    NATIONAL = "national"
    ABROAD = "abroad"


class CloseReason(StrEnum):
    STRUCTURAL_SOLUTION = "structural_solution"
    HANDED_OVER_AFTER_REFERRAL = "handed_over_after_referral"
    DOCTOR_ENDED = "doctor_ended"
    UNREACHABLE = "unreachable"
    HANDED_OVER = "handed_over"
    RETURNED_CONFLICT = "returned_conflict"  # returned to the coordinator: conflict of interest
    OTHER = "other"


# A case closed for one of these reasons is in other hands now -- a successor's (a handover file) or the
# provider's it was referred to -- and read-only here: no edit, no new note, task, referral, score or
# plan, no reopening (``vault.repository`` refuses with ``CaseHandedOver``; the case view shows it).
HANDED_OVER_REASONS = frozenset({CloseReason.HANDED_OVER, CloseReason.HANDED_OVER_AFTER_REFERRAL})


class SharedField(StrEnum):
    """What the doctor agreed may be told to the provider in a referral letter (the consent's fields).
    A letter's fill-ins hold only these; everything else about the doctor stays out."""

    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    SPECIALTY = "specialty"
    WORKPLACE = "workplace"
    REASON = "reason"


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    CONSENTED = "consented"
    LETTER_SENT = "letter_sent"
    ACCEPTED = "accepted"
    FIRST_APPOINTMENT = "first_appointment"
    ENDED = "ended"
    DECLINED = "declined"


class ProviderKind(StrEnum):
    PSYCHOLOGIST = "psychologist"
    PSYCHIATRIST = "psychiatrist"
    GP = "gp"
    ADDICTION_CARE = "addiction_care"
    OCCUPATIONAL_PHYSICIAN = "occupational_physician"
    PEER_COACHING = "peer_coaching"
    WELLBEING_ACTIVITY = "wellbeing_activity"
    CRISIS_LINE = "crisis_line"
    ORGANISATION = "organisation"


class TemplateKind(StrEnum):
    REFERRAL_PSY = "referral_psy"
    REFERRAL_GP = "referral_gp"
    REFERRAL_OCCUPATIONAL = "referral_occupational"  # works within the employer's prevention service
    REFERRAL_ADDICTION = "referral_addiction"
    REFERRAL_PEER = "referral_peer"
    REFERRAL_WELLBEING = "referral_wellbeing"
    AGREEMENT_NOTE = "agreement_note"
    OTHER = "other"


class ConflictDecision(StrEnum):
    NONE = ""  # no overlap found, or not yet decided
    KEEP = "keep"  # keep the case, with a reason
    RETURN = "return"  # return it to the coordinator


class CaseOrigin(StrEnum):
    OWN = "own"
    HANDOVER = "handover"  # received from a predecessor trust person
    COORDINATOR = "coordinator"  # made from the coordinator's .tdintake file
