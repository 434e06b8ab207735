"""Handing cases over to a successor trust person: one encrypted ``.tdhandover`` file.

Format (everything read from such a file is treated as hostile)::

    b"TDHANDOVER\\n" + header (one line of JSON) + b"\\n" + AES-256-GCM ciphertext

The header holds the format, a random file id, the creation time, the Argon2id parameters and
salt, and the nonce; the *whole* header line is the GCM associated data, so editing any byte of it
fails the tag.  The key is Argon2id(handover code) at exactly the KDF floor (the code has 128 random
bits: stretching adds nothing), and a file asking for any other parameters is refused before any
derivation, so a hostile file cannot make the receiver spend memory and minutes; the code is a fresh
128-bit code (Crockford base32, like the recovery code), shown once to the sender and passed on by
another channel than the file.  The plaintext is zlib-compressed JSON of the chosen cases and
sections.  A wrong code and a tampered file are the same failure to AES-GCM; both are refused and
nothing is written.  The receiver remembers every imported file id, so a file cannot be imported
twice (replay).
"""

from __future__ import annotations

import base64
import json
import os
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trustdesk.domain import Case, CaseOrigin, CaseStatus, Contact, Referral, Task, rules
from trustdesk.domain.conflicts import Overlap
from trustdesk.domain.enums import (
    ConflictDecision,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    ProviderKind,
    ReferralStatus,
    RiskLevel,
)
from trustdesk.domain.safety import SafetyPlan
from trustdesk.vault import keyslots, strict_json
from trustdesk.vault.conflict import conflicts_of, create_case
from trustdesk.vault.errors import VaultError
from trustdesk.vault.keyslots import KdfParams
from trustdesk.vault.referrals import fields_of, fields_text
from trustdesk.vault.vault import Vault

MAGIC = b"TDHANDOVER\n"
FORMAT = 1
SUFFIX = ".tdhandover"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PLAIN_BYTES = 256 * 1024 * 1024
IMPORTED_KEY = "handover.imported_ids"
SENT_KEY = "handover.sent"  # = settings.HANDOVER_SENT: the receipt each sent file waits for (handover_sender)
EVENT_SENT = "handover_sent"
EVENT_RECEIVED = "handover_received"
EVENT_REFUSED = "handover_refused"  # a replayed file, refused before its preview
EVENT_CLOSED = "handover_closed"  # the sender closed a handed-over case (and what it kept)


def code_order(code: str) -> tuple[int, int, str]:
    """Cases travel and are numbered in the order of their codes (TD-2026-0001 before TD-2026-0002),
    so the receiver's new codes follow the sender's order."""
    try:
        year, number = rules.parse_case_code(code)
    except ValueError:
        return (10**6, 0, code)
    return (year, number, code)


class Section(StrEnum):
    INTAKE = "intake"  # always included
    RISK = "risk"  # current risk and the current safety plan
    TASKS = "tasks"  # open tasks
    REFERRALS = "referrals"
    CONTACTS = "contacts"  # the full contact notes: only when ticked


MINIMUM_NECESSARY = frozenset({Section.INTAKE, Section.RISK, Section.TASKS, Section.REFERRALS})


class HandoverReason(StrEnum):
    NOT_A_HANDOVER = "not_a_handover"
    WRONG_CODE_OR_TAMPERED = "wrong_code_or_tampered"
    MALFORMED = "malformed"
    TOO_LARGE = "too_large"
    REPLAYED = "replayed"
    NEWER_FORMAT = "newer_format"
    MALFORMED_CODE = "malformed_code"  # the typed code cannot be a handover code at all (not: a wrong one)


