"""Case summary (with a redaction level and selectable sections) and the contact log, as PDF bytes.

What each redaction level prints is decided field by field in ONE table, ``redaction.POLICY``
(every field of ``Case``, ``Contact``, ``Referral`` and ``Task``); this module prints a field only
through ``_shown`` / ``show``, which read that table.  In short:

- ``FULL``: everything, including the doctor's name and contact details and all free text;
- ``PSEUDONYMISED``: the case code; no name, phone, e-mail, workplace, background, coordinator
  reference, people present or any free text; and no quasi-identifier either: the specialty as a
  broad group, no region, no provider names, dates to the month, no contact times;
- ``MINIMAL``: months of opening and closing, knowledge domains, status and the risk history by month.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable

from trustdesk.documents.errors import DocumentError
from trustdesk.documents.labels import Labels
from trustdesk.documents.layout import (
    RULE,
    TEXT_WIDTH,
    Keep,
    Paragraph,
    build_pdf,
    fields_table,
    grid_table,
    labelled,
    para,
    spacer,
    styles,
    text,
)
from trustdesk.documents.redaction import IDENTIFYING_CASE_FIELDS, Redaction, Show, show
from trustdesk.domain.enums import ReferralStatus, RiskLevel
from trustdesk.domain.models import Case, Contact, Referral, Task
from trustdesk.domain.safety import STEPS, SafetyPlan
from trustdesk.domain.scores import Instrument, Score
from trustdesk.domain.specialty import specialty_group
from trustdesk.pace import checkpoint
from trustdesk.vault import Vault


class Section(StrEnum):
    INTAKE = "intake"
    CONTACTS = "contacts"
    RISK = "risk"
    SAFETY_PLAN = "safety_plan"  # the FULL summary only (its steps name people and phones)
    REFERRALS = "referrals"
    TASKS = "tasks"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)

__all__ = ["ALL_SECTIONS", "IDENTIFYING_CASE_FIELDS", "Redaction", "Section", "case_summary_pdf",
           "contact_log_pdf", "log_entries", "risk_history"]


def _case(vault: Vault, case_id: int) -> Case:
    case = vault.cases.get(case_id)
    if case is None:
        raise DocumentError(f"case {case_id} does not exist")
    return case


def _minutes(words: Labels, minutes: int) -> str:
    return words("minutes", n=minutes) if minutes else words("none")


# -- sections -----------------------------------------------------------------------------------


def _when(words: Labels, how: Show, value: date | datetime | None) -> str:
    """A date or a time as ``how`` allows: EXACT (a day; a time to the minute) or MONTH."""
    checkpoint()
    if value is None:
        return words("none")
    if how is Show.MONTH:
        return words.month(value.year, value.month)
    if isinstance(value, datetime):
        return words.datetime(value)
    return words.date(value)


def _shown(words: Labels, level: Redaction, record: Case | Contact | Referral | Task, name: str) -> str | None:
    """The printed value of one field at ``level``; None when the level does not print it."""
    checkpoint()  # a table's rows are made in one go: a unit of work each field (a date formatted)
    how = show(level, type(record), name)
    if how is Show.NEVER:
        return None
    value = getattr(record, name)
    if how is Show.GROUP:
        return words.enum(specialty_group(value))
    if isinstance(value, date | datetime) or how is Show.MONTH:
        return _when(words, how, value)
    if isinstance(value, bool):
        return words.yes_no(value)
    if isinstance(value, StrEnum):
        return words.enum(value)
    if isinstance(value, frozenset):
        return words.enums(value)
    if name == "region":
        return words.region(value)
    if name == "duration_min":
        return _minutes(words, value)
    return str(value) if value else ""


# Intake rows in print order: (field, printed when empty).
_INTAKE = (("code", True), ("opened_on", True), ("status", True), ("initiator", True), ("language", True),
           ("region", True), ("profession", True), ("specialty", True), ("domains", True),
           ("consent_to_contact", True), ("alias", False), ("doctor_name", False), ("doctor_phone", False), ("doctor_email", False),
           ("workplace", False), ("coordinator_ref", False))


def _intake(case: Case, words: Labels, level: Redaction) -> list[Flowable]:
    rows: list[tuple[str, str]] = []
    for name, when_empty in _INTAKE:
        value = _shown(words, level, case, name)
        if value is None or (not value and not when_empty):
            continue
        rows.append((words(f"field.{name}"), value or words("none")))
    if case.closed_on is not None:
        closed = _shown(words, level, case, "closed_on")
        if closed is not None:
            rows.append((words("field.closed_on"), closed))
        reason = _shown(words, level, case, "close_reason") if case.close_reason is not None else None
        if reason is not None:
            rows.append((words("field.close_reason"), reason))
    story: list[Flowable] = [fields_table(rows), spacer(2)]
    for name in ("details", "close_note"):
        value = _shown(words, level, case, name)
        if value is not None:
            story += labelled(words(f"field.{name}"), value)
    return story


def _contact_heading(contact: Contact, words: Labels) -> str:
    parts = [words.datetime(contact.at), words.enum(contact.mode)]
    if contact.duration_min:
        parts.append(_minutes(words, contact.duration_min))
    parts.append(f"{words.colon(words('field.risk'))} {words.enum(contact.risk)}")
    return " · ".join(parts)


def contact_block(contact: Contact, words: Labels, *, rule: bool = True) -> list[Flowable]:
    """One contact in full (FULL level, the contact log): a heading line, then who was present,
    notes, agreements, safety plan."""
    s = styles()
    head: list[Flowable] = [HRFlowable(width=TEXT_WIDTH, thickness=0.4, color=RULE, spaceBefore=6, spaceAfter=0)] \
        if rule else []
    head.append(Paragraph(text(_contact_heading(contact, words)), s.subheading))
    if contact.present.strip():
        head.append(Paragraph(f"<font color='#616e7c'>{text(words.colon(words('field.present')))}</font> "
                              f"{text(contact.present)}", s.body))
    story: list[Flowable] = [Keep(head)]
    for name in ("notes", "agreements", "safety_plan"):
        story += labelled(words(f"field.{name}"), getattr(contact, name))
    return story


# The contact table of the redacted levels: (field, column label, width); a column the level does
# not print is left out.
_CONTACT_COLUMNS = (("at", "field.date", 58), ("mode", "field.mode", 48), ("duration_min", "field.duration", 24),
                    ("risk", "field.risk", 0))


def _contacts(contacts: list[Contact], words: Labels, level: Redaction) -> list[Flowable]:
    if not contacts:
        return [para(words("summary.no_contacts"))]
    story: list[Flowable] = [para(words.count("summary.contact_count", len(contacts)), styles().small)]
    if all(show(level, Contact, name) is Show.EXACT for name in ("at", "present", "notes", "agreements",
                                                                   "safety_plan")):
        for index, contact in enumerate(contacts):
            story += contact_block(contact, words, rule=index > 0)
        return story
    columns = [(name, label, width) for name, label, width in _CONTACT_COLUMNS
               if show(level, Contact, name) is not Show.NEVER]
    fixed = sum(width for _, _, width in columns) * mm
    widths = [width * mm if width else max(30 * mm, TEXT_WIDTH - fixed) for _, _, width in columns]
    rows = [tuple(_shown(words, level, c, name) or "" for name, _, _ in columns) for c in contacts]
    story.append(grid_table([words(label) for _, label, _ in columns], rows, widths))
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


def _risk(contacts: list[Contact], words: Labels, level: Redaction) -> list[Flowable]:
    if not contacts:
        return [para(words("summary.no_contacts"))]
    history = risk_history(contacts)
    if not history:
        return [para(words("summary.current_risk", risk=words.enum(RiskLevel.NOT_ASSESSED)))]
    how = show(level, Contact, "at")  # the history's dates are the contacts' dates
    rows = [(_when(words, how, day), words.enum(risk)) for day, risk in history]
    return [para(words("summary.current_risk", risk=words.enum(history[-1][1]))),
            grid_table([words("field.date"), words("field.risk")], rows, [60 * mm, 50 * mm])]


INSTRUMENT_NAMES = {Instrument.PHQ9: "PHQ-9", Instrument.GAD7: "GAD-7"}


def _scores(scores: list[Score], words: Labels, level: Redaction) -> list[Flowable]:
    """The questionnaires' totals, and PHQ-9 item 9 apart (an answer above 0 matters whatever the
    total), oldest first, dated in the document's date style (the month when the level says so)."""
    if show(level, Score, "total") is Show.NEVER:
        return []
    # a heading of its own, with room above it: as plain text it stuck to the risk table above
    story: list[Flowable] = [Paragraph(text(words("summary.scores")), styles().subheading)]
    if not scores:
        return [*story, para(words("summary.no_scores"))]
    how = show(level, Score, "taken_on")
    rows = [(_when(words, how, s.taken_on), INSTRUMENT_NAMES[s.instrument], str(s.total),
             str(s.item9) if s.instrument is Instrument.PHQ9 and s.item9 is not None else "–")
            for s in sorted(scores, key=lambda s: (s.taken_on, s.id or 0))]
    return [*story, grid_table([words("field.date"), words("field.instrument"), words("field.total"),
                                words("field.item9")], rows, [40 * mm, 35 * mm, 25 * mm, 35 * mm])]


