"""What the security feature reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

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


def new_code_wanted(vault: Vault) -> bool:
    """No recovery slot, or its code was never confirmed: the notice offers a new recovery code."""
    return vault.recovery_slot_missing or code_unconfirmed(vault)


def profile_skipped(vault: Vault) -> bool:
    """The wizard was left before its profile step was finished and the profile is still empty."""
    from trustdesk.vault.settings import SETUP_UNFINISHED

    return vault.settings.value(SETUP_UNFINISHED) and vault.settings.profile().is_empty


def profile_reminded(vault: Vault) -> None:
    """The skipped profile was said once after an unlock: not again (Settings keeps it)."""
    from trustdesk.vault.settings import SETUP_UNFINISHED

    vault.settings.set_value(SETUP_UNFINISHED, False)
