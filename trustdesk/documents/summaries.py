"""Case summary (with a redaction level and selectable sections) and the contact log, as PDF bytes.

Redaction levels (what each one leaves out is decided here, field by field):

- ``FULL``: everything, including the doctor's name and contact details and all free text;
- ``PSEUDONYMISED``: the case code only; no name, phone, e-mail, workplace, background
  (``details``), people present, coordinator reference, and no free-text notes, agreements,
  safety plans, reasons, feedback, task titles or closing note;
- ``MINIMAL``: dates, knowledge domains, status and the risk history.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph

from trustdesk.documents.errors import DocumentError
from trustdesk.documents.labels import Labels
from trustdesk.documents.layout import (
    RULE,
    TEXT_WIDTH,
    build_pdf,
    fields_table,
    grid_table,
    labelled,
    para,
    spacer,
    styles,
    text,
)
from trustdesk.domain.enums import ReferralStatus, RiskLevel
from trustdesk.domain.models import Case, Contact, Referral, Task
from trustdesk.vault import Vault


class Redaction(StrEnum):
    FULL = "full"
    PSEUDONYMISED = "pseudonymised"
    MINIMAL = "minimal"


class Section(StrEnum):
    INTAKE = "intake"
    CONTACTS = "contacts"
    RISK = "risk"
    REFERRALS = "referrals"
    TASKS = "tasks"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)

# Case fields that identify the doctor: printed only in FULL summaries.
IDENTIFYING_CASE_FIELDS = ("doctor_name", "doctor_phone", "doctor_email", "workplace", "details",
                           "coordinator_ref")


def _case(vault: Vault, case_id: int) -> Case:
    case = vault.cases.get(case_id)
    if case is None:
        raise DocumentError(f"case {case_id} does not exist")
    return case


def _minutes(words: Labels, minutes: int) -> str:
    return words("minutes", n=minutes) if minutes else words("none")


# -- sections -----------------------------------------------------------------------------------


def _intake(case: Case, words: Labels, level: Redaction) -> list[Flowable]:
    rows: list[tuple[str, str]] = [
        (words("field.code"), case.code),
        (words("field.opened_on"), words.date(case.opened_on)),
        (words("field.status"), words.enum(case.status)),
    ]
    if level is not Redaction.MINIMAL:
        rows += [
            (words("field.initiator"), words.enum(case.initiator)),
            (words("field.language"), words.enum(case.language)),
            (words("field.region"), words.region(case.region)),
            (words("field.profession"), words.enum(case.profession)),
            (words("field.specialty"), case.specialty or words("none")),
        ]
    rows.append((words("field.domains"), words.enums(case.domains)))
    if level is not Redaction.MINIMAL:
        rows.append((words("field.consent_to_contact"), words.yes_no(case.consent_to_contact)))
    if level is Redaction.FULL:
        for name in ("doctor_name", "doctor_phone", "doctor_email", "workplace", "coordinator_ref"):
            value = getattr(case, name)
            if value:
                rows.append((words(f"field.{name}"), value))
    if case.closed_on is not None:
        rows.append((words("field.closed_on"), words.date(case.closed_on)))
        if case.close_reason is not None and level is not Redaction.MINIMAL:
            rows.append((words("field.close_reason"), words.enum(case.close_reason)))
    story: list[Flowable] = [fields_table(rows), spacer(2)]
    if level is Redaction.FULL:
        for name in ("details", "close_note"):
            story += labelled(words(f"field.{name}"), getattr(case, name))
    return story


def _contact_heading(contact: Contact, words: Labels) -> str:
    parts = [words.datetime(contact.at), words.enum(contact.mode)]
    if contact.duration_min:
        parts.append(_minutes(words, contact.duration_min))
    parts.append(f"{words.colon(words('field.risk'))} {words.enum(contact.risk)}")
    return " · ".join(parts)


def contact_block(contact: Contact, words: Labels, *, rule: bool = True) -> list[Flowable]:
    """One contact in full: a heading line, then who was present, notes, agreements, safety plan."""
    s = styles()
    head: list[Flowable] = [HRFlowable(width=TEXT_WIDTH, thickness=0.4, color=RULE, spaceBefore=6, spaceAfter=0)] \
        if rule else []
    head.append(Paragraph(text(_contact_heading(contact, words)), s.subheading))
    if contact.present.strip():
        head.append(Paragraph(f"<font color='#616e7c'>{text(words.colon(words('field.present')))}</font> "
                              f"{text(contact.present)}", s.body))
    story: list[Flowable] = [KeepTogether(head)]
    for name in ("notes", "agreements", "safety_plan"):
        story += labelled(words(f"field.{name}"), getattr(contact, name))
    return story


def _contacts(contacts: list[Contact], words: Labels, level: Redaction) -> list[Flowable]:
    if not contacts:
        return [para(words("summary.no_contacts"))]
    story: list[Flowable] = [para(words("summary.contact_count", n=len(contacts)), styles().small)]
    if level is Redaction.FULL:
        for index, contact in enumerate(contacts):
            story += contact_block(contact, words, rule=index > 0)
        return story
    if level is Redaction.MINIMAL:
        rows = [(words.date(c.at.date()), words.enum(c.risk)) for c in contacts]
        story.append(grid_table([words("field.date"), words("field.risk")], rows, [60 * mm, 50 * mm]))
        return story
    rows4 = [(words.datetime(c.at), words.enum(c.mode), _minutes(words, c.duration_min), words.enum(c.risk))
             for c in contacts]
    widths = [58 * mm, 48 * mm, 24 * mm, TEXT_WIDTH - 130 * mm]
    story.append(grid_table([words("field.date"), words("field.mode"), words("field.duration"),
                             words("field.risk")], rows4, widths))
    return story


def risk_history(contacts: Iterable[Contact]) -> list[tuple[date, RiskLevel]]:
    """(date, level) each time the assessed risk changed, oldest first."""
    history: list[tuple[date, RiskLevel]] = []
    for contact in sorted(contacts, key=lambda c: (c.at, c.id or 0)):
        if not contact.risk.assessed:  # a note without an assessment changes nothing
            continue
        if not history or history[-1][1] is not contact.risk:
            history.append((contact.at.date(), contact.risk))
    return history


def _risk(contacts: list[Contact], words: Labels) -> list[Flowable]:
    if not contacts:
        return [para(words("summary.no_contacts"))]
    history = risk_history(contacts)
    if not history:
        return [para(words("summary.current_risk", risk=words.enum(RiskLevel.NOT_ASSESSED)))]
    rows = [(words.date(day), words.enum(level)) for day, level in history]
    return [para(words("summary.current_risk", risk=words.enum(history[-1][1]))),
            grid_table([words("field.date"), words("field.risk")], rows, [60 * mm, 50 * mm])]


def _steps(referral: Referral, words: Labels) -> str:
    order = list(ReferralStatus)
    steps = []
    for value, day in sorted(referral.status_dates.items(),
                             key=lambda kv: (kv[1], order.index(ReferralStatus(kv[0])))):
        steps.append(f"{words.enum(ReferralStatus(value))} ({words.date(date.fromisoformat(day), 'medium')})")
    return ", ".join(steps) or words.enum(referral.status)


def _referrals(referrals: list[Referral], words: Labels, level: Redaction) -> list[Flowable]:
    if not referrals:
        return [para(words("summary.no_referrals"))]
    story: list[Flowable] = []
    for referral in referrals:
        kind = words.enum(referral.provider_kind) if referral.provider_kind else words("provider_kind.unknown")
        rows = [(words("field.provider_kind"), kind)]
        if level is not Redaction.MINIMAL and referral.provider_name:
            rows.append((words("field.provider"), referral.provider_name))
        rows += [(words("field.status"), words.enum(referral.status)), (words("field.steps"), _steps(referral, words))]
        if level is not Redaction.MINIMAL:
            consent = (words.date(referral.consent_date) if referral.consent_date else words("yes")) \
                if referral.consent_given else words("no")
            rows.append((words("field.consent"), consent))
        if level is Redaction.FULL:
            for name in ("reason", "consent_scope", "feedback"):
                value = getattr(referral, name)
                if value.strip():
                    rows.append((words(f"field.{name}"), value))
        story += [fields_table(rows), spacer(3)]
    return story


def _tasks(tasks: list[Task], words: Labels, level: Redaction) -> list[Flowable]:
    if not tasks:
        return [para(words("summary.no_tasks"))]
    def state(t: Task) -> str:
        return words.date(t.done_at.date(), "medium") if t.done_at else words("field.open")
    if level is Redaction.FULL:
        rows = [(t.title + (f"\n{t.notes}" if t.notes.strip() else ""), words.date(t.due_on, "medium"), state(t))
                for t in tasks]
        return [grid_table([words("field.task"), words("field.due_on"), words("field.done")], rows,
                           [TEXT_WIDTH - 70 * mm, 35 * mm, 35 * mm])]
    rows2 = [(words.date(t.due_on, "medium"), state(t)) for t in tasks]
    return [grid_table([words("field.due_on"), words("field.done")], rows2, [50 * mm, 50 * mm])]


# -- documents ----------------------------------------------------------------------------------


def case_summary_pdf(vault: Vault, case_id: int, redaction: Redaction = Redaction.PSEUDONYMISED,
                     sections: set[Section] | frozenset[Section] = ALL_SECTIONS,
                     today: date | None = None) -> bytes:
    """The case summary in the case's language, with only what ``redaction`` allows."""
    case = _case(vault, case_id)
    words = Labels(case.language)
    s = styles()
    level = Redaction(redaction)
    story: list[Flowable] = [
        Paragraph(text(f"{words('summary.title')} {case.code}"), s.title),
        Paragraph(text(words(f"summary.level.{level.value}")), s.subtitle),
    ]
    if level is Redaction.FULL and case.doctor_name:
        story.insert(1, Paragraph(text(case.doctor_name), s.subheading))
    # Newest first from the vault; summaries read oldest first.
    contacts = sorted(vault.contacts.for_case(case_id), key=lambda c: (c.at, c.id or 0))
    for section in Section:
        if section not in sections:
            continue
        story.append(Paragraph(text(words(f"section.{section.value}")), s.heading))
        if section is Section.INTAKE:
            story += _intake(case, words, level)
        elif section is Section.CONTACTS:
            story += _contacts(contacts, words, level)
        elif section is Section.RISK:
            story += _risk(contacts, words)
        elif section is Section.REFERRALS:
            story += _referrals(vault.referrals.for_case(case_id), words, level)
        else:
            story += _tasks(vault.tasks.for_case(case_id), words, level)
    return build_pdf(story, words, created=today)


def contact_log_pdf(vault: Vault, case_id: int, today: date | None = None) -> bytes:
    """Every contact of one case, oldest first, in full (notes, agreements, safety plans)."""
    case = _case(vault, case_id)
    words = Labels(case.language)
    s = styles()
    contacts = sorted(vault.contacts.for_case(case_id), key=lambda c: (c.at, c.id or 0))
    story: list[Flowable] = [
        Paragraph(text(f"{words('log.title')} {case.code}"), s.title),
        Paragraph(text(words("log.subtitle", code=case.code)), s.subtitle),
    ]
    if not contacts:
        story.append(para(words("summary.no_contacts")))
    for index, contact in enumerate(contacts):
        story += contact_block(contact, words, rule=index > 0)
    return build_pdf(story, words, created=today)
