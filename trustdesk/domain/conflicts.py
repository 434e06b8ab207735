"""Conflict of interest: does the doctor's workplace name the same INSTITUTION as one of the trust
person's affiliations?  Institutions, never towns: "AZ Sint-Jan Brugge" and "Huisartsenpraktijk,
Brugge" share only a town and are not a conflict; "Sint-Jansziekenhuis Brugge" and "AZ Sint-Jan
Oostende" (another campus) are the same employer and are.

Names are compared after normalising case, accents, punctuation, dotted abbreviations ("A.Z."),
"St"/"Saint", common abbreviations and Dutch compounds ("Ziekenhuisnetwerk" = "Ziekenhuis Netwerk").
Then:

0. Two names that say they are different kinds of place (a GP's practice, a hospital) are never the
   same place, whatever saint or town they share ("Huisartsenpraktijk Sint-Jan, Brugge" is not
   "AZ Sint-Jan Brugge").

1. Known institutions (``institutions.INSTITUTIONS``: real Belgian hospitals with their current and
   former names, both languages, abbreviations, campuses) are looked up in both names.  When both
   name known institutions, they overlap exactly when they share one.
2. Otherwise the names' own words are compared, leaving out words that say what kind of place it is
   ("ziekenhuis", "praktijk", "clinique"…) and town names: they overlap when the remaining words of
   one are all in the other; a name written as an acronym ("ZNA", "H.U.B") is the same as a name of
   several words with those initials ("Hôpital Universitaire de Bruxelles").  A name with no such word left ("Huisartsenkring Brugge") overlaps only
   with the same name; a town alone ("Brugge") overlaps with nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from trustdesk.domain.institutions import INSTITUTIONS
from trustdesk.domain.models import Case, Provider
from trustdesk.domain.text_forms import fold

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
    "medical", "medisch", "centrum", "center", "huisartsenkring", "kring", "wachtpost", "ziekenhuizen",
    "netwerk", "ziekenhuisnetwerk", "psychiatrisch", "pc", "pz", "upc", "groupe", "hopitaux", "cliniques",
    "universitaires", "univ", "huisarts", "huisartsen", "dokter", "dr", "docteur", "arts", "artsen",
    "apotheek", "pharmacie", "revalidatie", "revalidatiecentrum", "polikliniek", "consultatie", "kabinet",
    "associatie", "association", "centra", "centres", "zorg", "soins", "sante", "gezondheid", "ziekenhuisgroep",
    "private", "prive", "privepraktijk", "praktijkhuis", "solo", "unit", "eenheid", "spoed", "urgences",
    "spoedgevallen", "ggz", "cggz", "csm", "ssm", "mental", "mentale", "geestelijke", "gezondheidszorgcentrum",
    "campussen", "ziekenhuiscampus", "av", "az", "uz", "nv", "bv", "srl", "sprl",
})
# Belgian towns and municipalities as people write them (Dutch, French, English): a town is where a
# place is, never which place it is.
_PLACES = frozenset("""
aalst aalter aarschot alost anderlecht antwerpen anvers antwerp arlon aarlen asse assebroek ath aat
beernem beringen beveren bierbeek bilzen blankenberge boom bornem bouge braine brasschaat bree brugge bruges
brussel bruxelles brussels charleroi chimay ciney deinze dendermonde termonde diest diksmuide dilbeek dinant
duffel edegem eeklo eupen evere etterbeek elsene ixelles forest vorst gembloux genk gent gand ghent
geraardsbergen grammont gosselies halle hal hamme harelbeke hasselt herentals herstal heist heusden hoboken
houthalen huy hoei ieper ypres izegem jette jodoigne kapellen knokke koksijde kontich kortrijk courtrai
kortenberg kessel lo laken laeken la louviere leuven louvain lier lierre liege luik lokeren lommel maaseik
malmedy marche mechelen malines melle menen menin merksem mol mons bergen mouscron moeskroen namur namen
neerpelt nijlen ninove nivelles nijvel oostende ostende oostkamp oudenaarde audenarde ottignies overijse
pellenberg peer poperinge roeselare roulers ronse renaix rumbeke schaarbeek schaerbeek schoten seraing
sint niklaas truiden soignies zinnik spa tielt tienen tirlemont tongeren tongres torhout tournai doornik
turnhout ukkel uccle verviers veurne furnes vilvoorde vilvorde waregem waterloo wavre waver wervik wetteren
wevelgem willebroek wilrijk woluwe zaventem zele zelzate zottegem zwevegem zwijnaarde ekeren berchem deurne
borgerhout wilrijk mortsel kapellen ganshoren koekelberg jette auderghem oudergem watermaal boitsfort
molenbeek saint gilles sint gillis laken heverlee wezembeek kraainem tervuren zaventem machelen
vlaanderen flandre wallonie wallonia brabant limburg limbourg henegouwen hainaut luxembourg luxemburg
west oost east regio region provincie province belgie belgique belgium
""".split())
_SPLIT = re.compile(r"[^\w]+", re.UNICODE)
# Heads of Dutch compounds, split off so one word and two are the same ("Ziekenhuisnetwerk" =
# "Ziekenhuis Netwerk", "Jessaziekenhuis" = "Jessa ziekenhuis"); longest first.
_COMPOUND_HEADS = ("ziekenhuizen", "ziekenhuis", "netwerk", "praktijk", "kliniek", "centrum", "groep", "kring",
                   "campus")
# What kind of place a name is: two names of different kinds (a GP's practice, a hospital) are
# never the same place, whatever saint or town they share.
_KINDS = {
    "hospital": frozenset({"ziekenhuis", "ziekenhuizen", "kliniek", "clinique", "cliniques", "hopital", "hopitaux",
                           "hospital", "hospitalier", "polikliniek", "algemeen", "universitair"}),
    "practice": frozenset({"huisartsenpraktijk", "groepspraktijk", "praktijk", "privepraktijk", "cabinet", "kabinet",
                           "huisarts", "huisartsen", "medicale", "wijkgezondheidscentrum", "apotheek", "pharmacie"}),
}
# Little words an acronym leaves out ("H.U.B" = Hôpital Universitaire de Bruxelles).
_SMALL = frozenset({"de", "het", "van", "der", "den", "le", "la", "les", "du", "des", "et", "en", "of", "the", "d", "l"})


def _merge_letters(words: list[str]) -> list[str]:
    """Dotted abbreviations: "a", "z" (from "A.Z.") become "az"; "h", "u", "b" become "hub"."""
    merged: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        if run:
            merged.append("".join(run)) if len(run) > 1 else merged.extend(run)
            run = []
        if word:
            merged.append(word)
    return merged


def normalise(name: str) -> tuple[str, ...]:
    """Lower case, no accents, abbreviations expanded, punctuation gone; a tuple of words."""
    text = fold(name)  # one normalisation: accents, case, look-alike letters, hidden controls (text_forms)
    raw = [w for w in _SPLIT.split(text.replace("-", " ").replace("'", " ").replace("’", " ")) if w]
    words: list[str] = []
    for word in _merge_letters(raw):
        for part in _ABBREVIATIONS.get(word, word).split():
            words.extend(_split_compound(part))
    return tuple(words)


def _split_compound(word: str) -> list[str]:
    """``ziekenhuisnetwerk`` -> ``ziekenhuis``, ``netwerk``: a known head at the end of a longer word
    is a word of its own (recursively); what is left must still be a word (3 letters or more)."""
    for head in _COMPOUND_HEADS:
        if word.endswith(head) and len(word) - len(head) >= 3 and word != head:
            return [*_split_compound(word[:-len(head)]), head]
    return [word]


def kinds(name: str) -> frozenset[str]:
    """What kind of place ``name`` says it is ("hospital", "practice"; empty when it does not say)."""
    present = set(normalise(name))
    return frozenset(kind for kind, words in _KINDS.items() if words & present)


def initials(name: str) -> str:
    """The acronym of a name of several words ("" for a single word): "Hôpital Universitaire de
    Bruxelles" -> "hub"."""
    text = fold(name)  # one normalisation: accents, case, look-alike letters, hidden controls (text_forms)
    words = [w for w in _SPLIT.split(text.replace("-", " ").replace("'", " ")) if w and w not in _SMALL]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _acronym(name: str) -> str:
    """A name written as an acronym ("ZNA", "H.U.B", "hub"): its letters, else ""."""
    words = _merge_letters([w for w in _SPLIT.split(fold(name)) if w])
    return words[0] if len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isalpha() else ""


