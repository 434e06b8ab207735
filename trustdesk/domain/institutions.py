"""Belgian hospitals and care institutions under the names people really write.

Each institution lists its spellings: current and former names, Dutch and French, abbreviations,
campus names.  A spelling is matched as a run of consecutive words (after ``conflicts.normalise``:
case, accents, punctuation, "St"/"Saint" and common abbreviations folded), so "AZ Sint-Jan" is
found in "A.Z. St-Jan Brugge-Oostende AV, campus Brugge".  A spelling that is only unique together
with its town ("Sint-Jansziekenhuis" exists in Brugge and, formerly, in Genk) names the towns that
make it this institution (``places``): one of them must appear anywhere in the text.

Campuses of one institution are the same institution ("AZ Sint-Jan Oostende" is AZ Sint-Jan):
a trust person who works on one campus works for the employer of all of them.  The list is data,
not code: add an institution or a spelling by adding a line.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Spelling:
    words: str  # as people write it; normalised when compared
    places: tuple[str, ...] = ()  # any one of these towns must appear too ("" = none needed)


@dataclass(frozen=True, slots=True)
class Institution:
    key: str
    name: str
    spellings: tuple[Spelling, ...]


def _i(key: str, name: str, *spellings: str | tuple[str, tuple[str, ...]]) -> Institution:
    made = tuple(Spelling(s) if isinstance(s, str) else Spelling(s[0], s[1]) for s in spellings)
    return Institution(key, name, made)


BRUGGE = ("brugge", "bruges", "oostende", "ostende")
BRUSSEL = ("brussel", "bruxelles", "brussels", "jette", "anderlecht", "laken", "laeken", "etterbeek", "ukkel",
           "uccle", "elsene", "ixelles", "woluwe", "schaarbeek", "schaerbeek")

INSTITUTIONS: tuple[Institution, ...] = (
    _i("az-sint-jan", "AZ Sint-Jan Brugge-Oostende", "AZ Sint-Jan", "AZ Sint Jan AV",
       ("Sint-Jansziekenhuis", BRUGGE), ("Sint-Jans ziekenhuis", BRUGGE), ("Sint-Jan", BRUGGE),
       ("Henri Serruys", ("oostende", "ostende")), "AZ Serruys", "Campus Serruys", "Campus Henri Serruys",
       "Campus Sint-Jan Brugge", "AZ Sint-Jan campus Brugge"),
    _i("az-sint-lucas-brugge", "AZ Sint-Lucas Brugge", ("AZ Sint-Lucas", ("brugge", "bruges", "assebroek")),
       ("Sint-Lucasziekenhuis", ("brugge", "bruges", "assebroek"))),
    _i("az-sint-lucas-gent", "AZ Sint-Lucas Gent", ("AZ Sint-Lucas", ("gent", "gand", "volkskliniek")),
       ("Sint-Lucasziekenhuis", ("gent", "gand"))),
    _i("az-damiaan", "AZ Damiaan Oostende", "AZ Damiaan", "Damiaanziekenhuis"),
    _i("az-groeninge", "AZ Groeninge Kortrijk", "AZ Groeninge", "Groeninge", "Groeninge ziekenhuis"),
    _i("az-delta", "AZ Delta Roeselare", "AZ Delta", "Delta ziekenhuis", ("Delta", ("roeselare", "rumbeke", "menen",
                                                                                  "torhout")),
       # campuses: Rumbeke (the new main campus), Roeselare Wilgenstraat and Brugsesteenweg, Menen, Torhout
       ("Campus Rumbeke", ("roeselare", "rumbeke")), "AZ Delta Rumbeke", "Stedelijk Ziekenhuis Roeselare",
       ("Campus Wilgenstraat", ("roeselare",)), ("Campus Brugsesteenweg", ("roeselare",))),
    _i("uz-leuven", "UZ Leuven", "UZ Leuven", "Universitair Ziekenhuis Leuven", "UZLeuven", "Gasthuisberg",
       "Pellenberg", "UZ Gasthuisberg", "KU Leuven ziekenhuis"),
    _i("ku-leuven", "KU Leuven (university)", "KU Leuven", "Katholieke Universiteit Leuven", "KUL"),
    _i("uz-gent", "UZ Gent", "UZ Gent", "UZGent", "Universitair Ziekenhuis Gent", "Ghent University Hospital"),
    _i("uza", "UZA Antwerpen", "UZA", "UZ Antwerpen", "Universitair Ziekenhuis Antwerpen",
       "Antwerp University Hospital"),
    _i("uz-brussel", "UZ Brussel", "UZ Brussel", "UZB", "Universitair Ziekenhuis Brussel", "AZ VUB",
       "Brussels University Hospital"),
    _i("chu-liege", "CHU de Liège", "CHU de Liège", "CHU Liège", "CHU Sart Tilman", "Sart Tilman",
       "Centre Hospitalier Universitaire de Liège", "UZ Luik",
       # its sites: Sart Tilman, Notre-Dame des Bruyères (Chênée), Esneux, the polyclinic Brull
       "Notre-Dame des Bruyères", "CHU Notre-Dame des Bruyères", "CHU NDB", "CHU Esneux",
       ("Site d'Esneux", ("esneux",)), ("Hôpital d'Esneux", ("esneux",)), "Polyclinique Brull", "CHU Brull"),
    _i("saint-luc-bruxelles", "Cliniques universitaires Saint-Luc", "Cliniques universitaires Saint-Luc",
       "Clinique universitaire Saint-Luc", "Clin Univ St-Luc", "Saint-Luc UCLouvain", "UCL Saint-Luc",
       "Cliniques Saint-Luc", ("Saint-Luc", ("woluwe", "bruxelles", "brussel", "brussels")),
       "Universitaire Klinieken Sint-Luc"),
    _i("saint-luc-bouge", "Clinique Saint-Luc Bouge", ("Clinique Saint-Luc", ("bouge", "namur", "namen"))),
    # H.U.B (Hôpital Universitaire de Bruxelles, since 2021) is one employer of three campuses: Erasme,
    # the Institut Jules Bordet and the children's hospital HUDERF.  "Reine Fabiola" alone is also a
    # hospital in Montignies-sur-Sambre, "Jules Bordet" alone a street (avenue Jules Bordet, Evere):
    # neither is a spelling here.
    _i("hub", "H.U.B – Hôpital Universitaire de Bruxelles (Erasme, Bordet, HUDERF)",
       "H.U.B", "HUB", "Hôpital Universitaire de Bruxelles", "Hôpitaux Universitaires de Bruxelles",
       "Universitair Ziekenhuis van Brussel H.U.B",
       "Hôpital Erasme", "Erasme", "Erasmus ziekenhuis", "Erasmusziekenhuis", "Hôpital Académique Erasme",
       "Institut Jules Bordet", "Institut Bordet", "Instituut Jules Bordet", "Jules Bordet Instituut",
       "Bordet Instituut", "Bordet Institute", "Jules Bordet Institute", "Hôpital Bordet",
       "HUDERF", "Hôpital Universitaire des Enfants Reine Fabiola", "Hôpital des Enfants Reine Fabiola",
       "Hôpital Reine Fabiola des Enfants", "Universitair Kinderziekenhuis Koningin Fabiola",
       "Kinderziekenhuis Koningin Fabiola", "Koningin Fabiola Kinderziekenhuis", "UKZKF", "HUDERF UKZKF"),
    _i("saint-pierre", "CHU Saint-Pierre Bruxelles", "CHU Saint-Pierre", "UMC Sint-Pieter",
       ("Sint-Pietersziekenhuis", BRUSSEL), ("Hôpital Saint-Pierre", BRUSSEL), ("Saint-Pierre", BRUSSEL)),
    _i("clinique-saint-jean", "Clinique Saint-Jean Bruxelles", "Clinique Saint-Jean", "Kliniek Sint-Jan",
       ("Saint-Jean", BRUSSEL), ("Sint-Jan", BRUSSEL)),
    _i("zna", "ZNA Antwerpen", "ZNA", "Ziekenhuis Netwerk Antwerpen", "Ziekenhuisnetwerk Antwerpen", "Middelheim",
       "Stuivenberg",
       "ZNA Jan Palfijn", "Koningin Paola Kinderziekenhuis",
       # campuses: Cadix (2024), Middelheim, Stuivenberg, Jan Palfijn, Sint-Erasmus, Hoge Beuken, the children's
       # hospital; "Jan Palfijn" alone is AZ Jan Palfijn in Gent, another hospital
       "ZNA Cadix", ("Cadix", ("antwerpen", "anvers")), "ZNA Sint-Erasmus", "ZNA Hoge Beuken", "Hoge Beuken",
       "ZNA Sint-Elisabeth"),
    _i("gza", "GZA Ziekenhuizen", "GZA", "GZA Ziekenhuizen", "Sint-Augustinus Wilrijk", "AZ Sint-Augustinus",
       ("Sint-Augustinus", ("wilrijk", "antwerpen")), ("Sint-Vincentius", ("antwerpen",)),
       # campuses: Sint-Augustinus (Wilrijk), Sint-Vincentius (Antwerpen), Sint-Jozef (Mortsel)
       "GZA Sint-Augustinus", "GZA Sint-Vincentius", "GZA Sint-Jozef", ("Sint-Jozef", ("mortsel",))),
    _i("zol", "Ziekenhuis Oost-Limburg Genk", "ZOL", "Ziekenhuis Oost-Limburg", "ZOL Genk",
       ("Sint-Jan", ("genk",)), ("Sint-Jansziekenhuis", ("genk",)),
       # campuses: Sint-Jan (Genk), André Dumont (Waterschei), Maas en Kempen (Maaseik)
       "Campus André Dumont", ("André Dumont", ("genk", "waterschei")), "ZOL Maas en Kempen"),
    _i("jessa", "Jessa Ziekenhuis Hasselt", "Jessa", "Jessa Ziekenhuis", "Jessaziekenhuis", "Virga Jesse",
       # campuses: Virga Jesse and Salvator (Hasselt), Sint-Ursula (Herk-de-Stad), Sint-Franciscus (Heusden-Zolder)
       "Campus Virga Jesse", ("Salvator", ("hasselt",)), ("Sint-Ursula", ("herk de stad",)),
       ("Sint-Franciscus", ("heusden", "zolder"))),
    _i("az-maria-middelares", "AZ Maria Middelares Gent", "AZ Maria Middelares", "Maria Middelares"),
    _i("az-sint-maarten", "AZ Sint-Maarten Mechelen", "AZ Sint-Maarten", ("Sint-Maarten", ("mechelen", "duffel"))),
    _i("az-klina", "AZ Klina Brasschaat", "AZ Klina", "Klina"),
    _i("az-monica", "AZ Monica Antwerpen", "AZ Monica"),
    _i("az-nikolaas", "AZ Nikolaas Sint-Niklaas", "AZ Nikolaas"),
    _i("az-rivierenland", "AZ Rivierenland", "AZ Rivierenland"),
    _i("az-turnhout", "AZ Turnhout", "AZ Turnhout"),
    _i("az-herentals", "AZ Herentals", "AZ Herentals"),
    _i("heilig-hart-leuven", "Heilig Hartziekenhuis Leuven", ("Heilig Hart", ("leuven",)),
       ("Heilig Hartziekenhuis", ("leuven",))),
    _i("az-alma", "AZ Alma Eeklo", "AZ Alma"),
    _i("az-oudenaarde", "AZ Oudenaarde", "AZ Oudenaarde"),
    _i("az-zeno", "AZ Zeno Knokke-Blankenberge", "AZ Zeno"),
    _i("az-west", "AZ West Veurne", "AZ West"),
    _i("jan-yperman", "Jan Yperman Ziekenhuis Ieper", "Jan Yperman", "Yperman ziekenhuis"),
    _i("chr-citadelle", "CHR de la Citadelle Liège", "CHR Citadelle", "CHR de la Citadelle", "La Citadelle",
       ("Citadelle", ("liege", "luik"))),
    _i("chc-montlegia", "CHC MontLégia Liège", "CHC MontLégia", "MontLégia", "CHC Liège", "Clinique CHC"),
    _i("ghdc", "Grand Hôpital de Charleroi", "Grand Hôpital de Charleroi", "GHdC"),
    _i("jolimont", "Hôpital de Jolimont", "Jolimont", "Hôpital de Jolimont", "Groupe Jolimont"),
    _i("chu-ucl-namur", "CHU UCL Namur", "CHU UCL Namur", "Mont-Godinne", "CHU Mont-Godinne", "Godinne",
       "CHU Dinant Godinne",
       # sites: Godinne, Dinant, Sainte-Elisabeth (Namur)
       "CHU UCL Namur site Sainte-Elisabeth", ("Clinique Sainte-Elisabeth", ("namur", "namen"))),
    _i("chu-charleroi", "CHU de Charleroi", "CHU de Charleroi", "CHU Charleroi", "Hôpital Vésale", "Marie Curie"),
    _i("chu-ambroise-pare", "CHU Ambroise Paré Mons", "Ambroise Paré", "CHU Ambroise Paré"),
    _i("epicura", "Epicura", "Epicura"),
    _i("chirec", "CHIREC", "CHIREC", "Delta Chirec", "Hôpital Delta", ("Delta", BRUSSEL),
       # sites: Delta, Sainte-Anne Saint-Remi, Braine-l'Alleud Waterloo, the Parc Léopold clinic
       "Clinique Sainte-Anne Saint-Remi", "Sainte-Anne Saint-Remi", "Clinique du Parc Léopold",
       "Hôpital Parc Léopold", "Hôpital de Braine-l'Alleud Waterloo"),
    _i("sint-amandus", "PC Sint-Amandus Beernem", "Sint-Amandus", "PC Sint-Amandus"),
    _i("upc-kuleuven", "UPC KU Leuven", "UPC KU Leuven", "UPC Kortenberg", "Universitair Psychiatrisch Centrum"),
    _i("pz-duffel", "PZ Duffel", "PZ Duffel", "Psychiatrisch Ziekenhuis Duffel"),
    _i("karus", "Karus Melle", "Karus", "PC Caritas", "PC Karus"),
    _i("sint-kamillus", "UPC Sint-Kamillus Bierbeek", "Sint-Kamillus", "UPC Sint-Kamillus"),
    _i("le-beau-vallon", "Le Beau Vallon Namur", "Beau Vallon", "Le Beau Vallon"),
)
