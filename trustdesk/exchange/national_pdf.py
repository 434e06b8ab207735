"""The national report: merged, suppressed figures per quarter as PDF (nl, fr, en) and CSV.

Only ``Release`` objects enter here: what the PDF and CSV show is exactly what publication.py
allowed.  Charts per knowledge domain over the quarters are drawn with reportlab.graphics; a
hidden count gets no bar, only the neutral mark ``HIDDEN_MARK`` (the same for a count of 1-4 and for
a larger count hidden so that a small one cannot be worked out: "<5" there would be false); a quarter
that is not published shows ``WITHHELD_MARK`` in its tables and charts alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from trustdesk.documents.figures_csv import figures_csv
from trustdesk.documents.labels import Labels
from trustdesk.documents.layout import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    TEXT_WIDTH,
    build_pdf,
    para,
    spacer,
    styles,
    text,
)
from trustdesk.domain.enums import CloseReason, Initiator, KnowledgeDomain, Province
from trustdesk.domain.suppression import HIDDEN_MARK, HIDDEN_WORD, WITHHELD_MARK, WITHHELD_WORD
from trustdesk.exchange.figures import CLOSED, NO_DOMAIN, OPEN, UNKNOWN_REGION
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import TABLES, Release

HIDDEN = HIDDEN_MARK
COLUMNS_PER_TABLE = 6

_W: dict[str, tuple[str, str, str]] = {
    "title": ("Nationaal overzicht van de hulpvragen", "Aperçu national des demandes d'aide",
              "National overview of requests for help"),
    "subtitle": ("Samengevoegde cijfers van {n} vertrouwenspersonen, {first} tot en met {last}",
                 "Chiffres fusionnés de {n} personnes de confiance, de {first} à {last}",
                 "Merged figures of {n} trust persons, {first} to {last}"),
    "subtitle_one": ("Cijfers van 1 vertrouwenspersoon, {first} tot en met {last}",
                     "Chiffres d'une personne de confiance, de {first} à {last}",
                     "Figures of 1 trust person, {first} to {last}"),
    "subtitle_withheld": ("Samengevoegde cijfers, {first} tot en met {last}: niet gepubliceerd (minder dan 5 "
                          "nieuwe dossiers)",
                          "Chiffres fusionnés, de {first} à {last}\u00a0: non publiés (moins de 5 nouveaux dossiers)",
                          "Merged figures, {first} to {last}: not published (fewer than 5 new cases)"),
    "note": ("Nieuwe dossiers per kwartaal waarin ze geopend werden. Er worden alleen volledige, afgesloten "
             "kwartalen gepubliceerd, en een gepubliceerd kwartaal verandert nooit meer.",
             "Nouveaux dossiers par trimestre d'ouverture. Seuls des trimestres complets et terminés sont "
             "publiés, et un trimestre publié ne change plus.",
             "New cases per quarter in which they were opened. Only whole, ended quarters are published, and a "
             "published quarter never changes."),
    "legend": ("{hidden} = verborgen: een klein aantal, of verborgen zodat een klein aantal niet af te leiden is. "
               "{withheld} = kwartaal niet gepubliceerd (minder dan 5 nieuwe dossiers).",
               "{hidden} = masqué\u00a0: un petit nombre, ou masqué pour qu'un petit nombre ne puisse pas être "
               "déduit. {withheld} = trimestre non publié (moins de 5 nouveaux dossiers).",
               "{hidden} = hidden: a small number, or hidden so that a small number cannot be worked out. "
               "{withheld} = quarter not published (fewer than 5 new cases)."),
    "totals": ("Nieuwe dossiers per kwartaal", "Nouveaux dossiers par trimestre", "New cases per quarter"),
    "total": ("Nieuwe dossiers", "Nouveaux dossiers", "New cases"),
    "contributors": ("Vertrouwenspersonen", "Personnes de confiance", "Trust persons"),
    "charts": ("Per kennisdomein, over de kwartalen", "Par domaine, au fil des trimestres",
               "Per knowledge domain, over the quarters"),
    "domain_note": ("Een dossier kan meerdere kennisdomeinen hebben.", "Un dossier peut relever de plusieurs "
                    "domaines.", "A case may have several knowledge domains."),
    "table.month": ("Per maand", "Par mois", "Per month"),
    "table.domain": ("Per kennisdomein", "Par domaine", "Per knowledge domain"),
    "table.initiator": ("Per aanmelder", "Par demandeur", "Per initiator"),
    "table.region": ("Per regio", "Par région", "Per region"),
    "table.outcome": ("Per afloop op het einde van het kwartaal", "Par issue à la fin du trimestre",
                      "Per outcome at the end of the quarter"),
    "month_1": ("1e maand", "1er mois", "1st month"),
    "month_2": ("2e maand", "2e mois", "2nd month"),
    "month_3": ("3e maand", "3e mois", "3rd month"),
    "withheld": ("minder dan 5 (niet gepubliceerd)", "moins de 5 (non publié)", "fewer than 5 (not published)"),
    "none_domain": ("geen domein", "aucun domaine", "no domain"),
    "unknown_region": ("onbekend", "inconnue", "unknown"),
    "open": ("loopt nog", "en cours", "still open"),
    "closed": ("afgesloten (geen reden)", "clôturé (sans motif)", "closed (no reason)"),
}


def _w(words: Labels, key: str, **values: object) -> str:
    value = _W[key][("nl", "fr", "en").index(words.language)]
    return value.format(**values) if values else value


def quarter_label(words: Labels, quarter: Quarter) -> str:
    return quarter.name(words.language)  # one way per language, shared with the commands and the app


def row_label(words: Labels, table: str, key: str) -> str:
    if table == "month":
        year, month = key.split("-")
        return words.month(int(year), int(month))
    if table == "domain":
        return _w(words, "none_domain") if key == NO_DOMAIN else words.enum(KnowledgeDomain(key))
    if table == "initiator":
        return words.enum(Initiator(key))
    if table == "region":
        return _w(words, "unknown_region") if key == UNKNOWN_REGION else words.enum(Province(key))
    if key == OPEN:
        return _w(words, "open")
    return _w(words, "closed") if key == CLOSED else words.enum(CloseReason(key))


def _shown(value: int | None) -> str:
    return HIDDEN if value is None else str(value)


def cell_text(release: Release, table: str, key: str) -> str:
    """What the report prints for one cell: the count, the hidden mark, or the withheld mark."""
    return WITHHELD_MARK if release.total is None else _shown(release.table(table).value(key))


def domain_chart(releases: Sequence[Release], domain: str, words: Labels, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, row_label(words, "domain", domain), fontName=FONT_BOLD, fontSize=9,
                       fillColor=INK))
    values = [None if r.total is None else r.table("domain").value(domain) for r in releases]
    marks = [cell_text(r, "domain", domain) for r in releases]
    top = max((v for v in values if v is not None), default=0) or 1
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 8, 16, width - 16, height - 40
    chart.data = [values]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top * 1.2
    chart.valueAxis.visible = False
    chart.categoryAxis.categoryNames = [quarter_label(words, r.quarter) for r in releases]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30 if len(releases) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(releases) > 6 else "n"
    chart.categoryAxis.strokeColor = RULE
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    step = chart.width / max(len(releases), 1)
    for index, (value, mark) in enumerate(zip(values, marks, strict=True)):
        x = chart.x + step * (index + 0.5)
        y = chart.y + (chart.height * value / (top * 1.2) if value else 0) + 2
        drawing.add(String(x, y, mark, fontName=FONT, fontSize=7, textAnchor="middle",
                           fillColor=MUTED if value is None else INK))
    return drawing


def _header(cells: Sequence[str], size: float = 8) -> list[Flowable | str]:
    """A table's header row as paragraphs: each wraps inside its own column (never runs into the
    next one, "Nouveaux dossiersPersonnes de confiance"), the first left-aligned, the others right-aligned
    like their numbers."""
    first = ParagraphStyle("td-nat-th", fontName=FONT_BOLD, fontSize=size, leading=size * 1.2, textColor=INK,
                           alignment=TA_LEFT)
    other = ParagraphStyle("td-nat-th-r", parent=first, alignment=TA_RIGHT)
    return [Paragraph(text(cell), first if index == 0 else other) if cell else ""
            for index, cell in enumerate(cells)]


# Space between two columns: a right-aligned header never touches the one before it.
_COLUMN_GAP = [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
               ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]


def _style(grid: Table) -> Table:
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *_COLUMN_GAP,
    ]))
    return grid


def _month_grid(words: Labels, releases: Sequence[Release]) -> list[Flowable]:
    """Months differ per quarter: one row per quarter, its three months side by side."""
    rows: list[list[Flowable | str]] = [_header(["", _w(words, "month_1"), _w(words, "month_2"),
                                                 _w(words, "month_3")])]
    for r in releases:
        rows.append([quarter_label(words, r.quarter)] + [
            f"{words.colon(row_label(words, 'month', key))} {cell_text(r, 'month', key)}"
            for key, _ in r.table("month").rows])
    label_width = 30 * mm
    return [_style(Table(rows, colWidths=[label_width] + [(TEXT_WIDTH - label_width) / 3] * 3, hAlign="LEFT",
                         repeatRows=1)), spacer(3)]


def _grid(words: Labels, name: str, releases: Sequence[Release]) -> list[Flowable]:
    """Rows: the table's keys; columns: quarters (at most COLUMNS_PER_TABLE per block)."""
    if name == "month":
        return _month_grid(words, releases)
    blocks: list[Flowable] = []
    for start in range(0, len(releases), COLUMNS_PER_TABLE):
        chunk = releases[start:start + COLUMNS_PER_TABLE]
        rows: list[list[Flowable | str]] = [_header([""] + [quarter_label(words, r.quarter) for r in chunk])]
        for key, _ in chunk[0].table(name).rows:
            rows.append([row_label(words, name, key)] + [
                cell_text(r, name, key) for r in chunk])
        label_width = 52 * mm
        widths = [label_width] + [(TEXT_WIDTH - label_width) / len(chunk)] * len(chunk)
        blocks += [_style(Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)), spacer(3)]
    return blocks


