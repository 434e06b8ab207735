"""Knowledge cards are shown safely and beside the case's themes.

The renderer (ui/kit/markdown_view.py) over hostile Markdown: raw HTML stays text, images and links are
gone (an http(s)/mailto target is shown as text, any other dropped), nothing is ever loaded.  The case's
Knowledge tab shows the cards of its domains (and, at high risk, suicide prevention), in the interface
language, with their source."""

from __future__ import annotations

import statistics
import time
from datetime import date, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import KnowledgeDomain, Language, RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.packs.knowledge import default_cards
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.markdown_view import (
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


def test_a_card_renders_at_the_cost_of_qts_own_markdown_reader(qapp: Any) -> None:
    """The safety sweep adds little to reading the markdown: the longest default card through
    safe_document costs at most 3x a bare QTextDocument.setMarkdown of the same text, measured
    interleaved in the same run (a wall-clock bound would judge the machine's load, not the code)."""
    from PySide6.QtGui import QTextDocument

    card = max(default_cards(), key=lambda c: len(c.body))
    ours, bare = [], []
    for _ in range(30):
        started = time.perf_counter()
        safe_document(card.body)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        QTextDocument().setMarkdown(card.body)
        bare.append(time.perf_counter() - started)
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"longest default card ({len(card.body)} chars): median {statistics.median(ours) * 1000:.2f} ms, "
          f"{ratio:.2f}x bare setMarkdown")
    assert ratio < 3


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
