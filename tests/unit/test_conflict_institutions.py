"""Conflict of interest on institutions, not towns: a table of real Belgian workplace spellings (as
trust persons and doctors write them: old and new names, Dutch and French, abbreviations, campuses,
dotted and glued forms) against affiliations, each pair tested BOTH ways -- the ones that must be
flagged (false negatives) and the ones that must not (false positives)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustdesk.domain.conflicts import institutions_in, overlaps, same_place
from trustdesk.domain.institutions import INSTITUTIONS

SAME = [  # (affiliation, workplace): the same institution, whatever the spelling or campus
    ("AZ Sint-Jan Brugge", "Sint-Jansziekenhuis Brugge"),
    ("AZ Sint-Jan Brugge", "AZ Sint-Jan Oostende"),
    ("AZ Sint-Jan Brugge", "A.Z. St-Jan Brugge-Oostende AV"),
    ("AZ Sint-Jan Brugge", "az st jan, campus Henri Serruys"),
    ("AZ Sint-Jan Brugge-Oostende AV", "Algemeen Ziekenhuis Sint Jan"),
    ("UZ Leuven", "Universitair Ziekenhuis Leuven campus Gasthuisberg"),
    ("UZ Leuven", "Gasthuisberg"),
    ("UZ Leuven", "U.Z. Leuven - Pellenberg"),
    ("UZ Gent", "UZGent"),
    ("UZ Gent", "Universitair Ziekenhuis Gent, dienst psychiatrie"),
    ("UZA", "UZ Antwerpen (Edegem)"),
    ("UZ Brussel", "AZ-VUB Jette"),
    ("CHU de Liège", "Centre Hospitalier Universitaire de Liege"),
    ("CHU de Liège", "CHU Sart Tilman"),
    ("Cliniques universitaires Saint-Luc", "Clin. Univ. St-Luc, Woluwe"),
    ("Cliniques universitaires Saint-Luc", "Saint-Luc UCLouvain"),
    ("Hôpital Érasme", "Erasmusziekenhuis Anderlecht"),
    ("Hôpital Érasme", "H.U.B Erasme"),
    ("CHU Saint-Pierre", "UMC Sint-Pieter Brussel"),
    ("ZNA Middelheim", "ZNA Stuivenberg"),
    ("ZNA", "Middelheim ziekenhuis Antwerpen"),
    ("Jessa Ziekenhuis Hasselt", "Virga Jesse"),
    ("ZOL Genk", "Ziekenhuis Oost-Limburg campus Sint-Jan"),
    ("AZ Groeninge", "Groeninge Kortrijk"),
    ("AZ Delta Roeselare", "AZ Delta campus Rumbeke"),
    ("GZA Ziekenhuizen", "Sint-Augustinus Wilrijk"),
    ("Clinique Saint-Luc Bouge", "Clinique St-Luc Bouge"),
    ("CHU UCL Namur", "Mont-Godinne"),
    ("Grand Hôpital de Charleroi", "GHdC"),
    ("CHR de la Citadelle", "La Citadelle, Liège"),
    ("AZ Maria Middelares", "Maria Middelares Gent"),
    ("PC Sint-Amandus Beernem", "Sint-Amandus"),
    ("Huisartsenpraktijk De Linde", "HP de linde, Kessel-Lo"),
    # H.U.B: one employer, three campuses (Erasme, Institut Jules Bordet, HUDERF), each under its own names
    ("H.U.B", "Institut Jules Bordet"),
    ("H.U.B", "HUDERF"),
    ("H.U.B", "Hôpital Universitaire des Enfants Reine Fabiola, Laeken"),
    ("H.U.B", "Erasme"),
    ("Hôpital Universitaire de Bruxelles", "Instituut Jules Bordet, Anderlecht"),
    ("Hôpital Universitaire de Bruxelles", "Universitair Kinderziekenhuis Koningin Fabiola"),
    ("Hôpital Universitaire de Bruxelles", "Hôpital Érasme"),
    ("Hôpitaux Universitaires de Bruxelles", "Erasmusziekenhuis"),
    ("Institut Jules Bordet", "Hôpital Erasme"),
    ("Institut Bordet", "HUDERF"),
    ("Huderf", "Erasmus ziekenhuis Anderlecht"),
    ("HUB - Institut Jules Bordet", "H.U.B Erasme"),
    # campuses named without their institution
    ("AZ Sint-Jan Brugge-Oostende", "campus Henri Serruys"),
    ("AZ Sint-Jan Brugge-Oostende", "Campus Serruys"),
    ("AZ Sint-Jan Oostende", "AZ Sint-Jan campus Brugge"),
    ("CHU de Liège", "Notre-Dame des Bruyères, Chênée"),
    ("CHU de Liège", "CHU Esneux"),
    ("CHU Sart Tilman", "Site d'Esneux"),
    ("UZ Leuven", "campus Pellenberg"),
    ("AZ Delta", "campus Rumbeke"),
    ("AZ Delta", "Campus Wilgenstraat, Roeselare"),
    ("ZNA", "ZNA Cadix"),
    ("ZNA Stuivenberg", "Hoge Beuken, Hoboken"),
    ("GZA", "Sint-Jozef Mortsel"),
    ("GZA Sint-Augustinus", "GZA Sint-Vincentius"),
    ("ZOL Genk", "campus André Dumont, Waterschei"),
    ("Jessa", "Salvator Hasselt"),
    ("Jessa Ziekenhuis", "Sint-Franciscus Heusden-Zolder"),
    ("CHU UCL Namur", "Clinique Sainte-Elisabeth, Namur"),
    ("CHIREC", "Clinique Sainte-Anne Saint-Remi"),
    ("CHIREC", "Clinique du Parc Léopold"),
    ("Huisartsenkring Brugge", "huisartsenkring brugge"),
]

DIFFERENT = [  # (affiliation, workplace): only a town, a saint or a word in common
    ("AZ Sint-Jan Brugge", "Huisartsenpraktijk, Brugge"),
    ("AZ Sint-Jan Brugge", "Brugge"),
    ("AZ Sint-Jan Brugge", "AZ Sint-Lucas Brugge"),
    ("AZ Sint-Jan Brugge", "Kliniek Sint-Jan Brussel"),
    ("AZ Sint-Jan Brugge", "ZOL campus Sint-Jan Genk"),
    ("AZ Sint-Jan Brugge", "Wachtpost Brugge"),
    ("AZ Sint-Jan Brugge", "AZ Sint-Maarten Mechelen"),
    ("Cliniques universitaires Saint-Luc", "AZ Sint-Lucas Gent"),
    ("Cliniques universitaires Saint-Luc", "Clinique Saint-Luc Bouge"),
    ("AZ Sint-Lucas Gent", "AZ Sint-Lucas Brugge"),
    ("UZ Gent", "UZ Leuven"),
    ("UZ Gent", "AZ Maria Middelares Gent"),
    ("UZ Leuven", "Heilig Hartziekenhuis Leuven"),
    ("UZ Leuven", "Huisartsenpraktijk De Linde Leuven"),
    ("CHU de Liège", "CHU Saint-Pierre"),
    ("CHU de Liège", "CHR de la Citadelle Liège"),
    ("CHU de Liège", "Cabinet médical, Liège"),
    ("ZNA Middelheim", "GZA Sint-Augustinus"),
    ("AZ Delta Roeselare", "Hôpital Delta (CHIREC) Bruxelles"),
    ("Jessa Ziekenhuis Hasselt", "Huisartsenpraktijk Hasselt"),
    ("Hôpital Érasme", "UZ Brussel"),
    ("Huisartsenkring Brugge", "Huisartsenkring Oostende"),
    ("Ziekenhuis", "Kliniek"),
    ("UZ", "AZ"),
    # H.U.B against its neighbours, a street and a namesake
    ("H.U.B", "UZ Brussel"),
    ("Institut Jules Bordet", "UZ Brussel"),
    ("HUDERF", "UZ Brussel, kinderziekenhuis"),
    ("Hôpital Universitaire de Bruxelles", "CHU Saint-Pierre"),
    ("Institut Jules Bordet", "CHU Brugmann"),
    ("Institut Jules Bordet", "Cabinet médical, avenue Jules Bordet, Evere"),
    ("HUDERF", "Clinique Reine Fabiola, Montignies-sur-Sambre"),
    ("Hôpital Universitaire des Enfants Reine Fabiola", "Koningin Paola Kinderziekenhuis"),
    ("Hôpital Universitaire de Bruxelles", "Cliniques universitaires Saint-Luc"),
    ("H.U.B", "Huisartsenpraktijk, Anderlecht"),
    # campus names against their namesakes: a street, another town's hospital, another network
    ("AZ Sint-Jan Brugge", "Huisartsenpraktijk Henri Serruyslaan, Oostende"),
    ("ZNA", "AZ Jan Palfijn Gent"),
    ("GZA", "Sint-Jozefskliniek Izegem"),
    ("Jessa", "Salvator ziekenhuis, Brussel"),
    ("CHU UCL Namur", "Clinique Sainte-Elisabeth, Uccle"),
    ("CHU de Liège", "Cabinet médical, Esneux"),
    ("ZOL Genk", "Huisartsenpraktijk, Waterschei"),
    ("AZ Delta", "Huisartsenpraktijk, Rumbeke"),
]

TOWNS = ["Brugge", "Bruges", "Oostende", "Gent", "Leuven", "Louvain", "Antwerpen", "Liège", "Luik", "Brussel",
         "Bruxelles", "Hasselt", "Genk", "Kortrijk", "Namur", "Charleroi", "Mons", "Roeselare", "Mechelen", "Aalst"]
KINDS = ["", "Huisartsenpraktijk", "Groepspraktijk", "Praktijk", "Cabinet médical", "Maison médicale",
         "Wachtpost", "Huisartsen", "Dokter", "Wijkgezondheidscentrum"]


def test_the_table_is_big_enough() -> None:
    assert len({w for pair in SAME + DIFFERENT for w in pair}) >= 30
    assert len(SAME) >= 30 and len(DIFFERENT) >= 20


@pytest.mark.parametrize(("affiliation", "workplace"), SAME)
def test_same_institution_is_flagged_both_ways(affiliation: str, workplace: str) -> None:
    assert same_place(affiliation, workplace), (affiliation, workplace)
    assert same_place(workplace, affiliation), (workplace, affiliation)
    assert overlaps([affiliation], [f"{workplace}\nUZ Brussel" if "Brussel" not in affiliation else workplace])


@pytest.mark.parametrize(("affiliation", "workplace"), DIFFERENT)
def test_a_shared_town_or_word_is_not_flagged_either_way(affiliation: str, workplace: str) -> None:
    assert not same_place(affiliation, workplace), (affiliation, workplace)
    assert not same_place(workplace, affiliation), (workplace, affiliation)


@given(st.sampled_from(TOWNS), st.sampled_from(KINDS), st.sampled_from([a for a, _ in SAME + DIFFERENT]),
       st.sampled_from([", ", " ", " - ", "\u00a0"]))
def test_a_town_with_only_a_kind_of_place_never_matches_an_institution(town: str, kind: str, affiliation: str,
                                                                       sep: str) -> None:
    workplace = f"{kind}{sep}{town}" if kind else town
    if workplace.casefold() == affiliation.casefold():
        return
    assert not same_place(affiliation, workplace), (affiliation, workplace)
    assert not same_place(workplace, affiliation), (workplace, affiliation)


@given(st.sampled_from(INSTITUTIONS), st.data())
def test_every_listed_spelling_finds_its_institution(institution: object, data: st.DataObject) -> None:
    from trustdesk.domain.institutions import Institution

    assert isinstance(institution, Institution)
    spelling = data.draw(st.sampled_from(institution.spellings))
    text = spelling.words + (f" {spelling.places[0]}" if spelling.places else "")
    variant = data.draw(st.sampled_from([text, text.upper(), text.lower(), text.replace("-", " "),
                                         text.replace("Sint", "St.").replace("Saint", "St")]))
    assert institution.key in institutions_in(variant), variant
