"""What the audit log's entries say, in the user's language: the event names (``EVENTS``,
``event_text``) and the detail column (``detail_text``), shown by the audit page."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from trustdesk.ui.output.document_output import document_kind_text
from trustdesk.ui.security.disclosures import kind_text, redaction_text

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


_SECTION_WORDS = frozenset({"intake", "contacts", "risk", "referrals", "tasks"})


def _section_words(name: str) -> str:
    words = {
        "intake": QCoreApplication.translate("AuditPage", "intake"),
        "contacts": QCoreApplication.translate("AuditPage", "contacts"),
        "risk": QCoreApplication.translate("AuditPage", "risk history"),
        "referrals": QCoreApplication.translate("AuditPage", "referrals"),
        "tasks": QCoreApplication.translate("AuditPage", "tasks"),
        "no-sections": QCoreApplication.translate("AuditPage", "no sections"),
    }
    return words.get(name, name)


def _document_words(kind: str, rest: str) -> str | None:
    """``<kind> <details>`` of a document that left the vault, in words; None: not such an entry."""
    if kind_text(kind) == kind.replace("_", " ") and kind not in ("safety_plan", "recovery_kit"):
        return None
    words = [kind_text(kind) if kind not in ("safety_plan", "recovery_kit") else document_kind_text(kind)]
    tokens = rest.split()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in ("full", "pseudonymised", "minimal"):
            words.append(redaction_text(token))
        elif token == "referral" and following.isdigit():
            words.append(QCoreApplication.translate("AuditPage", "referral %1").replace("%1", following))
            index += 1
        elif token == "version" and following.isdigit():
            words.append(QCoreApplication.translate("AuditPage", "version %1").replace("%1", following))
            index += 1
        elif token.isdigit() and following == "entries":
            words.append(QCoreApplication.translate("AuditPage", "%n entries", "", int(token)))
            index += 1
        elif "=" in token:
            key, _, value = token.partition("=")
            if key == "redaction":
                words.append(redaction_text(value))
            elif key == "referral":
                words.append(QCoreApplication.translate("AuditPage", "referral %1").replace("%1", value))
            elif key == "recipient":
                words.append(QCoreApplication.translate("AuditPage", "for %1").replace("%1", value.replace("_", " ")))
            else:
                words.append(token)
        elif "," in token or token in _SECTION_WORDS or token == "no-sections":
            words.append(QCoreApplication.translate("AuditPage", "sections: %1").replace(
                "%1", ", ".join(_section_words(name) for name in token.split(",") if name)))
        else:
            words.append(token)
        index += 1
    return " · ".join(words)


def _pack_words(detail: str) -> str | None:
    """``<pack id>@<version>`` of an organisation pack, in words."""
    if m := re.fullmatch(r"([\w.-]+)@([\w.-]+)", detail):
        return QCoreApplication.translate("AuditPage", "pack “%1”, version %2").replace("%1", m.group(1)).replace(
            "%2", m.group(2))
    return None


def detail_text(detail: str, event: str = "") -> str:
    """The stored (English, technical) detail of an entry in the interface's words; anything not
    recognised is shown exactly as written."""
    if event == "pack_import" and (pack := _pack_words(detail)) is not None:
        return pack
    if (keyed := _key_words(detail, event)) is not None:
        return keyed
    if event == "lock" and (why := _lock_words(detail)) is not None:
        return why
    if detail == "passphrase-only":
        return QCoreApplication.translate("AuditPage", "protected by the passphrase only (no keychain)")
    if detail == "access export (json, pdf)":
        return kind_text("access_export")
    if m := re.fullmatch(r"(\d+) failed attempt\(s\)", detail):
        return QCoreApplication.translate("AuditPage", "%n failed attempt(s)", "", int(m.group(1)))
    if detail == "keep":  # a conflict-of-interest decision (the reason itself stays on the case)
        return QCoreApplication.translate("AuditPage", "case kept, with a reason")
    if detail == "return":
        return QCoreApplication.translate("AuditPage", "returned to the coordinator; nothing about the doctor kept")
    handover = handover_detail_text(detail)
    if handover is not None:
        return handover
    if event == "case_status" and (m := re.fullmatch(r"([a-z_]+) -> ([a-z_]+)(?:; reason ([a-z_]+))?", detail)):
        return _status_change_text(m.group(1), m.group(2), m.group(3))
    if event == "contact_removed" and (m := re.fullmatch(r"empty contact of (\d{4}-\d{2}-\d{2})", detail)):
        return QCoreApplication.translate("AuditPage", "the empty contact of %1").replace("%1", dates_text(m.group(1)))
    if m := re.fullmatch(r"schema (\d+) -> (\d+)", detail):
        return QCoreApplication.translate("AuditPage", "database version %1 → %2").replace("%1", m.group(1)).replace("%2", m.group(2))
    kind, _, rest = detail.partition(" ")
    document = _document_words(kind, rest)
    return dates_text(detail) if document is None else document  # not a document: as written, dates local


_ISO = re.compile(r"\b(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?\b")


def _lock_words(reason: str) -> str | None:
    """Why the vault was locked (``vault.audit.LOCK_REASONS``), in words."""
    words = {
        "manual": QCoreApplication.translate("AuditPage", "by hand (lock button or Ctrl+L)"),
        "idle": QCoreApplication.translate("AuditPage", "after the idle time"),
        "quit": QCoreApplication.translate("AuditPage", "on quitting TrustDesk"),
        "suspend": QCoreApplication.translate("AuditPage", "before the computer went to sleep"),
        "reauth": QCoreApplication.translate("AuditPage", "after wrong passphrases before an export"),
        "restore": QCoreApplication.translate("AuditPage", "to restore a backup"),
        "switch": QCoreApplication.translate("AuditPage", "another vault was opened"),
    }
    return words.get(reason)


def dates_text(text: str) -> str:
    """Every ISO date (and date-time) in ``text`` in the interface's language (``case_labels``)."""
    from datetime import date, datetime

    from trustdesk.ui.kit.case_labels import date_text, datetime_text

    def local(m: re.Match[str]) -> str:
        try:
            if m.group(2):
                return datetime_text(datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}"))
            return date_text(date.fromisoformat(m.group(1)))
        except ValueError:
            return m.group(0)

    return _ISO.sub(local, text)


