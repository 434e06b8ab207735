"""End calmly on SIGTERM, SIGINT or SIGHUP (logout, shutdown, Ctrl+C): quit through Qt, so the
vault is locked the normal way (autosaves flushed, WAL checkpointed, key zeroed).

Python runs its signal handlers only between bytecodes, and Qt's event loop is C++: the signal is
written to a pipe (``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches. A pipe, never a
socket (no network code). POSIX only; on Windows the OS ends the session through Qt itself.
"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")


class Termination(QObject):
    """Installed once by ``trustdesk.app``; ``received`` names the last signal (for tests)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.received: str = ""
        self._app = app
        self._notifier: QSocketNotifier | None = None
        if sys.platform == "win32":
            return
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        os.set_blocking(write_fd, False)
        self._read_fd = read_fd
        signal.set_wakeup_fd(write_fd)
        for name in SIGNALS:
            signal.signal(getattr(signal, name), self._note)
        self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _note(self, number: int, _frame: object) -> None:
        self.received = signal.Signals(number).name

    def _wake(self) -> None:
        try:
            os.read(self._read_fd, 64)
        except BlockingIOError:
            return
        # The Python handler has run by now (it runs before control returns to Qt).
        self._app.quit()
