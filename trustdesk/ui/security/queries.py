"""What the security feature reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustdesk.domain.models import AuditEntry
    from trustdesk.vault import Vault
    from trustdesk.vault.audit import AuditFilter
    from trustdesk.vault.backup import LastBackup
    from trustdesk.vault.cases import CaseOverview
    from trustdesk.vault.handover import HandoverPreview

MAX_SHOWN = 5000  # the audit page shows at most this many entries (the newest)


def read_entries(vault: Vault, filters: AuditFilter) -> tuple[list[AuditEntry], int]:
    """The newest ``MAX_SHOWN`` entries that match, newest first, and how many match in all."""
    matching = [
        e for e in vault.audit.entries(event=filters.event, case_code=filters.case_code) if filters.matches(e)
    ]
    return matching[:MAX_SHOWN], len(matching)


def open_for_preview(vault: Vault, data: bytes, code: str) -> tuple[HandoverPreview, dict[str, str]]:
    """``open_handover`` and, for each case code in the file, the local code of a case received
    earlier under that code (the receive dialog's preview says which cases are already here)."""
    from trustdesk.domain.enums import CaseOrigin
    from trustdesk.vault.handover import open_handover

    preview = open_handover(vault, data, code)
    codes = {str(c.get("code", "")) for c in preview.cases}
    here = {case.previous_code: case.code for case in vault.cases.list()
            if case.origin is CaseOrigin.HANDOVER and case.previous_code in codes}
    return preview, here


def handover_candidates(vault: Vault) -> tuple[list[CaseOverview], dict[str, str]]:
    """The open cases for the handover picker, and for each case already in a handover file this vault
    sent, the date (ISO) of the first such file: the picker shows those disabled, never offers them again."""
    from trustdesk.vault.handover_sender import sent_handovers

    sent: dict[str, str] = {}
    for handover in sorted(sent_handovers(vault), key=lambda h: h.at):
        for code in handover.codes:
            sent.setdefault(code, handover.at)
    return vault.cases.overview(include_closed=False), sent


def last_backup(vault: Vault) -> LastBackup | None:
    """The last backup attempt, from its one source (the vault's ``backup.last`` setting)."""
    from trustdesk.vault.backup import BackupService

    return BackupService(vault).last_result()


# -- the first run's unfinished steps (wizard.py writes them, vault_notices.py says them) --------------

def setup_begun(vault: Vault) -> None:
    """Right after the wizard made the vault: its recovery code not yet confirmed, its set-up unfinished.
    Cleared step by step as the wizard goes on; a wizard left (or killed) on the way leaves them set."""
    from trustdesk.vault.settings import SETUP_UNCONFIRMED_CODE, SETUP_UNFINISHED

    with vault.transaction():
        vault.settings.set_value(SETUP_UNCONFIRMED_CODE, vault.recovery_fingerprint)
        vault.settings.set_value(SETUP_UNFINISHED, True)


def code_confirmed(vault: Vault) -> None:
    """The person ticked "I have written down or printed the recovery code" and went on."""
    from trustdesk.vault.settings import SETUP_UNCONFIRMED_CODE

    vault.settings.set_value(SETUP_UNCONFIRMED_CODE, "")


def setup_finished(vault: Vault) -> None:
    from trustdesk.vault.settings import SETUP_UNCONFIRMED_CODE, SETUP_UNFINISHED

    with vault.transaction():
        vault.settings.set_value(SETUP_UNCONFIRMED_CODE, "")
        vault.settings.set_value(SETUP_UNFINISHED, False)


def code_unconfirmed(vault: Vault) -> bool:
    """The recovery code in force is the one the first run showed and nobody confirmed; a new recovery
    code (Settings, a re-key) changes the slot, and with it this answer."""
    from trustdesk.vault.settings import SETUP_UNCONFIRMED_CODE

    shown = vault.settings.value(SETUP_UNCONFIRMED_CODE)
    return bool(shown) and shown == vault.recovery_fingerprint


def profile_skipped(vault: Vault) -> bool:
    """The wizard was left before its profile step was finished and the profile is still empty."""
    from trustdesk.vault.settings import SETUP_UNFINISHED

    return vault.settings.value(SETUP_UNFINISHED) and vault.settings.profile().is_empty


PROFILE_REMIND_DAYS = 7  # "Later" to the incomplete profile's reminder: said again a week on


def profile_missing(vault: Vault) -> str:
    """What the letters lack of the profile: "" (name and contact line there), "name", "contact" or "both"."""
    profile = vault.settings.profile()
    return {(False, False): "both", (False, True): "name", (True, False): "contact"}.get(
        (bool(profile.name), bool(profile.contact)), "")


def profile_reminder_due(vault: Vault, today: date) -> bool:
    """The profile lacks the name or the contact line and nobody said "Later" to it within
    ``PROFILE_REMIND_DAYS`` (a date ahead of ``today``, a clock set back, counts as no date)."""
    from trustdesk.vault.settings import PROFILE_REMINDER_LATER

    if not profile_missing(vault):
        return False
    try:
        later = date.fromisoformat(vault.settings.value(PROFILE_REMINDER_LATER))
    except ValueError:
        return True
    return later > today or (today - later).days >= PROFILE_REMIND_DAYS


def profile_later(vault: Vault, today: date) -> None:
    """The person said "Later" to the incomplete profile's reminder on ``today``."""
    from trustdesk.vault.settings import PROFILE_REMINDER_LATER

    vault.settings.set_value(PROFILE_REMINDER_LATER, today.isoformat())


# -- what the unlock found and what is still to do (vault_notices.py says them) ------------------------

READ_ONLY, AUDIT_GAP, LOG_KEPT = "read_only", "audit_gap", "log_kept"
NO_RECOVERY, CODE_UNCONFIRMED, PROFILE = "no_recovery", "recovery_code", "profile"
REMINDERS = (NO_RECOVERY, CODE_UNCONFIRMED, PROFILE)  # they go once acted on; the rest are this open's facts


@dataclass(frozen=True, slots=True)
class Found:
    """One thing the unlock has to say: its kind and what its sentence names (no words: those are
    the UI's).  An audit gap: (how: "forged", "missing" or "rewritten", the entries missing, the head's
    time, the last entry's time, the head's number, the backup holding it or "", that backup's time);
    a log kept aside: (the copy's name); the profile: (what it lacks: "name", "contact" or "both")."""

    kind: str
    args: tuple[str, ...] = ()


def _gap(vault: Vault) -> Found | None:
    gap = vault.audit_gap
    if gap is None:
        return None
    from trustdesk.vault.backup import backups_holding

    head = gap.head
    how = "forged" if head is None or not gap.truncated else "missing" if gap.missing else "rewritten"
    holding = backups_holding(vault, gap.last.seq if gap.last else 0)
    held = (holding[0][0].name, holding[0][1].created) if holding else ("", "")
    return Found(AUDIT_GAP, (how, str(gap.missing), head.at if head else "", gap.last.at if gap.last else "",
                             str(head.seq) if head else "?", *held))


def opening_found(vault: Vault, today: date) -> list[Found]:
    """What to say after this unlock, most urgent first (empty: nothing to say)."""
    found: list[Found] = [Found(READ_ONLY)] if vault.read_only else []
    gap = _gap(vault)
    if gap is not None:
        found.append(gap)
    if vault.log_kept_aside is not None:
        found.append(Found(LOG_KEPT, (vault.log_kept_aside.name,)))
    if vault.recovery_slot_missing:
        found.append(Found(NO_RECOVERY))
    elif code_unconfirmed(vault):
        found.append(Found(CODE_UNCONFIRMED))
    if profile_reminder_due(vault, today):
        found.append(Found(PROFILE, (profile_missing(vault),)))
    return found


def after_unlock(vault: Vault, today: date) -> list[Found]:
    """``opening_found`` for the vault just opened; opened with the recovery code, that code was kept."""
    if vault.opened_with_recovery and code_unconfirmed(vault):
        from trustdesk.vault.errors import VaultError

        try:  # opened with it: the person has the code in hand
            code_confirmed(vault)
        except VaultError:
            pass
    return opening_found(vault, today)


def still_due(vault: Vault) -> set[str]:
    """The reminders the vault still asks for (the facts of this open left out)."""
    due = {NO_RECOVERY} if vault.recovery_slot_missing else {CODE_UNCONFIRMED} if code_unconfirmed(vault) else set()
    return due | ({PROFILE} if profile_missing(vault) else set())
