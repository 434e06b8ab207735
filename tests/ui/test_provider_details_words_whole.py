"""The provider details pane never breaks a label inside a word (issue 18, outside test: "Kennisdomei
nen" at 1366×768).  Every label of the pane, in English, Dutch and French, laid out at the pane's
narrowest widths: each line of a label starts at the label's start or right after a space."""

from __future__ import annotations

from html import unescape

import pytest
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CareDomain, Language, ProviderKind
from trustdesk.domain.models import Provider
from trustdesk.ui.directory.providers_model import provider_details_html
from trustdesk.ui.directory.providers_page import ProvidersPage
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession

PROVIDER = Provider(name="Dr. Anna Vanderstraeten-Dewulf", kind=ProviderKind.PSYCHIATRIST,
                    organisation="Psychiatrisch Ziekenhuis Sint-Jan-Baptist Zelzate",
                    languages=frozenset({Language.NL, Language.FR, Language.EN}),
                    domains=frozenset(CareDomain), address="Kerkstraat 112\n9060 Zelzate",
                    phone="+32 9 345 67 89", email="anna.vanderstraeten@pzsintjanbaptist.be",
                    website="https://www.pzsintjanbaptist.be/ambulante-zorg", sees_physicians=True,
                    notes="Wachttijd ongeveer zes weken")


def _blocks(browser: object) -> list[QTextBlock]:
    document = browser.document()  # type: ignore[attr-defined]
    block, found = document.begin(), []
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_no_label_is_broken_inside_a_word(qtbot: QtBot, session: VaultSession, translations: Translations,
                                          language: str) -> None:
    translations.install(language)
    page = ProvidersPage(session)
    qtbot.addWidget(page)
    details = page.details
    html = provider_details_html(PROVIDER)
    labels = {unescape(part.split("</b>")[0]) for part in html.split("<b>")[1:]}
    assert len(labels) >= 10
    details.setHtml(html)
    for width in (300, 330, 360, 420):
        details.resize(width, 600)
        details.document().setTextWidth(details.viewport().width())
        seen = set()
        for block in _blocks(details):
            text = block.text()
            if text not in labels:
                continue
            seen.add(text)
            layout = block.layout()
            for i in range(1, layout.lineCount()):
                start = layout.lineAt(i).textStart()
                assert text[start - 1].isspace() or text[start].isspace(), (
                    f"{language} at {width} px: {text!r} broken as {text[:start]!r} / {text[start:]!r}")
        assert seen == labels, "a label was not laid out as a block of its own"
