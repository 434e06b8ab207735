"""The doctor's right of access: everything the vault holds about one case, machine-readable.

``access_export_json(vault, case_id)`` returns UTF-8 JSON (sorted keys, 2-space indent) of this
shape — ``ACCESS_EXPORT_SCHEMA`` below is the same as a JSON Schema (draft 2020-12):

    {
      "format": "trustdesk-access-export", "version": 1,
      "exported_at": "2026-11-26T21:04:00",          # local time of the trust person
      "case": {                                       # every column of the case
        "id", "code", "status", "opened_on", "initiator", "coordinator_ref", "language", "region",
        "profession", "specialty", "domains": [..], "consent_to_contact": bool, "doctor_name",
        "doctor_phone", "doctor_email", "workplace", "details", "closed_on", "close_reason",
        "close_note", "created_at", "updated_at"
      },
      "contacts": [ { "id", "at", "duration_min", "mode", "present", "notes", "agreements", "risk",
                      "safety_plan", "created_at", "updated_at",
                      "revisions": [ { "id", "notes", "agreements", "safety_plan", "saved_at" } ] } ],
      "referrals": [ { "id", "provider_id", "provider_name", "provider_kind", "reason",
                       "consent_given": bool, "consent_date", "consent_scope", "status",
                       "status_dates": {status: date}, "feedback", "letter_text", "letter_language",
                       "template_id", "created_at", "updated_at" } ],
      "tasks": [ { "id", "title", "notes", "due_on", "done_at", "created_at" } ],
      "audit": [ { "seq", "at", "event", "detail" } ],  # what was done with the case's file
      "disclosures": [ { "seq", "at", "event", "kind", "case_code", "recipient", "referral_id",
                         "redaction", "consent_given", "consent_date", "consent_scope", "detail" } ]
                                                      # what left the vault about the case, to whom
    }

Dates are ISO 8601 (``YYYY-MM-DD``), times ISO 8601 without zone; absent values are ``null``;
enumerations are the stored values (``KnowledgeDomain`` etc. in ``trustdesk.domain.enums``).
Columns added by later schema versions appear as extra keys (``additionalProperties``).

``write_access_export(vault, case_id, folder, pdf_bytes, names)`` writes the JSON and the PDF (built by
the documents layer) into the chosen folder, under the names the interface suggests in its language
(else ``<code>-access.json`` and ``<code>-access.pdf``): both are written to temporary names and fsynced first, then renamed, so neither appears half-written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustdesk.vault.audit import AuditEvent, disclosures
from trustdesk.vault.columns import dt2s, now
from trustdesk.vault.errors import WriteFailed
from trustdesk.vault.files import AtomicFile

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

FORMAT = "trustdesk-access-export"
VERSION = 1

_TEXT = {"type": "string"}
_TEXT_OR_NULL = {"type": ["string", "null"]}
_INT = {"type": "integer"}
_INT_OR_NULL = {"type": ["integer", "null"]}
_BOOL = {"type": "boolean"}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": sorted(properties), "properties": properties,
            "additionalProperties": True}


_REVISION = _object({"id": _INT, "notes": _TEXT, "agreements": _TEXT, "safety_plan": _TEXT, "saved_at": _TEXT})
_CONTACT = _object({
    "id": _INT, "at": _TEXT, "duration_min": _INT, "mode": _TEXT, "present": _TEXT, "notes": _TEXT,
    "agreements": _TEXT, "risk": _TEXT, "safety_plan": _TEXT, "created_at": _TEXT, "updated_at": _TEXT,
    "revisions": {"type": "array", "items": _REVISION},
})
_CASE = _object({
    "id": _INT, "code": _TEXT, "status": _TEXT, "opened_on": _TEXT, "initiator": _TEXT, "coordinator_ref": _TEXT,
    "language": _TEXT, "region": _TEXT, "profession": _TEXT, "specialty": _TEXT,
    "domains": {"type": "array", "items": _TEXT}, "consent_to_contact": _BOOL, "doctor_name": _TEXT,
    "doctor_phone": _TEXT, "doctor_email": _TEXT, "workplace": _TEXT, "details": _TEXT,
    "closed_on": _TEXT_OR_NULL, "close_reason": _TEXT_OR_NULL, "close_note": _TEXT, "created_at": _TEXT,
    "updated_at": _TEXT,
})
_REFERRAL = _object({
    "id": _INT, "provider_id": _INT_OR_NULL, "provider_name": _TEXT, "provider_kind": _TEXT_OR_NULL,
    "reason": _TEXT, "consent_given": _BOOL, "consent_date": _TEXT_OR_NULL, "consent_scope": _TEXT,
    "status": _TEXT, "status_dates": {"type": "object", "additionalProperties": _TEXT}, "feedback": _TEXT,
    "letter_text": _TEXT, "letter_language": _TEXT_OR_NULL, "template_id": _INT_OR_NULL,
    "created_at": _TEXT, "updated_at": _TEXT,
})
_TASK = _object({"id": _INT, "title": _TEXT, "notes": _TEXT, "due_on": _TEXT_OR_NULL,
                 "done_at": _TEXT_OR_NULL, "created_at": _TEXT})
_AUDIT = _object({"seq": _INT, "at": _TEXT, "event": _TEXT, "detail": _TEXT})
_DISCLOSURE = _object({
    "seq": _INT, "at": _TEXT, "event": _TEXT, "kind": _TEXT, "case_code": _TEXT, "recipient": _TEXT,
    "referral_id": _INT_OR_NULL, "redaction": _TEXT, "consent_given": {"type": ["boolean", "null"]},
    "consent_date": _TEXT_OR_NULL, "consent_scope": _TEXT, "detail": _TEXT,
})

ACCESS_EXPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "TrustDesk access export of one case",
    **_object({
        "format": {"const": FORMAT}, "version": {"const": VERSION}, "exported_at": _TEXT, "case": _CASE,
        "contacts": {"type": "array", "items": _CONTACT}, "referrals": {"type": "array", "items": _REFERRAL},
        "tasks": {"type": "array", "items": _TASK}, "audit": {"type": "array", "items": _AUDIT},
        "disclosures": {"type": "array", "items": _DISCLOSURE},
    }),
}

_DROP = {"case_id", "contact_id"}  # links implied by the nesting
_BOOLS = {"consent_to_contact", "consent_given", "sees_physicians"}


def _record(row: Any) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key in row.keys():
        if key in _DROP:
            continue
        value = row[key]
        if key in _BOOLS:
            value = bool(value)
        elif key == "domains":
            value = [part for part in (value or "").split(",") if part]
        elif key == "status_dates":
            value = json.loads(value or "{}")
        record[key] = value
    return record


def access_export(vault: Vault, case_id: int) -> dict[str, Any]:
    """The export as a dict (see the module docstring); KeyError when there is no such case."""
    db = vault.db
    case_row = db.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
    if case_row is None:
        raise KeyError(case_id)
    contacts = []
    for row in db.query("SELECT * FROM contacts WHERE case_id = ? ORDER BY at, id", (case_id,)):
        contact = _record(row)
        contact["revisions"] = [_record(r) for r in db.query(
            "SELECT * FROM contact_revisions WHERE contact_id = ? ORDER BY saved_at, id", (row["id"],))]
        contacts.append(contact)
    audit = [{"seq": r["seq"], "at": r["at"], "event": r["event"], "detail": r["detail"]}
             for r in db.query("SELECT * FROM audit WHERE case_code = ? ORDER BY seq", (case_row["code"],))]
    return {
        "format": FORMAT, "version": VERSION, "exported_at": dt2s(now()),
        "case": _record(case_row), "contacts": contacts,
        "referrals": [_record(r) for r in db.query("SELECT * FROM referrals WHERE case_id = ? ORDER BY id",
                                                   (case_id,))],
        "tasks": [_record(r) for r in db.query("SELECT * FROM tasks WHERE case_id = ? ORDER BY id", (case_id,))],
        "audit": audit,
        "disclosures": [d.as_dict() for d in disclosures(vault, case_row["code"])],
    }


def access_export_json(vault: Vault, case_id: int) -> bytes:
    data = access_export(vault, case_id)
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_access_export(vault: Vault, case_id: int, folder: Path, pdf_bytes: bytes,
                        names: tuple[str, str] | None = None) -> tuple[Path, Path]:
    """Write the JSON and the PDF into ``folder``; audited as an export.  ``names`` (json, pdf): the file
    names the interface suggests in its language (the case's code and a word, never the doctor's alias);
    without them ``<code>-access.json`` and ``<code>-access.pdf``."""
    if not pdf_bytes.startswith(b"%PDF-"):
        raise ValueError("the access PDF is not a PDF")
    if names is not None and any(not name or Path(name).name != name or name in (".", "..") for name in names):
        raise ValueError("an access export's file name is a plain name, without a folder")
    case = vault.cases.get(case_id)
    if case is None:
        raise KeyError(case_id)
    folder = Path(folder)
    if not folder.is_dir():
        raise WriteFailed(f"the folder {folder} does not exist")
    json_name, pdf_name = names or (f"{case.code}-access.json", f"{case.code}-access.pdf")
    payloads = [(folder / json_name, access_export_json(vault, case_id)), (folder / pdf_name, pdf_bytes)]
    outs: list[AtomicFile] = []
    try:
        for target, data in payloads:  # both written and fsynced before either gets its name
            out = AtomicFile(target)
            outs.append(out)
            out.write(data)
            out.sync()
        for out in outs:
            out.commit()
    except OSError as exc:
        raise WriteFailed(f"the access export could not be written: {exc.strerror or exc}") from exc
    finally:
        for out in outs:
            out.discard()
    vault.audit.append(AuditEvent.EXPORT, case_code=case.code, detail="access export (json, pdf)")
    return payloads[0][0], payloads[1][0]
