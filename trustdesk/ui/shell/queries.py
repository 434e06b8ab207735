"""What the shell reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustdesk.build_info import Checkout
    from trustdesk.packs.installation import ActivePack
    from trustdesk.packs.release import Notice
    from trustdesk.vault import Vault


def release_state(vault: Vault) -> ReleaseState:
    from trustdesk import build_info
    from trustdesk.packs.installation import active_pack, announced_release
    from trustdesk.packs.release import notice_for

    built = build_info.build_date()
    return ReleaseState(build_info.version(), built, active_pack(vault),
                        notice_for(announced_release(vault), build_info.version()),
                        None if built else build_info.checkout())


@dataclass(frozen=True)
class ReleaseState:
    version: str
    build_date: str  # "" for a development build
    pack: ActivePack | None  # the last imported pack, else the built-in starter directory
    notice: Notice | None
    checkout: Checkout | None = None  # a development version: the source checkout's commit, if git says


@dataclass(frozen=True)
class Hit:
    case_id: int | None  # None: a task without a case
    case_code: str  # "" without a case
    alias: str  # the case's private alias (shown beside the code unless hidden)
    contact_id: int | None
    contact_at: datetime | None
    snippet: str
    kind: str = "note"  # "note", "case" (its details), "task", "plan" (the safety plan)
    task_id: int | None = None  # a task's hit: opening it opens the task


@dataclass(frozen=True)
class Found:
    """The hits of one search (the best ``limit``) and how many there are in all."""

    hits: list[Hit]
    total: int


def find(vault: Vault, text: str, limit: int = 100) -> Found:
    hits = []
    aliases: dict[int, str] = {}
    results = vault.search_counted(text, limit)
    for hit in results.hits:
        at = None
        if hit.contact_id is not None:
            contact = vault.contacts.get(hit.contact_id)
            at = contact.at if contact else None
        if hit.case_id is not None and hit.case_id not in aliases:
            case = vault.cases.get(hit.case_id)
            aliases[hit.case_id] = case.alias if case else ""
        alias = aliases.get(hit.case_id, "") if hit.case_id is not None else ""
        hits.append(Hit(hit.case_id, hit.case_code, alias, hit.contact_id, at, hit.snippet, hit.kind, hit.task_id))
    return Found(hits, results.total)


def change_then_back_up(vault: Vault, old: str, new: str) -> tuple[str, str] | None:
    """Change the passphrase, then -- when a backup folder is set -- write a fresh backup at once, so a
    backup exists that opens with the new passphrase: None (no folder), (file name, "") or ("", why not)."""
    from trustdesk.vault.backup import BackupService
    from trustdesk.vault.backup_file import BackupFailed

    vault.change_passphrase(old, new)
    service = BackupService(vault)
    if service.folder() is None:
        return None
    try:
        result = service.run_automatic()
    except (BackupFailed, OSError) as exc:
        return "", str(exc)
    return result.path.name, ""
