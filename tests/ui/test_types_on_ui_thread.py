"""No PySide6 class is made off the UI thread (shell/warm_up.py; ARCHITECTURE.md, performance).

PySide6 makes a module's classes on first use, and two threads making them at once crashed the app
(~1 in 40 keyboard journeys): the warm-up's worker imported the main window's modules while the UI
thread made a wrapper in the app's event filter.  The real app runs in a child process
(tests/ui/types_thread_child.py) where every worker job runs while the UI thread waits for it, so
anything that appears meanwhile in a PySide6 module's namespace, or any module of PySide6 or of
``trustdesk.ui`` imported meanwhile, was the worker's doing: the warm-up, the unlock, the first page,
the Cases page and the print worker's painting must make none."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from trustdesk.vault import Keychain, Vault

CHILD = Path(__file__).with_name("types_thread_child.py")
ROOT = Path(__file__).resolve().parents[2]


def test_workers_make_no_pyside_class(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      new_vault: Callable[..., Vault]) -> None:
    monkeypatch.setenv("TRUSTDESK_NO_KEYCHAIN", "1")
    keychain = Keychain()
    assert not keychain.available
    data_dir = tmp_path / "data"
    new_vault(data_dir, keychain=keychain).lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), TRUSTDESK_NO_KEYCHAIN="1")
    done = subprocess.run([sys.executable, str(CHILD), str(data_dir), PASSPHRASE], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, (done.stdout[-2000:], done.stderr[-3000:])
    report = json.loads(lines[-1])
    assert report["warmed"]
    labels = [job["job"] for job in report["jobs"]]
    assert any("warm_up" in label for label in labels), labels  # the warm-up's worker ran
    assert "render_to_printer" in labels and len(labels) >= 4, labels  # and the unlock's, the pages', the print's
    made = {job["job"]: job["made"] for job in report["jobs"] if job["made"]}
    assert made == {}, json.dumps(made, indent=1)[:4000]