def _key_words(detail: str, event: str) -> str | None:
    """The details of key, exchange, backup and destruction entries in words (None: not one of them)."""
    if m := re.fullmatch(r"key (\w+) -> (\w+)", detail):  # pack_key_rotated
        return translate("AuditPage", "packs are now checked with key %2 instead of key %1").replace(
            "%1", m.group(1)[:16]).replace("%2", m.group(2)[:16])
    if event == "identity_created" and (m := re.fullmatch(r"key (\w+)", detail)):
        return translate("AuditPage", "key %1").replace("%1", m.group(1))
    if m := re.fullmatch(r"intake (\w+); from key (\w+)", detail):
        return translate("AuditPage", "intake %1, signed with key %2").replace("%1", m.group(1)[:8]).replace("%2", m.group(2))
    if m := re.fullmatch(r"(\S+); file (\w+); (\d+) cases; to key (\w+)", detail):  # figures_sent
        return (translate("AuditPage", "%1: file %2, %n case(s), for key %3", "", int(m.group(3))).replace("%1", m.group(1))
                .replace("%2", m.group(2)[:8]).replace("%3", m.group(4)))
    if m := re.fullmatch(r"new key (\w+) from (.+)", detail):
        return translate("AuditPage", "new key %1, from %2; not compared by phone yet").replace("%1", m.group(1)).replace(
            "%2", m.group(2))
    if m := re.fullmatch(r"confirmed key (\w+), replacing key (\w+)", detail):
        return translate("AuditPage", "key %1 compared by phone; it replaces key %2").replace("%1", m.group(1)).replace(
            "%2", m.group(2))
    if m := re.fullmatch(r"confirmed key (\w+)", detail):
        return translate("AuditPage", "key %1 compared by phone").replace("%1", m.group(1))
    if m := re.fullmatch(r"different key (\w+) from (.+), kept beside the confirmed key (\w+) until compared", detail):
        return (translate("AuditPage", "another key %1, from %2; kept beside the compared key %3 until it is compared by "
                                "phone").replace("%1", m.group(1)).replace("%2", m.group(2)).replace("%3", m.group(3)))
    if m := re.fullmatch(r"backup of (\S+)(.*)", detail, re.S):  # restore
        return translate("AuditPage", "from the backup of %1").replace("%1", dates_text(m.group(1))) + dates_text(m.group(2))
    if m := re.fullmatch(r"case (\S+) destroyed on (\S+)", detail):
        return translate("AuditPage", "case %1 destroyed on %2").replace("%1", m.group(1)).replace("%2", dates_text(m.group(2)))
    if event == "key_header_changed" and (slots := re.findall(r"(\w+) slot (missing|changed)", detail)):
        return "; ".join(translate("AuditPage", "%1: key slot removed").replace("%1", _slot_words(kind)) if what == "missing"
                         else translate("AuditPage", "%1: key slot changed").replace("%1", _slot_words(kind))
                         for kind, what in slots)
    if event == "audit_gap" and (m := re.fullmatch(r"(\w+): the log ends at (.+?), (its head record .+)", detail)):
        return _gap_words(m.group(1), m.group(2), m.group(3))
    if detail.startswith("new data key, database re-encrypted"):
        return translate("AuditPage", "new data key, database re-encrypted, new passphrase slot and recovery code")
    return None


