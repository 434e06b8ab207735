"""English left in a Dutch or French text: the words of the English it was made from that neither the
reader's catalogue, nor what the person typed, nor a name of the template language can explain.

``english_left(shown, english, typed)``: ``english`` is the English texts the text could have come from
(besides the app's own English -- every ``<source>`` of the catalogues: the problem as the engine or
Python said it), ``typed`` what the person wrote (a template, a pack's files).  A word of
``english`` that no Dutch or French translation uses and that the person did not type is English the
reader was left with."""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_WORD = re.compile(r"[^\W\d_]{3,}")  # letters only: "trust_person" is two words, "U+00E9" none


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


@functools.cache
def catalogue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the app's English: every source text, the words of every Dutch and French translation)."""
    english: set[str] = set()
    translated: set[str] = set()
    for language in ("nl", "fr"):
        tree = ET.parse(ROOT / "resources" / "translations" / f"trustdesk_{language}.ts")
        for message in tree.iter("message"):
            english |= words(message.findtext("source") or "")
            for said in message.iter():
                if said.tag in ("translation", "numerusform") and said.text:
                    translated |= words(said.text)
    return frozenset(english), frozenset(translated)


@functools.cache
def template_names() -> frozenset[str]:
    """Names of the template language, the same in every language: the tags and keywords Jinja reads, the
    filters and the names and fields letters know (they are quoted as the template writes them)."""
    from jinja2.parser import _statement_keywords

    from trustdesk.documents.sandbox import FILTERS
    from trustdesk.documents.templates import CONTEXT_FIELDS

    tags = set(_statement_keywords) | {"elif", "else", "raw", "call", "filter"}
    names = tags | {"end" + tag for tag in tags} | {"self", "range", "loop", *FILTERS, *CONTEXT_FIELDS}
    names |= {name for fields in CONTEXT_FIELDS.values() if fields for name in fields}
    return frozenset(w for name in names for w in words(name))


def english_left(shown: str, english: Iterable[str], typed: Iterable[str] = ()) -> set[str]:
    """The words of ``shown`` that are English the reader's catalogue did not translate."""
    app_english, translated = catalogue_words()
    candidates = (set(app_english) | {w for text in english for w in words(text)}) - translated - template_names()
    for text in typed:
        candidates -= words(text)
    return words(shown) & candidates
