"""What opening the vault found and the user must hear, right after unlock (issue 17, items 9, 14, 20).

- the disk is full: the vault is open read-only until space is freed;
- the vault ends before its last recorded change (the audit head names later entries): what is
  missing and which backup holds it;
- keyslots.json holds no recovery slot: a warning and the offer of a new recovery code;
- the write-ahead log was damaged: where the copy kept aside before the open wrote anything is;
- the first-run wizard was left after the vault was made: a recovery code never confirmed (said at
  every unlock until a new code is made) and an empty profile (said once).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trustdesk.ui.kit.case_labels import iso_text
from trustdesk.ui.security.queries import (
    code_confirmed,
    code_unconfirmed,
    new_code_wanted,
    profile_reminded,
    profile_skipped,
)

if TYPE_CHECKING:
    from trustdesk.vault import Vault


def _when(value: str) -> str:
    return iso_text(value) if value else "?"


def notices(vault: Vault) -> list[str]:
    """The sentences to show after this unlock, most urgent first (empty: nothing to say)."""
    said: list[str] = []
    if vault.read_only:
        said.append(QCoreApplication.translate("vault_notices", "Disk full: read-only until space is freed. You can read every case, but nothing you "
                        "change can be saved. Free some space on this disk, then lock and unlock again."))
    gap = vault.audit_gap
    if gap is not None:
        last_at = _when(gap.last.at) if gap.last else "?"
        if gap.head is None or not gap.truncated:  # the head record deleted, forged or put back
            text = QCoreApplication.translate("vault_notices", "The audit log's head record, kept beside the vault, was "
                       "deleted, does not verify or was replaced by an older copy, outside TrustDesk. The log "
                       "now ends at %1; entries after that could have been removed without a trace. Compare it "
                       "with the audit stamps in documents you sent and with your backups.").replace("%1", last_at)
        elif gap.missing:
            text = QCoreApplication.translate("vault_notices", "The vault ends before its last recorded change: %n entr(y/ies) of the audit log are "
                       "missing (the last recorded change was at %1; the vault now ends at %2). Changes made "
                       "after %2 may be lost.", None, gap.missing).replace("%1", _when(gap.head.at)).replace("%2", last_at)
        else:
            text = QCoreApplication.translate("vault_notices", "The audit log does not match its last recorded change (entry %1): it was rewritten "
                       "outside TrustDesk.").replace("%1", str(gap.head.seq))
        from trustdesk.vault.backup import backups_holding

        holding = backups_holding(vault, gap.last.seq if gap.last else 0)
        if holding:
            path, header = holding[0]
            text += " " + QCoreApplication.translate("vault_notices", "The backup %1 (made %2) holds what is missing; Restore in Settings brings it back "
                              "(the current vault is kept aside).").replace("%1", path.name).replace(
                                  "%2", _when(header.created))
        else:
            text += " " + QCoreApplication.translate("vault_notices", "No backup in the backup folder holds it.")
        said.append(text)
    if vault.log_kept_aside is not None:
        said.append(QCoreApplication.translate("vault_notices", "The vault's write-ahead log (its most recent changes) "
                        "was damaged or cut short: changes after the damage cannot be read. Before anything was "
                        "written, a copy of the vault with that log, still encrypted, was kept aside in the data "
                        "folder as %1. Keep it: it is the evidence, and it may hold what is missing.").replace(
                            "%1", vault.log_kept_aside.name))
    if vault.recovery_slot_missing:
        said.append(QCoreApplication.translate("vault_notices", "This vault has no recovery code: if the passphrase or this computer's keychain is lost, "
                        "nothing else opens it. Make a new recovery code now and keep it on paper."))
    elif code_unconfirmed(vault):
        said.append(QCoreApplication.translate("vault_notices", "The set-up was left before you confirmed that "
                        "you wrote down the recovery code, which is shown only once. If you forget the passphrase, "
                        "only that code opens this vault. Make a new recovery code now and keep it on paper."))
    if profile_skipped(vault):
        said.append(QCoreApplication.translate("vault_notices", "Your profile is not filled in (the set-up was "
                        "left before that step): your referral letters go out without a sender name or contact "
                        "line. Fill it in under Settings."))
    return said


def show_notices(parent: QWidget, vault: Vault, make_recovery_code: Callable[[], None],
                 fill_profile: Callable[[], None] | None = None) -> QMessageBox | None:
    """One window-modal message with every notice; with a 'Make a new recovery code' button when
    the recovery slot is missing or its code was never confirmed, a 'Fill in my profile' one when the
    set-up skipped it.  Returns the box (shown with ``open``), or None."""
    if vault.opened_with_recovery and code_unconfirmed(vault):
        from trustdesk.vault.errors import VaultError

        try:  # opened with it: the person has the code in hand
            code_confirmed(vault)
        except VaultError:
            pass
    said = notices(vault)
    if not said:
        return None
    profile = profile_skipped(vault)
    if profile:
        from trustdesk.vault.errors import VaultError

        try:
            profile_reminded(vault)  # said once; Settings keeps the profile
        except VaultError:  # read-only: said again next time
            pass
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("vault_notices", "Please read"), "\n\n".join(said), QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("vaultNoticeBox")
    box.setAccessibleName(QCoreApplication.translate("vault_notices", "Please read"))
    if profile and fill_profile is not None:
        fill = box.addButton(QCoreApplication.translate("vault_notices", "Fill in my profile…"),
                             QMessageBox.ButtonRole.AcceptRole)
        fill.setObjectName("noticeFillProfileButton")
        fill.setAccessibleName(QCoreApplication.translate("vault_notices", "Fill in my profile"))
        fill.clicked.connect(fill_profile)
    if new_code_wanted(vault):
        button = box.addButton(QCoreApplication.translate("vault_notices", "Make a new recovery code…"), QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("noticeNewRecoveryCodeButton")
        button.setAccessibleName(QCoreApplication.translate("vault_notices", "Make a new recovery code"))
        button.clicked.connect(make_recovery_code)
    box.open()
    return box