def _gap_words(status: str, last: str, named: str) -> str:
    """An ``audit_gap`` entry: what was wrong with the head record, where the log ends, what the head named."""
    what = {"missing_tail": translate("AuditPage", "entries at the end of the log are missing"),
            "rewritten": translate("AuditPage", "the log was rewritten"),
            "deleted": translate("AuditPage", "the head record was deleted"),
            "unverifiable": translate("AuditPage", "the head record does not verify"),
            "rolled_back": translate("AuditPage", "an older copy was put back")}.get(status, status)
    last = last.replace("no entry", translate("AuditPage", "no entry"))
    if m := re.fullmatch(r"its head record named (#\d+) \w+ \((.+)\)", named):
        head = translate("AuditPage", "its head record named %1 (%2)").replace("%1", m.group(1)).replace(
            "%2", dates_text(m.group(2)))
    else:
        head = translate("AuditPage", "its head record is gone or does not verify")
    return translate("AuditPage", "%1: the log ends at %2; %3").replace("%1", what).replace("%2", dates_text(last)).replace(
        "%3", head)


def _slot_words(kind: str) -> str:
    return {"passphrase": QCoreApplication.translate("AuditPage", "passphrase"),
            "recovery": QCoreApplication.translate("AuditPage", "recovery code")}.get(kind, kind)


def _status_change_text(before: str, after: str, reason: str | None) -> str:
    """``intake -> active`` (``; reason …`` when closing) in the interface's words."""
    from trustdesk.domain.enums import CaseStatus, CloseReason
    from trustdesk.ui.kit.case_labels import close_reason_text
    from trustdesk.ui.kit.risk_badge import status_text

    try:
        text = QCoreApplication.translate("AuditPage", "%1 → %2").replace(
            "%1", status_text(CaseStatus(before))).replace("%2", status_text(CaseStatus(after)))
        if reason:
            text += QCoreApplication.translate("AuditPage", " (reason: %1)").replace(
                "%1", close_reason_text(CloseReason(reason)))
    except ValueError:
        return f"{before} -> {after}"
    return text


def _sections_text(names: str) -> str:
    from trustdesk.ui.security.handover_receive import included_text

    return ", ".join(included_text(n) for n in names.split(",") if n)