class HandoverRejected(VaultError):
    def __init__(self, reason: HandoverReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class HandoverPreview:
    file_id: str
    created: str
    sections: frozenset[Section]
    cases: list[dict[str, Any]] = field(repr=False)
    receipt: str = field(default="", repr=False)  # the receipt secret sealed in the file (base64)

    @property
    def case_count(self) -> int:
        return len(self.cases)

    def count(self, key: str) -> int:
        return sum(len(c.get(key, [])) for c in self.cases)


# -- writing ---------------------------------------------------------------------------------------

def _case_payload(vault: Vault, case: Case, sections: frozenset[Section]) -> dict[str, Any]:
    assert case.id is not None
    data: dict[str, Any] = {
        "code": case.code, "status": case.status.value, "opened_on": case.opened_on.isoformat(), "initiator": case.initiator.value,
        "coordinator_ref": case.coordinator_ref, "language": case.language.value, "region": case.region,
        "profession": case.profession.value, "specialty": case.specialty,
        "domains": sorted(d.value for d in case.domains), "consent_to_contact": case.consent_to_contact,
        "doctor_name": case.doctor_name, "doctor_phone": case.doctor_phone, "doctor_email": case.doctor_email,
        "workplace": case.workplace, "details": case.details,
    }
    contacts = vault.contacts.for_case(case.id)
    if Section.RISK in sections:
        data["current_risk"] = rules.current_risk((c.risk for c in contacts), case.carried_risk).value
        plan = vault.safety_plans.current(case.id)
        if plan is not None:
            data["safety_plan"] = {**plan.steps(), "not_applicable_reason": plan.not_applicable_reason,
                                   "saved_at": plan.saved_at.isoformat() if plan.saved_at else ""}
    if Section.TASKS in sections:
        data["tasks"] = [{"title": t.title, "notes": t.notes, "due_on": t.due_on.isoformat() if t.due_on else None}
                         for t in vault.tasks.for_case(case.id, include_done=False)]
    if Section.REFERRALS in sections:
        data["referrals"] = [{
            "provider_name": r.provider_name or _provider_name(vault, r.provider_id),
            "provider_kind": r.provider_kind.value if r.provider_kind else None, "reason": r.reason,
            "consent_given": r.consent_given, "consent_date": r.consent_date.isoformat() if r.consent_date else None,
            "consent_scope": r.consent_scope, "status": r.status.value, "status_dates": r.status_dates,
            "feedback": r.feedback, "letter_text": r.letter_text, "consent_fields": fields_text(r.consent_fields),
        } for r in vault.referrals.for_case(case.id)]
    if Section.CONTACTS in sections:
        data["contacts"] = [{
            "at": k.at.isoformat(), "duration_min": k.duration_min, "mode": k.mode.value, "present": k.present,
            "notes": k.notes, "agreements": k.agreements, "risk": k.risk.value, "safety_plan": k.safety_plan,
        } for k in reversed(contacts)]
    return data


def _provider_name(vault: Vault, provider_id: int | None) -> str:
    provider = vault.providers.get(provider_id) if provider_id is not None else None
    return provider.name if provider else ""


# The only parameters a handover file may carry (checked before deriving, see read_handover).
HANDOVER_KDF = KdfParams()


@dataclass(frozen=True)
class SealedHandover:
    """A handover file in memory, not yet handed over: nothing is recorded until ``save_handover``
    has written it to disk (``record_handover_sent``)."""
    data: bytes = field(repr=False)
    code: str = field(repr=False)
    file_id: str
    codes: tuple[str, ...]
    created: str
    receipt: str = field(repr=False)
    sections: tuple[str, ...]


def seal_handover(vault: Vault, case_ids: list[int], sections: frozenset[Section] = MINIMUM_NECESSARY
                  ) -> SealedHandover:
    """Encrypt the chosen cases; writes NOTHING to the vault (no audit entry, no 'sent' record)."""
    sections = frozenset(sections) | {Section.INTAKE}
    found = [vault.cases.get(i) for i in case_ids]
    if any(c is None for c in found) or not found:
        raise ValueError("unknown or no cases to hand over")
    cases = sorted((c for c in found if c is not None), key=lambda c: code_order(c.code))
    file_id = uuid.uuid4().hex
    section_names = sorted(s.value for s in sections)
    payload = {"format": FORMAT, "file_id": file_id, "sections": section_names,
               "cases": [_case_payload(vault, c, sections) for c in cases if c is not None]}
    receipt_secret = os.urandom(32)  # only who can open the file learns it: the receipt proves the import
    receipt = base64.b64encode(receipt_secret).decode("ascii")
    payload["receipt"] = receipt
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 6)
    code = keyslots.new_recovery_code()
    params = HANDOVER_KDF
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": FORMAT, "file_id": file_id, "created": datetime.now().isoformat(timespec="seconds"),
              "kdf": params.as_json(), "salt": base64.b64encode(salt).decode(),
              "nonce": base64.b64encode(nonce).decode()}
    header_line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    key = keyslots.argon2id(keyslots.recovery_code_bytes(code), salt, params)
    sealed = AESGCM(key).encrypt(nonce, plain, MAGIC + header_line)
    return SealedHandover(data=MAGIC + header_line + b"\n" + sealed, code=code, file_id=file_id,
                          codes=tuple(c.code for c in cases), created=str(header["created"]),
                          receipt=receipt, sections=tuple(section_names))


