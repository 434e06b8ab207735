"""A damaged write-ahead log is never consumed without a copy: before the unlock lets SQLite replay it
(dropping what follows the damage) or the first write overwrite it, the vault with its log is copied,
still encrypted, into the kept-aside area, and the user is told (issue 17, a leftover of item 20)."""

from __future__ import annotations

import shutil
import struct
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.vault_copies import VaultTemplates
from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault, VaultError
from trustdesk.vault.restore import kept_aside_copies
from trustdesk.vault.wal_check import KEPT_SUFFIX, dropped_bytes, inspect_log

MARKER = "walmarkeerwoord"
FILES = ("vault.db", "vault.db-wal", "keyslots.json", "audit-head.json")


@pytest.fixture(scope="module")
def crash(tmp_path_factory: pytest.TempPathFactory, vault_templates: VaultTemplates) -> Iterator[Path]:
    """A copy of a vault taken while it was open and had just committed: its log holds the last changes."""
    root = tmp_path_factory.mktemp("wal-crash")
    live = root / "live"
    vault_templates.copy(live, PASSPHRASE, keychain=Keychain.none()).lock()
    vault = Vault.unlock(live, PASSPHRASE, keychain=Keychain.none())
    for n in range(12):  # each commit audited, as every export, unlock or key change is
        vault.cases.add(Case(code="", opened_on=date(2026, 12, 1), details=f"{MARKER} {n} " * 20))
        vault.audit.append("export", detail=f"recent #{n}")
    state = root / "state"
    state.mkdir()
    for name in FILES:
        shutil.copy2(live / name, state / name)
    vault.lock()
    yield state


def _current_frames(wal: bytes) -> list[int]:
    salts, size = wal[16:24], 24 + struct.unpack(">I", wal[8:12])[0]
    return [at for at in range(32, len(wal) - size + 1, size) if wal[at + 8:at + 16] == salts]


def _open(state: Path, folder: Path) -> Vault | None:
    shutil.copytree(state, folder)
    try:
        return Vault.unlock(folder, PASSPHRASE, keychain=Keychain.none())
    except VaultError:
        return None  # a refused open changes no file at all (tests/vault/test_refused_open.py)


def test_an_unfinished_save_is_not_damage(crash: Path, tmp_path: Path) -> None:
    """Sound frames without their commit (a crash in the middle of a save) are SQLite's normal recovery:
    no copy, as long as the audit head shows nothing committed is missing."""
    wal = (crash / "vault.db-wal").read_bytes()
    frames = _current_frames(wal)
    size = 24 + struct.unpack(">I", wal[8:12])[0]
    last_commit = max(at for at in frames if struct.unpack(">I", wal[at + 4:at + 8])[0])
    unfinished = bytearray(wal[:last_commit + size])  # the log up to its last commit ...
    page = bytearray(wal[frames[0]:frames[0] + size])  # ... plus a sound frame of a save never committed
    page[4:8] = bytes(4)
    from trustdesk.vault.wal_check import _checksum

    big = bool(struct.unpack(">I", wal[:4])[0] & 1)
    previous = struct.unpack(">II", wal[last_commit + 16:last_commit + 24])
    sums = _checksum(bytes(page[24:]), big, *_checksum(bytes(page[:8]), big, *previous))
    page[16:24] = struct.pack(">II", *sums)
    unfinished += page + page[:100]  # and the start of another, cut by the crash
    state = tmp_path / "state"
    shutil.copytree(crash, state)
    (state / "vault.db-wal").write_bytes(bytes(unfinished))
    log = inspect_log(state / "vault.db-wal")
    assert log.dropped == size + 100 and not log.damaged
    vault = _open(state, tmp_path / "data")
    assert vault is not None and vault.log_kept_aside is None and vault.audit_gap is None
    vault.lock()


def test_a_sound_log_is_not_kept_aside(crash: Path, tmp_path: Path) -> None:
    assert dropped_bytes(crash / "vault.db-wal") == 0 and len(_current_frames((crash / "vault.db-wal").read_bytes()))
    vault = _open(crash, tmp_path / "data")
    assert vault is not None
    assert vault.log_kept_aside is None and not kept_aside_copies(tmp_path / "data")
    vault.lock()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.sampled_from(["cut", "flip", "zero"]), where=st.floats(0, 1), bit=st.integers(0, 7))