def handover_detail_text(detail: str) -> str | None:
    """A handover entry's detail in words (None: not a handover detail).  The file id is shortened
    to its first 8 characters, enough to match the two vaults' entries on the phone."""
    if not detail.startswith("file "):
        return None
    file_id, _, rest = detail[5:].partition("; ")
    short = file_id[:8]
    if m := re.fullmatch(r"successor ([^;]+); (.+)", rest):  # who took the cases over (handover_sender._to)
        said = handover_detail_text(f"file {file_id}; {m.group(2)}")
        return None if said is None else QCoreApplication.translate("AuditPage", "%1 (successor: %2)").replace(
            "%1", said).replace("%2", m.group(1))
    if m := re.fullmatch(r"case (\d+) of (\d+); sections (\S*)", rest):
        return (QCoreApplication.translate("AuditPage", "file %1, case %2 of %3; with: %4").replace("%1", short).replace("%2", m.group(1))
                .replace("%3", m.group(2)).replace("%4", _sections_text(m.group(3))))
    if m := re.fullmatch(r"case (\d+) of (\d+); was (\S+)(?:; current risk \w+)?", rest):
        return (QCoreApplication.translate("AuditPage", "file %1, case %2 of %3; was %4 at the predecessor").replace("%1", short)
                .replace("%2", m.group(1)).replace("%3", m.group(2)).replace("%4", m.group(3)))
    if rest == "replayed":
        return QCoreApplication.translate("AuditPage", "file %1 was already imported: refused, nothing imported").replace("%1", short)
    if rest == "kept minimum":
        return QCoreApplication.translate("AuditPage", "closed after the handover in file %1; only the minimum kept").replace("%1", short)
    if rest == "receipt confirmed":
        return QCoreApplication.translate("AuditPage", "the successor's receipt code for file %1 was checked").replace(
            "%1", short)
    if m := re.fullmatch(r"(\d+) cases; kept minimum", rest):
        return (QCoreApplication.translate("AuditPage", "file %1: erasing %n case(s) confirmed, only the minimum kept",
                                           "", int(m.group(1))).replace("%1", short))
    if rest == "kept full":
        return QCoreApplication.translate("AuditPage", "closed after the handover in file %1; kept in full").replace("%1", short)
    if m := re.fullmatch(r"sections (\S*)", rest):  # entries written before the per-case form
        return QCoreApplication.translate("AuditPage", "file %1; with: %2").replace("%1", short).replace("%2", _sections_text(m.group(1)))
    if m := re.fullmatch(r"from (.+)", rest):
        return QCoreApplication.translate("AuditPage", "file %1; previous codes, in order: %2").replace("%1", short).replace("%2", m.group(1))
    return None


def event_text(event: str) -> str:
    return event_words().get(event, event.replace("_", " ").capitalize())


def event_words() -> dict[str, str]:
    """Every kind of audit entry with its name in the interface's language."""
    return {
        "unlock": translate("audit", "Unlocked"),
        "unlock_failed": translate("audit", "Failed unlock attempts"),
        "unlock_recovery": translate("audit", "Unlocked with the recovery code"),
        "lock": translate("audit", "Locked"),
        "passphrase_changed": translate("audit", "Passphrase changed"),
        "vault_created": translate("audit", "Vault created"),
        "vault_migrated": translate("audit", "Vault updated to a new version"),
        "export": translate("audit", "Saved or exported"),
        "print": translate("audit", "Printed"),
        "backup": translate("audit", "Backup made"),
        "restore": translate("audit", "Restored from a backup"),
        "pack_import": translate("audit", "Organisation pack imported"),
        "case_destroyed": translate("audit", "Case destroyed"),
        "handover_sent": translate("audit", "Handed over"),
        "handover_received": translate("audit", "Received by handover"),
        "handover_refused": translate("audit", "Handover file refused"),
        "handover_closed": translate("audit", "Closed after handover"),
        "handover_receipt": translate("audit", "Handover receipt confirmed"),
        "handover_erase_confirmed": translate("audit", "Erasing after handover confirmed"),
        "pack_key_rotated": translate("audit", "Pack signing key changed"),
        "conflict_decision": translate("audit", "Conflict of interest decided"),
        "case_status": translate("audit", "Case status changed"),
        "contact_removed": translate("audit", "Empty contact removed"),
        "recovery_code_changed": translate("audit", "New recovery code made"),
        "vault_rekeyed": translate("audit", "Vault re-encrypted with a new key"),
        "key_header_changed": translate("audit", "Key file changed outside TrustDesk"),
        "audit_gap": translate("audit", "Log entries missing"),
        "intake_sent": translate("audit", "Case sent to a trust person"),
        "intake_received": translate("audit", "Case received from the coordinator"),
        "figures_sent": translate("audit", "Activity figures sent"),
        "identity_created": translate("audit", "Exchange key made"),
        "coordinator_card": translate("audit", "Coordinator key recorded"),
    }


EVENTS = (
    "unlock",
    "unlock_failed",
    "unlock_recovery",
    "lock",
    "passphrase_changed",
    "vault_created",
    "vault_migrated",
    "export",
    "print",
    "backup",
    "restore",
    "pack_import",
    "case_destroyed",
    "handover_sent",
    "handover_received",
    "handover_refused",
    "handover_closed",
    "handover_receipt",
    "handover_erase_confirmed",
    "conflict_decision",
    "case_status",
    "recovery_code_changed",
    "vault_rekeyed",
    "key_header_changed",
    "audit_gap",
    "intake_sent",
    "intake_received",
    "figures_sent",
    "identity_created",
    "coordinator_card",
    "pack_key_rotated",
    "contact_removed",
)
