"""Every step of a key change, killed or failed (issue 17, items 3, 12, 13).

A child process (key_change_child.py) unlocks a copy of one vault and changes the passphrase (or
makes a new recovery code), dying with ``os._exit`` (no clean-up, like SIGKILL) or failing with
ENOSPC at the n-th step: the named steps of the change and each step of the atomic header write.
After each, in this process:

- exactly one secret set opens the vault: the old one when the change reported failure (or died
  before the header was replaced), the new one when it reported success;
- a fresh backup opens with exactly the passphrase that opens the vault (and not with the other);
- a change in force is in the audit log (written by the change, or on the next unlock).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.faults import STEPS
from trustdesk.vault import Keychain, Vault, VaultCorrupted, WrongPassphrase
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.backup import BackupService
from trustdesk.vault.restore import inspect_backup

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("key_change_child.py")
OLD, NEW = "the old key-change passphrase", "the new key-change passphrase"
PASSPHRASE_STEPS = ("start", "backup slot stored", "header written", "audited")
RECOVERY_STEPS = ("start", "header written", "audited")
TALLY: Counter[str] = Counter()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    data_dir = tmp_path_factory.mktemp("key-change") / "data"
    vault = Vault.create(data_dir, OLD, keychain=Keychain.none())
    code = vault.recovery_code
    assert code is not None
    vault.lock()
    yield data_dir, code
    print(f"\nkey changes killed/failed at every step: {dict(TALLY)}")


def _run(template: tuple[Path, str], tmp_path: Path, op: str, how: str, where: str, n: int) -> tuple[Path, str]:
    data_dir, outcome, _ = _run_full(template, tmp_path, op, how, where, n)
    return data_dir, outcome


def _run_full(template: tuple[Path, str], tmp_path: Path, op: str, how: str, where: str,
              n: int) -> tuple[Path, str, str]:
    data_dir = tmp_path / "data"
    shutil.copytree(template[0], data_dir)
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", TRUSTDESK_NO_KEYCHAIN="1")
    result = subprocess.run([sys.executable, str(CHILD), str(data_dir), op, how, where, str(n), OLD, NEW],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False)
    lines = result.stdout.splitlines()
    code = next((line.split()[1] for line in lines if line.startswith("code ")), "")
    if how == "kill":
        assert result.returncode == 137, result.stderr
        return data_dir, "killed", code
    assert result.returncode == 0, result.stderr
    return data_dir, next((line for line in lines if not line.startswith("code ")), ""), code


def _opens(data_dir: Path, passphrase: str) -> bool:
    try:
        Vault.unlock(data_dir, passphrase, keychain=Keychain.none()).lock()
    except WrongPassphrase:
        return False
    return True


def _check_backup(data_dir: Path, passphrase: str, other: str) -> list[str]:
    vault = Vault.unlock(data_dir, passphrase, keychain=Keychain.none())
    try:
        events = [e.event for e in vault.audit.entries()]
        backup = BackupService(vault).backup_to(data_dir.parent / "fresh.tdbackup").path
    finally:
        vault.lock()
    assert inspect_backup(backup, passphrase=passphrase).verified
    with pytest.raises(WrongPassphrase):
        inspect_backup(backup, passphrase=other)
    return events


CASES = ([("kill", "step", n) for n in range(1, len(PASSPHRASE_STEPS) + 1)]
         + [(how, "header", n) for how in ("kill", "enospc") for n in range(1, len(STEPS) + 1)])


@pytest.mark.parametrize(("how", "where", "n"), CASES, ids=[f"{h}-{w}-{n}" for h, w, n in CASES])
def test_passphrase_change_interrupted_at_every_step(template: tuple[Path, str], tmp_path: Path, how: str,
                                                     where: str, n: int) -> None:
    data_dir, outcome = _run(template, tmp_path, "passphrase", how, where, n)
    opens = [p for p in (OLD, NEW) if _opens(data_dir, p)]
    assert len(opens) == 1, f"{outcome}: opens with {opens}"
    current = opens[0]
    if outcome.startswith("raised"):
        assert current == OLD, "a reported failure must leave the old passphrase in force"
    elif outcome.startswith("ok"):
        assert current == NEW
    events = _check_backup(data_dir, current, NEW if current == OLD else OLD)
    if current == NEW:
        assert {AuditEvent.PASSPHRASE_CHANGED, AuditEvent.KEY_HEADER_CHANGED} & set(events)
    TALLY["passphrase change: fresh backup opens with the current passphrase"] += 1


RECOVERY_CASES = ([("kill", "step", n) for n in range(1, len(RECOVERY_STEPS) + 1)]
                  + [(how, "header", n) for how in ("kill", "enospc") for n in range(1, len(STEPS) + 1)])


@pytest.mark.parametrize(("how", "where", "n"), RECOVERY_CASES, ids=[f"{h}-{w}-{n}" for h, w, n in RECOVERY_CASES])
def test_new_recovery_code_interrupted_at_every_step(template: tuple[Path, str], tmp_path: Path, how: str,
                                                     where: str, n: int) -> None:
    data_dir, outcome = _run(template, tmp_path, "recovery", how, where, n)
    old_code = template[1]
    try:
        Vault.unlock_with_recovery_code(data_dir, old_code, keychain=Keychain.none()).lock()
        old_opens = True
    except WrongPassphrase:
        old_opens = False
    if outcome.startswith("raised"):
        assert old_opens, "a reported failure must leave the old recovery code in force"
    if outcome.startswith("ok"):
        assert not old_opens
        Vault.unlock_with_recovery_code(data_dir, outcome.split()[1], keychain=Keychain.none()).lock()
    vault = Vault.unlock(data_dir, OLD, keychain=Keychain.none())  # the passphrase is untouched
    try:
        events = {e.event for e in vault.audit.entries()}
    finally:
        vault.lock()
    if not old_opens:
        assert {AuditEvent.RECOVERY_CODE_CHANGED, AuditEvent.KEY_HEADER_CHANGED} & events
    TALLY["recovery code change: one code in force, audited"] += 1


REKEY_STEPS = ("start", "copy written", "old database closed", "header written", "database replaced", "installed",
               "reopened")
REKEY_CASES = ([("kill", "step", n) for n in range(1, len(REKEY_STEPS) + 1)]
               + [(how, "header", n) for how in ("kill", "enospc") for n in range(1, len(STEPS) + 1)])


def _opens_with_code(data_dir: Path, code: str) -> bool:
    try:
        Vault.unlock_with_recovery_code(data_dir, code, keychain=Keychain.none()).lock()
    except (WrongPassphrase, VaultCorrupted):
        return False
    return True


@pytest.mark.parametrize(("how", "where", "n"), REKEY_CASES, ids=[f"{h}-{w}-{n}" for h, w, n in REKEY_CASES])
def test_rekey_interrupted_at_every_step(template: tuple[Path, str], tmp_path: Path, how: str, where: str,
                                         n: int) -> None:
    """Item 3: exactly one consistent secret set opens the vault after a kill or a failure at any step
    of a re-key; once it took effect, the old keyslots.json no longer opens the database."""
    data_dir, outcome, new_code = _run_full(template, tmp_path, "rekey", how, where, n)
    old_code = template[1]
    assert new_code
    sets = {"old": (_opens(data_dir, OLD), _opens_with_code(data_dir, old_code)),
            "new": (_opens(data_dir, NEW), _opens_with_code(data_dir, new_code))}
    in_force = [name for name, (passphrase, code) in sets.items() if passphrase and code]
    assert len(in_force) == 1 and not any(any(v) for k, v in sets.items() if k not in in_force), (outcome, sets)
    current = in_force[0]
    if outcome.startswith("raised"):
        assert current == "old", "a reported failure must leave the old secrets in force"
    elif outcome.startswith("ok"):
        assert current == "new"
    passphrase, other = (OLD, NEW) if current == "old" else (NEW, OLD)
    events = _check_backup(data_dir, passphrase, other)
    assert not (data_dir / "vault.db.rekey").exists()
    if current == "new":
        assert AuditEvent.REKEYED in events
        # An old copy of keyslots.json with the old passphrase no longer opens the re-keyed database.
        header = data_dir / "keyslots.json"
        current_header = header.read_bytes()
        before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and p.name != "keyslots.json"}
        header.write_bytes((template[0] / "keyslots.json").read_bytes())
        with pytest.raises((VaultCorrupted, WrongPassphrase)):
            Vault.unlock(data_dir, OLD, keychain=Keychain.none())
        assert before == {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and p.name != "keyslots.json"}
        header.write_bytes(current_header)
    TALLY["re-key: one secret set in force, backup opens with it"] += 1
