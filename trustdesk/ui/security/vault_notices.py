"""What opening the vault found and the user must hear, right after unlock (issue 17, items 9, 14, 20).

- the disk is full: the vault is open read-only until space is freed;
- the vault ends before its last recorded change (the audit head names later entries): what is
  missing and which backup holds it;
- keyslots.json holds no recovery slot: a warning and the offer of a new recovery code;
- the write-ahead log was damaged: where the copy kept aside before the open wrote anything is;
- the first-run wizard was left before the recovery code was confirmed: said at every unlock until a
  new code is made (or the vault is opened with that code);
- the profile lacks the name or the contact line the letters carry: said until it is filled in,
  a week after each "Later" (``queries.profile_reminder_due``).

Said in the main window's notice bar (``kit/notice_bar.py``), never in a dialog: the first keys typed
after the unlock go to the first page (outside tester: a modal "Please read" box took them at every
unlock, and Escape did not close it).  ``VaultNotices`` fills the bar and takes a reminder away as
soon as the vault says it was acted on (a new recovery code, a profile saved in Settings).  What is
found is read in ``queries.py`` (``opening_found``); the words are here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from trustdesk.ui.kit.case_labels import iso_text
from trustdesk.ui.kit.notice_bar import NoticeBar, NoticeTexts
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.security.queries import (
    AUDIT_GAP,
    CODE_UNCONFIRMED,
    LOG_KEPT,
    NO_RECOVERY,
    PROFILE,
    READ_ONLY,
    REMINDERS,
    Found,
    profile_later,
    still_due,
)

if TYPE_CHECKING:
    from trustdesk.vault.events import Change

__all__ = ["AUDIT_GAP", "CODE_UNCONFIRMED", "LOG_KEPT", "NO_RECOVERY", "PROFILE", "READ_ONLY", "VaultNotices",
           "notice_text", "texts"]

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
NEW_CODE = (NO_RECOVERY, CODE_UNCONFIRMED)


def _when(value: str) -> str:
    return iso_text(value) if value else "?"


def _gap_text(args: tuple[str, ...]) -> str:
    how, missing, head_at, last_at, head_seq, held, held_at = args
    if how == "forged":  # the head record deleted, forged or put back
        said = translate("vault_notices", "The audit log's head record, kept beside the vault, was "
                         "deleted, does not verify or was replaced by an older copy, outside TrustDesk. The log "
                         "now ends at %1; entries after that could have been removed without a trace. Compare it "
                         "with the audit stamps in documents you sent and with your backups.").replace(
                             "%1", _when(last_at))
    elif how == "missing":
        said = translate("vault_notices", "The vault ends before its last recorded change: %n entr(y/ies) of the "
                         "audit log are missing (the last recorded change was at %1; the vault now ends at %2). "
                         "Changes made after %2 may be lost.", None, int(missing)).replace(
                             "%1", _when(head_at)).replace("%2", _when(last_at))
    else:
        said = translate("vault_notices", "The audit log does not match its last recorded change (entry %1): it "
                         "was rewritten outside TrustDesk.").replace("%1", head_seq)
    if held:
        return said + " " + translate("vault_notices", "The backup %1 (made %2) holds what is missing; Restore "
                                      "in Settings brings it back (the current vault is kept aside).").replace(
                                          "%1", held).replace("%2", _when(held_at))
    return said + " " + translate("vault_notices", "No backup in the backup folder holds it.")


def _profile_text(missing: str) -> str:
    return {
        "name": translate("vault_notices", "Your profile has no name: your referral letters go out unsigned. "
                          "Fill it in under Settings (Ctrl+,), “Letters are signed by”."),
        "contact": translate("vault_notices", "Your profile has no contact line: your referral letters go out "
                             "without your phone number or e-mail address. Fill it in under Settings (Ctrl+,), "
                             "“Letters are signed by”."),
    }.get(missing, translate("vault_notices", "Your profile has no name and no contact line: your referral "
                             "letters go out without a sender. Fill it in under Settings (Ctrl+,), “Letters are "
                             "signed by”."))


def notice_text(found: Found) -> str:
    """The sentence for one thing found, in the language of the moment."""
    if found.kind == READ_ONLY:
        return translate("vault_notices", "Disk full: read-only until space is freed. You can read every case, "
                         "but nothing you change can be saved. Free some space on this disk, then lock and unlock "
                         "again.")
    if found.kind == AUDIT_GAP:
        return _gap_text(found.args)
    if found.kind == LOG_KEPT:
        return translate("vault_notices", "The vault's write-ahead log (its most recent changes) was damaged or "
                         "cut short: changes after the damage cannot be read. Before anything was written, a copy "
                         "of the vault with that log, still encrypted, was kept aside in the data folder as %1. "
                         "Keep it: it is the evidence, and it may hold what is missing.").replace("%1", found.args[0])
    if found.kind == NO_RECOVERY:
        return translate("vault_notices", "This vault has no recovery code: if the passphrase or this computer's "
                         "keychain is lost, nothing else opens it. Make a new recovery code now and keep it on "
                         "paper.")
    if found.kind == CODE_UNCONFIRMED:
        return translate("vault_notices", "The set-up was left before you confirmed that you wrote down the "
                         "recovery code, which is shown only once. If you forget the passphrase, only that code "
                         "opens this vault. Make a new recovery code now and keep it on paper.")
    return _profile_text(found.args[0] if found.args else "both")


def texts(found: list[Found]) -> list[str]:
    """The sentences, most urgent first."""
    return [notice_text(item) for item in found]


def _row_texts(found: Found) -> NoticeTexts:
    text = notice_text(found)
    if found.kind in NEW_CODE:
        return NoticeTexts(text, translate("vault_notices", "Later"),
                           translate("vault_notices", "Later: said again at the next unlock"),
                           translate("vault_notices", "Make a new recovery code…"),
                           translate("vault_notices", "Make a new recovery code"))
    if found.kind == PROFILE:
        return NoticeTexts(text, translate("vault_notices", "Later"),
                           translate("vault_notices", "Later: said again in a week"),
                           translate("vault_notices", "Fill in my profile…"),
                           translate("vault_notices", "Fill in my profile"))
    return NoticeTexts(text, translate("vault_notices", "Close"), translate("vault_notices", "Close this notice"))


class VaultNotices(QObject):
    """The notices of one unlock in the main window's bar: its actions, its "Later", and each
    reminder taken away once the vault no longer asks for it."""

    def __init__(self, bar: NoticeBar, session: VaultSession, found: list[Found],
                 make_recovery_code: Callable[[], None], fill_profile: Callable[[], None]) -> None:
        super().__init__(bar)
        self.bar = bar
        self.session = session
        self._actions = {NO_RECOVERY: make_recovery_code, CODE_UNCONFIRMED: make_recovery_code,
                         PROFILE: fill_profile}
        for item in found:
            bar.put(item.kind, functools.partial(_row_texts, item), urgent=item.kind != PROFILE)
        bar.acted.connect(self._acted)
        bar.closed.connect(self._closed)
        session.changed.connect(self._on_change)

    def _acted(self, kind: str) -> None:
        action = self._actions.get(kind)
        if action is not None:
            action()

    def _closed(self, kind: str) -> None:
        if kind == PROFILE and self.session.is_unlocked:  # (read-only: said again at the next unlock)
            VaultOp(self, lambda v: profile_later(v, date.today()), session=self.session).failure(
                lambda _exc, _sentence: None).run()

    def _on_change(self, change: Change) -> None:
        from trustdesk.vault.events import Table

        shown = [kind for kind in self.bar.keys() if kind in REMINDERS]
        if shown and change.table in (Table.SETTINGS, Table.AUDIT) and self.session.is_unlocked:
            # in a worker: a setting written beside a running backup waits for the database (a read here
            # held the UI thread 1.6 s at Back up now: make bench's stall drive)
            VaultOp(self, still_due, session=self.session).success(self._due).failure(
                lambda _exc, _sentence: None).run_in_background()

    def _due(self, due: set[str]) -> None:
        for kind in self.bar.keys():
            if kind in REMINDERS and kind not in due:
                self.bar.remove(kind)
