"""Knowledge domains and provinces served in the provider CSV: any set round-trips through the export,
names in Dutch, French or English are read, unknown ones block the row (never guessed), and an older
file's "region" that names provinces counts as provinces served."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import CareDomain, ProviderKind, Province
from trustdesk.domain.models import Provider
from trustdesk.packs.provider_csv import CsvProblem, parse_providers_csv
from trustdesk.packs.provider_csv_export import export_providers_csv


@settings(max_examples=80, deadline=None)
@given(domains=st.frozensets(st.sampled_from(CareDomain)), regions=st.frozensets(st.sampled_from(Province)),
       place=st.sampled_from(["", "Gent", "antwerp", "Brussel/Waals-Brabant"]),
       dialect=st.sampled_from(["excel-be", "utf8"]))
def test_domains_and_regions_round_trip(domains: frozenset[CareDomain], regions: frozenset[Province],
                                        place: str, dialect: str) -> None:
    provider = Provider(kind=ProviderKind.PSYCHOLOGIST, name="Dr. Rondreis", domains=domains, regions=regions,
                        region=place)
    preview = parse_providers_csv(export_providers_csv([provider], dialect))  # type: ignore[arg-type]
    assert [r.provider for r in preview.rows] == [provider]


def test_names_in_three_languages_are_read() -> None:
    data = ("kind;name;domains;regions\r\n"
            "psychologist;A;Burn-out, verslaving, prévention du suicide;Antwerpen, Bruxelles, Luik\r\n"
            "gp;B;Second victim; Oost-Vlaanderen\r\n").encode()
    rows = parse_providers_csv(data).rows
    assert rows[0].provider is not None and rows[0].provider.domains == {
        CareDomain.BURNOUT, CareDomain.SUBSTANCE_ABUSE, CareDomain.SUICIDAL_BEHAVIOUR}
    assert rows[0].provider.regions == {Province.ANTWERP, Province.BRUSSELS, Province.LIEGE}
    assert rows[1].provider is not None and rows[1].provider.domains == {CareDomain.SECOND_VICTIM}
    assert rows[1].provider.regions == {Province.EAST_FLANDERS}


@given(word=st.text(alphabet="qxzjkw", min_size=3, max_size=12))
def test_an_unknown_domain_or_province_blocks_the_row(word: str) -> None:
    for column, problem in (("domains", CsvProblem.UNKNOWN_DOMAIN), ("regions", CsvProblem.UNKNOWN_REGION)):
        data = f"kind;name;{column}\r\ngp;A;burnout, {word}\r\n".encode() if column == "domains" else \
            f"kind;name;{column}\r\ngp;A;namur, {word}\r\n".encode()
        (row,) = parse_providers_csv(data).rows
        assert not row.valid and [i.problem for i in row.issues] == [problem]
        assert row.issues[0].params["value"] == word


def test_an_older_file_region_naming_provinces_becomes_provinces_served() -> None:
    data = b"kind;name;region\r\ngp;A;Antwerpen\r\ngp;B;national\r\ngp;C;Gent\r\n"
    found = {r.provider.name: r.provider for r in parse_providers_csv(data).rows if r.provider}
    assert found["A"].regions == {Province.ANTWERP} and found["A"].region == ""
    assert found["B"].regions == {Province.NATIONAL} and found["B"].region == ""
    assert found["C"].regions == frozenset() and found["C"].region == "Gent"
