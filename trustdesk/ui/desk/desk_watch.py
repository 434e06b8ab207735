"""What another program wrote to the desk folder, seen by the open desk window.

A command (``python -m trustdesk coordinator add-card``, ``figures merge``) may write to the desk
while its window is open (``exchange/desk_lock.py``: one write at a time, the window and the
commands alike).  ``DeskWatch`` watches the desk folder and its ``cards`` and ``releases`` folders
(``QFileSystemWatcher``: the operating system's notices, no polling, no network) and looks again
whenever the window becomes active (a watcher can miss a change on a network drive); it emits
``changed`` once per burst of changes (a card written is a temp file, a rename and an audit line),
and only when what the desk shows differs from the last look.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 120  # a burst of notices (temp file, rename, audit line) becomes one look
WATCHED = ("cards", "releases")

Snapshot = tuple[tuple[str, int, int], ...]


def busy_text() -> str:
    """The desk's write lock stayed taken for the whole wait (``DeskBusy``), in the desk's language."""
    return QCoreApplication.translate("DeskWatch", "Another program (a TrustDesk command) kept writing to the desk, "
                                                   "so nothing was changed. Try again in a moment.")


def snapshot(folder: Path) -> Snapshot:
    """(path, size, mtime) of what the desk window shows from disk: the cards and the released quarters."""
    found: list[tuple[str, int, int]] = []
    for name in WATCHED:
        with contextlib.suppress(OSError):
            for entry in os.scandir(Path(folder) / name):
                if entry.name.startswith("."):
                    continue  # a writer's temp file
                with contextlib.suppress(OSError):
                    info = entry.stat(follow_symlinks=False)
                    found.append((f"{name}/{entry.name}", info.st_size, info.st_mtime_ns))
    return tuple(sorted(found))


class DeskWatch(QObject):
    changed = Signal()

    def __init__(self, folder: Path, window: QObject) -> None:
        super().__init__(window)
        self.folder = Path(folder)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._noticed)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.look)
        self.last = snapshot(self.folder)
        self._watch_what_exists()
        window.installEventFilter(self)

    def _watch_what_exists(self) -> None:
        wanted = [str(self.folder)] + [str(self.folder / name) for name in WATCHED if (self.folder / name).is_dir()]
        missing = [path for path in wanted if path not in self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)

    def _noticed(self, _path: str) -> None:
        self._watch_what_exists()  # "cards" made by the first card added: watched from now on
        self.settle.start()

    def look(self) -> bool:
        """Compare with the last look; emit ``changed`` (and return True) when the desk's files differ."""
        now = snapshot(self.folder)
        if now == self.last:
            return False
        self.last = now
        self.changed.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.WindowActivate:
            self._watch_what_exists()
            self.look()
        return False

    def stop(self) -> None:
        self.settle.stop()
        paths = self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
