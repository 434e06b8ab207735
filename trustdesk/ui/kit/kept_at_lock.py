"""An editor's text a lock could not write, written at the next unlock, and what became of it said.

A lock always locks (``Vault._flush_before_lock``: a save that fails there neither stops the lock nor
keeps the key in memory).  What the person typed is not dropped either: the autosave seals its snapshot
under the vault's own key before the lock zeroes that key (``vault/sealed_memory.py``), so all that stays
in memory is ciphertext nobody can read without the passphrase, and nothing reaches the disk in the clear.
The next unlock of the same vault writes it with the editor's own ``write`` (``write_kept``); either way
the person is told after the unlock (``DraftFate``, the "Locked while you were typing" box).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from trustdesk.ui.kit.lock_bound import DraftFate
    from trustdesk.vault import Vault

log = logging.getLogger(__name__)


def write_kept(vault: Vault) -> list[DraftFate]:
    """At the unlock of ``vault``: what a lock of it kept, written now; what became of each, for the person."""
    from trustdesk.ui.kit.lock_bound import DraftFate
    from trustdesk.vault import sealed_memory

    fates = []
    for write, sealed in sealed_memory.take(vault):
        try:
            write(vault, sealed_memory.opened(vault, sealed))
        except Exception as exc:  # noqa: BLE001 - said to the person; the log names the kind only
            log.warning("what a lock kept could not be written at the unlock (%s)", type(exc).__name__)
            fates.append(lost_at_lock())
        else:
            fates.append(DraftFate("", QCoreApplication.translate(
                "kept_at_lock", "A note could not be saved when TrustDesk locked. What you had typed was kept, "
                                "encrypted, until this unlock and is saved now: check it."), kept=True, whole=True))
    return fates


def lost_at_lock() -> DraftFate:
    """What is said when a save failed at the lock and what it held could not be kept."""
    from trustdesk.ui.kit.lock_bound import DraftFate

    return DraftFate("", QCoreApplication.translate(
        "kept_at_lock", "Something you had typed could not be saved when TrustDesk locked, and could not be "
                        "kept: check your last note and type what is missing again."), kept=False, whole=True)
