"""Conflict-of-interest matching, on the mechanism: one word or two ("Ziekenhuisnetwerk" /
"Ziekenhuis Netwerk"), acronyms ("ZNA", "H.U.B" / "HUB" / "Hôpital Universitaire de Bruxelles"),
accents, case and punctuation change nothing; a GP's practice is never the hospital of the same
saint and town.  A table of real Belgian spellings, each pair tested both ways, and properties over
many generated names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustdesk.domain.conflicts import initials, same_place

SAME = [
    ("Ziekenhuisnetwerk Antwerpen", "ZNA"),
    ("Ziekenhuisnetwerk Antwerpen", "Ziekenhuis Netwerk Antwerpen"),
    ("Ziekenhuisnetwerk Antwerpen", "ZNA Middelheim"),
    ("Ziekenhuis Netwerk Antwerpen", "Z.N.A."),
    ("H.U.B", "HUB"),
    ("H.U.B", "Hôpital Universitaire de Bruxelles"),
    ("HUB", "Hopital universitaire de Bruxelles"),
    ("HUB", "Hôpital Érasme"),
    ("H.U.B Erasme", "Erasmusziekenhuis"),
    ("AZ Sint-Jan Brugge", "Sint-Jansziekenhuis Brugge"),
    ("AZ Sint-Jan Brugge", "Sint-Jans ziekenhuis Brugge"),
    ("AZ Sint-Jan Brugge", "AZ Sint-Jan Oostende"),
    ("Jessa Ziekenhuis", "Jessaziekenhuis Hasselt"),
    ("Groeninge ziekenhuis", "AZ Groeninge"),
    ("UZ Leuven", "UZLeuven"),
    ("UZ Gent", "Universitair Ziekenhuis Gent"),
    ("UZA", "Universitair Ziekenhuis Antwerpen"),
    ("CHU de Liège", "C.H.U. Liège"),
    ("CHIREC", "Delta Chirec"),
    ("GHdC", "Grand Hôpital de Charleroi"),
    ("Psychiatrisch Ziekenhuis Duffel", "PZ Duffel"),
    ("Huisartsenpraktijk Sint-Jan, Brugge", "huisartsen praktijk Sint Jan Brugge"),
    ("Groepspraktijk De Linde", "groepspraktijk de linde"),
]
DIFFERENT = [
    ("Huisartsenpraktijk Sint-Jan, Brugge", "AZ Sint-Jan Brugge"),
    ("Huisartsenpraktijk Sint-Jan, Brugge", "Sint-Jansziekenhuis Brugge"),
    ("Groepspraktijk Sint-Lucas Gent", "AZ Sint-Lucas Gent"),
    ("Cabinet médical Saint-Pierre, Bruxelles", "CHU Saint-Pierre"),
    ("Apotheek Sint-Jan Brugge", "AZ Sint-Jan Brugge"),
    ("Ziekenhuisnetwerk Antwerpen", "GZA Ziekenhuizen"),
    ("ZNA", "UZA"),
    ("HUB", "UZ Brussel"),
    ("H.U.B", "CHU Saint-Pierre"),
    ("AZ Sint-Jan Brugge", "Brugge"),
    ("AZ Sint-Jan Brugge", "Huisartsenpraktijk, Brugge"),
    ("Ziekenhuis Oost-Limburg", "Ziekenhuisnetwerk Antwerpen"),
    ("Jessa Ziekenhuis", "Jan Yperman Ziekenhuis"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_the_same_place_both_ways(a: str, b: str) -> None:
    assert same_place(a, b) and same_place(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_places_both_ways(a: str, b: str) -> None:
    assert not same_place(a, b) and not same_place(b, a)


def test_the_table_is_real_sized() -> None:
    assert len(SAME) + len(DIFFERENT) >= 30


NAME = st.text(alphabet="bcdfgkmnprstvwz", min_size=3, max_size=7).map(lambda w: w.capitalize() + "ia")
HEADS = st.sampled_from(["ziekenhuis", "kliniek", "netwerk", "centrum"])
TOWNS = st.sampled_from(["Brugge", "Gent", "Leuven", "Namur", "Liège", "Kortrijk"])
SAINTS = st.sampled_from(["Sint-Jan", "Sint-Lucas", "Saint-Pierre", "Sint-Maarten", "Sint-Augustinus", "Sint-Elisabeth"])


@given(NAME, HEADS, TOWNS)
def test_one_word_or_two_is_the_same(name: str, head: str, town: str) -> None:
    glued, apart = f"{name}{head} {town}", f"{name} {head.capitalize()} {town}"
    assert same_place(glued, apart) and same_place(apart, glued)


@given(st.lists(NAME, min_size=3, max_size=5, unique_by=lambda w: w[0]))
def test_an_acronym_is_the_name_it_abbreviates(words: list[str]) -> None:
    full = " ".join(words)
    acronym = "".join(w[0] for w in words)
    assert initials(full) == acronym.lower()
    for written in (acronym.upper(), ".".join(acronym.upper()) + ".", acronym.lower()):
        assert same_place(written, full) and same_place(full, written)


@given(NAME, TOWNS, st.sampled_from([str.upper, str.lower, str.title]), st.booleans())
def test_case_accents_and_punctuation_change_nothing(name: str, town: str, case: object, dots: bool) -> None:
    original = f"Ziekenhuis {name} {town}"
    written = case(f"Hôpital {name}, {town}") if callable(case) else original  # another language, another case
    assert same_place(f"{name}ziekenhuis {town}", original)
    punctuated = f"{name}-Ziekenhuis ({town})" if dots else f"  {name}   ziekenhuis;{town}"
    assert same_place(punctuated, original) and same_place(original, punctuated)
    assert same_place(written, written)


@given(SAINTS, TOWNS, st.sampled_from(["Huisartsenpraktijk", "Groepspraktijk", "Cabinet médical", "Apotheek"]),
       st.sampled_from(["AZ", "Kliniek", "Hôpital", "Ziekenhuis"]))
def test_a_practice_is_never_the_hospital_of_the_same_saint_and_town(saint: str, town: str, practice: str,
                                                                     hospital: str) -> None:
    a, b = f"{practice} {saint}, {town}", f"{hospital} {saint} {town}"
    assert not same_place(a, b) and not same_place(b, a)
