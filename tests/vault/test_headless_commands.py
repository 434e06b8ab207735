"""Headless commands without a terminal, with wrong secrets, and the instance lock's mode.

Each case runs the real command in a child process (no terminal: stdin is /dev/null or a pipe) and
checks the whole output is ONE sentence: no traceback, no internal reason names."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from trustdesk.domain import Case
from trustdesk.vault import Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.handover import write_handover


def _run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "trustdesk", *args], input=stdin,
                          stdin=subprocess.DEVNULL if stdin is None else None, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def _one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    text = (result.stdout + result.stderr).strip()
    assert "Traceback" not in text and "Error" not in text, text
    assert len(text.splitlines()) == 1, text
    assert "_" not in text.partition(": ")[2], text  # no wrong_code_or_tampered, no exception names
    assert text.endswith("."), text
    return text


@pytest.fixture
def files(vault: Vault, tmp_path: Path) -> tuple[Path, str, Path]:
    from datetime import date

    from trustdesk.domain.enums import Initiator, Language, Profession

    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1), initiator=Initiator.DOCTOR, language=Language.NL,
                                profession=Profession.PHYSICIAN))
    assert case.id is not None
    data, code = write_handover(vault, [case.id])
    handover = tmp_path / "x.tdhandover"
    handover.write_bytes(data)
    (tmp_path / "backups").mkdir()
    backup = BackupService(vault).backup_to(tmp_path / "backups" / "b.tdbackup").path
    return handover, code, backup


def test_no_terminal_is_one_sentence_not_a_traceback(files: tuple[Path, str, Path], data_dir: Path) -> None:
    handover, _code, backup = files
    for args in (("handover-verify", str(handover)), ("backup-verify", str(backup)),
                 ("audit-verify", "--data-dir", str(data_dir))):
        result = _run(*args)
        assert result.returncode == 2, result
        assert "stdin" in _one_sentence(result)


@pytest.mark.parametrize("secret", ["", "0000-0000-0000-0000-0000-0000-00", "not a code at all", "é" * 40])
def test_wrong_secrets_say_one_sentence(files: tuple[Path, str, Path], secret: str) -> None:
    handover, _code, backup = files
    wrong = _run("handover-verify", str(handover), "--code-stdin", stdin=secret + "\n")
    from trustdesk.vault.keyslots import code_problem

    assert wrong.returncode == (2 if code_problem(secret) else 1)  # malformed input 2, a wrong code 1 (cli/exits.py)

    # a typo (not a code at all) is said apart from a well-formed code that is the wrong one
    expected = "not a handover code" if code_problem(secret) else "code does not open"
    assert expected in _one_sentence(wrong)
    wrong = _run("backup-verify", str(backup), "--passphrase-stdin", stdin=secret + "\n")
    assert wrong.returncode == 1
    assert "does not open this backup" in _one_sentence(wrong)


def test_damaged_files_say_one_sentence(files: tuple[Path, str, Path], tmp_path: Path) -> None:
    handover, code, backup = files
    for cut in (10, len(handover.read_bytes()) // 2):
        bad = tmp_path / f"cut{cut}.tdhandover"
        bad.write_bytes(handover.read_bytes()[:cut])
        result = _run("handover-verify", str(bad), "--code-stdin", stdin=code + "\n")
        assert result.returncode == 1
        _one_sentence(result)
    bad = tmp_path / "cut.tdbackup"
    bad.write_bytes(backup.read_bytes()[:-100])
    result = _run("backup-verify", str(bad), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 1
    assert "damaged" in result.stdout
    missing = _run("handover-verify", str(tmp_path / "nowhere.tdhandover"), "--code-stdin", stdin=code + "\n")
    assert missing.returncode == 3
    assert "nowhere.tdhandover" in missing.stdout and "Traceback" not in missing.stdout + missing.stderr


def test_instance_lock_is_owner_only(tmp_path: Path) -> None:
    from trustdesk.ui.shell.single_instance import InstanceLock

    previous = os.umask(0o022)
    try:
        for name in ("a", "b", "c"):
            lock = InstanceLock(tmp_path / name)
            assert lock.acquire()
            assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600
            assert os.umask(0o022) == 0o022  # the process umask is given back
            lock.release()
    finally:
        os.umask(previous)
