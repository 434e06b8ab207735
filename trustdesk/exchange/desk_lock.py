"""The coordinator desk's write lock: one writer at a time on a desk folder, across processes.

The desk window and the headless ``coordinator`` / ``figures`` commands may run at the same time on
one desk (a script adds the cards a coordinator received, while the desk is open): each keeps the
desk open for as long as it likes, but every *write* (a card, a released quarter, the pack draft, an
audit line) holds ``DIR/desk.lock`` for the moment it takes.  The other side waits for it (a write
takes milliseconds; ``WAIT_SECONDS`` at most) and only then says the desk is busy, having changed
nothing.  The audit log is a hash chain read-then-appended: two writers at once would give two lines
the same number.  What one side wrote, the other sees: the window watches the folder
(``ui/desk/desk_watch.py``).

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows): it goes with
the process that held it, so a killed command never leaves the desk locked.  Within one process the
lock is re-entrant (a card added writes the card, then its audit line) and threads queue for it.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_FILE = "desk.lock"
WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.02
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) \
    | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


class LockTimeout(Exception):
    """Another process kept the desk's write lock for longer than the wait."""


def _try_os_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class DeskLock:
    """``with lock.held(): ...`` -- LockTimeout when another process holds it for ``wait`` seconds."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_FILE
        self._threads = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextlib.contextmanager
    def held(self, wait: float | None = None) -> Iterator[None]:
        wait = WAIT_SECONDS if wait is None else wait
        if not self._threads.acquire(timeout=max(wait, 0.0)):
            raise LockTimeout(str(self.path))
        try:
            if self._depth == 0:
                self._fd = self._take(wait)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._fd is not None:
                    fd, self._fd = self._fd, None
                    try:
                        _os_unlock(fd)
                    finally:
                        os.close(fd)
        finally:
            self._threads.release()

    def _take(self, wait: float) -> int:
        # An empty file of our own, 0600, never through a link; nothing is ever written into it.
        fd = os.open(self.path, _OPEN_FLAGS, 0o600)
        deadline = time.monotonic() + wait
        try:
            while not _try_os_lock(fd):
                if time.monotonic() >= deadline:
                    raise LockTimeout(str(self.path))
                time.sleep(_POLL_SECONDS)  # another process writes: milliseconds, as a rule
        except BaseException:
            os.close(fd)
            raise
        return fd
