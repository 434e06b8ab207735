"""Reading the care vocabulary from text a person typed (a CSV cell, a knowledge card's header, a
command's option): knowledge domains, provinces, languages, who called, professions, contact modes and
kinds of provider, by their stable key or ANY name TrustDesk shows for them, in Dutch, French or English.

The names read are, per value: its key ("substance_abuse"); every label the app displays for it in nl,
fr and en (``_SHOWN``: the interface's words, ``ui/kit/case_labels``, the directory's and the contact
editor's -- tests/packs/test_vocabulary_round_trip.py holds this table equal to what the app shows, so
a label changed there fails until it is read here too); the words documents print
(``documents.labels``); and a few everyday synonyms ("verslaving", "suicide").  A choice shown with
its theme mark ("Angst (thema)") is read too.  Comparison ignores case, accents and separators (the
same folding as the CSV headers); what is not recognised is never guessed.

``parse_domains("Burn-out, verslaving")`` -> ({BURNOUT, SUBSTANCE_ABUSE}, []); ``province("Luik")``;
an unknown word raises ``UnknownValue`` (a ValueError naming the allowed keys).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

from trustdesk.domain.enums import (
    CARE_THEMES,
    KNOWLEDGE_DOMAINS,
    CareDomain,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    ProviderKind,
    Province,
)

_E = TypeVar("_E", bound=StrEnum)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-'’/_.]+", "_", plain).strip("_")


# What the app displays, per value: (nl, fr, en) and any further forms it shows (the same in every language).
_SHOWN: Mapping[str, tuple[str, ...]] = {
    "domain.burnout": ("Burn-out", "Burn-out", "Burn-out"),
    "domain.depression": ("Depressie", "Dépression", "Depression"),
    "domain.substance_abuse": ("Middelengebruik", "Assuétudes", "Substance misuse"),
    "domain.suicidal_behaviour": ("Suïcidale gedachten of gedrag", "Idées ou comportements suicidaires",
                                  "Suicidal thoughts or behaviour"),
    "domain.second_victim": ("Second victim", "Seconde victime", "Second victim"),
    "domain.trauma": ("Trauma", "Traumatisme", "Trauma"),
    "domain.anxiety": ("Angst", "Anxiété", "Anxiety"),
    "domain.work_conflict": ("Conflicten op het werk", "Conflits au travail", "Conflicts at work"),
    "domain.other": ("Ander probleem", "Autre problème", "Other problem"),
    "province.antwerp": ("Antwerpen", "Anvers", "Antwerp"),
    "province.east_flanders": ("Oost-Vlaanderen", "Flandre-Orientale", "East Flanders"),
    "province.flemish_brabant": ("Vlaams-Brabant", "Brabant flamand", "Flemish Brabant"),
    "province.limburg": ("Limburg", "Limbourg", "Limburg"),
    "province.west_flanders": ("West-Vlaanderen", "Flandre-Occidentale", "West Flanders"),
    "province.brussels": ("Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale", "Brussels-Capital Region"),
    "province.hainaut": ("Henegouwen", "Hainaut", "Hainaut"),
    "province.liege": ("Luik", "Liège", "Liège"),
    "province.luxembourg": ("Luxemburg", "Luxembourg", "Luxembourg"),
    "province.namur": ("Namen", "Namur", "Namur"),
    "province.walloon_brabant": ("Waals-Brabant", "Brabant wallon", "Walloon Brabant"),
    "province.national": ("Nationaal / meerdere regio’s", "National / plusieurs régions", "National / several regions"),
    "province.abroad": ("Buitenland", "Étranger", "Abroad"),
    "initiator.doctor": ("De arts zelf", "Le médecin en personne", "The doctor"),
    "initiator.colleague": ("Een collega", "Un ou une collègue", "A colleague"),
    "initiator.family": ("Familie of een naaste", "La famille ou un proche", "Family or a relative"),
    "initiator.coordinator": ("De coördinator", "Le coordinateur", "The coordinator"),
    "initiator.other": ("Iemand anders", "Quelqu’un d’autre", "Someone else"),
    "profession.physician": ("Arts", "Médecin", "Physician"),
    "profession.physician_in_training": ("Arts in opleiding", "Médecin en formation", "Physician in training"),
    "profession.student": ("Student geneeskunde", "Étudiant en médecine", "Medical student"),
    "language.nl": ("Nederlands", "Néerlandais", "Dutch"),
    "language.fr": ("Frans", "Français", "French"),
    "language.en": ("Engels", "Anglais", "English"),
    "language.de": ("Duits", "Allemand", "German"),
    "provider_kind.psychologist": ("Psycholoog", "Psychologue", "Psychologist"),
    "provider_kind.psychiatrist": ("Psychiater", "Psychiatre", "Psychiatrist"),
    "provider_kind.gp": ("Huisarts", "Médecin généraliste", "General practitioner"),
    "provider_kind.addiction_care": ("Verslavingszorg", "Aide en assuétudes", "Addiction care"),
    "provider_kind.occupational_physician": ("Arbeidsarts", "Médecin du travail", "Occupational physician"),
    "provider_kind.peer_coaching": ("Peercoaching / teamtraject", "Coaching par les pairs / trajet d’équipe",
                                    "Peer coaching / team programme"),
    "provider_kind.wellbeing_activity": ("Welzijnsactiviteit", "Activité de bien-être", "Wellbeing activity"),
    "provider_kind.crisis_line": ("Crisislijn", "Ligne de crise", "Crisis line"),
    "provider_kind.organisation": ("Organisatie", "Organisation", "Organisation"),
    "mode.phone": ("Telefoon", "Téléphone", "Phone"),
    "mode.video": ("Videogesprek", "Appel vidéo", "Video call"),
    "mode.in_person": ("Persoonlijk", "En personne", "In person"),
    "mode.written": ("Schriftelijk", "Par écrit", "Written"),
}

# Everyday words people type that the app does not display (never a word of another value).
_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "domain.burnout": ("burnout", "burn out", "uitputting", "epuisement professionnel"),
    "domain.substance_abuse": ("substance abuse", "substance use", "addiction", "verslaving", "middelenmisbruik",
                               "assuetude", "consommation de substances", "alcohol", "drugs"),
    "domain.suicidal_behaviour": ("suicidal behaviour", "suicidal behavior", "suicide prevention", "suicide",
                                  "suïcidaal gedrag", "suïcidepreventie", "zelfmoordpreventie", "zelfmoord",
                                  "prévention du suicide", "comportement suicidaire"),
    "domain.second_victim": ("tweede slachtoffer", "deuxième victime"),
    "domain.trauma": ("psychotrauma",),
    "domain.anxiety": ("angststoornis",),
    "domain.work_conflict": ("work conflict", "conflict op het werk", "conflicten", "conflit au travail", "conflits"),
    "domain.other": ("other", "ander", "andere", "autre"),
    "province.east_flanders": ("flandre orientale",),
    "province.west_flanders": ("flandre occidentale",),
    "province.brussels": ("brussel", "bruxelles", "brussels", "brussels hoofdstedelijk gewest"),
    "province.liege": ("lüttich",),
    "province.national": ("nationaal", "national", "belgië", "belgique", "belgium", "heel belgië",
                          "toute la belgique"),
    "language.nl": ("vlaams", "neerlandais"),
    "language.de": ("deutsch",),
    "initiator.doctor": ("arts", "médecin", "de arts", "le médecin"),
    "initiator.colleague": ("collega", "collègue"),
    "initiator.family": ("familie", "famille"),
    "provider_kind.gp": ("generaliste",),
    "provider_kind.addiction_care": ("assuetudes",),
    "provider_kind.peer_coaching": ("peer support", "intervisie"),
    "provider_kind.wellbeing_activity": ("welzijn", "bien être"),
    "provider_kind.crisis_line": ("hulplijn", "ligne d'écoute"),
}

_PREFIX: Mapping[type[StrEnum], str] = {
    CareDomain: "domain", KnowledgeDomain: "domain", Province: "province", Initiator: "initiator",
    Profession: "profession", Language: "language", ProviderKind: "provider_kind", ContactMode: "mode",
}
_THEME_MARK = re.compile(r"^(?P<name>.*\S)\s*\(\s*(theme|thema|thème)\s*\)$", re.IGNORECASE)
_SPLIT = re.compile(r"[,;|\n]+")


class UnknownValue(ValueError):
    """``text`` is no value of the vocabulary (``vocabulary``: "domain", "province", …); ``allowed``: the
    keys; ``theme``: it names a theme of the directory where a knowledge domain is asked; ``kind``: the
    vocabulary's enum (for its labels, ``label``); ``suggestions``: the closest keys (``closest``)."""

    def __init__(self, text: str, vocabulary: str, allowed: Iterable[str], *, theme: bool = False,
                 kind: type[StrEnum] | None = None) -> None:
        self.text, self.vocabulary, self.allowed, self.theme = text, vocabulary, tuple(allowed), theme
        self.kind = kind
        self.suggestions = closest(text, kind, self.allowed) if kind is not None and not theme else ()
        if theme:
            message = (f"'{text}' is a theme of the directory, not a knowledge domain; knowledge domains: "
                       f"{', '.join(self.allowed)}")
        else:
            message = (f"'{text}' is no {vocabulary.replace('_', ' ')}; allowed: {', '.join(self.allowed)} "
                       "(their Dutch, French or English names are read too)")
        super().__init__(message)