@example(damage="cut", where=0.5, bit=0)
@example(damage="flip", where=0.0, bit=3)  # the log's own header
def test_a_damaged_log_is_kept_aside_before_it_is_consumed(crash: Path, tmp_path_factory: pytest.TempPathFactory,
                                                           damage: str, where: float, bit: int) -> None:
    wal = bytearray((crash / "vault.db-wal").read_bytes())
    frames = _current_frames(bytes(wal))
    end = frames[-1] + 24 + struct.unpack(">I", wal[8:12])[0]  # the end of the log's current generation
    at = int(where * (end - 1))
    if damage == "cut":
        del wal[max(at, 1):]
    elif damage == "flip":
        wal[at] ^= 1 << bit
    else:
        wal[at:at + 64] = bytes(len(wal[at:at + 64])) if any(wal[at:at + 64]) else b"\xff" * len(wal[at:at + 64])
    folder = tmp_path_factory.mktemp("damaged") / "data"
    state = folder.parent / "state"
    shutil.copytree(crash, state)
    (state / "vault.db-wal").write_bytes(bytes(wal))
    before = {name: (state / name).read_bytes() for name in FILES}
    log = inspect_log(state / "vault.db-wal")
    vault = _open(state, folder)
    if vault is None:
        assert {name: (folder / name).read_bytes() for name in FILES} == before
        return
    if not log.dropped:  # the damage hit only the salt of the log's last frame: SQLite skips it as old,
        assert vault.audit_gap is not None  # and the audit head reports the commit it lost
        vault.lock()
        return
    vault.cases.add(Case(code="", opened_on=date(2026, 12, 2), details="a write after the open"))
    vault.lock()  # the log is checkpointed away now: only the copy still holds it
    kept = vault.log_kept_aside
    assert kept is not None and kept.parent == folder and kept.name.endswith(KEPT_SUFFIX)
    assert kept in kept_aside_copies(folder)
    assert {p.name: p.read_bytes() for p in kept.iterdir()} == before  # exactly as found, log included
    for copy in kept.iterdir():  # still encrypted
        assert MARKER.encode() not in copy.read_bytes() and not copy.read_bytes().startswith(b"SQLite format 3")
    log = folder / "vault.db-wal"
    assert not log.exists() or log.read_bytes() != before["vault.db-wal"]  # consumed in the vault itself


def test_the_user_is_told_where_the_copy_is(crash: Path, tmp_path: Path, qapp: object) -> None:
    from trustdesk.ui.security.queries import opening_found
    from trustdesk.ui.security.vault_notices import texts

    state = tmp_path / "state"
    shutil.copytree(crash, state)
    wal = bytearray((state / "vault.db-wal").read_bytes())
    (state / "vault.db-wal").write_bytes(bytes(wal[:len(wal) // 3]))
    vault = _open(state, tmp_path / "data")
    assert vault is not None and vault.log_kept_aside is not None
    try:
        said = "\n".join(texts(opening_found(vault, date.today())))
        assert vault.log_kept_aside.name in said
    finally:
        vault.lock()


def test_a_copy_that_cannot_be_made_stops_the_writing_open(crash: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    state = tmp_path / "state"
    shutil.copytree(crash, state)
    wal = bytearray((state / "vault.db-wal").read_bytes())
    (state / "vault.db-wal").write_bytes(bytes(wal[:len(wal) // 3]))
    before = {name: (state / name).read_bytes() for name in FILES}

    def no_room(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("trustdesk.vault.kept_aside.copy_new", no_room)
    with pytest.raises(VaultError):
        Vault.unlock(state, PASSPHRASE, keychain=Keychain.none())
    assert {name: (state / name).read_bytes() for name in FILES} == before  # the log was not consumed
    assert not kept_aside_copies(state)


def test_audit_verify_says_where_the_copy_is(crash: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    from trustdesk.cli import main as cli

    state = tmp_path / "data"
    shutil.copytree(crash, state)
    wal = bytearray((state / "vault.db-wal").read_bytes())
    (state / "vault.db-wal").write_bytes(bytes(wal[:len(wal) // 3]))
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    cli(["audit-verify", "--data-dir", str(state), "--passphrase-stdin"])
    said = capsys.readouterr().out
    copies = kept_aside_copies(state)
    assert len(copies) == 1 and f"kept aside as {copies[0]}" in said, said
