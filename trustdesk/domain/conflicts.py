"""Conflict of interest: does the doctor's workplace overlap with the trust person's affiliations?

Names of hospitals and practices are written in many ways ("AZ Sint-Jan Brugge", "az st jan",
"Algemeen Ziekenhuis Sint Jan"); they are compared after normalising case, accents, punctuation,
common abbreviations and filler words.  Two names overlap when the distinctive words of one are all
found in the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_ABBREVIATIONS = {
    "az": "algemeen ziekenhuis", "uz": "universitair ziekenhuis", "azv": "algemeen ziekenhuis",
    "chu": "centre hospitalier universitaire", "chr": "centre hospitalier regional",
    "ch": "centre hospitalier", "clin": "clinique", "kul": "ku leuven", "ulb": "universite libre de bruxelles",
    "uclouvain": "universite catholique de louvain", "ucl": "universite catholique de louvain",
    "ugent": "universiteit gent", "uantwerpen": "universiteit antwerpen", "vub": "vrije universiteit brussel",
    "st": "sint", "ste": "sint", "saint": "sint", "sainte": "sint", "sint": "sint", "stes": "sint",
    "gzo": "gezondheidszorg", "wgc": "wijkgezondheidscentrum", "mm": "maison medicale",
    "hp": "huisartsenpraktijk", "gp": "groepspraktijk",
}
# Words that say what kind of place it is, not which one: never enough on their own.
_GENERIC = frozenset({
    "algemeen", "ziekenhuis", "universitair", "centre", "hospitalier", "universitaire", "regional",
    "clinique", "kliniek", "hopital", "hospital", "de", "het", "van", "der", "den", "le", "la", "les", "du",
    "des", "et", "en", "of", "the", "campus", "site", "vzw", "asbl", "groepspraktijk", "huisartsenpraktijk",
    "praktijk", "cabinet", "maison", "medicale", "wijkgezondheidscentrum", "gezondheidszorg", "dienst",
    "service", "afdeling", "departement", "faculteit", "faculte", "universiteit", "universite", "sint",
    "medical", "medisch", "centrum", "center",
})
_SPLIT = re.compile(r"[^\w]+", re.UNICODE)


def normalise(name: str) -> tuple[str, ...]:
    """Lower case, no accents, abbreviations expanded, punctuation gone; a tuple of words."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words: list[str] = []
    for word in _SPLIT.split(text.replace("-", " ").replace("'", " ")):
        if word:
            words.extend(_ABBREVIATIONS.get(word, word).split())
    return tuple(words)


def distinctive(name: str) -> frozenset[str]:
    return frozenset(w for w in normalise(name) if w not in _GENERIC and len(w) > 1)


def split_places(text: str) -> list[str]:
    """A workplace field may hold several places, one per line or separated by ';'."""
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


def same_place(a: str, b: str) -> bool:
    da, db = distinctive(a), distinctive(b)
    if not da or not db:
        # Only generic words (e.g. "UZ"): compare the full normalised names.
        return normalise(a) == normalise(b) and bool(normalise(a))
    return da <= db or db <= da


@dataclass(frozen=True, slots=True)
class Overlap:
    affiliation: str
    workplace: str


def overlaps(affiliations: Iterable[str], workplaces: Iterable[str]) -> list[Overlap]:
    """Every (affiliation, workplace) pair that names the same place."""
    places = [w for text in workplaces for w in split_places(text)]
    return [Overlap(a, w) for text in affiliations for a in split_places(text) for w in places if same_place(a, w)]
