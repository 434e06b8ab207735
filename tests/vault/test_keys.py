"""The confidentiality wall: key slots, keychain factor, recovery code, header authentication."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, MemoryKeyring
from trustdesk.vault import (
    DeviceSecretMissing,
    KdfParams,
    KdfTooWeak,
    Keychain,
    Vault,
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    keyslots,
)
from trustdesk.vault.keychain import is_allowed_backend


def _snapshot(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.iterdir()) if p.is_file()}


def test_create_and_unlock(data_dir: Path, keychain: Keychain) -> None:
    v = Vault.create(data_dir, PASSPHRASE, keychain=keychain)
    assert v.recovery_code and not v.passphrase_only
    vid = v.vault_id
    v.lock()
    assert v.is_locked and v.recovery_code is None
    v2 = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    assert v2.vault_id == vid and v2.recovery_code is None
    v2.lock()


def test_create_refuses_existing_and_short(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE, keychain=keychain)
    with pytest.raises(ValueError):
        Vault.create(data_dir.parent / "other", "short", keychain=keychain)


def test_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nothing", PASSPHRASE, keychain=Keychain.none())


def test_wrong_passphrase_writes_nothing(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    vault.lock()
    before = _snapshot(data_dir)
    for attempt in ("wrong passphrase", PASSPHRASE + " ", PASSPHRASE.upper(), ""):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(data_dir, attempt, keychain=keychain)
    assert _snapshot(data_dir) == before


def test_failed_attempts_are_audited_on_next_success(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    vault.lock()
    v = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain, failed_attempts=3)
    events = [e.event for e in v.audit.entries()]
    assert "unlock_failed" in events and events[0] == "unlock"
    v.lock()


def test_passphrase_is_unicode_normalised(data_dir: Path, keychain: Keychain) -> None:
    composed, decomposed = "caf\u00e9 au lait du soir", "cafe\u0301 au lait du soir"
    Vault.create(data_dir, composed, keychain=keychain).lock()
    Vault.unlock(data_dir, decomposed, keychain=keychain).lock()


def test_change_passphrase(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the passphrase", "a brand new passphrase")
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    Vault.unlock(data_dir, "a brand new passphrase", keychain=keychain).lock()


def test_recovery_code_opens_and_resets(data_dir: Path, memory_keyring: MemoryKeyring, new_vault: Callable[..., Vault]) -> None:
    keychain = Keychain(memory_keyring)
    v = new_vault(data_dir, keychain=keychain)
    code = v.recovery_code
    assert code is not None and len(code.replace("-", "")) == 26
    v.lock()
    # A new laptop: the keychain is empty. The passphrase alone is not enough ...
    empty = Keychain(MemoryKeyring())
    with pytest.raises(DeviceSecretMissing):
        Vault.unlock(data_dir, PASSPHRASE, keychain=empty)
    # ... the recovery code is, typed sloppily.
    sloppy = code.lower().replace("-", " ").replace("0", "o")
    r = Vault.unlock_with_recovery_code(data_dir, sloppy, keychain=empty)
    assert r.opened_with_recovery
    r.reset_passphrase("the passphrase on the new laptop")
    r.lock()
    Vault.unlock(data_dir, "the passphrase on the new laptop", keychain=empty).lock()


def test_wrong_recovery_code(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    vault.lock()
    for code in ("0000-0000-0000-0000-0000-0000-00", "not a code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZ"):
        with pytest.raises(WrongPassphrase):
            Vault.unlock_with_recovery_code(data_dir, code, keychain=keychain)


def test_reset_needs_recovery(vault: Vault) -> None:
    with pytest.raises(PermissionError):
        vault.reset_passphrase("anything long enough")


def test_new_recovery_code_replaces_old(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    old = vault.recovery_code
    assert old is not None
    new = vault.new_recovery_code()
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_code(data_dir, old, keychain=keychain)
    Vault.unlock_with_recovery_code(data_dir, new, keychain=keychain).lock()


def test_copied_vault_needs_the_device_secret(data_dir: Path, tmp_path: Path, keychain: Keychain,
                                              vault: Vault) -> None:
    """A copied vault + the right passphrase is useless without this laptop's keychain."""
    vault.lock()
    stolen = tmp_path / "stolen"
    shutil.copytree(data_dir, stolen)
    with pytest.raises(DeviceSecretMissing):
        Vault.unlock(stolen, PASSPHRASE, keychain=Keychain.none())
    # Claiming in the header that no device secret is needed fails the GCM tag.
    header = json.loads((stolen / "keyslots.json").read_text())
    for slot in header["slots"]:
        if slot["kind"] == "passphrase":
            slot["device_secret"] = False
    (stolen / "keyslots.json").write_text(json.dumps(header))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(stolen, PASSPHRASE, keychain=Keychain.none())
    # A wrong device secret is as good as none.
    other = MemoryKeyring()
    other.set_password("TrustDesk", vault.vault_id, "A" * 43 + "=")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain(other))


def test_no_keychain_is_passphrase_only(data_dir: Path) -> None:
    v = Vault.create(data_dir, PASSPHRASE, keychain=Keychain.none())
    assert v.passphrase_only
    v.lock()
    Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none()).lock()


