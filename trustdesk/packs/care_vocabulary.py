"""Reading the care vocabulary from text a person typed (a CSV cell, a knowledge card's header):
knowledge domains and provinces, by their value or their Dutch, French or English name.

``parse_domains("Burn-out, verslaving")`` -> ({BURNOUT, SUBSTANCE_ABUSE}, []); what is not
recognised comes back in the second list, never guessed.  Comparison ignores case, accents and
separators (the same folding as the CSV headers).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from trustdesk.domain.enums import CARE_THEMES, KNOWLEDGE_DOMAINS, CareDomain, KnowledgeDomain, Province


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-'’/_.]+", "_", plain).strip("_")


_DOMAIN_NAMES: Mapping[CareDomain, tuple[str, ...]] = {
    CareDomain.BURNOUT: ("burnout", "burn-out", "burn out", "uitputting", "epuisement professionnel"),
    CareDomain.DEPRESSION: ("depression", "depressie", "dépression"),
    CareDomain.SUBSTANCE_ABUSE: ("substance abuse", "addiction", "verslaving", "middelenmisbruik", "assuétudes",
                                 "assuetude", "alcohol", "drugs"),
    CareDomain.SUICIDAL_BEHAVIOUR: ("suicidal behaviour", "suicidal behavior", "suicide prevention", "suicide",
                                    "suïcidaal gedrag", "suïcidepreventie", "zelfmoordpreventie", "zelfmoord",
                                    "prévention du suicide", "comportement suicidaire"),
    CareDomain.SECOND_VICTIM: ("second victim", "tweede slachtoffer", "seconde victime", "deuxième victime"),
    CareDomain.TRAUMA: ("trauma", "traumatisme", "psychotrauma"),
    CareDomain.ANXIETY: ("anxiety", "angst", "anxiété", "angststoornis"),
    CareDomain.WORK_CONFLICT: ("work conflict", "conflict op het werk", "conflicten op het werk", "conflicten",
                               "conflits au travail", "conflit au travail", "conflits"),
}
_PROVINCE_NAMES: Mapping[Province, tuple[str, ...]] = {
    Province.ANTWERP: ("antwerpen", "anvers"),
    Province.EAST_FLANDERS: ("oost-vlaanderen", "flandre orientale", "east flanders"),
    Province.FLEMISH_BRABANT: ("vlaams-brabant", "brabant flamand", "flemish brabant"),
    Province.LIMBURG: ("limbourg",),
    Province.WEST_FLANDERS: ("west-vlaanderen", "flandre occidentale", "west flanders"),
    Province.BRUSSELS: ("brussel", "bruxelles", "brussels", "brussels-capital region", "brussels hoofdstedelijk gewest",
                        "région de bruxelles-capitale"),
    Province.HAINAUT: ("henegouwen",),
    Province.LIEGE: ("luik", "liège", "lüttich"),
    Province.LUXEMBOURG: ("luxemburg",),
    Province.NAMUR: ("namen",),
    Province.WALLOON_BRABANT: ("waals-brabant", "brabant wallon", "walloon brabant"),
    Province.NATIONAL: ("nationaal", "national", "belgië", "belgique", "belgium", "heel belgië", "toute la belgique"),
    Province.ABROAD: ("buitenland", "étranger", "abroad"),
}


def _index(names: Mapping[CareDomain, tuple[str, ...]] | Mapping[Province, tuple[str, ...]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for member, aliases in names.items():
        for alias in (member.value, *aliases):
            found[fold(alias)] = member.value
    return found


_DOMAINS = _index(_DOMAIN_NAMES)
_OTHER_NAMES = ("other", "ander", "andere", "ander probleem", "autre", "autre problème")
_PROVINCES = _index(_PROVINCE_NAMES)
_SPLIT = re.compile(r"[,;|\n]+")


def _parse(text: str, index: Mapping[str, str]) -> tuple[set[str], list[str]]:
    found: set[str] = set()
    unknown: list[str] = []
    for part in _SPLIT.split(text):
        folded = fold(part)
        if not folded:
            continue
        if folded in index:
            found.add(index[folded])
        else:
            unknown.append(part.strip())
    return found, unknown


def parse_domains(text: str) -> tuple[frozenset[CareDomain], list[str]]:
    found, unknown = _parse(text, _DOMAINS)
    return frozenset(CareDomain(v) for v in found), unknown


def parse_regions(text: str) -> tuple[frozenset[Province], list[str]]:
    """Provinces by name; "Brussel/Waals-Brabant" is two of them ('/' separates here too)."""
    found, unknown = _parse(text.replace("/", ","), _PROVINCES)
    return frozenset(Province(v) for v in found), unknown


def _one(text: str, index: Mapping[str, str]) -> str | None:
    found, unknown = _parse(text, index)
    return next(iter(found)) if len(found) == 1 and not unknown else None


def _allowed(values: Iterable[str]) -> str:
    return ", ".join(values)


def knowledge_domain(text: str) -> KnowledgeDomain:
    """One knowledge domain of a case or an intake, by value or Dutch, French or English name
    ("burn-out", "verslaving", "autre").  A theme of the directory or an unknown word raises
    ValueError in words that list the allowed values."""
    if fold(text) in {fold(n) for n in _OTHER_NAMES}:
        return KnowledgeDomain.OTHER
    value = _one(text, _DOMAINS)
    allowed = _allowed([d.value for d in KNOWLEDGE_DOMAINS] + [KnowledgeDomain.OTHER.value])
    if value is not None and CareDomain(value) in CARE_THEMES:
        raise ValueError(f"'{text}' is a theme of the directory, not a knowledge domain; "
                         f"knowledge domains: {allowed}")
    if value is None:
        raise ValueError(f"'{text}' is no knowledge domain; allowed: {allowed} "
                         "(their Dutch, French or English names are read too)")
    return KnowledgeDomain(value)


def province(text: str) -> Province:
    """One province, by value or Dutch, French or English name ("Luik", "Liège", "liege");
    ValueError listing the allowed values otherwise."""
    value = _one(text, _PROVINCES)
    if value is None:
        raise ValueError(f"'{text}' is no province; allowed: {_allowed(p.value for p in Province)} "
                         "(their Dutch, French or English names are read too)")
    return Province(value)
