"""Atomic, permission-first file writes (electrum's WalletStorage.write, the LUKS rule)."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """temp file (0600 before any byte) -> fsync -> os.replace -> fsync the directory.

    A crash or a full disk leaves either the old or the new file, never neither nor half.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def ensure_private_dir(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.chmod(directory, 0o700)


_SCRATCH = re.compile(r"^\.(?:td-[a-z-]+-(\d+)-[0-9a-f]+\.db(?:-journal|-wal|-shm)?|[\w.]+\.tmp-(\d+))$")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # no cheap liveness test: a leftover of a dead process is removed next time
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_scratch(directory: Path) -> list[str]:
    """Remove scratch files a killed process left behind (encrypted backup exports, header temp files).

    They hold nothing readable, but they waste space and a kill during a backup leaves a full-size
    copy.  Only files of processes that are gone are touched; returns the names removed.
    """
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            match = _SCRATCH.match(entry.name)
            if not match or not entry.is_file(follow_symlinks=False):
                continue
            pid = int(match.group(1) or match.group(2))
            if not _alive(pid):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed
