"""Files and input from outside are bounded before any work: a device (/dev/zero), a FIFO or a link
to one is refused unread and at once by every command and reader that takes a file; a closed stdin
is one sentence; nesting in a handover header is a refusal, never a RecursionError."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trustdesk.vault import VaultCorrupted
from trustdesk.vault.backup_file import BackupDamaged, read_header
from trustdesk.vault.files import read_outside_file, read_outside_prefix
from trustdesk.vault.handover import MAGIC, HandoverReason, HandoverRejected, file_id_of, read_handover
from trustdesk.vault.keyslots import Header

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="devices and FIFOs")


def _hostile(tmp_path: Path) -> list[Path]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    fifo = tmp_path / "pipe.tdhandover"
    os.mkfifo(fifo)
    link = tmp_path / "x.tdbackup"
    link.symlink_to("/dev/zero")
    folder = tmp_path / "folder.tdintake"
    folder.mkdir()
    return [Path("/dev/zero"), fifo, link, folder]


def _run(args: list[str], stdin: int | None = subprocess.DEVNULL, data: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "TRUSTDESK_NO_KEYCHAIN": "1"}
    return subprocess.run([sys.executable, "-m", "trustdesk", *args], input=data,
                          stdin=None if data is not None else stdin, capture_output=True, text=True,
                          timeout=60, env=env)


def test_readers_refuse_devices_fifos_and_folders_unread(tmp_path: Path) -> None:
    for path in _hostile(tmp_path):
        with pytest.raises(OSError):
            read_outside_prefix(path, 1024)
        with pytest.raises(OSError):
            read_outside_file(path, 1024)
        with pytest.raises((BackupDamaged, OSError)):
            read_header(path)
    regular = tmp_path / "ok.bin"
    regular.write_bytes(b"x" * 10)
    assert read_outside_prefix(regular, 4) == b"xxxx"
    assert read_outside_file(regular, 10) == b"x" * 10
    with pytest.raises(OSError):
        read_outside_file(regular, 9)


def test_a_fifo_or_device_as_keyslots_json_is_a_damaged_vault_not_a_hang(tmp_path: Path) -> None:
    for index, target in enumerate(["fifo", "/dev/zero"]):
        header = tmp_path / f"d{index}" / "keyslots.json"
        header.parent.mkdir()
        if target == "fifo":
            os.mkfifo(header)
        else:
            header.symlink_to(target)
        with pytest.raises(VaultCorrupted):
            Header.read(header)


@pytest.mark.parametrize(("command", "option"), [("handover-verify", "--code-stdin"),
                                                 ("backup-verify", "--passphrase-stdin"),
                                                 ("intake-verify", "--passphrase-stdin")])
def test_commands_refuse_devices_and_fifos_at_once_in_one_sentence(command: str, option: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    extra = ["--data-dir", str(data_dir)] if command == "intake-verify" else []
    for path in _hostile(tmp_path / command):
        result = _run([command, str(path), option, *extra], data="ABCD-EFGH\n")
        assert result.returncode != 0, (path, result.stdout)
        assert "Traceback" not in result.stderr + result.stdout, result.stderr
        assert len(result.stdout.strip().splitlines()) == 1, result.stdout


@pytest.mark.parametrize(("command", "option"), [("handover-verify", "--code-stdin"),
                                                 ("backup-verify", "--passphrase-stdin"),
                                                 ("audit-verify", "--passphrase-stdin")])
def test_a_closed_stdin_is_one_sentence(command: str, option: str, tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_bytes(b"not much")
    args = [command, option, "--data-dir", str(tmp_path)] if command == "audit-verify" else [command, str(target), option]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "TRUSTDESK_NO_KEYCHAIN": "1"}
    result = subprocess.run([sys.executable, "-m", "trustdesk", *args], stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, timeout=60, env=env, preexec_fn=lambda: os.close(0))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.stdout.strip(), "one sentence expected"


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_nesting_in_a_handover_header_is_a_refusal(depth: int) -> None:
    data = MAGIC + b"[" * depth + b"\n" + b"sealed"
    assert file_id_of(data) == ""
    with pytest.raises(HandoverRejected) as refused:
        read_handover(data, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789")
    assert refused.value.reason is HandoverReason.MALFORMED
