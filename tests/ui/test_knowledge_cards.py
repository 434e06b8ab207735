"""Knowledge cards are shown safely and beside the case's themes.

The renderer (ui/kit/markdown_view.py) over hostile Markdown: raw HTML stays text, images and links are
gone (an http(s)/mailto target is shown as text, any other dropped), nothing is ever loaded.  The case's
Knowledge tab shows the cards of its domains (and, at high risk, suicide prevention), in the interface
language, with their source."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from tests.work_counts import statements
from trustdesk.domain.enums import KnowledgeDomain, Language, RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.packs.knowledge import default_cards
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.markdown_view import (
    _FEATURES,
    _MAX_CHARS,
    InertDocument,
    SafeMarkdownView,
    is_inert,
    render_into,
    safe_document,
)
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src="http://evil.example/track.png">',
    "![pixel](http://evil.example/pixel.png)",
    "![lokaal](file:///etc/passwd)",
    "[klik](javascript:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD4=)",
    "[bestand](file:///x/vault.db)",
    '<a href="http://evil.example">hier</a>',
    "<iframe src='http://evil.example'></iframe>",
    "<http://evil.example/auto>",
    "www.evil.example/auto",
    "[ref]\n\n[ref]: javascript:alert(2)",
    '[titel](http://evil.example "titel")',
    "<style>body{background:url(http://evil.example/x)}</style>",
    "[![genest](http://evil.example/i.png)](http://evil.example/l)",
    "<mailto:iemand@example.be>",
]
PLAIN = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


class CountingDocument(InertDocument):
    asked: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt API
        CountingDocument.asked.append(str(name))
        return super().loadResource(kind, name)


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.one_of(st.sampled_from(HOSTILE), PLAIN), min_size=1, max_size=8))
def test_hostile_markdown_renders_inert(qapp: Any, parts: list[str]) -> None:
    markdown = "\n\n".join(parts)
    document = safe_document(markdown)
    assert is_inert(document), markdown
    html = document.toHtml().casefold()
    assert "<script" not in html and "<iframe" not in html and "<style>body" not in html
    text = document.toPlainText()
    assert "\u2039javascript:" not in text and "\u2039data:" not in text and "\u2039file:" not in text
    if "<script>alert('x')</script>" in parts:
        assert "<script>alert('x')</script>" in text  # raw HTML is shown as the text it is


def test_an_image_is_never_loaded_and_a_link_never_opens(qtbot: QtBot) -> None:
    view = SafeMarkdownView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    CountingDocument.asked = []
    document = render_into(CountingDocument(view), "![x](http://evil.example/a.png) "
                           "<img src='http://evil.example/b.png'> [l](http://x.example)")
    view.setDocument(document)
    qtbot.waitExposed(view)
    view.repaint()
    assert CountingDocument.asked == [] and is_inert(document)
    assert not view.openLinks() and not view.openExternalLinks()
    assert view.loadResource(2, QUrl("http://evil.example/a.png")) is None
    assert "x.example" in document.toPlainText()  # the target is shown as text, the link is gone




def _pieces(markdown: str) -> tuple[int, int, int]:
    """(blocks, fragments, images and links) of ``markdown`` as Qt's own reader makes it."""
    document = QTextDocument()
    document.setMarkdown(markdown[:_MAX_CHARS], _FEATURES)
    blocks = fragments = spans = 0
    block = document.begin()
    while block.isValid():
        blocks += 1
        it = block.begin()
        while not it.atEnd():
            fragments += 1
            fmt = it.fragment().charFormat()
            spans += bool(fmt.isImageFormat() or fmt.isAnchor() or fmt.anchorHref())
            it += 1
        block = block.next()
    return blocks, fragments, spans


PER_BLOCK, PER_FRAGMENT, PER_SPAN, FIXED = 4, 8, 45, 40  # statements of the sweep (and the reading)


def _sweep_bound(markdown: str) -> int:
    blocks, fragments, spans = _pieces(markdown)
    return FIXED + PER_BLOCK * blocks + PER_FRAGMENT * fragments + PER_SPAN * spans


class _CountingReads(InertDocument):
    reads = 0

    def setMarkdown(self, *args: Any) -> None:  # noqa: N802 - Qt API
        _CountingReads.reads += 1
        super().setMarkdown(*args)


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(st.one_of(st.sampled_from(HOSTILE), PLAIN), min_size=1, max_size=40))
def test_a_card_is_read_once_and_swept_in_one_pass(qapp: Any, parts: list[str]) -> None:
    """The safety sweep adds little to reading the markdown: Qt reads it once, and the sweep visits
    each block and fragment once and rewrites each image or link once (Python statements counted, not
    seconds: a sweep that starts over after each rewrite grows with links x fragments)."""
    markdown = "\n\n".join(parts)
    _CountingReads.reads = 0
    assert statements(lambda: render_into(_CountingReads(), markdown)) <= _sweep_bound(markdown)
    assert _CountingReads.reads == 1


def test_the_longest_default_card_is_swept_in_one_pass(qapp: Any) -> None:
    card = max(default_cards(), key=lambda c: len(c.body))
    assert statements(lambda: safe_document(card.body)) <= _sweep_bound(card.body)


def test_the_count_sees_a_sweep_that_starts_over(qapp: Any) -> None:
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    def one_at_a_time(document: QTextDocument) -> None:  # a walk from the start for every link rewritten
        while True:
            found, block = None, document.begin()
            while block.isValid() and found is None:
                it = block.begin()
                while not it.atEnd():
                    fmt = it.fragment().charFormat()
                    if fmt.isImageFormat() or fmt.isAnchor() or fmt.anchorHref():
                        found = (it.fragment().position(), it.fragment().length())
                        break
                    it += 1
                block = block.next()
            if found is None:
                return
            cursor = QTextCursor(document)
            cursor.setPosition(found[0])
            cursor.setPosition(found[0] + found[1], QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(cursor.selectedText(), QTextCharFormat())

    markdown = "\n\n".join(f"[link {i}](http://x.example/{i}) and some text" for i in range(60))
    document = QTextDocument()
    document.setMarkdown(markdown, _FEATURES)
    assert statements(lambda: one_at_a_time(document)) > _sweep_bound(markdown)
    assert is_inert(document)


def test_the_case_shows_the_cards_of_its_domains(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                 translations: Translations) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2), domains=frozenset({KnowledgeDomain.BURNOUT}),
                                language=Language.FR))
    assert case.id is not None
    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(case.id)
    tab = view.knowledge
    assert tab is not None and view.knowledge_button.isVisibleTo(view)
    view.knowledge_button.click()
    assert view.tabs.currentWidget() is tab
    burnout = {c.title for c in default_cards() if c.language is Language.FR
               and any(d.value == "burnout" for d in c.domains)}
    assert burnout and burnout <= set(tab.titles())  # a French case: its French cards, whatever the interface
    assert "Aide en assuétudes" not in tab.titles()  # addiction only: not this case's theme
    assert tab.list.item(0) is not None and tab.list.item(0).text().startswith("Burn-out")  # type: ignore[union-attr]
    assert tab.view.toPlainText() and tab.source.text().startswith("Source: ")
    assert is_inert(tab.view.document())

    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 3, 10, 0), risk=RiskLevel.HIGH))
    qtbot.waitUntil(lambda: "Orienter vers un psychiatre" in tab.titles())  # suicide prevention added

    translations.install("nl")
    tab.refresh()
    qtbot.waitUntil(lambda: "Orienter vers un psychiatre" in tab.titles())  # still the case's language first
    assert "Doorverwijzen naar een psychiater" not in tab.titles()
    translations.install("en")
