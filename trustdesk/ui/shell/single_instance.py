"""One TrustDesk per data folder: a ``QLockFile`` in the data dir (QLocalServer would need Qt's network module, which the house rules keep out)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "trustdesk.lock"


class InstanceLock:
    """Held for the whole run. The file holds only pid, host and app name: no case data."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        # 0 = never stale by age; a lock whose process died is still recognised and taken over.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Owner-only like every file in the data dir (SECURITY.md): QLockFile creates it with the
        # umask's permissions, so the umask is narrowed for that moment (start-up: no other thread).
        previous = os.umask(0o077)
        try:
            return self._lock.tryLock(200)
        finally:
            os.umask(previous)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