@pytest.mark.parametrize("edit", [
    lambda s: s["kdf"].__setitem__("t", s["kdf"]["t"] + 1),
    lambda s: s["kdf"].__setitem__("p", 2),
    lambda s: s.__setitem__("name", "other"),
])
def test_header_is_authenticated(data_dir: Path, keychain: Keychain, vault: Vault, edit: object) -> None:
    """An edited KDF parameter fails the tag: never unlocks with changed parameters."""
    vault.lock()
    header = json.loads((data_dir / "keyslots.json").read_text())
    slot = next(s for s in header["slots"] if s["kind"] == "passphrase")
    edit(slot)  # type: ignore[operator]
    (data_dir / "keyslots.json").write_text(json.dumps(header))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)


def test_weaker_kdf_is_refused_before_use(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    vault.lock()
    header = json.loads((data_dir / "keyslots.json").read_text())
    slot = next(s for s in header["slots"] if s["kind"] == "passphrase")
    slot["kdf"]["m"] = 1024
    (data_dir / "keyslots.json").write_text(json.dumps(header))
    with pytest.raises(KdfTooWeak):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    with pytest.raises(KdfTooWeak):
        KdfParams(time_cost=1).check_floor()


def test_vault_id_is_bound(data_dir: Path, keychain: Keychain, memory_keyring: MemoryKeyring,
                           vault: Vault) -> None:
    vault.lock()
    header = json.loads((data_dir / "keyslots.json").read_text())
    secret = memory_keyring.get_password("TrustDesk", header["vault_id"])
    header["vault_id"] = "0" * 32
    assert secret is not None
    memory_keyring.set_password("TrustDesk", header["vault_id"], secret)
    (data_dir / "keyslots.json").write_text(json.dumps(header))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": 1}', b'{"format": 1, "vault_id": "x", '
                                     b'"created": "x", "slots": [{"kind": "passphrase"}]}', b"\xff\xfe"])
def test_damaged_header_is_corrupted(data_dir: Path, keychain: Keychain, vault: Vault, content: bytes) -> None:
    vault.lock()
    (data_dir / "keyslots.json").write_bytes(content)
    with pytest.raises(VaultCorrupted):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)


def test_missing_header_is_corrupted(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    vault.lock()
    (data_dir / "keyslots.json").unlink()
    with pytest.raises(VaultCorrupted):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)


def test_slot_opens_but_database_is_damaged(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    """SQLCipher says 'file is not a database' for both; we tell them apart at the key slot."""
    vault.lock()
    db = data_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[0:64] = bytes(64)  # the salt / first page
    db.write_bytes(bytes(raw))
    with pytest.raises(VaultCorrupted):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    db.unlink()
    with pytest.raises(VaultCorrupted):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)


def test_header_write_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"old")
    from trustdesk.vault.files import atomic_write_bytes

    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_recovery_code_format_round_trip() -> None:
    for _ in range(50):
        code = keyslots.new_recovery_code()
        groups = code.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4, 4, 4, 2]
        assert len(keyslots.recovery_code_bytes(code)) == 16


class _FakeBackend:
    """A stand-in whose class path mimics a given keyring backend."""


def _named(module: str, name: str) -> object:
    cls = type(name, (), {})
    cls.__module__ = module
    return cls()


def test_keychain_allow_list() -> None:
    assert is_allowed_backend(_named("keyring.backends.SecretService", "Keyring"))
    assert is_allowed_backend(_named("keyring.backends.macOS", "Keyring"))
    assert is_allowed_backend(_named("keyring.backends.Windows", "WinVaultKeyring"))
    # keyrings.alt's plaintext file (keyring#370), the fail backend, anything unknown: no keychain
    assert not is_allowed_backend(_named("keyrings.alt.file", "PlaintextKeyring"))
    assert not is_allowed_backend(_named("keyring.backends.fail", "Keyring"))
    assert not is_allowed_backend(_named("mypackage", "Keyring"))
    chainer = _named("keyring.backends.chainer", "ChainerBackend")
    chainer.backends = [_named("keyring.backends.SecretService", "Keyring")]  # type: ignore[attr-defined]
    assert is_allowed_backend(chainer)
    chainer.backends.append(_named("keyrings.alt.file", "PlaintextKeyring"))  # type: ignore[attr-defined]
    assert not is_allowed_backend(chainer)


def test_discovered_fail_backend_means_no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.delenv("TRUSTDESK_NO_KEYCHAIN", raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    chain = Keychain()
    assert not chain.available
    assert chain.get("x") is None and not chain.store("x", b"\0" * 32)


def test_vault_files_are_owner_only(data_dir: Path, vault: Vault) -> None:
    from trustdesk.domain import Case

    vault.cases.add(Case(code="", opened_on=__import__("datetime").date.today()))
    for path in data_dir.iterdir():
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, f"{path.name} is readable by others"
    assert data_dir.stat().st_mode & 0o077 == 0


def test_unlock_sweeps_scratch_of_dead_processes(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    """A kill during a backup leaves an encrypted export, a kill during a header write a temp file."""
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    pid = int(dead.stdout)
    vault.lock()
    leftovers = [f".td-backup-export-{pid}-0a1b2c3d.db", f".td-backup-export-{pid}-0a1b2c3d.db-journal",
                 f".keyslots.json.tmp-{pid}"]
    alive = f".td-backup-export-{os.getpid()}-ffffffff.db"  # this very process: left alone
    for name in [*leftovers, alive]:
        (data_dir / name).write_bytes(b"\x00" * 64)
    keep = {"holiday.jpg": b"not ours"}
    (data_dir / "holiday.jpg").write_bytes(keep["holiday.jpg"])
    Vault.unlock(data_dir, PASSPHRASE, keychain=keychain).lock()
    names = {p.name for p in data_dir.iterdir()}
    assert not names & set(leftovers)
    assert alive in names and "holiday.jpg" in names
