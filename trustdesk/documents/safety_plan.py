"""The safety plan as one A4 page to hand to the doctor, in the case's language (nl, fr, en).

What is on it: the seven steps of the current plan, the date of the version and the emergency
number -- in large, readable type.  What is never on it: the case code, the doctor's name, the
trust person's notes or the "not applicable" reason (the page is the doctor's, not the file's).
An empty step gets ruled lines to fill in by hand.  When the plan is long, the type steps down
until it fits on one page (never below 9 pt); text that still does not fit is a DocumentError
rather than a second page that gets lost.
"""

from __future__ import annotations

import re
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from trustdesk.documents.errors import DocumentError
from trustdesk.documents.labels import Labels
from trustdesk.documents.layout import ACCENT, FONT_BOLD, INK, RULE, TEXT_WIDTH, TINT, build_pdf, styles, text
from trustdesk.domain.enums import Language
from trustdesk.domain.safety import STEPS, SafetyPlan

SIZES = (13.0, 12.0, 11.0, 10.0, 9.0)  # body type, largest first
_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def page_count(pdf: bytes) -> int:
    """Pages in a PDF that reportlab wrote (one ``/Type /Page`` object each)."""
    return len(_PAGE.findall(pdf))


def _story(plan: SafetyPlan, words: Labels, size: float) -> list[Flowable]:
    base = styles()
    body = ParagraphStyle("sp-body", parent=base.body, fontSize=size, leading=size * 1.38, spaceAfter=0)
    title = ParagraphStyle("sp-title", parent=base.title, fontSize=size + 9, leading=(size + 9) * 1.25)
    subtitle = ParagraphStyle("sp-subtitle", parent=base.subtitle, fontSize=size - 1.5, leading=(size - 1.5) * 1.35)
    head = ParagraphStyle("sp-head", parent=body, fontName=FONT_BOLD, textColor=ACCENT, spaceAfter=2)
    number = ParagraphStyle("sp-number", parent=body, fontName=FONT_BOLD, fontSize=size + 6,
                            leading=(size + 6) * 1.2, textColor=ACCENT, alignment=1)
    story: list[Flowable] = [Paragraph(text(words("safety.title")), title)]
    if plan.saved_at is not None:
        story.append(Paragraph(text(words("safety.version", date=words.date(plan.saved_at.date()))), subtitle))
    story.append(Paragraph(text(words("safety.intro")), body))
    rows: list[list[object]] = []
    for index, name in enumerate(STEPS, start=1):
        value = getattr(plan, name).strip()
        cell: list[Flowable] = [Paragraph(text(words(f"safety.step.{name}")), head)]
        if value:
            cell.append(Paragraph(text(value), body))
        else:  # room to write by hand
            lines = Table([[""], [""]], colWidths=[TEXT_WIDTH - 16 * mm], rowHeights=[size * 1.6] * 2)
            lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
            cell.append(lines)
        rows.append([Paragraph(str(index), number), cell])
    steps = Table(rows, colWidths=[12 * mm, TEXT_WIDTH - 12 * mm], hAlign="LEFT", splitInRow=1)  # too long: 2 pages, refused
    steps.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), size * 0.35),
        ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.5),
        ("BACKGROUND", (0, 0), (0, -1), TINT),
    ]))
    story.append(steps)
    emergency = ParagraphStyle("sp-emergency", parent=body, fontName=FONT_BOLD, textColor=INK, spaceBefore=6)
    story.append(Paragraph(text(words("safety.emergency")), emergency))
    return story


def safety_plan_pdf(plan: SafetyPlan, language: Language | str, today: date | None = None) -> bytes:
    """The plan on one A4 page, as PDF bytes (built in memory)."""
    words = Labels(language)
    for size in SIZES:
        pdf = build_pdf(_story(plan, words, size), words, created=today or date.today(),
                        title=words("safety.title"))
        if page_count(pdf) <= 1:
            return pdf
    raise DocumentError("the safety plan does not fit on one page")
