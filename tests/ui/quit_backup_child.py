"""Quits right after a change, in its own process, and ends as the app does: for the test that the
process waits for the lock's thread (tests/ui/test_lock_backup_in_thread.py).

    python tests/ui/quit_backup_child.py DATA_DIR  < passphrase

Unlocks the vault (its backup folder chosen), adds a case, locks with "quit" through the session with
the backup runner, the backup's write slowed by SLOW seconds, prints ``LOCKED <vault.is_locked>`` when
the lock returns, then ends with ``trustdesk/app.py``'s own end of the run: it waits for the vault's closes
(``closing.wait_for_closes``), a notice on screen meanwhile, and prints ``NOTICE <shown>``.  The interpreter's own wait for a thread that is not a
daemon comes too late: by then ``concurrent.futures`` refuses new work ("cannot schedule new futures
after interpreter shutdown") and the backup, which hashes in a pool, fails.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

SLOW = 1.0
APP: list[QApplication] = []  # alive until the interpreter ends, as the app's is until main returns


def main() -> int:
    from trustdesk.ui.kit.refcount_fix import keep_singletons_alive

    keep_singletons_alive()  # this child is its own entry point
    data_dir = Path(sys.argv[1])
    passphrase = sys.stdin.readline().rstrip("\n")
    APP.append(QApplication(sys.argv[:1]))
    from trustdesk.domain.models import Case
    from trustdesk.ui.kit.session import VaultSession
    from trustdesk.ui.security.backup_runner import BackupRunner
    from trustdesk.vault import Keychain, Vault
    from trustdesk.vault import backup as backup_module

    original = backup_module.write_backup

    def slow_write(vault: Vault, target: Path) -> backup_module.BackupResult:
        time.sleep(SLOW)
        return original(vault, target)

    backup_module.write_backup = slow_write  # type: ignore[assignment]
    session = VaultSession()
    runner = BackupRunner(session)
    vault = Vault.unlock(data_dir, passphrase, keychain=Keychain.none())
    session.open(vault)
    vault.cases.add(Case(code="", opened_on=date(2026, 3, 4), doctor_name="Anna"))
    session.lock("quit")
    print("LOCKED", vault.is_locked, flush=True)
    from trustdesk.app import wait_for_the_vault_to_close

    print("NOTICE", wait_for_the_vault_to_close(), flush=True)  # app.py's own end of the run
    del runner
    return 0


if __name__ == "__main__":
    sys.exit(main())
