"""The recovery kit: one printed page with the recovery code, the vault id, the date and plain
instructions in the UI language (what the code is for, where to keep it, what to do when the
laptop is lost)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from trustdesk.documents.labels import Labels
from trustdesk.documents.layout import (
    ACCENT,
    TEXT_WIDTH,
    TINT,
    build_pdf,
    fields_table,
    para,
    spacer,
    styles,
    text,
)
from trustdesk.domain.enums import Language


def recovery_kit_pdf(recovery_code: str, vault_id: str, language: Language | str,
                     today: date | None = None) -> bytes:
    words = Labels(language)
    s = styles()
    today = today or date.today()
    code_box = Table([[Paragraph(text(recovery_code), s.mono)]], colWidths=[TEXT_WIDTH])
    code_box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
    ]))
    story: list[Flowable] = [
        Paragraph(text(words("recovery.title")), s.title),
        spacer(6),
        Paragraph(text(words("recovery.code")), s.label),
        spacer(1.5),
        code_box,
        spacer(5),
        fields_table([(words("recovery.vault_id"), vault_id), (words("recovery.date"), words.date(today))]),
        spacer(4),
    ]
    for part in ("what", "keep", "lost"):
        story.append(Paragraph(text(words(f"recovery.{part}.title")), s.heading))
        story.append(para(words(f"recovery.{part}.text")))
    return build_pdf(story, words, created=today)
