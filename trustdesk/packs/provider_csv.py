"""Provider directory CSV: a hostile-input-safe importer with a preview, and a round-tripping export.

    preview = parse_providers_csv(data, existing=vault.providers.list())   # pure: nothing written
    stored = apply_import(vault, preview)                                   # ONE transaction
    data = export_providers_csv(vault.providers.list(), dialect="excel-be")  # provider_csv_export

When two entries are the same provider: ``provider_identity.identity``.

Accepted files: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), and the
Belgian Excel variant (cp1252, ``;``).  The delimiter (``;``, ``,`` or tab) is sniffed and checked
against the header.  Column names are matched case- and accent-insensitively, in English, Dutch or
French.  Problems come back as ``CsvProblem`` values with params, so the UI can translate them:
``ImportRejected`` for the whole file, ``RowIssue`` per row (blocking, or only flagged).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from trustdesk.detail import QT_TRANSLATE_NOOP, Detail
from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.domain.models import Provider
from trustdesk.domain.spreadsheet import reads_as_formula
from trustdesk.domain.text_forms import clean_text
from trustdesk.packs.care_vocabulary import parse_domains, parse_languages, parse_regions, provider_kind
from trustdesk.packs.provider_identity import fold, identity

if TYPE_CHECKING:
    from trustdesk.vault import Vault

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
# Per row, checked before any other work (a header of millions of cells took 15-20 s to refuse):
# the longest real row (every field at its limit, every character a doubled quote) is ~12 K.
MAX_CELLS = 256  # twelve columns, a key, and room for columns of the user's own that we ignore
MAX_ROW_CHARS = 65_536
# Physical lines, counted on the raw bytes before decoding (one C-level count, no Python loop): a
# record may span lines (an address, notes), but never twenty on average.  Without it a 5 MB file
# of newlines went through the line check and the parser line by line and was refused after 4 s.
MAX_LINES = 20 * MAX_ROWS
SNIFF_CHARS = 1024  # csv.Sniffer is quadratic on hostile text (16 KB of quotes: 2 s); a header and a few rows
FIELD_LIMITS: Mapping[str, int] = {
    "key": 100, "kind": 60, "name": 200, "organisation": 200, "languages": 60, "region": 100,
    "address": 500, "phone": 60, "email": 254, "website": 500, "notes": 4000, "sees_physicians": 10,
    "domains": 500, "regions": 500,
}
COLUMNS = ("kind", "name", "organisation", "languages", "region", "address", "phone", "email", "website",
           "notes", "sees_physicians", "domains", "regions")
REQUIRED = ("kind", "name")
MULTILINE = frozenset({"address", "notes"})
FORMULA_PREFIXES = ("=", "+", "-", "@")
ESCAPE_PREFIXES = (*FORMULA_PREFIXES, "\t", "\r", "'")  # the apostrophe itself, for a clean round trip

Dialect = Literal["excel-be", "utf8"]


class CsvProblem(StrEnum):
    """What can be wrong with a provider CSV; the UI turns each into a translated sentence."""

    # the whole file (ImportRejected)
    TOO_LARGE = "too_large"  # params: limit (bytes)
    TOO_MANY_ROWS = "too_many_rows"  # params: limit
    TOO_MANY_CELLS = "too_many_cells"  # params: row, limit
    ROW_TOO_LONG = "row_too_long"  # params: row, limit (characters)
    NOT_TEXT = "not_text"
    MALFORMED = "malformed"  # params: detail
    NO_HEADER = "no_header"
    MISSING_COLUMN = "missing_column"  # params: column
    DUPLICATE_COLUMN = "duplicate_column"  # params: column
    # one row, blocking: the row is not imported
    MISSING_VALUE = "missing_value"
    UNKNOWN_KIND = "unknown_kind"  # params: value
    UNKNOWN_LANGUAGE = "unknown_language"  # params: value
    UNKNOWN_DOMAIN = "unknown_domain"  # params: value
    UNKNOWN_REGION = "unknown_region"  # params: value
    BAD_YES_NO = "bad_yes_no"  # params: value
    TOO_LONG = "too_long"  # params: limit
    CONTROL_CHARACTER = "control_character"
    BAD_WEBSITE = "bad_website"  # params: value
    EXTRA_CELLS = "extra_cells"  # params: count
    # one row, flagged only: imported as it is (duplicates are skipped on request)
    FORMULA_LIKE = "formula_like"  # params: value
    DUPLICATE_IN_FILE = "duplicate_in_file"  # params: other_row
    DUPLICATE_OF_EXISTING = "duplicate_of_existing"  # params: name (of the provider already there)


# The problems of the file as a whole (``ImportRejected``): said by ``file_problem``.
FILE_PROBLEMS = frozenset({CsvProblem.TOO_LARGE, CsvProblem.TOO_MANY_ROWS, CsvProblem.TOO_MANY_CELLS,
                           CsvProblem.ROW_TOO_LONG, CsvProblem.NOT_TEXT, CsvProblem.MALFORMED, CsvProblem.NO_HEADER,
                           CsvProblem.MISSING_COLUMN, CsvProblem.DUPLICATE_COLUMN})


def allowed_values(problem: CsvProblem) -> tuple[str, ...]:
    """What a cell with ``problem`` may hold instead (the values, as a pack or a CSV writes them);
    () when there is no fixed list."""
    allowed: dict[CsvProblem, tuple[str, ...]] = {
        CsvProblem.UNKNOWN_KIND: tuple(k.value for k in ProviderKind),
        CsvProblem.UNKNOWN_LANGUAGE: tuple(lang.value for lang in Language),
        CsvProblem.UNKNOWN_DOMAIN: tuple(d.value for d in CareDomain),
        CsvProblem.UNKNOWN_REGION: tuple(p.value for p in Province),
        CsvProblem.BAD_YES_NO: ("yes", "no"),
    }
    return allowed.get(problem, ())


FLAGS = frozenset({CsvProblem.FORMULA_LIKE, CsvProblem.DUPLICATE_IN_FILE, CsvProblem.DUPLICATE_OF_EXISTING})
DUPLICATES = frozenset({CsvProblem.DUPLICATE_IN_FILE, CsvProblem.DUPLICATE_OF_EXISTING})


class ImportRejected(ValueError):
    """The file as a whole cannot be read; nothing of it is used."""

    def __init__(self, problem: CsvProblem, **params: str) -> None:
        super().__init__(f"{problem.value} {params}" if params else problem.value)
        self.problem = problem
        self.params: dict[str, str] = params


def file_problem(problem: CsvProblem, params: Mapping[str, str]) -> Detail:
    """Why a list cannot be read as a whole (an ``ImportRejected``'s problem and params), as a detail the
    app's import, the desk and the ``pack`` command say in the reader's language (``said_in``); the app
    hands the column in its own words, a pack's check the column as the file writes it."""
    texts = {
        CsvProblem.TOO_LARGE: QT_TRANSLATE_NOOP("CsvProblem", "The file is larger than {limit} MB; split it into "
                                                              "smaller files."),
        CsvProblem.TOO_MANY_ROWS: QT_TRANSLATE_NOOP("CsvProblem", "The file has more than {limit} rows."),
        CsvProblem.TOO_MANY_CELLS: QT_TRANSLATE_NOOP(
            "CsvProblem", "Line {row} has more than {limit} cells; this is not a provider list."),
        CsvProblem.ROW_TOO_LONG: QT_TRANSLATE_NOOP(
            "CsvProblem", "Line {row} is longer than {limit} characters; this is not a provider list."),
        CsvProblem.NOT_TEXT: QT_TRANSLATE_NOOP(
            "CsvProblem", "This is not a text file TrustDesk can read as CSV (is it a spreadsheet file? Save it as "
                          "CSV first)."),
        CsvProblem.MALFORMED: QT_TRANSLATE_NOOP("CsvProblem", "The file is not valid CSV (a quote that is never "
                                                              "closed?)."),
        CsvProblem.NO_HEADER: QT_TRANSLATE_NOOP("CsvProblem", "The first line must name the columns (kind, name, "
                                                              "…); it is empty."),
        CsvProblem.MISSING_COLUMN: QT_TRANSLATE_NOOP("CsvProblem", "The column “{column}” is missing."),
        CsvProblem.DUPLICATE_COLUMN: QT_TRANSLATE_NOOP("CsvProblem", "The column “{column}” appears twice."),
    }
    values = {"row": params.get("row", ""), "column": params.get("column", ""), "limit": params.get("limit", "")}
    if problem is CsvProblem.TOO_LARGE:
        values["limit"] = str(MAX_BYTES // (1024 * 1024))
    return texts[problem].format(**values)


@dataclass(frozen=True, slots=True)
class RowIssue:
    row: int  # spreadsheet row: the header is row 1, the first provider row 2
    problem: CsvProblem
    column: str = ""  # canonical column name, "" for the row as a whole
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        return self.problem not in FLAGS


@dataclass(frozen=True, slots=True)
class RowResult:
    row: int
    provider: Provider | None  # None when a blocking issue stops the row
    issues: tuple[RowIssue, ...] = ()
    key: str = ""  # the optional "key" column (stable item key inside a pack)

    @property
    def valid(self) -> bool:
        return self.provider is not None and not any(i.blocking for i in self.issues)

    @property
    def duplicate(self) -> bool:
        return any(i.problem in DUPLICATES for i in self.issues)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    rows: tuple[RowResult, ...]
    encoding: str
    delimiter: str
    columns: tuple[str, ...]  # canonical names found, in file order
    ignored_columns: tuple[str, ...] = ()  # header cells we did not recognise (shown, never guessed)

    def importable(self, *, skip_duplicates: bool = True) -> list[Provider]:
        return [r.provider for r in self.rows
                if r.provider is not None and r.valid and not (skip_duplicates and r.duplicate)]

    @property
    def error_rows(self) -> list[RowResult]:
        return [r for r in self.rows if not r.valid]

    @property
    def duplicate_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.duplicate]


# -- vocabulary: header and value aliases (compared after fold) -------------------------------

_HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "key": ("key", "sleutel", "cle", "id"),
    "kind": ("kind", "type", "soort", "categorie", "category", "genre"),
    "name": ("name", "naam", "nom"),
    "organisation": ("organisation", "organization", "organisatie", "organisme", "praktijk"),
    "languages": ("languages", "language", "talen", "taal", "langues", "langue"),
    "region": ("region", "regio", "provincie", "province", "zone", "plaats", "lieu"),
    "regions": ("regions", "regios", "provincies", "provinces", "werkgebied", "zones"),
    "domains": ("domains", "domeinen", "kennisdomeinen", "domaines", "expertise", "themas", "themes"),
    "address": ("address", "adres", "adresse"),
    "phone": ("phone", "telephone", "telefoon", "tel", "telefoonnummer", "numero", "gsm"),
    "email": ("email", "e_mail", "mail", "courriel"),
    "website": ("website", "site", "site_web", "site_internet", "webstek", "url", "web"),
    "notes": ("notes", "note", "notities", "opmerkingen", "remarques", "commentaire", "commentaires"),
    "sees_physicians": ("sees_physicians", "ziet_artsen", "voor_artsen", "artsen", "recoit_des_medecins",
                        "pour_medecins", "medecins", "physicians"),
}
_YES = frozenset({"yes", "y", "ja", "j", "oui", "o", "1", "true", "waar", "vrai", "x"})
_NO = frozenset({"no", "n", "nee", "neen", "non", "0", "false", "onwaar", "faux", ""})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINE = re.compile(r"[\r\n]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


_HEADERS = {fold(alias): name for name, aliases in _HEADER_ALIASES.items() for alias in aliases}


# -- reading -----------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name): UTF-16 with a BOM, else UTF-8 (BOM or not), else cp1252."""
    if len(data) > MAX_BYTES:
        raise ImportRejected(CsvProblem.TOO_LARGE, limit=str(MAX_BYTES))
    if max(data.count(b"\n"), data.count(b"\r")) > MAX_LINES:  # also right for UTF-16 (a 0x0A byte per line)
        raise ImportRejected(CsvProblem.TOO_MANY_ROWS, limit=str(MAX_ROWS))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ImportRejected(CsvProblem.NOT_TEXT) from exc
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise ImportRejected(CsvProblem.NOT_TEXT) from exc
    if "\x00" in text:
        raise ImportRejected(CsvProblem.NOT_TEXT)
    return text, encoding


def _first_record(text: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text[:65536], newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []


def detect_delimiter(text: str) -> str:
    """The sniffer's guess when the header then names known columns, else the delimiter that does."""
    def known(delimiter: str) -> int:
        return sum(1 for cell in _first_record(text, delimiter) if fold(cell) in _HEADERS)

    candidates = [";", ",", "\t"]
    try:
        sniffed = csv.Sniffer().sniff(text[:SNIFF_CHARS], delimiters=";,\t").delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in candidates and known(sniffed) >= len(REQUIRED):
        return sniffed
    best = max(candidates, key=known)  # ties keep the order: ';' first (the Belgian default)
    return best


def _check_lines(text: str) -> None:
    """Refuse a line longer than a row may be, before the CSV parser or anything else sees it.

    A physical line is never longer than the record it belongs to, so this is exact for refusing,
    and a header of millions of (empty) cells is at least millions of characters on one line.
    Linear: one split, no regular expression that could backtrack; the common case (no line near
    the limit) is one C-level pass, the line-by-line walk only finds which line is too long."""
    if max(map(len, text.split("\n")), default=0) <= MAX_ROW_CHARS:
        return
    start = 0
    number = 1
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        line = text[start:end]
        if len(line) > MAX_ROW_CHARS:
            for part in line.split("\r"):  # a lone CR also ends a CSV record
                if len(part) > MAX_ROW_CHARS:
                    raise ImportRejected(CsvProblem.ROW_TOO_LONG, row=str(number), limit=str(MAX_ROW_CHARS))
        number += 1
        start = end + 1


def _records(text: str, delimiter: str) -> list[list[str]]:
    rows: list[list[str]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(record)
            if len(record) > MAX_CELLS:
                raise ImportRejected(CsvProblem.TOO_MANY_CELLS, row=str(len(rows)), limit=str(MAX_CELLS))
            if sum(map(len, record)) > MAX_ROW_CHARS:  # a record over many short lines
                raise ImportRejected(CsvProblem.ROW_TOO_LONG, row=str(len(rows)), limit=str(MAX_ROW_CHARS))
            if len(rows) > MAX_ROWS + 1:
                raise ImportRejected(CsvProblem.TOO_MANY_ROWS, limit=str(MAX_ROWS))
    except csv.Error as exc:
        raise ImportRejected(CsvProblem.MALFORMED, detail=str(exc)) from exc
    return rows


def _header(record: Sequence[str]) -> tuple[dict[int, str], list[str]]:
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(record):
        name = _HEADERS.get(fold(cell))
        if name is None:
            if cell.strip():
                ignored.append(cell.strip()[:100])
            continue
        if name in mapping.values():
            raise ImportRejected(CsvProblem.DUPLICATE_COLUMN, column=name)
        mapping[index] = name
    if not mapping:
        raise ImportRejected(CsvProblem.NO_HEADER)
    for name in REQUIRED:
        if name not in mapping.values():
            raise ImportRejected(CsvProblem.MISSING_COLUMN, column=name)
    return mapping, ignored


def unescape_cell(value: str) -> str:
    """Undo the export's formula guard: a leading apostrophe before = + - @ tab CR or apostrophe.  (An
    apostrophe before "+32 …" is removed too: exports before the guard was narrowed wrote one.)"""
    if len(value) > 1 and value[0] == "'" and value[1] in ESCAPE_PREFIXES:
        return value[1:]
    return value


def _languages(text: str, row: int, issues: list[RowIssue]) -> frozenset[Language]:
    found, unknown = parse_languages(text)
    issues.extend(RowIssue(row, CsvProblem.UNKNOWN_LANGUAGE, "languages", {"value": part[:60]}) for part in unknown)
    return found


def _kind(text: str) -> ProviderKind | None:
    """A kind of provider by key or any name the app shows or documents print (care_vocabulary)."""
    try:
        return provider_kind(text)
    except ValueError:
        return None


def _website_ok(value: str) -> bool:
    match = _SCHEME.match(value)
    if match is None:  # "www.example.be", "example.be/contact": no scheme, nothing to run
        return True
    return match.group(1).lower() in ("http", "https") and value[len(match.group(0)):].startswith("//")


def _care(cells: Mapping[str, str], row: int, issues: list[RowIssue],
          older: bool) -> tuple[frozenset[CareDomain], frozenset[Province], str]:
    """(domains, provinces served, place): unknown domains or provinces in their own columns block
    the row.  In an ``older`` file (no "regions" column) a "region" that names only provinces
    ("Antwerpen", "national") counts as provinces served; any other text is the provider's place."""
    domains, unknown = parse_domains(cells["domains"])
    issues.extend(RowIssue(row, CsvProblem.UNKNOWN_DOMAIN, "domains", {"value": v[:60]}) for v in unknown)
    regions, unknown = parse_regions(cells["regions"])
    issues.extend(RowIssue(row, CsvProblem.UNKNOWN_REGION, "regions", {"value": v[:60]}) for v in unknown)
    place = cells["region"]
    named, rest = parse_regions(place) if older else (frozenset(), [])
    if named and not rest:
        return domains, regions | named, ""
    return domains, regions, place


def _row(row: int, record: Sequence[str], header: Mapping[int, str], width: int) -> RowResult:
    issues: list[RowIssue] = []
    cells: dict[str, str] = dict.fromkeys(COLUMNS, "")
    cells["key"] = ""
    for index, value in enumerate(record):
        name = header.get(index)
        if name is None:
            continue
        value = unescape_cell(value.strip())
        cells[name] = value
        if len(value) > FIELD_LIMITS[name]:
            issues.append(RowIssue(row, CsvProblem.TOO_LONG, name, {"limit": str(FIELD_LIMITS[name])}))
        if _CONTROL.search(value) or (name not in MULTILINE and _NEWLINE.search(value)):
            issues.append(RowIssue(row, CsvProblem.CONTROL_CHARACTER, name))
        if reads_as_formula(value):
            issues.append(RowIssue(row, CsvProblem.FORMULA_LIKE, name, {"value": value[:60]}))
    extra = [v for v in record[width:] if v.strip()]
    if extra:  # more cells than the header has: a delimiter inside an unquoted cell shifted the row
        issues.append(RowIssue(row, CsvProblem.EXTRA_CELLS, "", {"count": str(len(extra))}))
    if not cells["name"]:
        issues.append(RowIssue(row, CsvProblem.MISSING_VALUE, "name"))
    kind = _kind(cells["kind"]) if cells["kind"] else None
    if not cells["kind"]:
        issues.append(RowIssue(row, CsvProblem.MISSING_VALUE, "kind"))
    elif kind is None:
        issues.append(RowIssue(row, CsvProblem.UNKNOWN_KIND, "kind", {"value": cells["kind"][:60]}))
    languages = _languages(cells["languages"], row, issues)
    domains, regions, place = _care(cells, row, issues, "regions" not in header.values())
    sees = fold(cells["sees_physicians"])
    if sees not in _YES and sees not in _NO:
        issues.append(RowIssue(row, CsvProblem.BAD_YES_NO, "sees_physicians",
                               {"value": cells["sees_physicians"][:60]}))
    if cells["website"] and not _website_ok(cells["website"]):
        issues.append(RowIssue(row, CsvProblem.BAD_WEBSITE, "website", {"value": cells["website"][:60]}))
    if kind is None or any(i.blocking for i in issues):
        return RowResult(row, None, tuple(issues), cells["key"])
    provider = Provider(kind=kind, name=clean_text(cells["name"]), organisation=clean_text(cells["organisation"]),
                        languages=languages,
                        region=place, address=cells["address"], phone=cells["phone"],
                        email=cells["email"], website=cells["website"], notes=cells["notes"],
                        sees_physicians=sees in _YES, domains=domains, regions=regions)
    return RowResult(row, provider, tuple(issues), cells["key"])


def parse_providers_csv(data: bytes, existing: Iterable[Provider] = ()) -> ImportPreview:
    """Read a provider CSV into a preview; writes nothing.  ``existing``: the vault's providers,
    for duplicate detection.  Raises ImportRejected when the file as a whole is unusable."""
    text, encoding = decode(data)
    _check_lines(text)  # before the sniffer, the header or the parser do any work
    delimiter = detect_delimiter(text)
    records = _records(text, delimiter)
    skipped = 0  # blank lines above the header still count as spreadsheet rows
    while skipped < len(records) and not any(cell.strip() for cell in records[skipped]):
        skipped += 1
    if skipped == len(records):
        raise ImportRejected(CsvProblem.NO_HEADER)
    header, ignored = _header(records[skipped])
    width = len(records[skipped])
    rows = [_row(number, record, header, width)
            for number, record in enumerate(records[skipped + 1:], start=skipped + 2)
            if any(cell.strip() for cell in record)]
    columns = tuple(header[i] for i in sorted(header))
    return ImportPreview(tuple(mark_duplicates(rows, existing)), encoding, delimiter, columns, tuple(ignored))


# -- duplicates (the keys: provider_identity) ----------------------------------------------

def mark_duplicates(rows: Iterable[RowResult], existing: Iterable[Provider]) -> list[RowResult]:
    """The rows again, with duplicate flags recomputed (earlier rows and ``existing`` win)."""
    known: dict[tuple[str, str], Provider] = {}
    for provider in existing:
        for key in identity(provider):
            known.setdefault(key, provider)
    seen: dict[tuple[str, str], int] = {}
    marked: list[RowResult] = []
    for result in rows:
        issues = [i for i in result.issues if i.problem not in DUPLICATES]
        if result.provider is not None and result.valid:
            keys = identity(result.provider)
            twin = next((known[k] for k in keys if k in known), None)
            earlier = next((seen[k] for k in keys if k in seen), None)
            if twin is not None:
                issues.append(RowIssue(result.row, CsvProblem.DUPLICATE_OF_EXISTING, "name", {"name": twin.name}))
            elif earlier is not None:
                issues.append(RowIssue(result.row, CsvProblem.DUPLICATE_IN_FILE, "name",
                                       {"other_row": str(earlier)}))
            for key in keys:
                seen.setdefault(key, result.row)
        marked.append(replace(result, issues=tuple(issues)))
    return marked


def apply_import(vault: Vault, preview: ImportPreview, *, skip_duplicates: bool = True) -> list[Provider]:
    """Store the preview's valid rows in ONE transaction; duplicates are checked again against the
    vault as it is now.  Rows with blocking issues are never stored."""
    rows = mark_duplicates(preview.rows, vault.providers.list()) if skip_duplicates else list(preview.rows)
    providers = [replace(r.provider, source="own", source_key="", edited=False, id=None) for r in rows
                 if r.provider is not None and r.valid and not (skip_duplicates and r.duplicate)]
    if not providers:
        return []
    return vault.providers.add_many(providers)
