"""Subprocess bodies for hostile-environment tests that must not run inside pytest's process.

    python -m tests.security.hostile_child readonly <data_dir> <passphrase> <uid>
    python -m tests.security.hostile_child diskfull <data_dir> <passphrase> <case_id>

Each prints one JSON object on stdout describing what happened (the parent asserts on it).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any


def _outcome(exc: BaseException | None) -> str:
    return "ok" if exc is None else f"{type(exc).__module__}.{type(exc).__name__}"


def readonly(data_dir: Path, passphrase: str, uid: int) -> dict[str, Any]:
    """Drop root (root ignores permissions), then try to unlock a read-only vault."""
    from trustdesk.domain import Case
    from trustdesk.vault import Keychain, Vault

    if os.geteuid() == 0:
        os.setgid(uid)
        os.setuid(uid)
    result: dict[str, Any] = {"uid": os.geteuid()}
    try:
        vault = Vault.unlock(data_dir, passphrase, keychain=Keychain.none())
    except Exception as exc:  # the parent checks the type
        result.update(unlock=_outcome(exc), message=str(exc))
        return result
    result["unlock"] = "ok"
    try:
        vault.cases.add(Case(code="", opened_on=date.today()))
        result["write"] = "ok"
    except Exception as exc:
        result["write"] = _outcome(exc)
    vault.lock()
    return result


def diskfull(data_dir: Path, passphrase: str, case_id: int) -> dict[str, Any]:
    """A file-size limit plays the full disk: writes past it fail with EFBIG (SIGXFSZ ignored)."""
    from trustdesk.domain import Contact
    from trustdesk.vault import Keychain, Vault

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    vault = Vault.unlock(data_dir, passphrase, keychain=Keychain.none())
    limit = max(p.stat().st_size for p in data_dir.iterdir()) + 160 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    stored = []
    for i in range(3):
        stored.append(vault.contacts.add(Contact(case_id=case_id, at=datetime.now(), notes=f"before full {i}")).id)
    result: dict[str, Any] = {"stored": stored}
    try:
        vault.contacts.add(Contact(case_id=case_id, at=datetime.now(), notes="too big " * 250_000))
        result["big"] = "ok"
    except Exception as exc:
        result["big"] = _outcome(exc)
    result["after"] = vault.contacts.add(Contact(case_id=case_id, at=datetime.now(), notes="after full")).id
    result["count"] = len(vault.contacts.for_case(case_id))
    vault.lock()
    return result


def main() -> int:
    command, data_dir, passphrase, number = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    run = {"readonly": readonly, "diskfull": diskfull}[command]
    print(json.dumps(run(data_dir, passphrase, number)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