def _steps(referral: Referral, words: Labels, level: Redaction) -> str:
    how = show(level, Referral, "status_dates")
    order = list(ReferralStatus)
    steps = []
    for value, day in sorted(referral.status_dates.items(),
                             key=lambda kv: (kv[1], order.index(ReferralStatus(kv[0])))):
        step = words.enum(ReferralStatus(value))
        if how is not Show.NEVER:
            step += f" ({_when(words, how, date.fromisoformat(day))})"
        steps.append(step)
    return ", ".join(steps) or words.enum(referral.status)


def _referrals(referrals: list[Referral], words: Labels, level: Redaction) -> list[Flowable]:
    if not referrals:
        return [para(words("summary.no_referrals"))]
    story: list[Flowable] = []
    for referral in referrals:
        kind = words.enum(referral.provider_kind) if referral.provider_kind else words("provider_kind.unknown")
        rows = [(words("field.provider_kind"), kind)]
        provider = _shown(words, level, referral, "provider_name")
        if provider:
            rows.append((words("field.provider"), provider))
        rows += [(words("field.status"), words.enum(referral.status)),
                 (words("field.steps"), _steps(referral, words, level))]
        if show(level, Referral, "consent_given") is not Show.NEVER:
            when = _shown(words, level, referral, "consent_date") if referral.consent_date else None
            consent = (when or words("yes")) if referral.consent_given else words("no")
            rows.append((words("field.consent"), consent))
        for name in ("reason", "consent_scope", "feedback"):
            value = _shown(words, level, referral, name)
            if value and value.strip():
                rows.append((words(f"field.{name}"), value))
        story += [fields_table(rows), spacer(3)]
    return story