def _contains(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(words[i:i + n] == run for i in range(len(words) - n + 1)) if n else False


@cache
def _spellings() -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
    return tuple((inst.key, normalise(sp.words), frozenset(w for p in sp.places for w in normalise(p)))
                 for inst in INSTITUTIONS for sp in inst.spellings)


def institutions_in(name: str) -> frozenset[str]:
    """The keys of the known institutions a name mentions (any spelling, with its town when needed)."""
    words = normalise(name)
    present = set(words)
    return frozenset(key for key, run, places in _spellings()
                     if _contains(words, run) and (not places or places & present))


def distinctive(name: str) -> frozenset[str]:
    """The words that say WHICH place: not what kind of place, not the town it is in."""
    return frozenset(w for w in normalise(name) if w not in _GENERIC and w not in _PLACES and len(w) > 1)


def split_places(text: str) -> list[str]:
    """A workplace field may hold several places, one per line or separated by ';'."""
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


def same_place(a: str, b: str) -> bool:
    """Do the two names name the same institution (see the module's docstring)?"""
    ka, kb = kinds(a), kinds(b)
    if ka and kb and not ka & kb:  # a GP's practice is not the hospital of the same saint and town
        return False
    ia, ib = institutions_in(a), institutions_in(b)
    if ia and ib:
        return bool(ia & ib)
    acronym_a, acronym_b = _acronym(a), _acronym(b)
    if (acronym_a and acronym_a == initials(b)) or (acronym_b and acronym_b == initials(a)):
        return True
    da, db = distinctive(a), distinctive(b)
    if not da or not db:
        # Only generic words and towns (e.g. "Huisartsenkring Brugge"): the same name, or nothing;
        # a town alone is never an institution.
        na, nb = normalise(a), normalise(b)
        return na == nb and any(w not in _PLACES for w in na)
    return da <= db or db <= da


@dataclass(frozen=True, slots=True)
class Overlap:
    affiliation: str
    workplace: str


def overlaps(affiliations: Iterable[str], workplaces: Iterable[str]) -> list[Overlap]:
    """Every (affiliation, workplace) pair that names the same place."""
    places = [w for text in workplaces for w in split_places(text)]
    return [Overlap(a, w) for text in affiliations for a in split_places(text) for w in places if same_place(a, w)]


def is_conflict(provider: Provider, case: Case | None) -> bool:
    """The provider's name or organisation names the same place as the doctor's workplace (the
    referral picker flags it)."""
    if case is None or not case.workplace.strip():
        return False
    return bool(overlaps([provider.name, provider.organisation], [case.workplace]))
