"""Lock when the laptop goes to sleep or the session's screen locks, where the platform says so.

On Linux (D-Bus through ``PySide6.QtDBus``, part of PySide6-Essentials; D-Bus is a local IPC bus,
not network code):

- ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` on the system bus: about to sleep → lock;
  ``PrepareForSleep(false)``: resumed → ``resumed`` (the idle lock then judges by the wall clock);
- ``org.freedesktop.ScreenSaver.ActiveChanged(true)`` on the session bus: the screen locked → lock.

Elsewhere (or without a bus) nothing is connected, and the wall-clock idle check in ``idle.py``
still locks right after a resume once the idle time has passed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
SCREENSAVER = ("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")


class SuspendWatcher(QObject):
    lock_requested = Signal()
    resumed = Signal()

    def __init__(self, parent: QObject | None = None, *, connect_buses: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("suspendWatcher")
        self.connected: list[str] = []  # which signals are being listened to
        if connect_buses and sys.platform.startswith("linux"):
            self._connect()

    def _connect(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus: the idle check still works
            return
        for bus, (service, path, interface, name), slot in (
                (QDBusConnection.systemBus(), LOGIN1, "prepare_for_sleep(bool)"),
                (QDBusConnection.sessionBus(), SCREENSAVER, "screensaver_active(bool)")):
            if bus.isConnected() and bus.connect(service, path, interface, name, self,
                                                 SLOT(slot)):  # type: ignore[call-overload]
                self.connected.append(name)

    @Slot(bool)
    def prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lock_requested.emit()
        else:
            self.resumed.emit()

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
