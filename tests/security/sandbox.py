"""A fresh, isolated environment for a TrustDesk subprocess: its own TMPDIR, HOME and XDG dirs.

Everything the process could write outside the data dir lands in one of these directories, so a
test can scan them afterwards (tests/security/scan.py) or check that nothing is left behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def isolated_env(base: Path, *, keychain: bool = False) -> tuple[dict[str, str], list[Path]]:
    """The environment and the directories it points at (to scan afterwards)."""
    env = dict(os.environ)
    dirs = {"TMPDIR": base / "tmp", "HOME": base / "home", "XDG_CONFIG_HOME": base / "config",
            "XDG_CACHE_HOME": base / "cache", "XDG_DATA_HOME": base / "share", "XDG_STATE_HOME": base / "state",
            "XDG_RUNTIME_DIR": base / "runtime"}
    for name, path in dirs.items():
        path.mkdir(parents=True, mode=0o700)
        env[name] = str(path)
    if keychain:
        env.pop("TRUSTDESK_NO_KEYCHAIN", None)
    else:
        env["TRUSTDESK_NO_KEYCHAIN"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    return env, list(dirs.values())


def have(*programs: str) -> bool:
    return all(shutil.which(p) for p in programs)


@contextmanager
def private_display(screen: str = "1366x768x24") -> Iterator[str]:
    """A private Xvfb on a free display (-displayfd: the server picks and announces it), gone afterwards."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp",
                             "-noreset"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_fd,))
    os.close(write_fd)
    with os.fdopen(read_fd) as announced:
        number = announced.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