def record_handover_sent(vault: Vault, sealed: SealedHandover) -> None:
    """The handover record (the receipt it waits for) and one audit entry per case, in one transaction."""
    with vault.db.transaction():  # one entry per case: the exact position of each code in the file
        sent = vault.settings.get(SENT_KEY, {})
        sent = sent if isinstance(sent, dict) else {}
        sent[sealed.file_id] = {"secret": sealed.receipt, "codes": list(sealed.codes),
                                "at": sealed.created, "confirmed": ""}
        vault.settings.set(SENT_KEY, sent)
        for position, code in enumerate(sealed.codes, start=1):
            vault.audit.append(EVENT_SENT, case_code=code,
                               detail=f"file {sealed.file_id}; case {position} of {len(sealed.codes)}; "
                                      f"sections {','.join(sealed.sections)}")


def save_handover(vault: Vault, sealed: SealedHandover, path: Path) -> None:
    """Write the file atomically, THEN record the handover: a cancelled or failed write records nothing
    (an OSError from the write is raised before any vault write)."""
    from trustdesk.vault.files import atomic_write_bytes

    atomic_write_bytes(path, sealed.data)
    record_handover_sent(vault, sealed)


def write_handover(vault: Vault, case_ids: list[int], sections: frozenset[Section] = MINIMUM_NECESSARY
                   ) -> tuple[bytes, str]:
    """Seal and record at once (headless use: the caller hands the bytes on itself); returns (file bytes,
    handover code). The dialog uses ``seal_handover`` + ``save_handover`` so only a written file counts."""
    sealed = seal_handover(vault, case_ids, sections)
    record_handover_sent(vault, sealed)
    return sealed.data, sealed.code


def file_id_of(data: bytes) -> str:
    """The public file id in a handover file's header ("" when there is none)."""
    if not data.startswith(MAGIC):
        return ""
    line = data[len(MAGIC):].partition(b"\n")[0]
    try:
        header = strict_json.loads(line.decode("ascii"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ""
    value = header.get("file_id") if isinstance(header, dict) else None
    return value if isinstance(value, str) and len(value) <= 64 and value.isalnum() else ""


# -- reading -----------------------------------------------------------------------------------------

def read_handover(data: bytes, code: str) -> HandoverPreview:
    """Decrypt and check a handover file; nothing is written. HandoverRejected on any problem."""
    if len(data) > MAX_FILE_BYTES:
        raise HandoverRejected(HandoverReason.TOO_LARGE)
    if not data.startswith(MAGIC):
        raise HandoverRejected(HandoverReason.NOT_A_HANDOVER)
    header_line, sep, sealed = data[len(MAGIC):].partition(b"\n")
    if not sep:
        raise HandoverRejected(HandoverReason.MALFORMED, "no header")
    try:
        header = strict_json.loads(header_line.decode("ascii"))
        if not isinstance(header, dict):
            raise ValueError("header")
        if isinstance(header.get("format"), int) and header["format"] > FORMAT:
            raise HandoverRejected(HandoverReason.NEWER_FORMAT)
        if header.get("format") != FORMAT:
            raise ValueError("format")
        if header.get("kdf") != HANDOVER_KDF.as_json():
            raise HandoverRejected(HandoverReason.MALFORMED,
                                   "key-derivation parameters other than the fixed ones: refused before deriving")
        params = HANDOVER_KDF
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        if len(nonce) != 12 or not 16 <= len(salt) <= 64:
            raise ValueError("nonce")
    except HandoverRejected:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, VaultError, RecursionError) as exc:
        raise HandoverRejected(HandoverReason.MALFORMED, "header") from exc
    problem = keyslots.code_problem(code)
    if problem:  # before the key derivation: a typo is told apart from a wrong code
        raise HandoverRejected(HandoverReason.MALFORMED_CODE, problem)
    try:
        code_bytes = keyslots.recovery_code_bytes(code)
    except VaultError as exc:
        raise HandoverRejected(HandoverReason.MALFORMED_CODE, "not a handover code") from exc
    key = keyslots.argon2id(code_bytes, salt, params)
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, MAGIC + header_line)
    except (InvalidTag, ValueError) as exc:
        raise HandoverRejected(HandoverReason.WRONG_CODE_OR_TAMPERED) from exc
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(plain, MAX_PLAIN_BYTES)
        if inflater.unconsumed_tail:
            raise HandoverRejected(HandoverReason.TOO_LARGE)
        payload = strict_json.loads(text.decode("utf-8"))
        if payload.get("file_id") != header["file_id"] or not isinstance(payload.get("cases"), list):
            raise ValueError("payload")
        sections = frozenset(Section(s) for s in payload["sections"])
        for case in payload["cases"]:
            _check_case(case)
    except HandoverRejected:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, zlib.error, UnicodeDecodeError, RecursionError) as exc:
        raise HandoverRejected(HandoverReason.MALFORMED, "content") from exc
    receipt = payload.get("receipt", "")
    return HandoverPreview(file_id=header["file_id"], created=str(header.get("created", "")),
                           sections=sections, cases=payload["cases"],
                           receipt=receipt if isinstance(receipt, str) else "")


