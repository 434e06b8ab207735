"""A refused open changes no file (issue 17, items 15 and 16).

Crash states: copies of vault.db and its write-ahead log (and -shm) taken while the vault is open
and writing, then damaged in various ways (a flipped byte, a zeroed run, a cut) in the database, the
log or the index.  Every unlock of such a state either opens or is refused; a refused one must leave
every file byte-identical and no new file (the read-only probe cannot checkpoint, and the -wal/-shm
it needs are put back as they were).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.vault_copies import VaultTemplates
from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault, VaultCorrupted, VaultError, WrongPassphrase
from trustdesk.vault.errors import VaultReadOnly

FILES = ("vault.db", "vault.db-wal", "vault.db-shm")
TALLY = {"refused": 0, "opened": 0}


@pytest.fixture(scope="module")
def crash_states(tmp_path_factory: pytest.TempPathFactory, vault_templates: VaultTemplates) -> Iterator[list[Path]]:
    """Several crash copies of one vault, taken at different moments of writing."""
    root = tmp_path_factory.mktemp("crash-states")
    live = root / "live"
    vault_templates.copy(live, PASSPHRASE, keychain=Keychain.none()).lock()
    vault = Vault.unlock(live, PASSPHRASE, keychain=Keychain.none())
    states = []
    for moment in range(4):
        for n in range(8 * (moment + 1)):
            vault.cases.add(Case(code="", opened_on=date(2026, 1, 1), details=f"moment {moment} note {n} " * 40))
        state = root / f"state{moment}"
        state.mkdir()
        for name in (*FILES, "keyslots.json", "audit-head.json"):
            if (live / name).exists():
                shutil.copy2(live / name, state / name)
        states.append(state)
    vault.lock()
    yield states
    print(f"\ncrash states damaged and opened: {TALLY}")


def _snapshot(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.iterdir()) if p.is_file()}


DAMAGE = st.sampled_from(["flip", "zero", "cut", "drop_wal", "drop_shm"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=st.integers(0, 3), target=st.sampled_from(FILES), damage=DAMAGE, where=st.floats(0, 1),
       span=st.integers(1, 4096))
def test_every_refused_open_leaves_every_file_byte_identical(crash_states: list[Path], tmp_path_factory:
                                                             pytest.TempPathFactory, state: int, target: str,
                                                             damage: str, where: float, span: int) -> None:
    data_dir = tmp_path_factory.mktemp("damaged") / "data"
    shutil.copytree(crash_states[state], data_dir)
    path = data_dir / target
    if damage == "drop_wal":
        (data_dir / "vault.db-wal").unlink(missing_ok=True)
    elif damage == "drop_shm":
        (data_dir / "vault.db-shm").unlink(missing_ok=True)
    elif path.exists():
        raw = bytearray(path.read_bytes())
        at = int(where * max(0, len(raw) - 1))
        if damage == "flip" and raw:
            raw[at] ^= 0xFF
        elif damage == "zero":
            raw[at:at + span] = bytes(len(raw[at:at + span]))
        else:
            del raw[at:]
        path.write_bytes(bytes(raw))
    before = _snapshot(data_dir)
    try:
        vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    except (VaultCorrupted, WrongPassphrase) as exc:
        assert _snapshot(data_dir) == before, f"a refused open ({exc}) changed the files"
        TALLY["refused"] += 1
        return
    except VaultError as exc:  # any other refusal must not write either
        assert _snapshot(data_dir) == before, f"a refused open ({type(exc).__name__}: {exc}) changed the files"
        TALLY["refused"] += 1
        return
    TALLY["opened"] += 1
    vault.lock()


def test_the_damage_this_test_makes_is_refused_at_least_sometimes(crash_states: list[Path], tmp_path: Path) -> None:
    """The property above must be able to fail: a zeroed first page is always refused."""
    data_dir = tmp_path / "data"
    shutil.copytree(crash_states[0], data_dir)
    raw = bytearray((data_dir / "vault.db").read_bytes())
    raw[0:4096] = bytes(4096)
    (data_dir / "vault.db").write_bytes(bytes(raw))
    before = _snapshot(data_dir)
    with pytest.raises(VaultCorrupted):
        Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    assert _snapshot(data_dir) == before


def test_a_clean_locked_vault_refused_leaves_no_debris(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    data_dir = tmp_path / "data"
    new_vault(data_dir, keychain=Keychain.none()).lock()
    raw = bytearray((data_dir / "vault.db").read_bytes())
    raw[len(raw) // 2:len(raw) // 2 + 64] = bytes(64)  # a damaged page somewhere in the middle
    (data_dir / "vault.db").write_bytes(bytes(raw))
    raw[100:200] = bytes(100)
    before = _snapshot(data_dir)
    try:
        Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none()).lock()
    except VaultCorrupted:
        assert _snapshot(data_dir) == before and sorted(before) == sorted(_snapshot(data_dir))


def test_a_read_only_folder_is_its_own_error(data_dir: Path, monkeypatch: pytest.MonkeyPatch, new_vault: Callable[..., Vault]) -> None:
    """Root may write anyway, so the folder's read-only answer is simulated here; the real read-only
    mount is in tests/reliability/test_full_disk.py."""
    new_vault(data_dir, keychain=Keychain.none()).lock()
    before = _snapshot(data_dir)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(VaultReadOnly) as caught:
        Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    assert not isinstance(caught.value, VaultCorrupted)
    assert _snapshot(data_dir) == before
