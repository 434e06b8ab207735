"""Fault injection for the atomic header write (trustdesk/vault/files.py).

``FaultyOs`` stands in for the ``os`` module *inside files.py only* and fails the k-th step of
``atomic_write_bytes``: open the temp file, write it, fsync it, ``os.replace``, open the directory,
fsync the directory.  A failure is either an ``OSError(ENOSPC)`` (a full disk) or ``os._exit``
(kill -9 at that instant: no clean-up code runs).
"""

from __future__ import annotations

import errno
import os
from typing import Any

STEPS = ("open temp file", "write", "fsync file", "replace", "open directory", "fsync directory")


class _FaultyFile:
    def __init__(self, handle: Any, faults: FaultyOs) -> None:
        self._handle = handle
        self._faults = faults

    def write(self, data: bytes) -> int:
        self._faults.step("write")
        return int(self._handle.write(data))

    def __enter__(self) -> _FaultyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


class FaultyOs:
    """Forwards to ``os``; fails step number ``fail_at`` (1-based; 0 = never) with ``how``."""

    def __init__(self, fail_at: int = 0, how: str = "enospc") -> None:
        self.fail_at = fail_at
        self.how = how
        self.seen: list[str] = []

    def step(self, name: str) -> None:
        self.seen.append(name)
        if len(self.seen) == self.fail_at:
            if self.how == "kill":
                os._exit(137)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def open(self, path: Any, flags: int, mode: int = 0o777) -> int:
        self.step("open directory" if os.path.isdir(path) else "open temp file")
        return os.open(path, flags, mode)

    def fdopen(self, fd: int, *args: Any, **kwargs: Any) -> _FaultyFile:
        return _FaultyFile(os.fdopen(fd, *args, **kwargs), self)

    def fsync(self, fd: int) -> None:
        import stat

        self.step("fsync directory" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        os.fsync(fd)

    def replace(self, src: Any, dst: Any) -> None:
        self.step("replace")
        os.replace(src, dst)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)
