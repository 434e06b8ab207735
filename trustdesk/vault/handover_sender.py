"""The sender's side after a handover: the successor's receipt, and closing (or erasing) the
handed-over cases.

Erasing the handed-over cases at the sender (``close_handed_over(minimum=True)``) is possible only
once the successor's receipt is confirmed: the file carries a random receipt secret, sealed with the
cases (only whoever opens the file with the handover code learns it); after the import the
successor's TrustDesk shows ``receipt_code`` -- an HMAC of the file id and the predecessor's case
codes under that secret, 16 symbols read out on the phone -- and the sender types it
(``confirm_receipt``).  The check is in the vault, not in a dialog, so no wrong click erases the
only copy before the successor has it.  Closing while keeping everything needs no receipt.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from trustdesk.domain import Case, CaseStatus
from trustdesk.domain.enums import CloseReason
from trustdesk.vault import keyslots
from trustdesk.vault.errors import VaultError
from trustdesk.vault.handover import EVENT_CLOSED, HandoverPreview, import_handover
from trustdesk.vault.settings import HANDOVER_RECEIVED, HANDOVER_SENT
from trustdesk.vault.vault import Vault

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trustdesk.domain.enums import ConflictDecision

SENT_KEY = HANDOVER_SENT.key  # file id -> {"secret", "codes", "at", "confirmed"}: the receipt the sender waits for
EVENT_RECEIPT = "handover_receipt"  # the successor's receipt code, checked by the sender
EVENT_ERASE_CONFIRMED = "handover_erase_confirmed"  # the sender confirmed keeping only the minimum (how many cases)
RECEIPT_BYTES = 10  # 80 bits: 16 Crockford symbols, read out on the phone as four groups of four


# -- the receipt: erasing at the sender needs proof that the successor imported the file ---------------

class ReceiptProblem(StrEnum):
    MALFORMED = "malformed"  # not a receipt code at all (a typo)
    WRONG = "wrong"  # well-formed, but no handover of this vault has it
    REQUIRED = "required"  # erasing handed-over cases before their receipt was confirmed


class ReceiptRejected(VaultError):
    def __init__(self, problem: ReceiptProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SentHandover:
    file_id: str
    at: str
    codes: tuple[str, ...]
    confirmed: str  # ISO time the receipt was confirmed ("" = not yet)
    successor: str = ""  # who took the cases over, as the sender named them when closing


def receipt_code(secret: bytes, file_id: str, codes: list[str] | tuple[str, ...]) -> str:
    """The code the successor's TrustDesk shows after importing: an HMAC, under the secret sealed
    inside the file, of the file id and the predecessor's case codes (so it proves the file was
    opened with the handover code, and says which cases).  16 Crockford symbols in groups of 4."""
    mac = hmac.new(secret, b"trustdesk-handover-receipt\n" + file_id.encode("ascii", "replace") + b"\n"
                   + ",".join(codes).encode("utf-8"), hashlib.sha256).digest()[:RECEIPT_BYTES]
    value = int.from_bytes(mac, "big")
    symbols = [keyslots.CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(RECEIPT_BYTES * 8 // 5))]
    text = "".join(symbols)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def receipt_for(preview: HandoverPreview) -> str:
    """The receipt code for a file just imported ("" for a file made before receipts existed)."""
    try:
        secret = base64.b64decode(str(preview.receipt), validate=True)
    except ValueError:
        return ""
    if len(secret) < 16:
        return ""
    return receipt_code(secret, preview.file_id, [str(c["code"]) for c in preview.cases])


@dataclass(frozen=True, slots=True)
class ReceivedHandover:
    """A handover this vault imported, as the receiver can show it again: when, the new local codes
    and the receipt code to read to the predecessor (no name, no case content)."""
    file_id: str
    at: str
    codes: tuple[str, ...]
    receipt: str


def receive_handover(vault: Vault, preview: HandoverPreview, today: date | None = None,
                     decisions: Mapping[str, tuple[ConflictDecision, str]] | None = None) -> list[Case]:
    """``import_handover`` and, in the same transaction, the record that lets the receiver show the
    receipt code again after its dialog closed (``received_handovers``)."""
    receipt = receipt_for(preview)
    with vault.db.transaction():
        created = import_handover(vault, preview, today=today, decisions=decisions)
        if receipt:
            stored: dict[str, Any] = vault.settings.value(HANDOVER_RECEIVED)
            received = dict(stored)  # never the declared default itself
            received[preview.file_id] = {"at": datetime.now().isoformat(timespec="seconds"),
                                         "codes": [c.code for c in created], "receipt": receipt}
            vault.settings.set_value(HANDOVER_RECEIVED, received)
    return created


def received_handovers(vault: Vault) -> list[ReceivedHandover]:
    """Every handover imported here whose receipt code can be shown again, newest first."""
    received = vault.settings.value(HANDOVER_RECEIVED)
    found = [ReceivedHandover(file_id, str(r.get("at", "")), tuple(str(c) for c in r.get("codes", [])),
                              str(r.get("receipt", ""))) for file_id, r in received.items() if isinstance(r, dict)]
    return sorted((h for h in found if h.receipt), key=lambda h: h.at, reverse=True)


def _normal_receipt(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != RECEIPT_BYTES * 8 // 5 or any(ch not in keyslots.CROCKFORD for ch in cleaned):
        raise ReceiptRejected(ReceiptProblem.MALFORMED, "a receipt code has 16 letters and digits (4 groups of 4)")
    return cleaned


def sent_handovers(vault: Vault) -> list[SentHandover]:
    sent = vault.settings.get(SENT_KEY, {})
    if not isinstance(sent, dict):
        return []
    return [SentHandover(file_id, str(r.get("at", "")), tuple(str(c) for c in r.get("codes", [])),
                         str(r.get("confirmed", "")), str(r.get("successor", "")))
            for file_id, r in sent.items() if isinstance(r, dict)]


def successor_of(vault: Vault, code: str) -> str:
    """Who took the case ``code`` over (as named when it was closed), "" when not recorded."""
    return next((h.successor for h in sent_handovers(vault) if code in h.codes and h.successor), "")


def _to(successor: str) -> str:
    """The successor in an audit detail ("successor NAME; "): a trust person's name, never the doctor's."""
    return f"successor {' '.join(successor.replace(';', ',').split())}; " if successor.strip() else ""


def _record_successor(vault: Vault, file_id: str, successor: str) -> None:
    sent = vault.settings.get(SENT_KEY, {})
    record = sent.get(file_id) if isinstance(sent, dict) else None
    if successor and isinstance(record, dict) and record.get("successor") != successor:
        record["successor"] = successor
        vault.settings.set(SENT_KEY, sent)


def confirm_receipt(vault: Vault, receipt: str) -> SentHandover:
    """Check the receipt code the successor read out; on a match the handover is marked received
    (audited) and its cases may be erased.  ``ReceiptRejected`` MALFORMED or WRONG otherwise."""
    wanted = _normal_receipt(receipt)
    sent = vault.settings.get(SENT_KEY, {})
    for file_id, record in (sent.items() if isinstance(sent, dict) else ()):
        if not isinstance(record, dict):
            continue
        try:
            secret = base64.b64decode(str(record.get("secret", "")), validate=True)
        except ValueError:
            continue
        codes = [str(c) for c in record.get("codes", [])]
        if hmac.compare_digest(receipt_code(secret, file_id, codes).replace("-", ""), wanted):
            with vault.db.transaction():
                if not record.get("confirmed"):
                    record["confirmed"] = datetime.now().isoformat(timespec="seconds")
                    vault.settings.set(SENT_KEY, sent)
                    vault.audit.append(EVENT_RECEIPT, case_code=", ".join(codes),
                                       detail=f"file {file_id}; receipt confirmed")
            return SentHandover(file_id, str(record.get("at", "")), tuple(codes), str(record["confirmed"]))
    raise ReceiptRejected(ReceiptProblem.WRONG)


def _require_receipt(vault: Vault, file_id: str, codes: list[str]) -> None:
    """Erasing needs the successor's confirmed receipt for the very file these cases went in."""
    sent = vault.settings.get(SENT_KEY, {})
    record = sent.get(file_id) if isinstance(sent, dict) else None
    if not isinstance(record, dict) or not record.get("confirmed"):
        raise ReceiptRejected(ReceiptProblem.REQUIRED, "no confirmed receipt for this handover")
    if not set(codes) <= {str(c) for c in record.get("codes", [])}:
        raise ReceiptRejected(ReceiptProblem.REQUIRED, "these cases were not in the received file")