def national_pdf(releases: Sequence[Release], language: str, *, made_on: date | None = None) -> bytes:
    words = Labels(language)
    s = styles()
    ordered = sorted(releases, key=lambda r: r.quarter)
    story: list[Flowable] = [Paragraph(text(_w(words, "title")), s.title)]
    if ordered:
        # a withheld quarter counts no one (SECURITY.md: it shows no number): only published ones give a count
        shown = [r.contributors for r in ordered if r.total is not None and r.contributors is not None]
        contributors = max(shown, default=0)
        key = "subtitle_withheld" if not shown else "subtitle_one" if contributors == 1 else "subtitle"
        story.append(Paragraph(text(_w(words, key, n=contributors,
                                       first=quarter_label(words, ordered[0].quarter),
                                       last=quarter_label(words, ordered[-1].quarter))), s.subtitle))
    story += [para(_w(words, "note"), s.small),
              para(_w(words, "legend", hidden=HIDDEN_MARK, withheld=WITHHELD_MARK), s.small), spacer(3),
              Paragraph(text(_w(words, "totals")), s.heading)]
    totals: list[list[Flowable | str]] = [_header(["", _w(words, "total"), _w(words, "contributors")], 8.5)] + [
        [quarter_label(words, r.quarter), _w(words, "withheld") if r.total is None else str(r.total),
         WITHHELD_MARK if r.contributors is None else str(r.contributors)] for r in ordered]
    grid = Table(totals, colWidths=[40 * mm, 55 * mm, 45 * mm], hAlign="LEFT", repeatRows=1)
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                              ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                              ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), *_COLUMN_GAP]))
    story += [grid, spacer(5), Paragraph(text(_w(words, "charts")), s.heading),
              para(_w(words, "domain_note"), s.small)]
    recent = ordered[-12:]
    cell_w, cell_h = TEXT_WIDTH / 2, 48 * mm
    domains = [*(d.value for d in KnowledgeDomain), NO_DOMAIN]
    charts = [domain_chart(recent, d, words, cell_w - 4, cell_h) for d in domains]
    rows = [charts[i:i + 2] + [""] * (2 - len(charts[i:i + 2])) for i in range(0, len(charts), 2)]
    story.append(Table(rows, colWidths=[cell_w, cell_w], hAlign="LEFT"))
    for name in TABLES:
        story.append(KeepTogether([Paragraph(text(_w(words, f"table.{name}")), s.heading),
                                   *_grid(words, name, ordered)]))
    return build_pdf(story, words, created=made_on)


def national_csv(releases: Sequence[Release]) -> bytes:
    """One row per published number, in the one scheme of every figures CSV (``figures_csv.COLUMNS``:
    period_start, period_end -- the quarter's first and last month --, table, key, count): "hidden" for
    a hidden cell, whether 1-4 or hidden so that a small one cannot be worked out; "withheld" for a
    quarter under 5 cases in total."""
    rows: list[tuple[str, str, str, str, str | int]] = []
    for release in sorted(releases, key=lambda r: r.quarter):
        period = (release.quarter.months[0], release.quarter.months[-1])
        rows.append((*period, "total", "cases", WITHHELD_WORD if release.total is None else release.total))
        rows.append((*period, "total", "trust_persons",
                     WITHHELD_WORD if release.total is None or release.contributors is None else release.contributors))
        if release.total is None:
            continue
        for table in release.tables:
            rows += [(*period, table.name, key, HIDDEN_WORD if value is None else value) for key, value in table.rows]
    return figures_csv(rows)
