"""A physician's specialty, as typed (free text), generalised to a fixed broad group.

Documents that must not identify the doctor print the group, never the text: "neurochirurgie"
in a small province names a handful of people, "surgical specialty" names hundreds.  The groups
are few and wide on purpose; anything not recognised is ``OTHER`` (the text is never echoed).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class SpecialtyGroup(StrEnum):
    NOT_GIVEN = "not_given"
    GENERAL_PRACTICE = "general_practice"
    MENTAL_HEALTH = "mental_health"
    ACUTE_CARE = "acute_care"  # anaesthesia, emergency, intensive care
    DIAGNOSTIC = "diagnostic"  # imaging, pathology, laboratory, nuclear medicine
    SURGICAL = "surgical"  # surgery and the surgical specialties (eyes, ENT, urology, obstetrics…)
    MEDICAL = "medical"  # internal medicine and the medical specialties, paediatrics, neurology…
    OTHER = "other"


# Word stems (folded: lower case, no accents), in nl, fr and en; the first group that matches wins,
# so "neurochirurgie" is surgical before "neuro…" is medical and "kinderpsychiatrie" is mental health.
_STEMS: tuple[tuple[SpecialtyGroup, tuple[str, ...]], ...] = (
    (SpecialtyGroup.MEDICAL, ("neurolo",)),  # before "urolo" matches inside it
    (SpecialtyGroup.MENTAL_HEALTH, ("psychiat", "pedopsych", "psychother", "verslavingsgeneesk", "addictolog")),
    (SpecialtyGroup.SURGICAL, ("chirurg", "surg", "orthop", "ophtalm", "oftalm", "ophthalm", "oogarts",
                               "oogheelk", "otorhino", "otolaryn", "orl", "nko", "neus-keel", "keel-neus",
                               "urolo", "gyn", "obstet", "verlos", "accouch", "stomatolo", "maxillo",
                               "plastische", "plastique", "plastic")),
    (SpecialtyGroup.ACUTE_CARE, ("anest", "anaest", "urgen", "spoed", "emergenc", "intensiv", "reanimat",
                                 "soins intensifs", "critical care")),
    (SpecialtyGroup.DIAGNOSTIC, ("radiol", "imageri", "imaging", "beeldvorm", "patholo", "anatomopath",
                                 "biolog", "laborat", "nucleair", "nucleaire", "nuclear", "microbiol")),
    (SpecialtyGroup.GENERAL_PRACTICE, ("huisarts", "generalist", "general practi", "family medicine",
                                       "medecine generale", "algemene geneesk", "gp")),
    (SpecialtyGroup.MEDICAL, ("intern", "cardio", "pneumo", "longarts", "gastro", "maag", "nefro", "nephro",
                              "endocrin", "diabet", "reuma", "rhuma", "rheuma", "neurolo", "dermat", "huidarts",
                              "geriat", "pediat", "paediat", "kinderarts", "oncolo", "hemato", "haemato",
                              "infect", "fysische", "revalidat", "readapt", "rehabil", "physique",
                              "physical medicine", "allergo", "immuno", "tropische", "tropical")),
)
_WORD_STEMS = {"gp", "orl", "nko", "intern"}  # short stems: whole words only ("intern" also "internist")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s-]+", " ", plain).split())


def specialty_group(specialty: str) -> SpecialtyGroup:
    """The broad group of a specialty as typed; ``NOT_GIVEN`` for nothing, ``OTHER`` when unknown."""
    folded = _fold(specialty)
    if not folded:
        return SpecialtyGroup.NOT_GIVEN
    words = set(re.split(r"[\s-]+", folded))
    for group, stems in _STEMS:
        for stem in stems:
            if stem in _WORD_STEMS:
                if stem in words or (stem == "intern" and any(w.startswith("intern") for w in words)):
                    return group
            elif stem in folded:
                return group
    return SpecialtyGroup.OTHER
