"""Property tests for the provider CSV importer: hostile bytes never crash it (a clean ImportRejected
at most), an import stores exactly the rows the preview called importable or nothing, and every
provider survives export -> import in both dialects."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import Language, ProviderKind
from trustdesk.domain.models import Provider
from trustdesk.domain.text_forms import clean_text
from trustdesk.packs.provider_csv import FIELD_LIMITS, ImportRejected, apply_import, parse_providers_csv
from trustdesk.packs.provider_csv_export import export_providers_csv
from trustdesk.vault import Vault

HEADERS = ["kind", "name", "naam", "nom", "Type", "téléphone", "talen", "languages", "notes", "ziet artsen",
           "website", "email", "key", "", "onbekend"]
OPTIONAL_HEADERS = ["organisation", "talen", "regio", "adresse", "téléphone", "E-mail", "site", "notes",
                    "ziet artsen", "key", "Fax"]
FITTING = {
    "kind": st.sampled_from(["gp", "psychologist", "psycholoog", "crisis_line"]),
    "soort": st.sampled_from(["gp", "psychiater"]), "type": st.sampled_from(["organisation", "assuétudes"]),
    "talen": st.sampled_from(["", "nl", "nl, fr", "fr|en"]), "ziet artsen": st.sampled_from(["", "ja", "non"]),
    "site": st.sampled_from(["", "https://a.be", "www.b.be"]),
}
CELLS = st.one_of(
    st.sampled_from([v.value for v in ProviderKind] + ["psycholoog", "ja", "nee", "oui", "nl, fr", "xx",
                                                       "=1+1", "+32 2 123", "@x", "'=x", "https://a.be",
                                                       "javascript:x", '"', '""', ";", ",", "\t", "\n", "\r\n"]),
    st.text(max_size=12),
    st.sampled_from(["Dr. A", "Dr. A", "Centre B", "03 111 22 33", "a@b.be"]),
)


@st.composite
def csv_documents(draw: st.DrawFn) -> bytes:
    """Mostly well-formed headers (so rows get parsed), with hostile cells, delimiters and encodings."""
    delimiter = draw(st.sampled_from([";", ",", "\t", "|"]))
    if draw(st.integers(0, 4)):
        extra = draw(st.lists(st.sampled_from(OPTIONAL_HEADERS), unique=True, max_size=6))
        header = draw(st.permutations([draw(st.sampled_from(["kind", "soort", "type"])),
                                       draw(st.sampled_from(["name", "naam", "nom"])), *extra]))
    else:
        header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    def cell(column: str) -> st.SearchStrategy[str]:
        fitting = FITTING.get(column, st.sampled_from(["", "Dr. A", "Centre B", "03 111 22 33", "a@b.be"]))
        return st.one_of(fitting, fitting, fitting, CELLS)

    row = st.tuples(*(cell(c) for c in header)).map(list)
    rows = draw(st.lists(st.one_of(row, row, st.lists(CELLS, max_size=len(header) + 1)), max_size=6))
    text = "\r\n".join(delimiter.join(r) for r in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


def _check(data: bytes, vault: Vault) -> None:
    try:
        preview = parse_providers_csv(data, existing=vault.providers.list())
    except ImportRejected:
        return
    for row in preview.rows:
        assert (row.provider is None) == any(i.blocking for i in row.issues)
        assert all(i.row == row.row for i in row.issues)
    before = vault.providers.count()
    expected = preview.importable()  # duplicates against this same vault were already marked
    stored = apply_import(vault, preview)
    assert [p.name for p in stored] == [p.name for p in expected]
    assert vault.providers.count() == before + len(stored)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
@example(data=b"\xef\xbb\xbf")
@example(data=b"\xff\xfe")
@example(data=b'kind;name\r\ngp;"unterminated')
@example(data=b"kind,name\rgp,a\rgp,a")
def test_random_bytes_never_crash_the_importer(vault: Vault, data: bytes) -> None:
    _check(data, vault)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=csv_documents())
def test_csv_like_documents_never_crash_and_import_exactly_the_importable_rows(vault: Vault, data: bytes) -> None:
    _check(data, vault)


def _field(name: str, *, multiline: bool = False) -> st.SearchStrategy[str]:
    alphabet = st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters="\x85\xa0")
    if multiline:
        alphabet = st.one_of(alphabet, st.just("\n"))
    return st.text(alphabet, max_size=min(FIELD_LIMITS[name], 40)).map(str.strip)


providers = st.builds(
    Provider,
    kind=st.sampled_from(list(ProviderKind)),
    name=_field("name").filter(bool),
    organisation=_field("organisation"),
    languages=st.frozensets(st.sampled_from(list(Language))),
    region=_field("region"),
    address=_field("address", multiline=True),
    phone=st.sampled_from(["", "+32 2 123 45 67", "03/111.22.33", "1813"]) | _field("phone"),
    email=_field("email"),
    website=st.sampled_from(["", "https://example.be", "www.example.be/a?b=c"]),
    notes=_field("notes", multiline=True),
    sees_physicians=st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(items=st.lists(providers, max_size=5), dialect=st.sampled_from(["excel-be", "utf8"]))
def test_every_provider_survives_export_and_import(items: list[Provider], dialect: str) -> None:
    preview = parse_providers_csv(export_providers_csv(items, dialect))  # type: ignore[arg-type]
    # names come back in the one text form of names (domain/text_forms: no bidi or zero-width character)
    assert [r.provider for r in preview.rows] == [
        replace(p, name=clean_text(p.name), organisation=clean_text(p.organisation)) for p in items]
    assert all(not i.blocking for r in preview.rows for i in r.issues)


@settings(max_examples=50, deadline=None)
@given(items=st.lists(providers, min_size=1, max_size=3))
def test_exported_cells_never_start_a_formula(items: list[Provider]) -> None:
    import csv
    import io

    text = export_providers_csv(items, "utf8").decode("utf-8")
    for record in csv.reader(io.StringIO(text, newline="")):
        for cell in record:
            assert not cell.startswith(("=", "@", "\t", "\r")), cell
            if cell.startswith(("+", "-")):  # only a number or a phone number may start with a sign
                assert set(cell[1:]) <= set("0123456789 .()/-\u00a0"), cell
