"""The activity report as PDF: per table the exact figures of the ``ActivityReport`` and, beside
them, a bar chart drawn with reportlab.graphics, one bar per row in the table's third column, so a long
table (a month table over several years) splits across pages with its header repeated.  A suppressed
cell gets no bar (its hidden mark is in the count column only)."""

from __future__ import annotations

import functools

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

from trustdesk.documents.activity import ActivityReport, ActivityTable, row_label, table_title
from trustdesk.documents.labels import Labels
from trustdesk.documents.layout import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    RULE,
    TEXT_WIDTH,
    build_pdf,
    para,
    spacer,
    styles,
    text,
)
from trustdesk.domain.enums import Language

ROW = 6.2 * mm
LABEL_WIDTH = 62 * mm
COUNT_WIDTH = 20 * mm
CHART_WIDTH = TEXT_WIDTH - LABEL_WIDTH - COUNT_WIDTH
CHART_PADDING = 6
BAR = 0.55  # of a row
KEEP_TOGETHER_ROWS = 24  # a table up to this long starts on a new page rather than split


@functools.cache
def _label_style() -> ParagraphStyle:
    return ParagraphStyle("td-activity-label", parent=styles().body, fontSize=9, leading=11, spaceAfter=0)


def bar_cells(table: ActivityTable) -> list[Drawing]:
    """One drawing per row (its bar and, at its end, the number), so the table splits across pages
    row by row with the header repeated; all bars share one scale.  A suppressed or zero row draws
    nothing: its hidden mark or 0 is in the count column beside (no second column of it)."""
    shown = [r.count for r in table.rows if r.count is not None]
    scale_max = (max(shown, default=0) or 1) * 1.18  # room for the number after the longest bar
    width = CHART_WIDTH - CHART_PADDING
    cells = []
    for row in table.rows:
        drawing = Drawing(width, ROW)
        if row.count:
            length = width * row.count / scale_max
            drawing.add(Rect(0, ROW * (1 - BAR) / 2, length, ROW * BAR, fillColor=ACCENT, strokeColor=None))
            drawing.add(String(length + 3, ROW / 2 - 3, str(row.count), fontName=FONT, fontSize=8.5, fillColor=INK))
        cells.append(drawing)
    return cells


def _table_block(report_table: ActivityTable, words: Labels) -> list[Flowable]:
    s = styles()
    head = Paragraph(text(table_title(words, report_table.name)), s.heading)
    data: list[list[object]] = [[words("field.provider_kind") if report_table.name == "referral_kind" else "",
                                 words("activity.column.count"), ""]]
    for row, bar in zip(report_table.rows, bar_cells(report_table), strict=True):
        data.append([Paragraph(text(row_label(words, report_table.name, row.key)), _label_style()), row.display, bar])
    grid = Table(data, colWidths=[LABEL_WIDTH, COUNT_WIDTH, CHART_WIDTH], minRowHeights=[ROW] * len(data),
                 hAlign="LEFT", repeatRows=1, splitInRow=1)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (1, -1), 0.3, RULE),
        ("LEFTPADDING", (2, 0), (2, -1), CHART_PADDING),
        ("RIGHTPADDING", (2, 0), (2, -1), 0),
        ("TOPPADDING", (0, 1), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 0),
    ]))
    block: list[Flowable] = [head, grid]
    if report_table.name == "domain":
        block += [spacer(1), para(words("activity.domain_note"), s.small)]
    if len(report_table.rows) > KEEP_TOGETHER_ROWS:
        # A month table over years: it follows on the same page and splits by rows, header repeated; the
        # heading only needs room for a few rows (keepWithNext would move the whole table to a new page).
        head.style = ParagraphStyle("td-heading-long", parent=s.heading, keepWithNext=False)
        return [CondPageBreak(head.style.leading + s.heading.spaceBefore + 5 * ROW), *block]
    return [KeepTogether(block)]


def activity_report_pdf(report: ActivityReport, language: Language | str) -> bytes:
    words = Labels(language)
    s = styles()

    def month(key: str) -> str:
        return row_label(words, "month", key)

    story: list[Flowable] = [
        Paragraph(text(words("activity.title")), s.title),
        Paragraph(text(words("activity.period", start=month(report.start_month), end=month(report.end_month))),
                  s.subtitle),
        para(words("activity.note"), s.small),
        spacer(2),
        Paragraph(f"{text(words('activity.total'))} <b>{text(report.total.display)}</b>", s.body),
    ]
    for table in report.tables:
        story += _table_block(table, words)
    return build_pdf(story, words)
