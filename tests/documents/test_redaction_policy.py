"""What each redaction level may print: one table (trustdesk/documents/redaction.py), checked
against every field of Case, Contact, Referral and Task, and against the PDFs themselves.

- A field added to one of these records without a decision in the table fails
  ``test_every_field_has_a_decision`` (and ``test_every_field_has_a_probe`` here).
- Every field carries a marker (strings), a date in a month of its own (dates and times) or a
  value with distinctive words (enums, flags, numbers); the summary is rendered at every level
  with all sections and each field is checked: NEVER -> absent; EXACT -> present as stored (day,
  minute); MONTH -> its month present, its day and time absent; GROUP -> the broad group present,
  the text as typed absent.

Before: the pseudonymised summary printed the specialty as typed, the region, the exact opening
date and every contact to the minute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime

import pytest
from conftest import pdf_text
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.documents import ALL_SECTIONS, Labels, case_summary_pdf
from trustdesk.documents.redaction import IDENTIFYING_CASE_FIELDS, POLICY, Redaction, Show, show
from trustdesk.documents.summaries import IDENTIFYING_CASE_FIELDS as SUMMARY_FIELDS
from trustdesk.domain.enums import (
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
    ReferralStatus,
    RiskLevel,
)
from trustdesk.domain.models import Case, Contact, Referral, Task
from trustdesk.domain.specialty import SpecialtyGroup, specialty_group
from trustdesk.vault import Vault

RECORDS = (Case, Contact, Referral, Task)
SPECIALTY = "Neurochirurgie QMKspecialty"
TODAY = date(2030, 1, 1)  # the PDF's own date: far from every date below


def test_every_field_has_a_decision() -> None:
    for record in RECORDS:
        names = {f.name for f in fields(record)}
        assert names == set(POLICY[record]), (
            f"{record.__name__}: decide in trustdesk/documents/redaction.py what each level prints for "
            f"{sorted(names - set(POLICY[record]))} (and drop {sorted(set(POLICY[record]) - names)})")


def test_the_documented_list_is_the_enforced_one() -> None:
    assert SUMMARY_FIELDS is IDENTIFYING_CASE_FIELDS
    for name in IDENTIFYING_CASE_FIELDS:
        assert [show(level, Case, name) for level in Redaction] == [Show.EXACT, Show.NEVER, Show.NEVER]
    for name in ("doctor_name", "doctor_phone", "doctor_email", "workplace", "details", "coordinator_ref",
                 "region"):
        assert name in IDENTIFYING_CASE_FIELDS


def test_pseudonymised_prints_no_quasi_identifier() -> None:
    level = Redaction.PSEUDONYMISED
    assert show(level, Case, "specialty") is Show.GROUP
    assert show(level, Case, "region") is Show.NEVER
    for record, name in ((Case, "opened_on"), (Case, "closed_on"), (Contact, "at"), (Task, "due_on"),
                         (Task, "done_at"), (Referral, "status_dates"), (Referral, "consent_date")):
        assert show(level, record, name) in (Show.MONTH, Show.NEVER), (record.__name__, name)
    # nothing a redacted level prints may be more exact than what the level above it prints
    order = [Show.NEVER, Show.GROUP, Show.MONTH, Show.EXACT]
    for record in RECORDS:
        for name in POLICY[record]:
            levels = [order.index(show(level, record, name)) for level in Redaction]
            assert levels == sorted(levels, reverse=True), (record.__name__, name)


# -- the PDFs --------------------------------------------------------------------------------

@dataclass
class Stored:
    case: Case
    contact: Contact
    referral: Referral
    task: Task


def _store(vault: Vault) -> Stored:
    case = vault.cases.add(Case(
        code="", opened_on=date(2025, 1, 13), initiator=Initiator.FAMILY, status=CaseStatus.CLOSED,
        coordinator_ref="QMKcoordref", language=Language.NL, region="west_flanders",
        profession=Profession.PHYSICIAN_IN_TRAINING, specialty=SPECIALTY,
        domains=frozenset({KnowledgeDomain.BURNOUT}), consent_to_contact=True, doctor_name="QMKdoctorname",
        doctor_phone="0470 55 66 77", doctor_email="qmkmail@example.be", workplace="QMKworkplace",
        details="QMKdetails", closed_on=date(2025, 11, 27), close_reason=CloseReason.UNREACHABLE,
        close_note="QMKclosenote", conflict_decision=ConflictDecision.KEEP, conflict_note="QMKconflictnote",
        origin=CaseOrigin.HANDOVER, previous_code="QMKPREVCODE", alias="QMKalias"))
    assert case.id is not None
    contact = vault.contacts.add(Contact(
        case_id=case.id, at=datetime(2025, 3, 14, 15, 47), duration_min=53, mode=ContactMode.VIDEO,
        present="QMKpresent", notes="QMKnotes", agreements="QMKagreements", risk=RiskLevel.HIGH,
        safety_plan="QMKsafetyplan"))
    referral = vault.referrals.add(Referral(
        case_id=case.id, provider_name="QMKprovidername", provider_kind=ProviderKind.ADDICTION_CARE,
        reason="QMKreason", consent_given=True, consent_date=date(2025, 5, 16), consent_scope="QMKscope",
        status=ReferralStatus.DECLINED, status_dates={"proposed": "2025-06-17", "declined": "2025-07-18"},
        feedback="QMKfeedback", letter_text="QMKlettertext", letter_language=Language.FR))
    task = vault.tasks.add(Task(title="QMKtasktitle", due_on=date(2025, 8, 19), case_id=case.id,
                                notes="QMKtasknotes"))
    assert task.id is not None
    task = vault.tasks.mark_done(task.id, at=datetime(2025, 9, 20, 10, 11))
    return Stored(case, contact, referral, task)


Probe = Callable[[Labels, Stored], tuple[list[str], list[str], list[str]]]
"""(words shown when EXACT, words shown when MONTH, words that betray the exact value)."""


def _text(value: Callable[[Stored], str]) -> Probe:
    return lambda words, s: ([value(s)], [], [value(s)])


def _when(value: Callable[[Stored], date | datetime | None], fmt: str = "long") -> Probe:
    """A date or time: EXACT prints it as ``fmt`` (the date, or "datetime"), MONTH its month; its
    day and its clock time betray the exact value."""
    def probe(words: Labels, s: Stored) -> tuple[list[str], list[str], list[str]]:
        moment = value(s)
        assert moment is not None
        day = moment.date() if isinstance(moment, datetime) else moment
        betrays = [words.date(day)]
        if isinstance(moment, datetime):
            betrays.append(f"{moment:%H:%M}")
        exact = words.datetime(moment) if fmt == "datetime" and isinstance(moment, datetime) \
            else words.date(day)
        return [exact], [words.month(day.year, day.month)], betrays
    return probe


def _words(value: Callable[[Labels, Stored], str]) -> Probe:
    """A value printed as words: shown or not (no partial form)."""
    return lambda words, s: ([value(words, s)], [], [value(words, s)])


def _created(words: Labels, s: Stored) -> tuple[list[str], list[str], list[str]]:
    stamp = s.contact.created_at or datetime.now()
    return [], [], [words.month(stamp.year, stamp.month), words.date(stamp.date())]


UNOBSERVABLE = "never printed, and nothing distinctive to look for (a number, an enum without words)"
PROBES: dict[type, dict[str, Probe | str]] = {
    Case: {
        "code": _text(lambda s: s.case.code),
        "opened_on": _when(lambda s: s.case.opened_on),
        "initiator": _words(lambda w, s: w.enum(s.case.initiator)),
        "status": _words(lambda w, s: w("field.status")),
        "coordinator_ref": _text(lambda s: s.case.coordinator_ref),
        "language": _words(lambda w, s: w("field.language")),
        "region": _words(lambda w, s: w.region(s.case.region)),
        "profession": _words(lambda w, s: w.enum(s.case.profession)),
        "specialty": _text(lambda s: "QMKspecialty"),
        "domains": _words(lambda w, s: w.enums(s.case.domains)),
        "consent_to_contact": _words(lambda w, s: w("field.consent_to_contact")),
        "doctor_name": _text(lambda s: s.case.doctor_name),
        "doctor_phone": _text(lambda s: s.case.doctor_phone),
        "doctor_email": _text(lambda s: s.case.doctor_email),
        "workplace": _text(lambda s: s.case.workplace),
        "details": _text(lambda s: s.case.details),
        "closed_on": _when(lambda s: s.case.closed_on),
        "close_reason": _words(lambda w, s: w.enum(CloseReason.UNREACHABLE)),
        "close_note": _text(lambda s: s.case.close_note),
        "conflict_decision": UNOBSERVABLE,
        "conflict_note": _text(lambda s: s.case.conflict_note),
        "origin": UNOBSERVABLE,
        "previous_code": _text(lambda s: s.case.previous_code),
        "carried_risk": UNOBSERVABLE,
        "alias": _text(lambda s: s.case.alias),
        "id": UNOBSERVABLE,
    },
    Contact: {
        "case_id": UNOBSERVABLE,
        "at": _when(lambda s: s.contact.at, "datetime"),
        "duration_min": _words(lambda w, s: w("minutes", n=53)),
        "mode": _words(lambda w, s: w.enum(ContactMode.VIDEO)),
        "present": _text(lambda s: s.contact.present),
        "notes": _text(lambda s: s.contact.notes),
        "agreements": _text(lambda s: s.contact.agreements),
        "risk": _words(lambda w, s: w.enum(RiskLevel.HIGH)),
        "safety_plan": _text(lambda s: s.contact.safety_plan),
        "created_at": _created,
        "updated_at": _created,
        "id": UNOBSERVABLE,
    },
    Referral: {
        "case_id": UNOBSERVABLE,
        "provider_id": UNOBSERVABLE,
        "provider_name": _text(lambda s: s.referral.provider_name),
        "provider_kind": _words(lambda w, s: w.enum(ProviderKind.ADDICTION_CARE)),
        "reason": _text(lambda s: s.referral.reason),
        "consent_given": _words(lambda w, s: w("field.consent")),
        "consent_date": _when(lambda s: s.referral.consent_date),
        "consent_scope": _text(lambda s: s.referral.consent_scope),
        "consent_fields": UNOBSERVABLE,
        "status": _words(lambda w, s: w.enum(ReferralStatus.DECLINED)),
        "status_dates": _when(lambda s: date(2025, 6, 17)),
        "feedback": _text(lambda s: s.referral.feedback),
        "letter_text": _text(lambda s: s.referral.letter_text),
        "letter_language": UNOBSERVABLE,
        "template_id": UNOBSERVABLE,
        "id": UNOBSERVABLE,
    },
    Task: {
        "title": _text(lambda s: s.task.title),
        "due_on": _when(lambda s: s.task.due_on),
        "case_id": UNOBSERVABLE,
        "notes": _text(lambda s: s.task.notes),
        "done_at": _when(lambda s: s.task.done_at),
        "created_at": _created,
        "id": UNOBSERVABLE,
    },
}


def test_every_field_has_a_probe() -> None:
    for record in RECORDS:
        assert set(PROBES[record]) == {f.name for f in fields(record)}, record.__name__
        for name, probe in PROBES[record].items():
            if isinstance(probe, str):  # only a field no level prints may go unobserved
                assert all(show(level, record, name) is Show.NEVER for level in Redaction), (record, name)


@pytest.fixture
def stored(vault: Vault) -> Stored:
    return _store(vault)


@pytest.mark.parametrize("level", list(Redaction))
@pytest.mark.parametrize("language", [Language.NL, Language.FR])
def test_each_level_prints_exactly_what_the_table_allows(vault: Vault, stored: Stored, level: Redaction,
                                                         language: Language) -> None:
    if language is not stored.case.language:
        from dataclasses import replace

        assert stored.case.id is not None
        vault.cases.update(replace(stored.case, language=language))
        stored.case = vault.cases.get(stored.case.id) or stored.case
    words = Labels(language)
    text = pdf_text(case_summary_pdf(vault, stored.case.id or 0, level, ALL_SECTIONS, today=TODAY))
    wrong = []
    for record in RECORDS:
        for name, probe in PROBES[record].items():
            if isinstance(probe, str):
                continue
            how = show(level, record, name)
            exact, month, betrays = probe(words, stored)
            if how is Show.EXACT:
                wrong += [f"{record.__name__}.{name}: '{w}' missing" for w in exact if w not in text]
            elif how is Show.MONTH:
                wrong += [f"{record.__name__}.{name}: month '{w}' missing" for w in month if w not in text]
                wrong += [f"{record.__name__}.{name}: '{w}' betrays the day/time" for w in betrays if w in text]
            elif how is Show.GROUP:
                group = words.enum(specialty_group(SPECIALTY))
                if group not in text:
                    wrong.append(f"{record.__name__}.{name}: group '{group}' missing")
                wrong += [f"{record.__name__}.{name}: '{w}' printed as typed" for w in betrays if w in text]
            else:
                wrong += [f"{record.__name__}.{name}: '{w}' printed" for w in betrays if w in text]
    assert not wrong, f"{level} ({language}):\n" + "\n".join(wrong)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_specialty_text_becomes_one_of_the_fixed_groups(typed: str) -> None:
    group = specialty_group(typed)
    assert isinstance(group, SpecialtyGroup)
    assert (group is SpecialtyGroup.NOT_GIVEN) == (not "".join(c for c in typed if c.isalnum() or c in "-_"))


@pytest.mark.parametrize(("typed", "group"), [
    ("Neurochirurgie", SpecialtyGroup.SURGICAL), ("neuroloog", SpecialtyGroup.MEDICAL),
    ("kinderpsychiater", SpecialtyGroup.MENTAL_HEALTH), ("anesthésie-réanimation", SpecialtyGroup.ACUTE_CARE),
    ("huisarts", SpecialtyGroup.GENERAL_PRACTICE), ("Médecine générale", SpecialtyGroup.GENERAL_PRACTICE),
    ("radioloog", SpecialtyGroup.DIAGNOSTIC), ("gynécologie-obstétrique", SpecialtyGroup.SURGICAL),
    ("pédiatrie", SpecialtyGroup.MEDICAL), ("Interne geneeskunde", SpecialtyGroup.MEDICAL),
    ("ORL", SpecialtyGroup.SURGICAL), ("spoedarts", SpecialtyGroup.ACUTE_CARE),
    ("arbeidsgeneeskunde", SpecialtyGroup.OTHER), ("", SpecialtyGroup.NOT_GIVEN),
])
def test_specialties_land_in_their_group(typed: str, group: SpecialtyGroup) -> None:
    assert specialty_group(typed) is group