def already_imported(vault: Vault, file_id: str) -> bool:
    imported = vault.settings.get(IMPORTED_KEY, [])
    return isinstance(imported, list) and file_id in imported


def open_handover(vault: Vault, data: bytes, code: str) -> HandoverPreview:
    """What the receiver does first: a file already imported into this vault is refused AT ONCE
    (before the slow key derivation and before any preview) and the refusal is audited; otherwise
    ``read_handover``."""
    file_id = file_id_of(data)
    if file_id and already_imported(vault, file_id):
        vault.audit.append(EVENT_REFUSED, detail=f"file {file_id}; replayed")
        raise HandoverRejected(HandoverReason.REPLAYED)
    return read_handover(data, code)


def _check_case(data: Any) -> None:
    """Every value the importer will use is of the expected type and vocabulary."""
    if not isinstance(data, dict):
        raise ValueError("case")
    for key in ("code", "opened_on", "initiator", "language", "profession"):
        if not isinstance(data.get(key), str):
            raise ValueError(key)
    date.fromisoformat(data["opened_on"])
    Initiator(data["initiator"]), Language(data["language"]), Profession(data["profession"])
    if "status" in data:
        CaseStatus(data["status"])
    if "current_risk" in data:
        RiskLevel(data["current_risk"])
    for d in data.get("domains", []):
        KnowledgeDomain(d)
    for k in data.get("contacts", []):
        datetime.fromisoformat(k["at"]), ContactMode(k["mode"]), RiskLevel(k["risk"])
    for r in data.get("referrals", []):
        ReferralStatus(r["status"])
        if r.get("provider_kind"):
            ProviderKind(r["provider_kind"])


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value if isinstance(value, str) else ""


def _received_status(data: dict[str, Any]) -> CaseStatus:
    """The status the case had at the sender (intake stays intake, waiting stays waiting); a file of an
    older version that carries none, or a closed case (never sent), arrives active."""
    status = CaseStatus(data.get("status", CaseStatus.ACTIVE.value))
    return CaseStatus.ACTIVE if status is CaseStatus.CLOSED else status


def handover_conflicts(vault: Vault, preview: HandoverPreview) -> dict[str, list[Overlap]]:
    """Per incoming case (its predecessor's code) that overlaps the trust person's affiliations: the
    overlaps -- the same conflict-of-interest check a case typed in or from an intake file goes through."""
    found = {str(c.get("code", "")): conflicts_of(vault, _text(c, "workplace")) for c in preview.cases}
    return {code: overlaps for code, overlaps in found.items() if overlaps}


