"""Provider directory CSV export: the format ``provider_csv`` reads, guarded against CSV injection."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from trustdesk.domain.models import Provider
from trustdesk.domain.spreadsheet import reads_as_formula
from trustdesk.packs.provider_csv import COLUMNS, Dialect


def escape_cell(value: str) -> str:
    """Guard against CSV injection: only a cell a spreadsheet would run as a formula gets an apostrophe
    (``domain.spreadsheet``: a phone number "+32 2 …" stays as it is), and so does a cell that starts with an
    apostrophe itself, so that the importer's ``unescape_cell`` gives back exactly what was exported."""
    return "'" + value if reads_as_formula(value) or value.startswith("'") else value


def export_providers_csv(providers: Iterable[Provider], dialect: Dialect = "excel-be", *,
                         with_keys: bool = False) -> bytes:
    """The same format the importer reads.  ``excel-be``: ``;`` and cp1252 (UTF-8 with a BOM when a
    name needs characters cp1252 lacks, which Excel also opens); ``utf8``: ``,`` and UTF-8."""
    if dialect not in ("excel-be", "utf8"):
        raise ValueError(f"unknown dialect {dialect!r}")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if dialect == "excel-be" else ",", lineterminator="\r\n")
    writer.writerow((["key"] if with_keys else []) + list(COLUMNS))
    for p in providers:
        cells = [p.kind.value, p.name, p.organisation, ", ".join(sorted(lang.value for lang in p.languages)),
                 p.region, p.address, p.phone, p.email, p.website, p.notes, "yes" if p.sees_physicians else "no",
                 ", ".join(sorted(d.value for d in p.domains)), ", ".join(sorted(r.value for r in p.regions))]
        writer.writerow([escape_cell(c) for c in ([p.source_key] if with_keys else []) + cells])
    text = buffer.getvalue()
    if dialect == "excel-be":
        try:
            encoded = text.encode("cp1252")
        except UnicodeEncodeError:
            return text.encode("utf-8-sig")
        if not encoded.isascii() and _valid_utf8(encoded):  # would read back as UTF-8 ("Ã©" is "é")
            return text.encode("utf-8-sig")
        return encoded
    return text.encode("utf-8")


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