# -- the sender, after the handover ------------------------------------------------------------------

def close_handed_over(vault: Vault, case_ids: list[int], *, file_id: str, minimum: bool, note: str,
                      today: date | None = None, successor: str = "") -> list[Case]:
    """Close the handed-over cases with the reason "handed over", in one transaction, with an audit
    entry per case.  With ``minimum`` the sender keeps only what it must: the case code, its dates,
    the anonymous figures (kinds, counts, durations, statuses) and ``note`` (the fact of the handover,
    the date and the successor); every name, text and note of the case is erased (and the freed
    pages overwritten, as for a destruction).  From then on the cases are read-only here
    (``repository._refuse_handed_over``); ``successor`` is kept with the handover record."""
    on = today or date.today()
    closed: list[Case] = []
    with vault.db.transaction():
        _record_successor(vault, file_id, successor)
        if minimum:  # never before the successor's receipt: a wrong click cannot erase the only copy
            found = [vault.cases.get(i) for i in case_ids]
            _require_receipt(vault, file_id, [c.code for c in found if c is not None])
        for case_id in case_ids:
            case = vault.cases.get(case_id)
            if case is None or case.status is CaseStatus.CLOSED:
                continue
            if minimum:
                _erase_texts(vault, case_id)
                case = vault.cases.keep_minimum(case_id)
            stored = vault.cases.change_status(case_id, CaseStatus.CLOSED, on=on, reason=CloseReason.HANDED_OVER,
                                               note=note)
            vault.audit.append(EVENT_CLOSED, case_code=stored.code,
                               detail=f"file {file_id}; {_to(successor)}kept {'minimum' if minimum else 'full'}")
            closed.append(stored)
    if minimum and closed:
        from trustdesk.vault.retention import scrub_freed_pages

        scrub_freed_pages(vault)
    return closed


