"""The header (keyslots.json) write is atomic: ENOSPC or kill -9 at each step of
temp file -> write -> fsync -> os.replace -> fsync(dir) leaves the old or the new header, never
neither, never half.  Steps before ``os.replace`` leave the old header byte-identical; steps after
it the new one.  (tests/reliability/faults.py injects the failures.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import trustdesk.vault.files as files
from tests.reliability.faults import STEPS, FaultyOs
from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault, WriteFailed, WrongPassphrase

ROOT = Path(__file__).resolve().parents[2]
OLD, NEW = "the old header passphrase", "the new header passphrase"
REPLACED_AT = STEPS.index("replace") + 1

KILL_CHILD = """
import sys
from pathlib import Path
import trustdesk.vault.files as files
from tests.reliability.faults import FaultyOs
from trustdesk.vault import Keychain, Vault
data_dir, old, new, step = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
vault = Vault.unlock(data_dir, old, keychain=Keychain.none())
files.os = FaultyOs(step, "kill")
vault.change_passphrase(old, new)
print("completed", flush=True)
"""


def opens_with(data_dir: Path) -> list[str]:
    found = []
    for passphrase in (OLD, NEW):
        try:
            Vault.unlock(data_dir, passphrase, keychain=Keychain.none()).lock()
        except WrongPassphrase:
            continue
        found.append(passphrase)
    return found


@pytest.fixture
def header_vault(data_dir: Path, new_vault: Callable[..., Vault]) -> Path:
    new_vault(data_dir, keychain=Keychain.none(), passphrase=OLD).lock()
    return data_dir


def test_the_steps_are_the_ones_we_fail(header_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean write goes through exactly STEPS; if files.py changes, this test says so."""
    faults = FaultyOs()
    vault = Vault.unlock(header_vault, OLD, keychain=Keychain.none())
    monkeypatch.setattr(files, "os", faults)
    vault.change_passphrase(OLD, NEW)
    monkeypatch.undo()
    vault.lock()
    assert tuple(faults.seen) == STEPS * 2  # keyslots.json first, then the audit head record (audit-head.json)
    assert opens_with(header_vault) == [NEW]


@pytest.mark.parametrize("step", range(1, len(STEPS) + 1), ids=STEPS)
def test_enospc_at_each_step(step: int, header_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    header = header_vault / "keyslots.json"
    before = header.read_bytes()
    vault = Vault.unlock(header_vault, OLD, keychain=Keychain.none())
    monkeypatch.setattr(files, "os", FaultyOs(step, "enospc"))
    if step <= REPLACED_AT:  # a reported failure leaves the old passphrase in force
        with pytest.raises(WriteFailed):
            vault.change_passphrase(OLD, NEW)
    else:  # after the rename the new header is in place: the change is reported as done (issue 17, 13)
        vault.change_passphrase(OLD, NEW)
    monkeypatch.undo()
    # The session goes on: the failed change did not break the open vault.
    vault.cases.add(Case(code="", opened_on=date.today()))
    vault.lock()
    assert sorted(p.name for p in header_vault.iterdir() if p.name.startswith(".")) == [], "temp file left"
    if step <= REPLACED_AT:  # failed at or before the rename
        assert header.read_bytes() == before
        assert opens_with(header_vault) == [OLD]
    else:  # renamed already: the new header is in place (its directory entry may not be durable yet)
        assert opens_with(header_vault) == [NEW]


@pytest.mark.parametrize("step", range(1, len(STEPS) + 1), ids=STEPS)
def test_kill_at_each_step(step: int, header_vault: Path) -> None:
    header = header_vault / "keyslots.json"
    before = header.read_bytes()
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run([sys.executable, "-c", KILL_CHILD, str(header_vault), OLD, NEW, str(step)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 137, result.stderr
    assert "completed" not in result.stdout
    found = opens_with(header_vault)
    if step <= REPLACED_AT:  # failed at or before the rename
        assert header.read_bytes() == before and found == [OLD]
    else:
        assert found == [NEW]
    # A kill before the rename leaves the temp file (a public header, no case data) behind.
    leftovers = [p.name for p in header_vault.iterdir() if p.name.startswith(".keyslots.json.tmp-")]
    assert len(leftovers) <= 1
