"""Shared page layout of every TrustDesk PDF: A4, embedded DejaVu fonts, calm type, and a footer
with "Confidential", the creation date and "page x of y" in the document's language.

PDFs are built into ``BytesIO`` and returned as bytes: nothing is ever written to disk here.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import NoEncryption
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.flowables import _listWrapOn

from trustdesk.documents.errors import DocumentCancelled
from trustdesk.documents.labels import Labels
from trustdesk.pace import checkpoint

_CANCEL = threading.local()  # the stop flag of the document this thread is laying out


@contextmanager
def cancellable(stop: threading.Event) -> Iterator[None]:
    """Documents built in this thread inside the block stop (``DocumentCancelled``) before the next
    flowable once ``stop`` is set: at most one piece of text (``CHUNK_CHARS``) later."""
    previous = getattr(_CANCEL, "event", None)
    _CANCEL.event = stop
    try:
        yield
    finally:
        _CANCEL.event = previous


class _Template(SimpleDocTemplate):  # type: ignore[misc]
    """SimpleDocTemplate that looks at the thread's stop flag between flowables."""

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        checkpoint()
        stop = getattr(_CANCEL, "event", None)
        if stop is not None and stop.is_set():
            raise DocumentCancelled("stopped")
        super().handle_flowable(flowables)


class Paragraph(_Paragraph):  # type: ignore[misc]
    """reportlab's Paragraph that breaks its lines once per width.

    A paragraph is measured more than once at the same width: a group kept together (a label with
    its first paragraph, a heading with what follows) measures its content to see whether it fits,
    and the frame then measures each piece again to place it; a paragraph moved to the next page is
    measured again there.  Line breaking is most of a summary's time, and its result depends on the
    width alone, so the second measure reuses the first (the PDF is byte for byte the same).
    """

    _MEASURED = ("width", "height", "_wrapWidths", "blPara", "_width_max", "_splitLongWordCount",
                 "_hyphenations")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        checkpoint()  # parsing the markup is a unit of work (a table makes hundreds in one go)
        super().__init__(*args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        checkpoint()  # so is breaking the lines (a table measures all its cells in one go)
        cached = self.__dict__.get("_td_measured")
        if cached is not None and cached[0] == availWidth:
            self.__dict__.update(cached[1])
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._td_measured = (availWidth, {name: self.__dict__[name] for name in self._MEASURED
                                          if name in self.__dict__})
        return size

    def draw(self) -> None:
        checkpoint()  # and drawing them (a table draws all the cells of a page in one go)
        super().draw()


class Keep(KeepTogether):  # type: ignore[misc]
    """reportlab's KeepTogether without a deep copy of the page frame each time it measures its
    content (the copy is for generated content such as index entries, which no TrustDesk document
    has); the layout is the same, a summary with 200 contacts measures some 700 such groups."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        doc: Any = getattr(self.canv, "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        if frame is not None:
            doc.frame = None  # _listWrapOn copies the frame when the document has one
        try:
            dims: list[tuple[float, float]] = []
            width, height = _listWrapOn(self._content, aW, self.canv, dims=dims)
        finally:
            if frame is not None:
                doc.frame = frame
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # force a split, as KeepTogether does


def resources_dir() -> Path:
    """``resources/`` next to the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


FONT = "TrustDeskSans"
FONT_BOLD = "TrustDeskSans-Bold"
FONT_ITALIC = "TrustDeskSans-Oblique"
FONT_MONO = "TrustDeskMono-Bold"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_MONO: "DejaVuSansMono-Bold.ttf",
}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
TINT = colors.HexColor("#f0f4f8")
ACCENT = colors.HexColor("#336b87")

MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