_LANGUAGE_COLUMN = {"nl": 0, "fr": 1, "en": 2}
_VOCABULARY_OF_PROBLEM: Mapping[str, type[StrEnum]] = {  # a pack's or a CSV's problem (CsvProblem values)
    "unknown_kind": ProviderKind, "unknown_language": Language, "unknown_domain": CareDomain,
    "unknown_region": Province,
}


def vocabulary_of(problem: str, allowed: Iterable[str] = ()) -> type[StrEnum] | None:
    """The vocabulary a refused value was checked against, from its problem ("unknown_kind"): so the
    refusal lists the labels and suggests the closest value.  None for a problem of no vocabulary."""
    kind = _VOCABULARY_OF_PROBLEM.get(problem)
    if kind is CareDomain and KnowledgeDomain.OTHER.value in allowed:
        return KnowledgeDomain
    return kind



def label(kind: type[StrEnum], key: str, language: str) -> str:
    """What the app shows for the value ``key`` of ``kind`` in ``language`` (nl, fr, en): "Middelengebruik"
    for ``substance_abuse`` in Dutch; the key itself when the app shows nothing for it."""
    shown = _SHOWN.get(f"{_PREFIX[kind]}.{key}")
    return shown[_LANGUAGE_COLUMN.get(language, 2)] if shown else key


