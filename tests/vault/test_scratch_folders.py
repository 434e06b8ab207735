"""A selftest killed half-way leaves its temporary data folder in the private scratch folder: the next
sweep of that folder (every ``private_scratch_dir()``) removes it, and nothing else -- only real folders
named with our prefix and the id of a process that is gone, owned by us, never through a link (a link
named like ours, or a link inside a stale folder, is not followed: what it points to is untouched)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.vault import files
from trustdesk.vault.files import private_scratch_dir, sweep_scratch_folders

ROOT = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


DEAD = _dead_pid()

# (name, kind, removed?) -- kinds: folder, link (to a folder outside), file
_ENTRIES = [
    (f"selftest-{DEAD}-abcd_123", "folder", True),
    (f"selftest-{DEAD}-zz", "folder", True),
    (f"selftest-{os.getpid()}-running1", "folder", False),  # a selftest running now
    (f"selftest-{DEAD}-linked00", "link", False),
    (f"selftest-{DEAD}-afile000", "file", False),
    (f"holiday-{DEAD}-photos00", "folder", False),  # not our prefix
    (f"Selftest-{DEAD}-upper000", "folder", False),
    (f"selftest-{DEAD}", "folder", False),
    ("selftest", "folder", False),
    ("photos", "folder", False),
]


def _outside(tmp: Path) -> Path:
    outside = tmp / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "precious.txt").write_text("not ours")
    return outside


def _make(folder: Path, name: str, kind: str, outside: Path) -> None:
    path = folder / name
    if kind == "file":
        path.write_bytes(b"x")
    elif kind == "link":
        path.symlink_to(outside, target_is_directory=True)
    else:
        (path / "data").mkdir(parents=True)
        (path / "data" / "vault.db").write_bytes(os.urandom(512))
        (path / "data" / "outside-link").symlink_to(outside, target_is_directory=True)
        (path / "data" / "precious-link").symlink_to(outside / "precious.txt")


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=st.lists(st.sampled_from(range(len(_ENTRIES))), min_size=1, unique=True))
def test_only_stale_folders_of_ours_are_removed_and_no_link_is_followed(tmp_path_factory: object,
                                                                        chosen: list[int]) -> None:
    tmp = tmp_path_factory.mktemp("sweep")  # type: ignore[attr-defined]
    scratch = tmp / "scratch"
    scratch.mkdir()
    outside = _outside(tmp)
    for index in chosen:
        name, kind, _ = _ENTRIES[index]
        _make(scratch, name, kind, outside)
    removed = sweep_scratch_folders(scratch)
    expected = {_ENTRIES[i][0] for i in chosen if _ENTRIES[i][2]}
    assert set(removed) == expected
    left = {p.name for p in scratch.iterdir()}
    assert left == {_ENTRIES[i][0] for i in chosen} - expected
    assert (outside / "precious.txt").read_text() == "not ours"
    assert sorted(p.name for p in outside.iterdir()) == ["precious.txt"]
    for name in left:
        if (scratch / name).is_symlink():
            assert (scratch / name).resolve() == outside.resolve()


def test_an_old_selftest_folder_without_a_pid_is_removed_once_a_day_old(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch"
    old, fresh = scratch / "selftest-a1b2c3d4", scratch / "selftest-e5f6g7h8"
    for folder in (old, fresh):
        (folder / "data").mkdir(parents=True)
    day_ago = os.stat(old).st_mtime - files.OLD_SCRATCH_FOLDER_AGE - 60
    os.utime(old, (day_ago, day_ago))
    assert sweep_scratch_folders(scratch) == [old.name]
    assert fresh.is_dir()


def test_a_killed_selftest_leaves_a_folder_the_next_scratch_sweep_removes(tmp_path: Path) -> None:
    scratch = private_scratch_dir()
    outside = _outside(tmp_path)
    link = scratch / f"selftest-{DEAD}-pointsout"
    link.symlink_to(outside, target_is_directory=True)
    # The selftest killed in its round trip (SIGKILL: no finally, no cleanup), in this test's cache folder.
    script = ("import os, signal\n"
              "from trustdesk.cli import selftest\n"
              "def killed(root):\n"
              "    (root / 'data').mkdir()\n"
              "    (root / 'data' / 'vault.db').write_bytes(b'encrypted')\n"
              "    os.symlink(os.environ['OUTSIDE'], root / 'data' / 'outside')\n"
              "    os.kill(os.getpid(), signal.SIGKILL)\n"
              "selftest._round_trip = killed\n"
              "selftest.main([])\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OUTSIDE": str(outside)}
    child = subprocess.Popen([sys.executable, "-c", script], env=env, stderr=subprocess.PIPE)
    _, errors = child.communicate()
    assert child.returncode == -signal.SIGKILL, errors
    left = [p for p in scratch.iterdir() if p.name.startswith(f"selftest-{child.pid}-")]
    assert len(left) == 1 and (left[0] / "data" / "vault.db").is_file()
    try:
        assert private_scratch_dir() == scratch  # the sweep
        assert not left[0].exists()
        assert link.is_symlink() and link.resolve() == outside.resolve()
        assert (outside / "precious.txt").read_text() == "not ours"
    finally:
        link.unlink()
