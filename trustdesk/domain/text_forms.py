"""One normalisation for the names and workplaces people type or import (intake, pack CSV, contact
cards, the providers dialog), and one way to compare them.

``clean_text``: Unicode NFC (one code for one letter: "é" typed or pasted either way is stored the
same; compatibility forms such as "²" or "ﬁ" are kept as typed, and compared by ``skeleton`` as the
letters they stand for, NFKC), with the characters that change how text *shows* without being seen
removed:
the bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C: "name\\u202eevil"
shows reversed) and the zero-width ones (U+200B-U+200D, U+2060-U+2064, U+FEFF, U+00AD, U+180E).
Where a name is signed (a contact card), a name that is not already clean is refused instead
(``hidden_controls``).

``skeleton``: what two names are compared by -- the clean text in NFKC without accents (NFKD, marks
dropped), case-folded, whitespace collapsed, and every Cyrillic or Greek letter that looks like a
Latin one replaced by that Latin letter (the letters of Unicode's confusables list, TR 39, that
look the same as a Latin letter in the usual fonts: "AZ Sint-Jаn" with a Cyrillic а is "AZ Sint-Jan").
Python's ``unicodedata`` does the rest; the table below is the whole of the look-alike rule.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e")
HIDDEN = BIDI_CONTROLS | INVISIBLE

# Cyrillic and Greek letters drawn like a Latin letter (lower and upper case), to that letter.
_LOOK_ALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m",
    "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ӏ": "l", "ɡ": "g", "ү": "y", "ɩ": "i",
    "А": "a", "В": "b", "Е": "e", "Ё": "e", "Н": "h", "І": "i", "Ї": "i", "Ј": "j", "К": "k", "М": "m",
    "О": "o", "Р": "p", "С": "c", "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "Ԁ": "d", "Ԛ": "q", "Ԝ": "w",
    "Ӏ": "l", "Ү": "y",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "γ": "y", "ϲ": "c", "ϳ": "j",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o",
    "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ϲ": "c", "Ϳ": "j",
    # Latin letters of other shapes that read as the plain one
    "ı": "i", "ȷ": "j", "ſ": "s", "ℓ": "l",
}
_TABLE = str.maketrans(_LOOK_ALIKES)


def hidden_controls(text: str) -> bool:
    """Whether ``text`` holds a bidirectional control or a zero-width character."""
    return any(c in HIDDEN for c in text)


def clean_text(text: str) -> str:
    """NFC, without bidirectional controls and zero-width characters (see the module's docstring)."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if c not in HIDDEN)


def fold(text: str) -> str:
    """The clean text without accents, case-folded, look-alike letters made Latin (whitespace kept)."""
    decomposed = unicodedata.normalize("NFKD", clean_text(text))  # NFKD: compatibility forms as their letters
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_TABLE).casefold().translate(_TABLE)


def skeleton(text: str) -> str:
    """What two names are compared by: ``fold`` with whitespace collapsed."""
    return " ".join(fold(text).split())