def erase_after_receipt(vault: Vault, file_id: str, *, note: str, today: date | None = None,
                        successor: str = "") -> list[Case]:
    """Once the successor's receipt for ``file_id`` is confirmed: keep only the minimum of every case
    that went in that file -- open ones are closed as handed over, ones closed earlier keeping
    everything are erased now.  ``ReceiptRejected`` REQUIRED without a confirmed receipt."""
    record = next((h for h in sent_handovers(vault) if h.file_id == file_id), None)
    codes = list(record.codes) if record is not None else []
    _require_receipt(vault, file_id, codes)
    cases = [c for c in (vault.cases.by_code(code) for code in codes) if c is not None and c.id is not None]
    # the last confirmation (asked by the dialog, Cancel its default) is itself in the log, before any erasing
    with vault.db.transaction():
        _record_successor(vault, file_id, successor)
        vault.audit.append(EVENT_ERASE_CONFIRMED, case_code=", ".join(codes),
                           detail=f"file {file_id}; {_to(successor)}{len(cases)} cases; kept minimum")
    still_open = [c.id for c in cases if c.status is not CaseStatus.CLOSED and c.id is not None]
    done = close_handed_over(vault, still_open, file_id=file_id, minimum=True, note=note, today=today,
                             successor=successor)
    erased: list[Case] = []
    with vault.db.transaction():
        for case in cases:
            if case.id is None or case.status is not CaseStatus.CLOSED or case.close_reason is not CloseReason.HANDED_OVER:
                continue
            if not _holds_more_than_the_minimum(vault, case):
                continue  # already the minimum
            _erase_texts(vault, case.id)
            erased.append(vault.cases.keep_minimum(case.id))
            vault.audit.append(EVENT_CLOSED, case_code=case.code, detail=f"file {file_id}; kept minimum")
    if erased:
        from trustdesk.vault.retention import scrub_freed_pages

        scrub_freed_pages(vault)
    return done + erased


def _holds_more_than_the_minimum(vault: Vault, case: Case) -> bool:
    """Whether anything ``_erase_texts``/``keep_minimum`` remove is still there: a name, a text of the
    case, or any note, revision, referral text, task or safety plan (a case without a doctor's name
    can still hold every note)."""
    if (case.doctor_name or case.doctor_phone or case.doctor_email or case.workplace or case.details
            or case.specialty or case.conflict_note or case.alias):
        return True
    row = vault.db.query_one(
        "SELECT EXISTS(SELECT 1 FROM contacts WHERE case_id = :c AND (notes != '' OR agreements != '' "
        "OR present != '' OR safety_plan != '')) "
        "OR EXISTS(SELECT 1 FROM contact_revisions WHERE contact_id IN (SELECT id FROM contacts WHERE case_id = :c)) "
        "OR EXISTS(SELECT 1 FROM referrals WHERE case_id = :c AND (provider_name != '' OR reason != '' "
        "OR feedback != '' OR letter_text != '' OR consent_scope != '')) "
        "OR EXISTS(SELECT 1 FROM tasks WHERE case_id = :c) "
        "OR EXISTS(SELECT 1 FROM safety_plans WHERE case_id = :c) AS more", {"c": case.id})
    return bool(row and row["more"])


def _erase_texts(vault: Vault, case_id: int) -> None:
    db = vault.db
    db.execute("DELETE FROM contact_revisions WHERE contact_id IN (SELECT id FROM contacts WHERE case_id = ?)",
               (case_id,))
    db.execute("UPDATE contacts SET notes = '', agreements = '', present = '', safety_plan = '' WHERE case_id = ?",
               (case_id,))
    db.execute("UPDATE referrals SET provider_name = '', reason = '', feedback = '', letter_text = '', "
               "consent_scope = '' WHERE case_id = ?", (case_id,))
    db.execute("DELETE FROM tasks WHERE case_id = ?", (case_id,))
    db.execute("DELETE FROM safety_plans WHERE case_id = ?", (case_id,))
