"""A really full disk: a small tmpfs in a private mount namespace (``unshare -rm``), filled up to a
number of free bytes, then a key change or an unlock (issue 17, items 13 and 14).

- passphrase change: at every free-space level, a reported failure leaves the old passphrase in
  force, a reported success the new one, exactly one opens, and a fresh backup opens with exactly
  that one;
- unlock of a locked vault: opens (read-only when nothing can be written, saying so), never
  changes a byte, never leaves -wal/-shm debris.

Skipped where unprivileged mount namespaces are not available.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.full_disk_child import OLD
from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("full_disk_child.py")
LEVELS = (0, 4096, 8192, 12288, 16384, 24576, 32768, 49152, 65536, 98304, 131072, 262144, 524288)


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null "
                            "|| mount -t tmpfs -o size=64k tmpfs \"$TMPDIR\""], capture_output=True, check=False,
                           env=dict(os.environ, TMPDIR="/tmp"))
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _namespaces_work(), reason="needs unshare -rm and tmpfs (Linux)")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("full-disk") / "data"
    vault = Vault.create(data_dir, OLD, keychain=Keychain.none())
    for n in range(20):
        vault.cases.add(Case(code="", opened_on=date(2026, 1, 1), details=f"case {n} " + "text " * 200))
    vault.lock()
    return data_dir


def run_levels(pristine: Path, tmp_path: Path, mode: str, levels: tuple[int, ...] = LEVELS) -> list[dict[str, Any]]:
    mount = tmp_path / "tmpfs"
    out = tmp_path / "out"
    mount.mkdir()
    out.mkdir()
    size = max(2 << 20, 4 * sum(p.stat().st_size for p in pristine.iterdir()))
    script = (f"mount -t tmpfs -o size={size} tmpfs '{mount}' && exec '{sys.executable}' '{CHILD}' '{mount}' "
              f"'{pristine}' '{out}' {mode} {' '.join(str(level) for level in levels)}")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", TRUSTDESK_NO_KEYCHAIN="1")
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_passphrase_change_on_a_full_disk(pristine: Path, tmp_path: Path) -> None:
    reports = run_levels(pristine, tmp_path, "passphrase")
    assert len(reports) == len(LEVELS)
    for report in reports:
        assert len(report["opens"]) == 1, report
        if report["outcome"].startswith("raised"):
            assert report["opens"] == ["old"], report
        else:
            assert report["opens"] == ["new"], report
        assert report["backup_opens_with_current_only"], report
    outcomes = {r["outcome"] for r in reports}
    assert "ok" in outcomes and any(o.startswith("raised") for o in outcomes), outcomes  # both sides covered
    print(f"\npassphrase change at {len(reports)} free-space levels: "
          + ", ".join(f"{r['free']}:{r['outcome']}" for r in reports))


UNLOCK_LEVELS = (0, 4096, 16384, 65536, 200_000, 400_000, 1_000_000)


def test_unlock_on_a_full_disk_reads_and_leaves_no_debris(pristine: Path, tmp_path: Path) -> None:
    """Item 14: a locked vault on a full disk opens (read-only, saying so) and no file changes or
    appears: no 0-byte -wal/-shm left behind."""
    reports = run_levels(pristine, tmp_path, "unlock", UNLOCK_LEVELS)
    assert len(reports) == len(UNLOCK_LEVELS)
    for report in reports:
        assert report["outcome"] in ("read-only", "writable"), report
        assert report["cases"] == 20, report
        if report["outcome"] == "read-only":
            assert report["reason"] == "disk_full" and report["write"] == "WriteFailed", report
            assert report["unchanged"] and report["files_after"] == report["files_before"], report
        else:
            assert set(report["files_after"]) <= set(report["files_before"]) | {"vault.db-wal", "vault.db-shm"}
    assert reports[0]["outcome"] == "read-only"  # a disk with no byte free opens for reading
    print("\nunlock on a full disk: " + ", ".join(f"{r['free']}:{r['outcome']}" for r in reports))


def test_a_read_only_medium_is_said_and_offers_no_restore(pristine: Path, tmp_path: Path) -> None:
    """Item 16: a read-only data folder is VaultReadOnly (not VaultCorrupted: no restore offered)."""
    (report,) = run_levels(pristine, tmp_path, "readonly", (0,))
    assert report["outcome"].startswith("raised VaultReadOnly"), report
    assert not report["corrupted"] and report["unchanged"], report