@functools.cache
def register_fonts() -> None:
    """Register the embedded TrueType fonts with reportlab (once per process)."""
    from reportlab.lib.fonts import addMapping

    folder = resources_dir() / "fonts"
    for name, filename in _FONT_FILES.items():
        checkpoint()  # reading a font is ~20 ms of work at a time, once per process
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    mono: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("td-body", fontName=FONT, fontSize=10, leading=14.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    return Styles(
        title=ParagraphStyle("td-title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=22,
                             spaceAfter=2),
        subtitle=ParagraphStyle("td-subtitle", parent=body, textColor=MUTED, fontSize=9.5, leading=13,
                                spaceAfter=10),
        heading=ParagraphStyle("td-heading", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=17,
                               textColor=ACCENT, spaceBefore=12, spaceAfter=5, keepWithNext=True),
        subheading=ParagraphStyle("td-subheading", parent=body, fontName=FONT_BOLD, fontSize=10, leading=14,
                                  spaceBefore=8, spaceAfter=2, keepWithNext=True),
        body=body,
        small=ParagraphStyle("td-small", parent=body, fontSize=8.5, leading=12, textColor=MUTED),
        label=ParagraphStyle("td-label", parent=body, fontSize=9, leading=13, textColor=MUTED, spaceAfter=0,
                             keepWithNext=True),
        mono=ParagraphStyle("td-mono", parent=body, fontName=FONT_MONO, fontSize=19, leading=26,
                            textColor=INK),
    )


def text(value: str) -> str:
    """User text made safe for Paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(text(value), style or styles().body)


# The longest piece of free text laid out as one Paragraph.  reportlab splits a paragraph that runs
# over a page end by laying out the whole remainder again, page after page: one 1 MB note (a few
# hundred pages) took minutes to hours.  A longer block is cut into pieces of at most this many
# characters (at a line break when there is one, else between words), so every page costs the same
# and the time is linear in the text.  About two thirds of a page: ordinary notes stay one paragraph.
CHUNK_CHARS = 3000


def _cut_line(line: str, limit: int) -> list[str]:
    """One line longer than ``limit`` as pieces of at most ``limit`` characters, cut at a space
    (the space becomes the line break); a "word" longer than ``limit`` is cut where it must."""
    pieces: list[str] = []
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit + 1)
        if cut < 0:
            pieces.append(line[:limit])
            line = line[limit:]
        else:
            pieces.append(line[:cut])
            line = line[cut + 1:]
    pieces.append(line)
    return pieces


def chunks(block: str, limit: int = CHUNK_CHARS) -> list[str]:
    """``block`` (one paragraph of free text) as pieces of at most ``limit`` characters, whole lines
    kept together where they fit; a block within the limit is returned as it is.  Joined with line
    breaks the pieces give back the words of ``block`` in their order."""
    if len(block) <= limit:
        return [block]
    out: list[str] = []
    current: list[str] = []
    size = 0
    for line in block.split("\n"):
        for piece in _cut_line(line, limit):
            if current and size + 1 + len(piece) > limit:
                out.append("\n".join(current))
                current, size = [], 0
            size += len(piece) + (1 if current else 0)
            current.append(piece)
    if current:
        out.append("\n".join(current))
    return out


@functools.cache
def _joined(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without the space after: the pieces of one cut block read as one paragraph."""
    return ParagraphStyle(f"{style.name}-piece", parent=style, spaceAfter=0)


def block_paragraphs(block: str, style: ParagraphStyle) -> list[Flowable]:
    """One block of free text as Paragraphs of bounded size (see ``CHUNK_CHARS``)."""
    pieces = chunks(block)
    if len(pieces) == 1:
        return [Paragraph(text(block), style)]
    joined = _joined(style)
    return [Paragraph(text(piece), joined if index < len(pieces) - 1 else style)
            for index, piece in enumerate(pieces)]


def _blocks(value: str) -> list[str]:
    return [b.strip("\n") for b in value.replace("\r\n", "\n").split("\n\n") if b.strip()]


def paragraphs(value: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Free text as one Paragraph per blank-line separated block (so long notes split across pages),
    a very long block in pieces of bounded size."""
    chosen = style or styles().body
    return [flowable for b in _blocks(value) for flowable in block_paragraphs(b, chosen)]


def labelled(label: str, value: str) -> list[Flowable]:
    """Free text under a small grey label that keeps with the first paragraph (never left alone at
    the bottom of a page); a long text still splits across pages.

    The label is its own paragraph on purpose: sharing the text's paragraph through inline
    ``<font>`` markup made every note a multi-fragment paragraph, which reportlab breaks into lines
    about six times slower (a 200-contact summary: 1.5 s instead of 0.3 s).
    """
    blocks = _blocks(value)
    if not blocks:
        return []
    s = styles()
    return [label_paragraph(label, s.label), *(f for b in blocks for f in block_paragraphs(b, s.body))]


@functools.lru_cache(maxsize=512)
def _parsed(markup: str, style: ParagraphStyle) -> list[Any]:
    return list(Paragraph(markup, style).frags)


def label_paragraph(label: str, style: ParagraphStyle) -> Paragraph:
    """A label (the same few words hundreds of times in a summary) as a Paragraph whose markup is
    parsed once: the parse is most of a short paragraph's cost.  Each gets its own copy of the
    fragments (line breaking may change them)."""
    markup = text(label)
    return Paragraph(markup, style, frags=[frag.clone() for frag in _parsed(markup, style)])


def _cell(value: str, style: ParagraphStyle) -> Paragraph | list[Flowable]:
    """A table cell's text: one Paragraph, or for a very long text its pieces (``CHUNK_CHARS``), so a
    row that runs over many pages costs the same per page."""
    if len(value) <= CHUNK_CHARS:
        return Paragraph(text(value), style)
    return paragraphs(value, style)


def fields_table(rows: Sequence[tuple[str, str]], label_width: float = 48 * mm) -> Table:
    """Label / value pairs in two columns, values wrapping.  A row taller than what is left of the page
    splits inside the row (``splitInRow``): a very long value never makes the table unplaceable."""
    s = styles()
    data = [[label_paragraph(label, s.label), _cell(value, s.body)] for label, value in rows]
    table = Table(data, colWidths=[label_width, TEXT_WIDTH - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def grid_table(header: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[float]) -> Table:
    """A light table with a header row that repeats on every page; a row too tall for a page splits."""
    s = styles()
    head_style = ParagraphStyle("td-th", parent=s.label, fontName=FONT_BOLD, textColor=INK)
    data: list[list[Any]] = [[Paragraph(text(h), head_style) for h in header]]
    data += [[_cell(cell, s.body) for cell in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


class _PacedObjects(NoEncryption):  # type: ignore[misc]
    """No encryption, as reportlab's default, with a checkpoint before each object of the file is
    written (a page, a font subset): writing a long document's file is no one unit of work."""

    def register(self, objnum: int, version: int) -> None:
        checkpoint()
        super().register(objnum, version)


def _footer_canvas(words: Labels, created: date) -> type[Canvas]:
    """A canvas that draws the footer once the page count is known (two-pass "page x of y")."""
    confidential = words("footer.confidential")
    generated = words("footer.generated", date=words.date(created))

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def setEncrypt(self, encrypt: Any) -> None:  # noqa: N802 (reportlab's name)
            super().setEncrypt(encrypt)
            if type(self._doc.encrypt) is NoEncryption:  # none, as every TrustDesk PDF
                self._doc.encrypt = _PacedObjects()  # the file is written an object at a time

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                checkpoint()
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            y = MARGIN_BOTTOM - 11 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 4.2 * mm, PAGE_WIDTH - MARGIN_X, y + 4.2 * mm)
            self.setFillColor(MUTED)
            self.setFont(FONT_BOLD, 8)
            self.drawString(MARGIN_X, y, confidential)
            self.setFont(FONT, 8)
            self.drawCentredString(PAGE_WIDTH / 2, y, generated)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, y, words("footer.page", page=number, pages=total))
            self.restoreState()

    return FooterCanvas


def build_pdf(story: list[Flowable], words: Labels, *, created: date | None = None,
              title: str | None = None) -> bytes:
    """Lay out ``story`` on A4 pages and return the PDF bytes.

    The PDF's metadata title is neutral (never a name or case code): viewers, print spools and
    recent-document lists show it.
    """
    register_fonts()
    buffer = BytesIO()
    doc = _Template(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title or words("doc.neutral_title"), author="", subject="",
        creator="TrustDesk", producer="TrustDesk", lang=words.locale.replace("_", "-"),
    )
    doc.keepTogetherClass = Keep  # what a keepWithNext chain becomes
    doc.build(story, canvasmaker=_footer_canvas(words, created or date.today()))
    return buffer.getvalue()
