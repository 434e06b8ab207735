"""The doctor's access export (JSON + PDF files) and the audit view's CSV export."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.vault.test_backup import MARKERS, populate, read_only
from trustdesk.domain import Case
from trustdesk.vault import Vault, WriteFailed
from trustdesk.vault.access_export import (
    ACCESS_EXPORT_SCHEMA,
    access_export_json,
    write_access_export,
)
from trustdesk.vault.audit import AuditFilter, audit_csv

PDF = b"%PDF-1.7\n% a stand-in for the documents layer's bytes\n%%EOF\n"
_TYPES: dict[str, Any] = {"string": str, "integer": int, "boolean": bool, "object": dict, "array": list,
                          "null": type(None)}


def conforms(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """The subset of JSON Schema that ACCESS_EXPORT_SCHEMA uses: type, const, required, properties,
    items, additionalProperties (as a schema)."""
    problems = []
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: {value!r} != {schema['const']!r}")
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(isinstance(value, _TYPES[k]) and not (k == "integer" and isinstance(value, bool)) for k in kinds)
        if not ok:
            problems.append(f"{where}: {value!r} is not {kinds}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append(f"{where}: lacks {key}")
        for key, item in value.items():
            sub = schema.get("properties", {}).get(key)
            extra = schema.get("additionalProperties")
            if sub is None and isinstance(extra, dict):
                sub = extra
            if sub is not None:
                problems += conforms(item, sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problems += conforms(item, schema["items"], f"{where}[{i}]")
    return problems


def test_export_is_complete_and_follows_its_schema(vault: Vault) -> None:
    case = populate(vault)
    other = vault.cases.add(Case(code="", opened_on=date(2026, 11, 1), doctor_name="Iemand Anders"))
    assert case.id is not None and other.id is not None
    vault.audit.append("print", case_code=case.code, detail="case summary")
    vault.audit.append("print", case_code=other.code, detail="case summary")
    raw = access_export_json(vault, case.id)
    data = json.loads(raw)
    assert conforms(data, ACCESS_EXPORT_SCHEMA) == []
    text = raw.decode("utf-8")
    for marker in MARKERS:
        assert marker in text, marker
    assert "Iemand Anders" not in text and other.code not in text
    assert data["case"]["code"] == case.code and data["case"]["doctor_name"] == f"Dr {MARKERS[0]}"
    assert len(data["contacts"]) == 3 and all(len(c["revisions"]) == 1 for c in data["contacts"])
    assert data["referrals"][0]["consent_given"] is True and MARKERS[4] in data["referrals"][0]["letter_text"]
    assert [a["event"] for a in data["audit"]] == ["print"]
    assert "case_id" not in data["contacts"][0]
    # every stored column of the case's rows is in the export
    columns = {r[1] for r in vault.db.query("PRAGMA table_info(contacts)")} - {"case_id"}
    assert columns <= set(data["contacts"][0])
    with pytest.raises(KeyError):
        access_export_json(vault, 9999)


def test_schema_check_can_fail() -> None:
    assert conforms({"format": "something else"}, ACCESS_EXPORT_SCHEMA)


def test_write_access_export(vault: Vault, tmp_path: Path) -> None:
    case = populate(vault)
    assert case.id is not None
    folder = tmp_path / "for-the-doctor"
    folder.mkdir()
    json_path, pdf_path = write_access_export(vault, case.id, folder, PDF)
    assert (json_path.name, pdf_path.name) == (f"{case.code}-access.json", f"{case.code}-access.pdf")
    assert pdf_path.read_bytes() == PDF
    assert json.loads(json_path.read_bytes())["case"]["code"] == case.code
    assert sorted(p.name for p in folder.iterdir()) == sorted([json_path.name, pdf_path.name])
    assert vault.audit.entries(event="export", case_code=case.code)[0].detail == "access export (json, pdf)"
    with pytest.raises(ValueError):
        write_access_export(vault, case.id, folder, b"<html>")


def test_access_export_to_a_bad_folder(vault: Vault, tmp_path: Path) -> None:
    case = populate(vault)
    assert case.id is not None
    with pytest.raises(WriteFailed):
        write_access_export(vault, case.id, tmp_path / "missing", PDF)
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder), pytest.raises(WriteFailed):
        write_access_export(vault, case.id, folder, PDF)
    assert list(folder.iterdir()) == []
    assert vault.audit.entries(event="export") == []


def test_audit_csv(vault: Vault) -> None:
    vault.audit.append("export", case_code="TD-2026-0001", detail="=HYPERLINK(\"http://x\")")
    vault.audit.append("print", case_code="TD-2026-0002", detail="case summary")
    everything = audit_csv(vault)
    assert everything.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(everything.decode("utf-8-sig"))))
    assert rows[0] == ["seq", "at", "event", "case_code", "detail", "hash"]
    assert [r[2] for r in rows[1:]] == ["vault_created", "export", "print"]
    assert rows[2][4] == "'=HYPERLINK(\"http://x\")"  # never a formula in a spreadsheet
    only = list(csv.reader(io.StringIO(audit_csv(vault, AuditFilter(case_code="TD-2026-0002")).decode("utf-8-sig"))))
    assert [r[3] for r in only[1:]] == ["TD-2026-0002"]
    today = date.today()
    assert len(list(csv.reader(io.StringIO(audit_csv(vault, AuditFilter(since=today, until=today))
                                           .decode("utf-8-sig"))))) == 4
    future = AuditFilter(since=date(today.year + 1, 1, 1))
    assert audit_csv(vault, future).decode("utf-8-sig").splitlines() == ["seq,at,event,case_code,detail,hash"]


@pytest.mark.parametrize("names", [("../x.json", "x.pdf"), ("x.json", "sub/x.pdf"), ("", "x.pdf"), ("..", "x.pdf")])
def test_given_names_are_plain_file_names(vault: Vault, tmp_path: Path, names: tuple[str, str]) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 9, 1)))
    assert case.id is not None
    folder = tmp_path / "out" / "in"
    folder.mkdir(parents=True)
    with pytest.raises(ValueError, match="plain name"):
        write_access_export(vault, case.id, folder, PDF, names)
    assert list((tmp_path / "out").rglob("*")) == [folder]
