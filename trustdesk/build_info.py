"""What this TrustDesk is: its version and the date its installer was built.

The installer writes ``resources/build.json`` ({"date": "YYYY-MM-DD"}).  A run from a source checkout
has none: it is a development version, not released, and ``checkout()`` says which one -- the commit
and the day it became the checkout's HEAD, read from the files of its ``.git`` (no git program run).
Settings shows them, with the date of the last pack.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from trustdesk import __version__


def _resources() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[1] / "resources"


def version() -> str:
    return __version__


def build_date() -> str:
    """The ISO date of the build, or "" for a development run (or an unreadable file)."""
    try:
        data = json.loads((_resources() / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get("date") if isinstance(data, dict) else None
    return value if isinstance(value, str) and len(value) == 10 else ""


class Checkout(NamedTuple):
    commit: str  # the short hash
    date: str  # ISO date HEAD moved to it ("" when the checkout's log does not say)


_SHA = re.compile(r"[0-9a-f]{40}")


_running: list[Checkout | None] = []  # this process's own checkout, read once (remember_running)


def remember_running() -> None:
    """Note the commit this process runs, once, soon after it starts: Settings shows that one, not
    whatever the checkout moved to while the app was open (a developer's pull, a worktree landing)."""
    if not _running:
        _running.append(_read_checkout(None))


def checkout(root: Path | None = None) -> Checkout | None:
    """The commit a source checkout runs (``root``: the tree holding ``trustdesk/``; without it, the
    one this process started from: ``remember_running``), or None for an installed build or a tree
    without git."""
    if root is None:
        remember_running()
        return _running[0]
    return _read_checkout(root)


def _read_checkout(root: Path | None) -> Checkout | None:
    """Reads ``.git`` (a folder, or a worktree's file naming its folder): HEAD, the branch's ref (loose
    or packed) and HEAD's log for the day."""
    if getattr(sys, "_MEIPASS", None) and root is None:
        return None
    root = root or Path(__file__).resolve().parents[1]
    try:
        git = root / ".git"
        if git.is_file():
            gitdir = Path(git.read_text(encoding="utf-8").strip().removeprefix("gitdir:").strip())
            gitdir = gitdir if gitdir.is_absolute() else root / gitdir
        elif git.is_dir():
            gitdir = git
        else:
            return None
        common = gitdir / (gitdir / "commondir").read_text(encoding="utf-8").strip() \
            if (gitdir / "commondir").is_file() else gitdir
        head = (gitdir / "HEAD").read_text(encoding="utf-8").strip()
        sha = head if _SHA.fullmatch(head) else _ref(gitdir, common, head.removeprefix("ref:").strip())
        if sha is None:
            return None
        return Checkout(sha[:7], _day(gitdir / "logs" / "HEAD", sha))
    except (OSError, UnicodeDecodeError):
        return None


def _ref(gitdir: Path, common: Path, ref: str) -> str | None:
    for folder in (gitdir, common):
        loose = folder / ref
        if loose.is_file():
            value = loose.read_text(encoding="utf-8").strip()
            return value if _SHA.fullmatch(value) else None
    packed = common / "packed-refs"
    if packed.is_file():
        for line in packed.read_text(encoding="utf-8").splitlines():
            value, _, name = line.partition(" ")
            if name == ref and _SHA.fullmatch(value):
                return value
    return None


def _day(log: Path, sha: str) -> str:
    """The day HEAD last moved to ``sha``, from its log ("old new who <mail> seconds zone\tmessage")."""
    if not log.is_file():
        return ""
    for line in reversed(log.read_text(encoding="utf-8", errors="replace").splitlines()):
        fields = line.split("\t", 1)[0].split()
        if len(fields) >= 4 and fields[1] == sha and fields[-2].isdigit():
            return datetime.fromtimestamp(int(fields[-2]), tz=UTC).date().isoformat()
    return ""