def labelled(kind: type[StrEnum], keys: Iterable[str], language: str) -> str:
    """"Burn-out (burnout), Depressie (depression), …": each value as the reader reads it, with the key
    a file or a command may carry, always (``Liège (liege)``: the key is what a file holds)."""
    def one_value(key: str) -> str:
        shown = label(kind, key, language)
        return shown if shown == key else f"{shown} ({key})"

    return ", ".join(one_value(key) for key in keys)


def closest(text: str, kind: type[StrEnum], allowed: Iterable[str] | None = None, *, n: int = 2) -> tuple[str, ...]:
    """The keys of ``kind`` whose names (key, labels, synonyms: ``names_of``) are closest to ``text``
    (difflib's ratio, at least 0.6: "psycholog" -> psychologist, "Luk" -> liege); () when none is close.
    ``allowed``: the keys that may be suggested (a knowledge domain is never suggested a theme)."""
    import difflib

    wanted = set(allowed) if allowed is not None else {m.value for m in kind}
    index = {name: key for name, key in _index(kind).items() if key in wanted}
    found: list[str] = []
    for name in difflib.get_close_matches(fold(text), list(index), n=8, cutoff=0.6):
        if index[name] not in found:
            found.append(index[name])
    return tuple(found[:n])


def names_of(member: StrEnum) -> tuple[str, ...]:
    """Every name read for ``member``: its key, what the app shows, what documents print, synonyms."""
    from trustdesk.documents.labels import LANGUAGES, Labels

    prefix = _PREFIX[type(member)]
    key = f"{prefix}.{member.value}"
    names = [member.value, member.value.replace("_", " "), *_SHOWN.get(key, ()), *_SYNONYMS.get(key, ())]
    for language in LANGUAGES:
        try:
            names.append(Labels(language)(key))
        except KeyError:  # a theme of the directory: documents never print one
            pass
    return tuple(dict.fromkeys(names))


