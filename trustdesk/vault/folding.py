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
- private-use characters separate words (FTS5 would glue them into a word; Python's \\w does not).

``words(text)`` is the folded words of a text: what the index holds and what a query asks for.
Linear and in C for the common case (a 9 MB note folds in well under a second): only the
characters that need it go through Python.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LETTERS = {"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ŋ": "ng",
            "ĸ": "q", "ŀ": "l", "ħ": "h", "ŧ": "t", "ɨ": "i", "ʉ": "u", "ƀ": "b", "ƶ": "z"}
_SKIN_TONES = (0x1F3FB, 0x1F3FF)
# Planes with symbols or marks (BMP, SMP) and the variation selectors supplement; the rest of
# Unicode is ideographs and private use (below), so it is not walked.
_WALK = (range(0, 0x20000), range(0xE0000, 0xE0200))
_PRIVATE_USE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
_WORD = re.compile(r"\w+")


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_PRIVATE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _PRIVATE_USE) + "]")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """``str.translate`` tables for the non-ASCII characters that need them: (symbols only,
    everything: combining marks -> '', symbols -> ' symXXXXXX ', the special letters).  Built
    once, on first use (~0.1 s)."""
    symbols: dict[int, str] = {}
    table: dict[int, str] = {}
    for block in _WALK:
        for code in block:
            category = unicodedata.category(chr(code))
            if category in ("Mn", "Me"):
                table[code] = ""
            elif category in ("So", "Sc") or _SKIN_TONES[0] <= code <= _SKIN_TONES[1]:
                symbols[code] = table[code] = f" sym{code:06x} "
    for letter, plain in _LETTERS.items():
        table[ord(letter)] = plain
    return symbols, table


def _symbols(match: re.Match[str]) -> str:
    return _PRIVATE.sub(" ", match.group(0).translate(_tables()[0]))


def _rest(match: re.Match[str]) -> str:
    return _PRIVATE.sub(" ", match.group(0).translate(_tables()[1]))


def fold(text: str) -> str:
    """The text as the search index sees it (word separators kept as they are).  ASCII stays in C;
    only runs of other characters go through the tables.  Symbols become words *before* the
    compatibility decomposition, so a symbol that decomposes into a letter ("㊊" -> "月") stays a
    word of its own instead of joining its neighbours."""
    if text.isascii():
        return text.casefold()
    text = _NON_ASCII.sub(_symbols, text)
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return folded if folded.isascii() else _NON_ASCII.sub(_rest, folded)


def words(text: str) -> list[str]:
    """The folded words of ``text``: what the index holds for it, and what a query of it asks for."""
    return _WORD.findall(fold(text))


def fold_for_index(text: str | None) -> str:
    """What the search index is given for a text: its folded words, space-separated."""
    return " ".join(words(text or ""))
