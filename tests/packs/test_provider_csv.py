"""Provider CSV: both encodings, aliases, row problems, duplicates, the size caps, injection-safe export."""

from __future__ import annotations

import codecs
from dataclasses import replace

import pytest
from pack_factory import dump

from trustdesk.domain.enums import Language, ProviderKind
from trustdesk.domain.models import Provider
from trustdesk.packs.provider_csv import (
    MAX_BYTES,
    MAX_ROWS,
    CsvProblem,
    ImportPreview,
    ImportRejected,
    RowResult,
    apply_import,
    parse_providers_csv,
)
from trustdesk.packs.provider_csv_export import export_providers_csv
from trustdesk.vault import Vault

BELGIAN_EXCEL = (
    "Soort;Naam;Organisatie;Talen;Regio;Adres;Telefoon;E-mail;Website;Opmerkingen;Ziet artsen\r\n"
    "psycholoog;Hélène Dubois;Praktijk Één;nl fr;Brussel;Rue Neuve 1;02 123 45 67;helene@example.be;"
    "www.example.be;Sessie € 60, terugbetaald;ja\r\n"
    "psychiatrist;Dr. Jansen;;NL|EN;Antwerpen;;03 111 22 33;;;;nee\r\n"
).encode("cp1252")

UTF8_FRENCH = (
    "type,nom,organisme,langues,région,adresse,téléphone,courriel,site,remarques,reçoit des médecins\r\n"
    'assuétudes,Centre Ŝpécial,,fr,Liège,"Rue X 2, 4000 Liège",04 222 33 44,,https://example.org,"2 lignes\n'
    'ici",oui\r\n'
).encode("utf-8-sig")


def test_belgian_excel_cp1252_with_semicolons() -> None:
    preview = parse_providers_csv(BELGIAN_EXCEL)
    assert (preview.encoding, preview.delimiter) == ("cp1252", ";")
    assert preview.columns[:3] == ("kind", "name", "organisation")
    first, second = (r.provider for r in preview.rows)
    assert first is not None and second is not None
    assert first.kind is ProviderKind.PSYCHOLOGIST
    assert (first.name, first.organisation) == ("Hélène Dubois", "Praktijk Één")
    assert first.notes == "Sessie € 60, terugbetaald"
    assert first.languages == {Language.NL, Language.FR} and first.sees_physicians
    assert second.languages == {Language.NL, Language.EN} and not second.sees_physicians
    assert [r.row for r in preview.rows] == [2, 3]


def test_utf8_with_bom_commas_french_headers_and_multiline_cells() -> None:
    preview = parse_providers_csv(UTF8_FRENCH)
    assert (preview.encoding, preview.delimiter) == ("utf-8", ",")
    (row,) = preview.rows
    assert row.valid and row.provider is not None
    assert row.provider.kind is ProviderKind.ADDICTION_CARE
    assert row.provider.name == "Centre Ŝpécial"
    assert row.provider.address == "Rue X 2, 4000 Liège"
    assert row.provider.notes == "2 lignes\nici"
    assert row.provider.sees_physicians


