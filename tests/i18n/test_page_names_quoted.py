"""A sentence that names a page (or the Settings window) says so unmistakably (issue 18, outside test:
"Aujourd’hui vous le rappellera" read as "today will remind you").  French puts the name between
« » with no-break spaces inside, every time; Dutch writes it plain with its capital, and between “ ”
where the name is also an ordinary word ("“Vandaag” herinnert u eraan").  The rule is in
resources/translations/GLOSSARY.md.  Found from both sides: every English source that names a page
("in Settings", "on the Providers page", "Today reminds you") and every French text that writes a
page's name capitalised inside a sentence."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TITLES = ("Today", "Cases", "Providers", "Templates", "Reports", "Audit", "Settings")
NAMES_A_PAGE = re.compile(r"\b(?:in|on|from|to|under|see) (?:the )?(?P<a>" + "|".join(TITLES) + r")\b"
                          r"|\b(?P<b>" + "|".join(TITLES) + r") (?:page|reminds|shows|lists|says|will|keeps|has)\b")
AMBIGUOUS_NL = {"Vandaag"}  # also an ordinary word: quoted in Dutch
NB = "\u00a0"


def _messages(language: str) -> Iterator[tuple[str, list[str]]]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"trustdesk_{language}.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        yield message.findtext("source") or "", [f.text or "" for f in forms] if forms else [translation.text or ""]


def _titles(language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for source, texts in _messages(language):
        if source in TITLES:
            found.setdefault(source, texts[0])
    assert set(found) == set(TITLES)
    return found


def _named(source: str) -> set[str]:
    return {m.group("a") or m.group("b") for m in NAMES_A_PAGE.finditer(source)}


def test_the_detection_can_fail() -> None:
    assert _named("No stick at hand? Skip this step: Today reminds you, and Settings has the same choice.") == {
        "Today", "Settings"}
    assert _named("Import it on the Providers page.") == {"Providers"}
    assert _named("Providers in the pack") == set()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_sentence_naming_a_page_quotes_it_as_the_glossary_says(language: str) -> None:
    titles = _titles(language)
    wrong = []
    checked = 0
    for source, texts in _messages(language):
        for page in _named(source):
            checked += 1
            title = titles[page]
            if language == "fr":
                want = f"«{NB}{title}{NB}»"
            else:
                want = f"“{title}”" if title in AMBIGUOUS_NL else title
            wrong += [f"{source[:60]!r}: {text!r} lacks {want!r}" for text in texts if want not in text]
    assert checked >= 10, "the detection found too few sentences naming a page"
    assert not wrong, "\n".join(wrong)


def test_no_french_sentence_names_a_page_without_guillemets() -> None:
    titles = _titles("fr")
    names = sorted({t.replace("&", "") for t in titles.values()}, key=len, reverse=True)
    bare = re.compile(r"(?<!«" + NB + r")\b(?:" + "|".join(map(re.escape, names)) + r")\b(?!" + NB + "»)")
    before = re.compile(r"\b(?:dans|sur|depuis|vers|page)\s+(?:les\s+|la page\s+)?$")
    wrong = []
    for source, texts in _messages("fr"):
        for text in texts:
            plain = text.replace("&", "")
            if plain.strip() in names:
                continue  # the name itself: a title, a button
            for m in bare.finditer(plain):
                if m.group() == "Aujourd’hui" or before.search(plain[:m.start()]):
                    wrong.append(f"{source[:60]!r}: {text!r}")
    assert not wrong, "\n".join(wrong)
