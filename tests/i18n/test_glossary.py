"""One term per concept (resources/translations/glossary.json): none of a concept's forbidden words
appears in the interface catalogues, the printed labels, the letter templates or the default knowledge
cards of its language.
Every pattern is first shown to catch its own wrong examples, so the scan can fail."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustdesk.documents.labels import Labels, all_keys

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "resources" / "translations" / "glossary.json").read_text(encoding="utf-8"))
LANGUAGES = ("nl", "fr", "en")


def _pattern(expression: str) -> re.Pattern[str]:
    anchored = expression.startswith("^") or expression.endswith("$")
    return re.compile(expression if anchored else rf"(?<!\w){expression}(?!\w)", re.IGNORECASE)


def _catalogue(language: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every translation in the .ts file (English: every source text)."""
    name = "nl" if language == "en" else language
    tree = ET.parse(ROOT / "resources" / "translations" / f"trustdesk_{name}.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if language == "en":
            yield f"source {source[:50]!r}", source
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        for text in ([f.text or "" for f in forms] if forms else [translation.text or ""]):
            yield f"{language}.ts for {source[:50]!r}", text


def _labels(language: str) -> Iterator[tuple[str, str]]:
    words = Labels(language)
    for key in all_keys():
        yield f"label {key}", words(key)


def _templates(language: str) -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "resources" / "templates" / language).glob("*.j2")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.name}:{number}", line


def _knowledge(language: str) -> Iterator[tuple[str, str]]:
    """The default knowledge cards: their text, title and source (the other header fields are keys)."""
    for path in sorted((ROOT / "resources" / "knowledge" / language).glob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        header_ends = lines.index("---", 1) if lines[:1] == ["---"] else -1
        for number, line in enumerate(lines, 1):
            if number <= header_ends + 1:
                key, _, value = line.partition(":")
                if key not in ("title", "source"):
                    continue
                line = value.strip()
            yield f"knowledge {language}/{path.name}:{number}", line


def everything(language: str) -> Iterator[tuple[str, str]]:
    yield from _catalogue(language)
    yield from _labels(language)
    yield from _templates(language)
    yield from _knowledge(language)


def test_every_pattern_catches_its_wrong_examples_and_spares_the_chosen_term() -> None:
    for concept in GLOSSARY["concepts"]:
        for language, patterns in concept["forbidden"].items():
            compiled = [_pattern(p) for p in patterns]
            for example in concept["wrong"][language]:
                assert any(p.search(example) for p in compiled), (concept["concept"], example)
            assert not any(p.search(concept[language]) for p in compiled), concept["concept"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_forbidden_synonym_anywhere(language: str) -> None:
    rules = [(concept["concept"], _pattern(p)) for concept in GLOSSARY["concepts"]
             for p in concept["forbidden"].get(language, [])]
    found = [f"{where}: {text!r} ({concept})" for where, text in everything(language)
             for concept, pattern in rules if pattern.search(text)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(("language", "one", "many"), [("nl", "1 contact", "2 contacten"),
                                                       ("fr", "1 contact", "2 contacts"),
                                                       ("en", "1 contact", "2 contacts")])
def test_printed_counts_are_plural_aware(language: str, one: str, many: str) -> None:
    words = Labels(language)
    assert words.count("summary.contact_count", 1) == one
    assert words.count("summary.contact_count", 2) == many
