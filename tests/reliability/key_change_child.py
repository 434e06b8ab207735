"""A process that makes one key change and dies (or fails) at a chosen point of it.

    python tests/reliability/key_change_child.py <data_dir> <op> <how> <where> <n> <old> <new>

op     passphrase (change old -> new) | recovery (new recovery code; <old> opens the vault)
       | rekey (re-key, passphrase old -> new)
how    kill (``os._exit``: no clean-up runs, like SIGKILL) | enospc (an OSError(ENOSPC) at that write)
where  step (the n-th named step of the key change, ``key_changes.key_change_step``)
       | header (the n-th step of the atomic keyslots.json write, tests/reliability/faults.py)

Prints ``ok <new recovery code or ->`` when the change returned, ``raised <ExceptionName>`` when it
raised; a kill prints nothing.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    import trustdesk.vault.files as files
    import trustdesk.vault.key_changes as key_changes
    from tests.kdf_answers import install_from_environment
    from tests.reliability.faults import FaultyOs
    from trustdesk.vault import Keychain, Vault, VaultError

    install_from_environment()  # the test run's Argon2id answers (a test process; the app never does this)

    data_dir, op, how, where, n, old, new = sys.argv[1:8]
    fail_at = int(n)
    vault = Vault.unlock(Path(data_dir), old, keychain=Keychain.none())
    if where == "header":
        files.os = FaultyOs(fail_at, how)  # type: ignore[assignment]
    else:
        seen: list[str] = []

        def step(name: str) -> None:
            seen.append(name)
            if len(seen) == fail_at:
                if how == "kill":
                    os._exit(137)
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        key_changes.key_change_step = step  # type: ignore[assignment]
    try:
        if op == "passphrase":
            vault.change_passphrase(old, new)
            result = "-"
        elif op == "recovery":
            result = vault.new_recovery_code()
        else:
            from trustdesk.vault.keyslots import new_recovery_code

            code = new_recovery_code()
            print(f"code {code}", flush=True)  # before any kill: the parent must know the new code
            result = vault.rekey(old, new, recovery_code=code)
    except (VaultError, OSError) as exc:
        print(f"raised {type(exc).__name__}", flush=True)
        return 0
    print(f"ok {result}", flush=True)
    vault.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
