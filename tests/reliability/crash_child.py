"""The process the crash tests kill with SIGKILL at random moments.

    python tests/reliability/crash_child.py <mode> <data_dir> <passphrase> [<other passphrase>]

First it unlocks the vault (after the previous kill), checks it and reports on stdout, one line:

    ready {"present": [[first, last], ...] note number ranges found, "errors": [integrity problems], "opened_with": 0|1,
           "stray": [files in the data dir besides vault.db, vault.db-wal, vault.db-shm, keyslots.json]}

then works in a loop, acknowledging every committed step with one line, until it is killed:

    notes       ``ack <n>`` after the note "crash note <n>" is committed
    passphrase  ``changing <0|1>`` before a change, ``ack <0|1>`` after the passphrase was changed to
                passphrase number 0 or 1
    backup      ``ack <n>`` after note n, then ``backup <n>`` after a verified backup holding it

Imports only the vault and the domain: start-up is most of the cost of each kill.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

VAULT_FILES = {"vault.db", "vault.db-wal", "vault.db-shm", "keyslots.json", "audit-head.json"}


def ranges(numbers: list[int]) -> list[list[int]]:
    """[0, 1, 2, 5, 6] -> [[0, 2], [5, 6]]: the report stays one short line after 20,000 notes."""
    out: list[list[int]] = []
    for n in numbers:
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def main() -> int:
    from tests.kdf_answers import install_from_environment
    from trustdesk.domain import Case, Contact
    from trustdesk.vault import Keychain, Vault, WrongPassphrase

    install_from_environment()  # the test run's Argon2id answers (a test process; the app never does this)

    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    passphrases = sys.argv[3:]
    keychain = Keychain.none()
    vault = None
    opened_with = -1
    for index, passphrase in enumerate(passphrases):
        try:
            vault = Vault.unlock(data_dir, passphrase, keychain=keychain)
        except WrongPassphrase:
            continue
        opened_with = index
        break
    if vault is None:
        print("ready " + json.dumps({"present": [], "errors": ["no passphrase opens the vault"],
                                     "opened_with": -1, "stray": []}), flush=True)
        return 1
    errors = vault.integrity_errors()
    cases = vault.cases.list()
    case = cases[0] if cases else vault.cases.add(Case(code="", opened_on=datetime.now().date()))
    assert case.id is not None
    present = sorted(int(c.notes.split()[2]) for c in vault.contacts.for_case(case.id))
    stray = sorted(p.name for p in data_dir.iterdir() if p.name not in VAULT_FILES)
    why = ""  # when this open kept the log aside: what it saw (the parent prints it if that ever happens)
    if vault.log_kept_aside is not None:
        from trustdesk.vault.wal_check import inspect_log

        why = f"{inspect_log(vault.log_kept_aside / 'vault.db-wal')}, audit gap {vault.audit_gap}"
    print("ready " + json.dumps({"present": ranges(present), "errors": errors, "opened_with": opened_with,
                                 "stray": stray, "kept_why": why}), flush=True)
    number = (present[-1] + 1) if present else 0
    if mode == "notes":
        while True:
            vault.contacts.add(Contact(case_id=case.id, at=datetime.now(), notes=f"crash note {number}"))
            print(f"ack {number}", flush=True)
            number += 1
    elif mode == "passphrase":
        current = opened_with
        while True:
            target = 1 - current
            print(f"changing {target}", flush=True)  # from here until its ack, either passphrase may open it
            vault.change_passphrase(passphrases[current], passphrases[target])
            print(f"ack {target}", flush=True)
            current = target
    elif mode == "backup":
        from trustdesk.vault.backup import write_backup

        target = data_dir.parent / "backups" / "crash.tdbackup"
        target.parent.mkdir(exist_ok=True)
        while True:
            vault.contacts.add(Contact(case_id=case.id, at=datetime.now(), notes=f"crash note {number}"))
            print(f"ack {number}", flush=True)
            write_backup(vault, target)
            print(f"backup {number}", flush=True)
            number += 1
    return 2


if __name__ == "__main__":
    sys.exit(main())
