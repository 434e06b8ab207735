"""Checking a backup extracts its (still encrypted) database copy to disk: it goes to the user's own
scratch folder (0700, in the user's cache folder), never the shared temp folder, is removed when the
check ends, and a copy a killed check left behind is removed by the next one."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from trustdesk.vault import Vault, WrongPassphrase, restore
from trustdesk.vault.backup import BackupService
from trustdesk.vault.files import private_scratch_dir


@pytest.fixture
def backup(vault: Vault, tmp_path: Path) -> Path:
    target = tmp_path / "stick" / "backup.tdbackup"
    target.parent.mkdir()
    BackupService(vault).backup_to(target)
    return target


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize("secret", [PASSPHRASE, "not the passphrase"])
def test_the_copy_is_checked_in_the_private_scratch_and_removed(backup: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, secret: str) -> None:
    shared_tmp = tmp_path / "shared-tmp"
    shared_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(shared_tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # TMPDIR is read again
    seen: list[Path] = []
    real_check = restore._check

    def check(header: object, key: bytearray, copy: Path) -> None:
        seen.append(copy)
        assert copy.is_file() and stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert not copy.read_bytes().startswith(b"SQLite format 3\x00"), "the scratch copy must stay encrypted"
        real_check(header, key, copy)  # type: ignore[arg-type]

    monkeypatch.setattr(restore, "_check", check)
    if secret == PASSPHRASE:
        assert restore.inspect_backup(backup, passphrase=secret).verified
        assert seen and seen[0].parent == private_scratch_dir()
    else:
        with pytest.raises(WrongPassphrase):
            restore.inspect_backup(backup, passphrase=secret)
    assert list(shared_tmp.iterdir()) == []  # nothing in the shared temp folder
    assert list(private_scratch_dir().iterdir()) == []  # and nothing left in ours


def test_a_copy_left_by_a_killed_check_is_removed_by_the_next(backup: Path) -> None:
    folder = private_scratch_dir()
    pid = _dead_pid()
    leftovers = [folder / f".td-inspect-{pid}-0a1b2c3d.db", folder / f".td-inspect-{pid}-0a1b2c3d.db-wal"]
    for leftover in leftovers:
        leftover.write_bytes(os.urandom(4096))
    alive = folder / f".td-inspect-{os.getpid()}-ffffffff.db"  # a check running now is left alone
    alive.write_bytes(b"x")
    try:
        assert restore.inspect_backup(backup, passphrase=PASSPHRASE).verified
        assert not any(p.exists() for p in leftovers)
        assert alive.exists()
    finally:
        alive.unlink()
