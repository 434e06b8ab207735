"""Autosave survives a hard kill: text typed into the notes editor is in the vault when the
process is killed with SIGKILL about 1.5 s after the last keystroke (no quit handler runs)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.e2e.autosave_driver import NOTE
from tests.waits import wait_for_line
from trustdesk.domain.models import Case
from trustdesk.vault import Keychain, Vault

DRIVER = Path(__file__).with_name("autosave_driver.py")
ROOT = Path(__file__).resolve().parents[2]
KILL_AFTER_S = 1.5


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_typed_note_survives_sigkill(data_dir: Path, new_vault: Callable[..., Vault]) -> None:
    vault = new_vault(data_dir, keychain=Keychain.none())
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    vault.lock()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(data_dir), str(case.id)], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdin is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.close()
        typed_at = wait_for_line(proc, "TYPED", timeout=60)
        time.sleep(max(0.0, typed_at + KILL_AFTER_S - time.monotonic()))
        assert proc.poll() is None, "the driver ended by itself: the kill would prove nothing"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    reopened = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        assert [c.notes for c in reopened.contacts.for_case(case.id)] == [NOTE]
        assert reopened.integrity_errors() == []
    finally:
        reopened.lock()