def import_handover(vault: Vault, preview: HandoverPreview, today: date | None = None,
                    decisions: Mapping[str, tuple[ConflictDecision, str]] | None = None) -> list[Case]:
    """Create the handed-over cases with new local codes, in one transaction. Refuses a replay.

    ``decisions`` (by the predecessor's code): the conflict-of-interest decision for an incoming case
    whose workplace overlaps an affiliation (``handover_conflicts``); without one such a case refuses the
    whole import (``ConflictUndecided``, nothing written).  A returned case is stored minimal and closed
    (``vault.conflict.create_case``), its content is not imported."""
    today = today or date.today()
    decisions = decisions or {}
    imported: list[str] = vault.settings.get(IMPORTED_KEY, [])
    if preview.file_id in imported:
        vault.audit.append(EVENT_REFUSED, detail=f"file {preview.file_id}; replayed")
        raise HandoverRejected(HandoverReason.REPLAYED)
    created: list[Case] = []
    ordered = sorted(preview.cases, key=lambda c: code_order(str(c["code"])))
    with vault.db.transaction():
        for data in ordered:
            decision, reason = decisions.get(str(data["code"]), (ConflictDecision.NONE, ""))
            case = create_case(vault, Case(
                code="", opened_on=today, status=_received_status(data), initiator=Initiator(data["initiator"]),
                coordinator_ref=_text(data, "coordinator_ref"), language=Language(data["language"]),
                region=_text(data, "region"), profession=Profession(data["profession"]),
                specialty=_text(data, "specialty"),
                domains=frozenset(KnowledgeDomain(d) for d in data.get("domains", [])),
                consent_to_contact=bool(data.get("consent_to_contact")), doctor_name=_text(data, "doctor_name"),
                doctor_phone=_text(data, "doctor_phone"), doctor_email=_text(data, "doctor_email"),
                workplace=_text(data, "workplace"), details=_text(data, "details"),
                origin=CaseOrigin.HANDOVER, previous_code=data["code"], conflict_decision=decision,
                carried_risk=RiskLevel(data["current_risk"]) if "current_risk" in data else RiskLevel.NOT_ASSESSED,
                conflict_note=reason if decision is ConflictDecision.KEEP else ""))
            assert case.id is not None
            if decision is ConflictDecision.RETURN:
                created.append(case)
                continue
            for k in data.get("contacts", []):
                vault.contacts.add(Contact(case_id=case.id, at=datetime.fromisoformat(k["at"]),
                                           duration_min=int(k.get("duration_min", 0)), mode=ContactMode(k["mode"]),
                                           present=_text(k, "present"), notes=_text(k, "notes"),
                                           agreements=_text(k, "agreements"), risk=RiskLevel(k["risk"]),
                                           safety_plan=_text(k, "safety_plan")))
            plan = data.get("safety_plan")
            if isinstance(plan, dict):
                vault.safety_plans.save(SafetyPlan(
                    case_id=case.id, warning_signs=_text(plan, "warning_signs"),
                    coping_alone=_text(plan, "coping_alone"), distractions=_text(plan, "distractions"),
                    help_people=_text(plan, "help_people"), professionals=_text(plan, "professionals"),
                    environment_safety=_text(plan, "environment_safety"),
                    reasons_to_live=_text(plan, "reasons_to_live"),
                    not_applicable_reason=_text(plan, "not_applicable_reason")))
            for t in data.get("tasks", []):
                vault.tasks.add(Task(title=_text(t, "title") or "-", notes=_text(t, "notes"), case_id=case.id,
                                     due_on=date.fromisoformat(t["due_on"]) if t.get("due_on") else None))
            for r in data.get("referrals", []):
                referral = Referral(case_id=case.id, provider_name=_text(r, "provider_name"),
                                    provider_kind=ProviderKind(r["provider_kind"]) if r.get("provider_kind") else None,
                                    reason=_text(r, "reason"), consent_given=bool(r.get("consent_given")),
                                    consent_date=date.fromisoformat(r["consent_date"]) if r.get("consent_date") else None,
                                    consent_scope=_text(r, "consent_scope"), status=ReferralStatus(r["status"]),
                                    consent_fields=fields_of(_text(r, "consent_fields")),
                                    status_dates={str(k): str(v) for k, v in dict(r.get("status_dates", {})).items()},
                                    feedback=_text(r, "feedback"))
                stored = vault.referrals.add(referral)
                if _text(r, "letter_text") and referral.consent_given:
                    vault.referrals.update(replace(stored, letter_text=_text(r, "letter_text")))
            created.append(case)
        vault.settings.set(IMPORTED_KEY, [*imported, preview.file_id])
        # The handover is an event of each case (its audit entry), never a contact: the contacts are the
        # ones the file carried, and the predecessor's current risk is written into the entry.
        for position, (case, data) in enumerate(zip(created, ordered, strict=True), start=1):
            risk = f"; current risk {data['current_risk']}" if "current_risk" in data else ""
            vault.audit.append(EVENT_RECEIVED, case_code=case.code,
                               detail=f"file {preview.file_id}; case {position} of {len(created)}; "
                                      f"was {case.previous_code}{risk}")
    return created
