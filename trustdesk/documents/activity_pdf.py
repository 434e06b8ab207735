"""The activity report as PDF: per table the exact figures of the ``ActivityReport`` and, beside
them, a bar chart drawn with reportlab.graphics.  A suppressed cell gets no bar (its "<5" is in the
count column only)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

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


def bar_chart(table: ActivityTable) -> Drawing:
    """Horizontal bars, one per row, top to bottom in row order; suppressed rows: no bar, "<5"."""
    n = len(table.rows)
    drawing = Drawing(CHART_WIDTH, n * ROW)
    shown = [r.count for r in table.rows if r.count is not None]
    top = max(shown, default=0) or 1
    scale_max = top * 1.18
    chart = HorizontalBarChart()
    chart.x, chart.y = 2, 0
    chart.width, chart.height = CHART_WIDTH - 4, n * ROW
    # Suppressed cells are missing data (None): the chart draws no bar for them.
    chart.data = [[r.count for r in reversed(table.rows)]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, scale_max
    chart.valueAxis.visible = False
    chart.categoryAxis.visible = False
    chart.categoryAxis.categoryNames = [r.key for r in reversed(table.rows)]
    chart.barWidth = ROW * 0.55
    chart.groupSpacing = ROW * 0.45
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    for index, row in enumerate(table.rows):
        # The count column beside says the number (or "<5"): the chart only draws bars, with the number
        # at the end of each bar; a suppressed or zero row draws nothing (no second "<5" column).
        if row.count:
            y = (n - 1 - index) * ROW + ROW / 2 - 3
            x = chart.x + chart.width * row.count / scale_max + 3
            drawing.add(String(x, y, str(row.count), fontName=FONT, fontSize=8.5, fillColor=INK))
    return drawing


def _table_block(report_table: ActivityTable, words: Labels) -> list[Flowable]:
    s = styles()
    head = Paragraph(text(table_title(words, report_table.name)), s.heading)
    data: list[list[object]] = [[words("field.provider_kind") if report_table.name == "referral_kind" else "",
                                 words("activity.column.count"), ""]]
    for row in report_table.rows:
        data.append([row_label(words, report_table.name, row.key), row.display, ""])
    data[1][2] = bar_chart(report_table)
    grid = Table(data, colWidths=[LABEL_WIDTH, COUNT_WIDTH, CHART_WIDTH], rowHeights=[ROW] * len(data),
                 hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (1, -1), 0.3, RULE),
        ("SPAN", (2, 1), (2, -1)),
        ("VALIGN", (2, 1), (2, -1), "TOP"),
        ("LEFTPADDING", (2, 0), (2, -1), 6),
        ("TOPPADDING", (2, 1), (2, -1), 0),
        ("BOTTOMPADDING", (2, 1), (2, -1), 0),
    ]))
    block: list[Flowable] = [head, grid]
    if report_table.name == "domain":
        block += [spacer(1), para(words("activity.domain_note"), s.small)]
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
