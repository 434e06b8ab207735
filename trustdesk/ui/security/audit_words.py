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
    if m := re.fullmatch(r"schema (\d+) -> (\d+)", detail):
        return QCoreApplication.translate("AuditPage", "database version %1 → %2").replace("%1", m.group(1)).replace("%2", m.group(2))
    kind, _, rest = detail.partition(" ")
    document = _document_words(kind, rest)
    return detail if document is None else document  # not a document that left the vault: as written


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
    if rest == "kept full":
        return QCoreApplication.translate("AuditPage", "closed after the handover in file %1; kept in full").replace("%1", short)
    if m := re.fullmatch(r"sections (\S*)", rest):  # entries written before the per-case form
        return QCoreApplication.translate("AuditPage", "file %1; with: %2").replace("%1", short).replace("%2", _sections_text(m.group(1)))
    if m := re.fullmatch(r"from (.+)", rest):
        return QCoreApplication.translate("AuditPage", "file %1; previous codes, in order: %2").replace("%1", short).replace("%2", m.group(1))
    return None


def event_text(event: str) -> str:
    return {
        "unlock": translate("audit", "Unlocked"),
        "unlock_failed": translate("audit", "Failed unlock attempts"),
        "unlock_recovery": translate("audit", "Unlocked with the recovery code"),
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
        "conflict_decision": translate("audit", "Conflict of interest decided"),
        "case_status": translate("audit", "Case status changed"),
        "recovery_code_changed": translate("audit", "New recovery code made"),
        "vault_rekeyed": translate("audit", "Vault re-encrypted with a new key"),
        "key_header_changed": translate("audit", "Key file changed outside TrustDesk"),
        "audit_gap": translate("audit", "Log entries missing"),
        "intake_sent": translate("audit", "Case sent to a trust person"),
        "intake_received": translate("audit", "Case received from the coordinator"),
        "figures_sent": translate("audit", "Activity figures sent"),
        "identity_created": translate("audit", "Exchange key made"),
        "coordinator_card": translate("audit", "Coordinator key recorded"),
    }.get(event, event.replace("_", " ").capitalize())


EVENTS = (
    "unlock",
    "unlock_failed",
    "unlock_recovery",
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
)
