"""One term per concept (resources/translations/glossary.json): none of a concept's forbidden words
appears in the interface catalogues, the printed labels, the letter templates or the default knowledge
cards of its language.
Every pattern is first shown to catch its own wrong examples, so the scan can fail.
A concept with a ``source`` pattern applies only to the translations of the English texts it matches
(Undo is « Défaire », never « Annuler », the word of Cancel; and Cancel is never « Défaire »)."""

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
    for where, _source, text in _catalogue_sources(language):
        yield where, text


def _catalogue_sources(language: str) -> Iterator[tuple[str, str, str]]:
    """(where, English source, text) of every translation in the .ts file (English: every source text)."""
    name = "nl" if language == "en" else language
    tree = ET.parse(ROOT / "resources" / "translations" / f"trustdesk_{name}.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if language == "en":
            yield f"source {source[:50]!r}", source, source
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        for text in ([f.text or "" for f in forms] if forms else [translation.text or ""]):
            yield f"{language}.ts for {source[:50]!r}", source, text


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
    rules = [(concept["concept"], _pattern(p)) for concept in GLOSSARY["concepts"] if "source" not in concept
             for p in concept["forbidden"].get(language, [])]
    found = [f"{where}: {text!r} ({concept})" for where, text in everything(language)
             for concept, pattern in rules if pattern.search(text)]
    assert found == [], "\n".join(found)


def _scoped_clashes(language: str, catalogue: Iterator[tuple[str, str, str]]) -> list[str]:
    """Translations of the texts a concept's ``source`` matches that use one of its forbidden words."""
    rules = [(concept["concept"], re.compile(concept["source"], re.IGNORECASE), _pattern(p))
             for concept in GLOSSARY["concepts"] if "source" in concept
             for p in concept["forbidden"].get(language, [])]
    return [f"{where}: {text!r} ({concept})" for where, source, text in catalogue
            for concept, scope, pattern in rules if scope.search(source.replace("&", "")) and pattern.search(text)]


def test_a_scoped_concept_catches_its_wrong_examples_in_its_texts_only() -> None:
    scoped = [concept for concept in GLOSSARY["concepts"] if "source" in concept]
    assert {concept["en"] for concept in scoped} >= {"Undo", "Cancel"}
    for concept in scoped:
        for language, examples in concept["wrong"].items():
            wrong = [("example", concept["en"], example) for example in examples]
            assert len(_scoped_clashes(language, iter(wrong))) == len(examples), concept["concept"]
            chosen = [("chosen", concept["en"], concept[language])]
            assert _scoped_clashes(language, iter(chosen)) == [], concept["concept"]
    # out of its scope the word is free: Cancel is « Annuler », Undo is never « Annuler »
    assert _scoped_clashes("fr", iter([("x", "Cancel", "Annuler"), ("x", "&Undo", "&Défaire")])) == []
    assert len(_scoped_clashes("fr", iter([("x", "&Undo", "&Annuler"), ("x", "Cancel", "Défaire")]))) == 2


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_undo_and_cancel_are_different_words(language: str) -> None:
    found = _scoped_clashes(language, _catalogue_sources(language))
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(("language", "one", "many"), [("nl", "1 contact", "2 contacten"),
                                                       ("fr", "1 contact", "2 contacts"),
                                                       ("en", "1 contact", "2 contacts")])
def test_printed_counts_are_plural_aware(language: str, one: str, many: str) -> None:
    words = Labels(language)
    assert words.count("summary.contact_count", 1) == one
    assert words.count("summary.contact_count", 2) == many
