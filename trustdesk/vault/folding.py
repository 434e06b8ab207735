"""Search folding: the one function both sides of full-text search go through.

FTS5's ``unicode61`` tokenizer lowercases and strips accents, but it does not fold ligatures and
sharp s ("cœur" is not "coeur", "Straße" is not "strasse") and it treats every emoji and symbol as
a separator, so an emoji in a note could never be found.  Notes are therefore indexed *folded*
(the search tables hold only the folded words, schema 6) and every query is folded the same way:

- compatibility decomposition (NFKD: "ﬁ" -> "fi", full-width letters, superscripts), ``casefold``
  ("ß" -> "ss"), combining marks dropped (accents), and the letters no decomposition splits:
  œ -> oe, æ -> ae, ø -> o, đ/ð -> d, ł -> l, þ -> th, ı -> i, ŋ -> ng, …;
- every symbol character (emoji, other symbols, currency; category So, Sc, and the skin-tone
  modifiers) becomes a word of its own, ``sym`` + six hex digits (fixed width: never a prefix of
  another), so "🚑" is found by typing "🚑";
- private-use characters separate words (FTS5 would glue them into a word; Python's \\w does not);
- format characters (category Cf: zero-width space and joiners, soft hyphen, word joiner, direction
  marks, BOM, tags) are dropped, so "x\u200by" and "x\u00ady" are the word "xy" on both sides (they
  are invisible: a word that looks like "xy" must be found by "xy").

``signature()`` names this folding: ``VERSION`` (raised whenever what ``fold`` gives for some text
changes; ``tests/vault/test_search_folding.py`` holds a fingerprint of ``fold`` over every code point
and fails when it changes without a new version) and the Unicode version of Python's tables (a newer
Python can class characters differently).  The vault records the signature its index was built with;
opening a vault whose index has another one re-indexes every row (``schema.refold``).

``words(text)`` is the folded words of a text: what the index holds and what a query asks for.
Linear and in C for the common case (a 9 MB note folds in well under a second): only the
characters that need it go through Python.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

VERSION = 2  # 1: schema 6 (ligatures, sharp s, symbols as words); 2: format characters (Cf) dropped,
# the index given Python's words only
_LETTERS = {"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ŋ": "ng",
            "ĸ": "q", "ŀ": "l", "ħ": "h", "ŧ": "t", "ɨ": "i", "ʉ": "u", "ƀ": "b", "ƶ": "z"}
_SKIN_TONES = (0x1F3FB, 0x1F3FF)
# Planes with symbols or marks (BMP, SMP) and the variation selectors supplement; the rest of
# Unicode is ideographs and private use (below), so it is not walked.
_WALK = (range(0, 0x20000), range(0xE0000, 0xE0200))
_PRIVATE_USE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
_WORD = re.compile(r"[^\W_]+")  # letters and digits: what FTS5 makes a word of (an underscore separates)


_ASTRAL = "\U00010000-\U0010ffff"


def _bmp_class(codes: list[int]) -> str:
    """A character class of BMP code points only: ``re`` compiles it to a bitmap (one lookup per
    character).  A class with astral ranges among many others is checked range by range, which is
    hundreds of times slower on a big note, so astral characters always take one simple range."""
    spans: list[list[int]] = []
    for code in sorted(codes):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[int, str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(symbol -> ' symXXXXXX ', astral/other special -> replacement, symbols-or-astral pattern,
    marks pattern, after-decomposition pattern).  Built once, on first use (~0.1 s)."""
    symbols: dict[int, str] = {}
    special: dict[int, str] = {}
    marks: list[int] = []
    for block in _WALK:
        for code in block:
            category = unicodedata.category(chr(code))
            if category in ("Mn", "Me", "Cf"):  # accents and invisible format characters: dropped
                if code < 0x10000:
                    marks.append(code)
                else:
                    special[code] = ""
            elif category in ("So", "Sc") or _SKIN_TONES[0] <= code <= _SKIN_TONES[1]:
                symbols[code] = special[code] = f" sym{code:06x} "
    for first, last in _PRIVATE_USE:
        if first >= 0x10000:
            continue
        for code in range(first, last + 1):
            special[code] = " "
    bmp_symbols = _bmp_class([c for c in symbols if c < 0x10000])
    before = re.compile(f"[{bmp_symbols}{_ASTRAL}]")
    after = re.compile(f"[{bmp_symbols}{_bmp_class(list(range(0xE000, 0xF900)))}{_ASTRAL}]")
    return symbols, special, before, re.compile(f"[{_bmp_class(marks)}]+"), after


@lru_cache(maxsize=1)
def format_characters() -> str:
    """A regex character class body of every format character (Cf), which folding drops: inside a
    word for search (snippets highlight "x\u200by" as one word)."""
    codes = [code for block in _WALK for code in block if unicodedata.category(chr(code)) == "Cf"]
    return _bmp_class([c for c in codes if c < 0x10000]) + "".join(re.escape(chr(c)) for c in codes if c >= 0x10000)


def signature() -> str:
    """What the search index of a vault must have been built with to be current."""
    return f"{VERSION}/unicode-{unicodedata.unidata_version}"


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return _tables()[0].get(code) or (" " if code >= 0xF0000 else match.group(0))


def _special(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    found = _tables()[1].get(code)
    if found is not None:
        return found
    return " " if code >= 0xF0000 else match.group(0)  # private use planes 15 and 16


def fold(text: str) -> str:
    """The text as the search index sees it (word separators kept as they are).  Everything runs in
    C but for one call per symbol and per character outside the BMP.  Symbols become words
    *before* the compatibility decomposition, so a symbol that decomposes into a letter
    ("㊊" -> "月") stays a word of its own instead of joining its neighbours."""
    if text.isascii():
        return text.casefold()
    _, _, before, marks, after = _tables()
    if before.search(text):  # a scan without building anything: most notes hold no symbol
        text = before.sub(_symbol, text)
    folded = unicodedata.normalize("NFKD", text).casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
    if folded.isascii():
        return folded
    folded = marks.sub("", folded)
    if after.search(folded):
        folded = after.sub(_special, folded)
    for letter, plain in _LETTERS.items():
        if letter in folded:
            folded = folded.replace(letter, plain)
    return folded


def words(text: str) -> list[str]:
    """The folded words of ``text``: what the index holds for it, and what a query of it asks for."""
    return _WORD.findall(fold(text))


def fold_for_index(text: str | None) -> str:
    """What the search index is given for a text: its folded words (``words``), one space between.
    The words are Python's, not the tokenizer's: SQLite's Unicode tables are not Python's (U+111CD
    is punctuation for Python, a letter for FTS5's unicode61), and a character the two class
    differently must not glue a word to its neighbour on one side only.  FTS5 splits the string
    only at the spaces (and where its own tables see a separator inside a word, which a query word
    of the same characters gets too), so both sides meet."""
    return " ".join(words(text or ""))