def test_tab_separated_utf16_as_excel_saves_unicode_text() -> None:
    text = "kind\tname\tphone\r\ngp\tHuisarts Ödön\t09 123 45 67\r\n"
    preview = parse_providers_csv(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert preview.delimiter == "\t"
    assert preview.rows[0].provider is not None and preview.rows[0].provider.name == "Huisarts Ödön"


def _issues(preview: ImportPreview, row: int) -> dict[CsvProblem, tuple[str, dict[str, str]]]:
    result = next(r for r in preview.rows if r.row == row)
    return {i.problem: (i.column, dict(i.params)) for i in result.issues}


def test_bad_rows_are_reported_with_row_numbers_and_params() -> None:
    data = (
        "kind;name;languages;sees_physicians;website;phone;notes\n"
        "gp;Goede rij;nl;ja;;;\n"                       # row 2
        "astrologer;Onbekend soort;nl;ja;;;\n"          # row 3
        "gp;;nl;ja;;;\n"                                # row 4
        "gp;Taal fout;nl, xx;ja;;;\n"                   # row 5
        "gp;Ja nee;nl;misschien;;;\n"                   # row 6
        "gp;Script;nl;ja;javascript:alert(1);;\n"       # row 7
        "gp;Te veel;nl;ja;;;;extra\n"                   # row 8
        "gp;Formule;nl;ja;;;=HYPERLINK(\"x\")\n"        # row 9
        f"gp;{'x' * 201};nl;ja;;;\n"                    # row 10
        "gp;Bel\x07;nl;ja;;;\n"                         # row 11
        "gp;Plus;nl;ja;;+32 2 123 45 67;\n"             # row 12
    ).encode()
    preview = parse_providers_csv(data)
    assert preview.rows[0].valid and not preview.rows[0].issues
    assert _issues(preview, 3)[CsvProblem.UNKNOWN_KIND] == ("kind", {"value": "astrologer"})
    assert _issues(preview, 4)[CsvProblem.MISSING_VALUE] == ("name", {})
    assert _issues(preview, 5)[CsvProblem.UNKNOWN_LANGUAGE] == ("languages", {"value": "xx"})
    assert _issues(preview, 6)[CsvProblem.BAD_YES_NO] == ("sees_physicians", {"value": "misschien"})
    assert CsvProblem.BAD_WEBSITE in _issues(preview, 7)
    assert _issues(preview, 8)[CsvProblem.EXTRA_CELLS] == ("", {"count": "1"})
    assert _issues(preview, 10)[CsvProblem.TOO_LONG] == ("name", {"limit": "200"})
    assert CsvProblem.CONTROL_CHARACTER in _issues(preview, 11)
    # a formula is flagged, not stripped and not blocking; a phone number's "+" is not a formula
    formula = next(r for r in preview.rows if r.row == 9)
    assert formula.valid and formula.provider is not None and formula.provider.notes == '=HYPERLINK("x")'
    assert _issues(preview, 9)[CsvProblem.FORMULA_LIKE][0] == "notes"
    assert not _issues(preview, 12)
    assert [r.row for r in preview.error_rows] == [3, 4, 5, 6, 7, 8, 10, 11]
    assert all(r.provider is None for r in preview.error_rows)
    assert [p.name for p in preview.importable()] == ["Goede rij", "Formule", "Plus"]


@pytest.mark.parametrize(("data", "problem"), [
    (b"", CsvProblem.NO_HEADER),
    (b"\r\n;;\r\n", CsvProblem.NO_HEADER),
    (b"foo;bar\r\n1;2\r\n", CsvProblem.NO_HEADER),
    (b"name;phone\r\nX;1\r\n", CsvProblem.MISSING_COLUMN),
    (b"kind;name;naam\r\ngp;a;b\r\n", CsvProblem.DUPLICATE_COLUMN),
    (b"kind;name\r\ngp;a\x00b\r\n", CsvProblem.NOT_TEXT),
    (b"kind;name\r\ngp;\x81\x8d\r\n", CsvProblem.NOT_TEXT),  # not UTF-8, and undefined in cp1252
    (b"\xff\xfek\x00i\x00\x00\xd8", CsvProblem.NOT_TEXT),  # UTF-16 with a lone surrogate
])
def test_unusable_files_are_rejected_as_a_whole(data: bytes, problem: CsvProblem) -> None:
    with pytest.raises(ImportRejected) as caught:
        parse_providers_csv(data)
    assert caught.value.problem is problem


def test_size_and_row_caps() -> None:
    with pytest.raises(ImportRejected) as caught:
        parse_providers_csv(b"kind;name\r\n" + b"x" * MAX_BYTES)
    assert caught.value.problem is CsvProblem.TOO_LARGE and caught.value.params == {"limit": str(MAX_BYTES)}
    at_limit = b"kind;name\r\n" + b"gp;a\r\n" * MAX_ROWS
    assert len(parse_providers_csv(at_limit).rows) == MAX_ROWS
    with pytest.raises(ImportRejected) as caught:
        parse_providers_csv(at_limit + b"gp;b\r\n")
    assert caught.value.problem is CsvProblem.TOO_MANY_ROWS


def test_one_huge_cell_is_a_clean_rejection() -> None:
    with pytest.raises(ImportRejected) as caught:
        parse_providers_csv(b'kind;name\r\ngp;"' + b"x" * 300_000 + b'"\r\n')
    assert caught.value.problem is CsvProblem.ROW_TOO_LONG  # refused by the row cap before the parser


def test_row_numbers_count_blank_lines_above_the_header_and_language_names_are_understood() -> None:
    preview = parse_providers_csv(b";;\r\n\r\nkind;name;talen\r\ngp;A;Nederlands, Frans\r\n\r\ngp;B;Klingon\r\n")
    assert [r.row for r in preview.rows] == [4, 6]
    assert preview.rows[0].provider is not None
    assert preview.rows[0].provider.languages == {Language.NL, Language.FR}
    assert _issues(preview, 6)[CsvProblem.UNKNOWN_LANGUAGE] == ("languages", {"value": "Klingon"})


def test_unknown_columns_are_shown_not_guessed() -> None:
    preview = parse_providers_csv(b"kind;name;Fax;Wachtlijst\r\ngp;a;1;2\r\n")
    assert preview.ignored_columns == ("Fax", "Wachtlijst")
    assert preview.rows[0].provider is not None


def test_duplicates_within_the_file_and_against_the_vault(vault: Vault) -> None:
    vault.providers.add(Provider(kind=ProviderKind.GP, name="Dr. Peeters", phone="+32 3 111 22 33"))
    data = (
        b"kind;name;phone;email\n"
        b"gp;dr peeters;03/111.22.33;\n"            # row 2: same name and phone as the vault's
        b"psychologist;Anna Maes;;anna@example.be\n"  # row 3
        b"psychologist;ANNA  MAES;;Anna@Example.be\n"  # row 4: same as row 3
        b"psychologist;Anna Maes;09 000 00 00;\n"      # row 5: same name, other contact: not a duplicate
    )
    preview = parse_providers_csv(data, existing=vault.providers.list())
    assert _issues(preview, 2)[CsvProblem.DUPLICATE_OF_EXISTING] == ("name", {"name": "Dr. Peeters"})
    assert _issues(preview, 4)[CsvProblem.DUPLICATE_IN_FILE] == ("name", {"other_row": "3"})
    assert [r.row for r in preview.duplicate_rows] == [2, 4]
    stored = apply_import(vault, preview)
    assert [p.name for p in stored] == ["Anna Maes", "Anna Maes"]
    assert vault.providers.count() == 3
    assert all(p.id is not None and p.source == "own" for p in stored)


def test_apply_import_rechecks_duplicates_against_the_vault_as_it_is_now(vault: Vault) -> None:
    preview = parse_providers_csv(b"kind;name;phone\ngp;Dr. Wouters;011 22 33 44\n")  # no `existing` given
    assert apply_import(vault, preview) and vault.providers.count() == 1
    assert apply_import(vault, preview) == [] and vault.providers.count() == 1
    assert len(apply_import(vault, preview, skip_duplicates=False)) == 1 and vault.providers.count() == 2


def test_nothing_is_written_before_apply_and_a_failing_batch_writes_nothing(vault: Vault) -> None:
    before = dump(vault)
    preview = parse_providers_csv(BELGIAN_EXCEL, existing=vault.providers.list())
    assert dump(vault) == before
    # a real failure in the middle of the batch (SQLite refuses a lone surrogate): all or nothing
    good = preview.rows[0]
    assert good.provider is not None
    broken = RowResult(9, replace(good.provider, name="Kapot \ud800"))
    poisoned = replace(preview, rows=(good, broken, preview.rows[1]))
    with pytest.raises(UnicodeEncodeError):
        apply_import(vault, poisoned)
    assert dump(vault) == before


@pytest.mark.parametrize("dialect", ["excel-be", "utf8"])
def test_round_trip(dialect: str) -> None:
    providers = [
        Provider(kind=ProviderKind.PSYCHOLOGIST, name="Hélène « Lena » Dubois", organisation="Één; twee",
                 languages=frozenset({Language.FR, Language.NL}), region="brussels", address="Rue 1\n1000 BXL",
                 phone="+32 2 123 45 67", email="a@b.be", website="https://x.be", notes='Zegt "ja"; €',
                 sees_physicians=True),
        Provider(kind=ProviderKind.CRISIS_LINE, name="=cmd|' /C calc'!A0", notes="@SUM(1)", region="-1",
                 organisation="'quoted"),
        Provider(kind=ProviderKind.GP, name="Łukasz Żółw"),  # not in cp1252: excel-be falls back to UTF-8+BOM
    ]
    data = export_providers_csv(providers, dialect)  # type: ignore[arg-type]
    preview = parse_providers_csv(data)
    assert [r.provider for r in preview.rows] == providers
    assert preview.delimiter == (";" if dialect == "excel-be" else ",")


def test_export_guards_against_formulas_and_uses_cp1252_when_it_can() -> None:
    risky = Provider(kind=ProviderKind.GP, name="=HYPERLINK(\"http://x\")", phone="+32 9", notes="-2+3",
                     email="@me", address="\tindent")
    data = export_providers_csv([risky, Provider(kind=ProviderKind.GP, name="Café €")], "excel-be")
    assert not data.startswith(codecs.BOM_UTF8)
    text = data.decode("cp1252")
    cells = text.splitlines()[1].split(";")
    for cell in cells:
        assert not cell.lstrip('"').startswith(("=", "-", "@", "\t")), cell
    assert "'=HYPERLINK" in text and "'-2+3" in text and "'@me" in text
    assert ";+32 9;" in text  # a phone number is not a formula: no apostrophe in front of it
    assert "Café €" in text


def test_export_avoids_cp1252_that_reads_back_as_utf8() -> None:
    tricky = Provider(kind=ProviderKind.GP, name="Ã©tude")  # its cp1252 bytes are valid UTF-8 for "étude"
    data = export_providers_csv([tricky], "excel-be")
    assert data.startswith(codecs.BOM_UTF8)
    assert parse_providers_csv(data).rows[0].provider == tricky


def test_export_rejects_unknown_dialect() -> None:
    with pytest.raises(ValueError):
        export_providers_csv([], "latin9")  # type: ignore[arg-type]
