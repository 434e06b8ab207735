"""One TrustDesk per data folder: a ``QLockFile`` in the data dir (QLocalServer would need Qt's network module, which the house rules keep out)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "trustdesk.lock"
CLOSING_NAME = "trustdesk.closing"  # the holder is closing (its quit's backup): holds only its process id


class InstanceLock:
    """Held for the whole run. The file holds only pid, host and app name: no case data."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        # 0 = never stale by age; a lock whose process died is still recognised and taken over.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self._try(200)

    def _try(self, wait_ms: int) -> bool:
        # Owner-only like every file in the data dir (SECURITY.md): QLockFile creates it with the
        # umask's permissions, so the umask is narrowed for that moment (start-up: no other thread).
        previous = os.umask(0o077)
        try:
            return bool(self._lock.tryLock(wait_ms))
        finally:
            os.umask(previous)

    @property
    def held(self) -> bool:
        return bool(self._lock.isLocked())

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
            if self._marked_pid() == os.getpid():
                with contextlib.suppress(OSError):
                    self.closing_path.unlink()

    # -- a holder that is closing ------------------------------------------------------------------
    # At quit the main window goes at once while the lock's thread still makes the backup (seconds on a
    # big vault or a USB stick), the folder still held.  The holder says so beside its lock; a TrustDesk
    # started meanwhile waits for it and then opens, instead of saying "already open" with no window to
    # switch to (outside tester).

    @property
    def closing_path(self) -> Path:
        return self.path.with_name(CLOSING_NAME)

    def mark_closing(self) -> None:
        """Say, beside the lock this process holds, that it is closing (best effort: no file, no wait)."""
        from trustdesk.vault.files import atomic_write_bytes

        if self._lock.isLocked():
            with contextlib.suppress(OSError):
                atomic_write_bytes(self.closing_path, str(os.getpid()).encode("ascii"))

    def holder_is_closing(self) -> bool:
        """The lock is held by a process that said it is closing (its id in the mark is the lock's)."""
        info = self._lock.getLockInfo()
        return bool(info) and self._marked_pid() == int(info[0])

    def _marked_pid(self) -> int | None:
        """The process id in the closing mark, or None (no mark, or not one of ours)."""
        try:
            return int(self.closing_path.read_bytes()[:32].decode("ascii").strip())
        except (OSError, ValueError):
            return None

    def try_again(self) -> bool:
        """One more attempt to take the lock (the holder may just have let go)."""
        taken = self._try(0)
        if taken:  # a mark left by a holder that has gone is not ours to keep
            with contextlib.suppress(OSError):
                self.closing_path.unlink()
        return taken
