"""Autosave survives a hard kill (SECURITY.md §4: a SIGKILL loses at most the last second of typing
plus the write under way): text typed into the notes editor is in the vault when the process is
killed with SIGKILL about 1.5 s after the last keystroke, and when it is killed while typing never
paused (no quit handler runs)."""

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
TYPE_FOR_S = 4.0  # a few one-second ceilings (the old ten-second one saved nothing in this time)
SLACK_S = 0.5  # one write plus a shared machine's timer lateness


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


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_while_typing_loses_at_most_about_a_second(data_dir: Path, new_vault: Callable[..., Vault]) -> None:
    vault = new_vault(data_dir, keychain=Keychain.none())
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    vault.lock()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(data_dir), str(case.id), "continuous"], cwd=ROOT,
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    progress: list[tuple[float, int]] = []  # (when the driver said so, characters typed by then)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.close()
        wait_for_line(proc, "AT 10", timeout=60)
        started = time.monotonic()
        while time.monotonic() - started < TYPE_FOR_S:  # the typing itself paces this loop
            line = proc.stdout.readline()
            if line.startswith("AT "):
                progress.append((time.monotonic(), int(line.split()[1])))
        assert proc.poll() is None, "the driver ended by itself: the kill would prove nothing"
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    reopened = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        notes = [c.notes for c in reopened.contacts.for_case(case.id)]
        assert reopened.integrity_errors() == []
    finally:
        reopened.lock()
    assert len(notes) == 1
    saved = len(notes[0])
    # everything typed more than a second (plus a write and a busy machine's lateness) before the kill
    must_hold = max((n for when, n in progress if when <= killed_at - 1.0 - SLACK_S), default=0)
    assert must_hold > 0, "the typing ran too short to judge"
    assert saved >= must_hold, f"{saved} characters saved; {must_hold} were typed over a second before the kill"
    expected = (NOTE * (saved // len(NOTE) + 1))[:saved]
    assert notes[0] == expected