@functools.cache
def _index(kind: type[StrEnum]) -> dict[str, str]:
    found: dict[str, str] = {}
    for member in kind:
        for name in names_of(member):
            folded = fold(name)
            if found.setdefault(folded, member.value) != member.value:
                raise AssertionError(f"{name!r} names both {found[folded]} and {member.value}")
    return found


def _lookup(text: str, kind: type[StrEnum]) -> str | None:
    index = _index(kind)
    found = index.get(fold(text))
    if found is None and (marked := _THEME_MARK.match(text.strip())):
        found = index.get(fold(marked.group("name")))
    return found


def _parse(text: str, kind: type[StrEnum], *, slash_separates: bool) -> tuple[set[str], list[str]]:
    """A list in one cell: parts split at , ; | and line ends; a part that is no name and holds '/' is
    read as names separated by '/' ("Brussel/Waals-Brabant"), a name with a '/' in it stays one."""
    found: set[str] = set()
    unknown: list[str] = []
    whole = _lookup(text, kind)
    if whole is not None:
        return {whole}, []
    for part in _SPLIT.split(text):
        if not fold(part):
            continue
        value = _lookup(part, kind)
        pieces = [part] if value is not None or not slash_separates else part.split("/")
        for piece in pieces:
            if not fold(piece):
                continue
            value = _lookup(piece, kind)
            if value is None:
                unknown.append(piece.strip())
            else:
                found.add(value)
    return found, unknown


def parse_domains(text: str) -> tuple[frozenset[CareDomain], list[str]]:
    found, unknown = _parse(text, CareDomain, slash_separates=True)
    return frozenset(CareDomain(v) for v in found), unknown


def parse_regions(text: str) -> tuple[frozenset[Province], list[str]]:
    """Provinces by name; "Brussel/Waals-Brabant" is two of them ('/' separates here too)."""
    found, unknown = _parse(text, Province, slash_separates=True)
    return frozenset(Province(v) for v in found), unknown


def parse_languages(text: str) -> tuple[frozenset[Language], list[str]]:
    """Languages by code or name ("nl, fr", "Nederlands / Frans"); spaces separate here too."""
    found: set[str] = set()
    unknown: list[str] = []
    for part in re.split(r"[,;|\n/]+", text):
        if not fold(part):
            continue
        value = _lookup(part, Language)
        words = [part] if value is not None else part.split()
        for word in words:
            value = _lookup(word, Language)
            if value is None:
                unknown.append(word.strip())
            else:
                found.add(value)
    return frozenset(Language(v) for v in found), unknown


def one(kind: type[_E], text: str, vocabulary: str) -> _E:
    """The one value of ``kind`` that ``text`` names; ``UnknownValue`` otherwise."""
    value = _lookup(text, kind)
    if value is None:
        raise UnknownValue(text, vocabulary, [m.value for m in kind], kind=kind)
    return kind(value)


def knowledge_domain(text: str) -> KnowledgeDomain:
    """One knowledge domain of a case or an intake, by key or any name ("burn-out", "Middelengebruik",
    "autre").  A theme of the directory or an unknown word raises ``UnknownValue``."""
    allowed = [d.value for d in KNOWLEDGE_DOMAINS] + [KnowledgeDomain.OTHER.value]
    value = _lookup(text, KnowledgeDomain)
    if value is None:
        care = _lookup(text, CareDomain)
        raise UnknownValue(text, "knowledge domain", allowed,
                           theme=care is not None and CareDomain(care) in CARE_THEMES, kind=KnowledgeDomain)
    return KnowledgeDomain(value)


def province(text: str) -> Province:
    """One province, by key or any name ("Luik", "Liège", "liege", "Région de Bruxelles-Capitale")."""
    return one(Province, text, "province")


def initiator(text: str) -> Initiator:
    return one(Initiator, text, "initiator")


def language(text: str) -> Language:
    return one(Language, text, "language")


def profession(text: str) -> Profession:
    return one(Profession, text, "profession")


def contact_mode(text: str) -> ContactMode:
    return one(ContactMode, text, "contact mode")


def provider_kind(text: str) -> ProviderKind:
    return one(ProviderKind, text, "provider kind")


READERS: Mapping[type[StrEnum], Callable[[str], StrEnum]] = {
    KnowledgeDomain: knowledge_domain, Province: province, Initiator: initiator, Language: language,
    Profession: profession, ContactMode: contact_mode, ProviderKind: provider_kind,
}