def _tasks(tasks: list[Task], words: Labels, level: Redaction) -> list[Flowable]:
    if not tasks:
        return [para(words("summary.no_tasks"))]
    done_how, due_how = show(level, Task, "done_at"), show(level, Task, "due_on")

    def state(t: Task) -> str:
        return _when(words, done_how, t.done_at.date()) if t.done_at else words("field.open")

    def due(t: Task) -> str:
        return _when(words, due_how, t.due_on)

    if show(level, Task, "title") is not Show.NEVER:
        rows = [(t.title + (f"\n{t.notes}" if t.notes.strip() else ""), due(t), state(t)) for t in tasks]
        return [grid_table([words("field.task"), words("field.due_on"), words("field.done")], rows,
                           [TEXT_WIDTH - 70 * mm, 35 * mm, 35 * mm])]
    rows2 = [(due(t), state(t)) for t in tasks]
    return [grid_table([words("field.due_on"), words("field.done")], rows2, [50 * mm, 50 * mm])]


def _safety_plan(plan: SafetyPlan | None, words: Labels) -> list[Flowable]:
    """The latest version of the plan: its number and date, then the seven steps in the editor's
    order (an empty step says so), or why no plan is needed."""
    if plan is None:
        return [para(words("summary.no_safety_plan"))]
    saved = words.date(plan.saved_at.date()) if plan.saved_at is not None else words("none")
    return [para(words("summary.safety_version", version=plan.version, date=saved), styles().small),
            *_plan_steps(plan, words)]


