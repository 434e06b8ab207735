"""A pack built from a source written with the app's labels ("Middelengebruik", "Psycholoog", "Luik")
carries the stable keys instead ("substance_abuse", "psychologist", "liege"): ``pack build`` reads any
label (``care_vocabulary``), but a trust person's older TrustDesk reads only the keys and would refuse
the pack -- and with it the announcement of the release that reads labels.  So the vocabulary cells
of ``providers.csv`` (kind, languages, domains, regions) and a knowledge card's ``domains:`` and
``kinds:`` header lines are written as keys; every other byte of the source stays as it was, and a
source already written in keys is packed unchanged.  A cell the reader does not know is left as it
is (the pack is refused for it anyway)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from typing import Any

from trustdesk.packs import care_vocabulary as vocabulary
from trustdesk.packs.knowledge import KNOWLEDGE_PATH
from trustdesk.packs.provider_csv import _HEADERS, decode, detect_delimiter
from trustdesk.packs.provider_identity import fold

PROVIDERS = "providers.csv"


def _keys(parse: Callable[[str], tuple[frozenset[Any], list[str]]], text: str) -> str | None:
    found, unknown = parse(text)
    return ", ".join(sorted(str(v) for v in found)) if found and not unknown else None


def _kind(text: str) -> str | None:
    try:
        return vocabulary.provider_kind(text).value
    except ValueError:
        return None


_CELLS: Mapping[str, Callable[[str], str | None]] = {
    "kind": _kind,
    "languages": lambda text: _keys(vocabulary.parse_languages, text),
    "domains": lambda text: _keys(vocabulary.parse_domains, text),
    "regions": lambda text: _keys(vocabulary.parse_regions, text),
}


def canonical_providers(raw: bytes) -> bytes:
    """``providers.csv`` with its vocabulary cells as keys (the same bytes when they are keys already)."""
    text, _ = decode(raw)
    delimiter = detect_delimiter(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not records:
        return raw
    columns = {index: _HEADERS.get(fold(cell)) for index, cell in enumerate(records[0])}
    changed = False
    for record in records[1:]:
        for index, cell in enumerate(record):
            read = _CELLS.get(columns.get(index) or "")
            if read is None or not cell.strip():
                continue
            key = read(cell)
            if key is not None and key != cell.strip():
                record[index] = key
                changed = True
    if not changed:
        return raw
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(records)
    return out.getvalue().encode("utf-8")


def canonical_card(raw: bytes) -> bytes:
    """A knowledge card with its ``domains:`` and ``kinds:`` header values as keys."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return raw
    changed = False
    for index in range(1, min(len(lines), 20)):
        if lines[index].strip() == "---":
            break
        field, sep, value = lines[index].partition(":")
        name = field.strip().lower()
        if not sep or name not in ("domains", "kinds") or not value.strip():
            continue
        if name == "domains":
            key = _keys(vocabulary.parse_domains, value)
        else:
            kinds = [_kind(part) for part in value.split(",") if part.strip()]
            key = ", ".join(sorted(k for k in kinds if k)) if kinds and all(kinds) else None
        if key is not None and key != value.strip():
            lines[index] = f"{field}: {key}" + ("\r" if value.endswith("\r") else "")
            changed = True
    return "\n".join(lines).encode("utf-8") if changed else raw


def canonical_members(members: Mapping[str, bytes]) -> dict[str, bytes]:
    """The pack's members with the vocabulary written as keys (``providers.csv``, knowledge cards)."""
    found = dict(members)
    if PROVIDERS in found:
        found[PROVIDERS] = canonical_providers(found[PROVIDERS])
    for name, raw in members.items():
        if KNOWLEDGE_PATH.match(name):
            found[name] = canonical_card(raw)
    return found
