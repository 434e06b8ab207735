"""A reusable plaintext scanner: does any file under some directories hold case text?

Used by the no-plaintext tests (tests/security/test_plaintext_on_disk.py): a workflow runs with
unique marker strings in every field, then every file under the data dir, the process's TMPDIR,
the XDG config/cache/data/state dirs (QSettings lives there) and HOME is searched for

- each marker as UTF-8 and as UTF-16-LE (Qt and Windows APIs write UTF-16) and UTF-16-BE,
- each marker in a file or directory *name* (a temp file named after a doctor leaks too),
- ``SQLite format 3\\0``: an unencrypted SQLite database (a plaintext copy or temp table).

Files the test explicitly asked to be saved are passed as ``allowed`` and only they may hit.
Add a GUI workflow (preview, print to a PDF ``QPrinter``, backup) by running it with the same
markers and calling :func:`scan` on the same roots.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


@dataclass(frozen=True)
class Hit:
    path: Path
    what: str  # the marker (or "SQLite format 3")
    how: str  # "utf-8", "utf-16-le", "utf-16-be", "file name", "sqlite magic"

    def __str__(self) -> str:
        return f"{self.path}: {self.what!r} ({self.how})"


def needles(markers: Iterable[str]) -> list[tuple[str, str, bytes]]:
    """(marker, encoding, bytes) for every marker in every encoding we look for."""
    return [(m, enc, m.encode(enc)) for m in markers for enc in ENCODINGS]


def scan_bytes(data: bytes, markers: Sequence[str], *, magic: bool = True) -> list[tuple[str, str]]:
    """(what, how) for everything found in one blob."""
    found = [(m, enc) for m, enc, raw in needles(markers) if raw in data]
    if magic and SQLITE_MAGIC in data:
        found.append(("SQLite format 3", "sqlite magic"))
    return found


def walk(roots: Iterable[Path]) -> Iterable[Path]:
    """Every regular file and directory below the roots (symlinks are not followed)."""
    for root in roots:
        root = Path(root)
        if not root.exists():
            continue
        if root.is_file():
            yield root
            continue
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            base = Path(dirpath)
            for name in dirnames:
                yield base / name
            for name in filenames:
                yield base / name


def scan(roots: Iterable[Path], markers: Sequence[str], *, allowed: Iterable[Path] = (),
         magic: bool = True) -> list[Hit]:
    """Every hit under ``roots`` except in the files listed in ``allowed``."""
    allowed_set = {Path(p).resolve() for p in allowed}
    hits: list[Hit] = []
    seen: set[Path] = set()
    for path in walk(roots):
        resolved = path.resolve()
        if resolved in seen or resolved in allowed_set:
            continue
        seen.add(resolved)
        hits.extend(Hit(path, m, "file name") for m in markers if m.lower() in path.name.lower())
        if path.is_symlink() or not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError:  # a socket or a file that vanished while we walked: nothing to read
            continue
        hits.extend(Hit(path, what, how) for what, how in scan_bytes(data, markers, magic=magic))
    return hits


def files_under(roots: Iterable[Path]) -> list[Path]:
    """The regular files below the roots (how much the scan looked at)."""
    return [p for p in walk(roots) if p.is_file() and not p.is_symlink()]