def plan_block(plan: SafetyPlan, words: Labels) -> list[Flowable]:
    """One saved version of the safety plan in full, as the contact log prints it: a heading with its
    number and when it was saved, then its steps."""
    saved = words.datetime(plan.saved_at) if plan.saved_at is not None else words("none")
    heading = f"{words('section.safety_plan')} — {words('summary.safety_version', version=plan.version, date=saved)}"
    return [Paragraph(text(heading), styles().subheading), *_plan_steps(plan, words)]


def _plan_steps(plan: SafetyPlan, words: Labels) -> list[Flowable]:
    story: list[Flowable] = []
    if plan.not_applicable_reason.strip():
        story.append(para(words("summary.safety_not_applicable", reason=plan.not_applicable_reason.strip())))
    for name in STEPS:
        value = getattr(plan, name)
        story += labelled(words(f"safety.step.{name}"), value if value.strip() else words("none"))
    return story


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
    name = _shown(words, level, case, "doctor_name")
    if name:
        story.insert(1, Paragraph(text(name), s.subheading))
    # Newest first from the vault; summaries read oldest first.
    contacts = sorted(vault.contacts.for_case(case_id), key=lambda c: (c.at, c.id or 0))
    for section in Section:
        if section not in sections or (section is Section.SAFETY_PLAN and level is not Redaction.FULL):
            continue
        story.append(Paragraph(text(words(f"section.{section.value}")), s.heading))
        if section is Section.INTAKE:
            story += _intake(case, words, level)
        elif section is Section.CONTACTS:
            story += _contacts(contacts, words, level)
        elif section is Section.RISK:
            story += _risk(contacts, words, level)
            story += _scores(vault.scores.for_case(case_id), words, level)
        elif section is Section.REFERRALS:
            story += _referrals(vault.referrals.for_case(case_id), words, level)
        elif section is Section.SAFETY_PLAN:
            story += _safety_plan(vault.safety_plans.current(case_id), words)
        else:
            story += _tasks(vault.tasks.for_case(case_id), words, level)
    return build_pdf(story, words, created=today)


def contact_log_pdf(vault: Vault, case_id: int, today: date | None = None) -> bytes:
    """Every contact of one case, oldest first, in full (notes, agreements, safety plans): every saved
    version of the safety plan in full, right after the contact it was written in, or (saved outside a
    contact) where its time puts it among the contacts."""
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
    for index, entry in enumerate(log_entries(contacts, vault.safety_plans.versions(case_id))):
        if isinstance(entry, Contact):
            story += contact_block(entry, words, rule=index > 0)
        else:
            story += plan_block(entry, words)
    return build_pdf(story, words, created=today)


def log_entries(contacts: list[Contact], plans: Iterable[SafetyPlan]) -> list[Contact | SafetyPlan]:
    """The contact log's order: the contacts oldest first, each followed by the plan versions written in
    it (oldest first); a version saved outside any of these contacts at its own time among them."""
    ids = {c.id for c in contacts}
    tied: dict[int | None, list[SafetyPlan]] = {}
    loose: list[SafetyPlan] = []
    for plan in sorted(plans, key=lambda p: p.version):
        if plan.contact_id is not None and plan.contact_id in ids:
            tied.setdefault(plan.contact_id, []).append(plan)
        else:
            loose.append(plan)
    keyed: list[tuple[tuple[datetime, int, int], list[Contact | SafetyPlan]]] = [
        ((c.at, 0, c.id or 0), [c, *tied.get(c.id, [])]) for c in contacts]
    keyed += [((p.saved_at or datetime.min, 1, p.version), [p]) for p in loose]
    return [entry for _, group in sorted(keyed, key=lambda k: k[0]) for entry in group]
