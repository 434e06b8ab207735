"""An editor's text a lock could not write: kept safe over the lock, written at the next unlock.

A lock always locks (``Vault._flush_before_lock``: a save that fails there neither stops the lock nor
keeps the key in memory).  What the person typed is not dropped either: the autosave's snapshot is sealed
under the vault's own key (``Vault.seal``) before the lock zeroes that key, so all that stays in memory is
ciphertext nobody can read without the passphrase, and nothing reaches the disk in the clear.  The next
unlock of the same vault opens it and writes it with the editor's own ``write`` (``write_kept``); either
way the person is told after the unlock (``DraftFate``, the "Locked while you were typing" box).  Only
this process holds it: quitting after such a lock loses it (said in the log, never with its content).
"""

from __future__ import annotations

import logging
import pickle  # noqa: S403 - only what this process sealed under the vault's key (authenticated) is unpickled
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trustdesk.ui.kit.lock_bound import DraftFate
    from trustdesk.vault import Vault

log = logging.getLogger(__name__)

Write = Callable[["Vault", Any], Any]
_KEPT: dict[Path, list[tuple[Write, bytes]]] = {}


def keep(vault: Vault, write: Write, snapshot: Any) -> None:
    """``snapshot`` (what ``write(vault, snapshot)`` failed to write at this lock) sealed and kept in memory."""
    plain = bytearray(pickle.dumps(snapshot))
    try:
        sealed = vault.seal(bytes(plain))
    finally:
        plain[:] = bytes(len(plain))
    _KEPT.setdefault(vault.data_dir.resolve(), []).append((write, sealed))
    log.warning("a save failed at the lock: what it held is kept, sealed, until the next unlock")


def kept() -> int:
    """How many texts are kept, sealed, for an unlock to come."""
    return sum(len(texts) for texts in _KEPT.values())


def write_kept(vault: Vault) -> list[DraftFate]:
    """At the unlock of ``vault``: what a lock of it kept, written now; what became of each, for the person."""
    from PySide6.QtCore import QCoreApplication

    from trustdesk.ui.kit.lock_bound import DraftFate

    fates = []
    for write, sealed in _KEPT.pop(vault.data_dir.resolve(), []):
        try:
            write(vault, pickle.loads(vault.unseal(sealed)))  # noqa: S301 - sealed by this process (above)
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
    from PySide6.QtCore import QCoreApplication

    from trustdesk.ui.kit.lock_bound import DraftFate

    return DraftFate("", QCoreApplication.translate(
        "kept_at_lock", "Something you had typed could not be saved when TrustDesk locked, and could not be "
                        "kept: check your last note and type what is missing again."), kept=False, whole=True)
