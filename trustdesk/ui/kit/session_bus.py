"""No D-Bus daemon of our making: ``no_bus_autolaunch()``, called by every GUI entry point before Qt starts.

Qt on X11 asks for the session bus on its own (the accessibility bridge, the platform theme) and so
does the suspend watcher (ui/shell/suspend.py).  When no session bus is announced -- no
``DBUS_SESSION_BUS_ADDRESS`` and no ``$XDG_RUNTIME_DIR/bus`` -- libdbus then *autolaunches* one: it runs
``dbus-launch --autolaunch``, whose ``dbus-daemon`` outlives the app (it lives as long as the X
display) and leaves a ``/tmp/dbus-*`` socket behind.  A bus started that way serves nobody but us:
no screen reader and no screen locker listens on it.

So, before Qt loads: a session bus that exists is named explicitly (the same one libdbus would find),
and when there is none the address is set to ``disabled:``, an address libdbus cannot connect to,
which ends the search without a launch.  Qt then simply has no session bus; the idle lock still
works without it.  Standard library only.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import MutableMapping
from pathlib import Path

ADDRESS = "DBUS_SESSION_BUS_ADDRESS"
NO_BUS = "disabled:"


def no_bus_autolaunch(environ: MutableMapping[str, str] | None = None) -> str | None:
    """Make sure libdbus never starts a session bus daemon for this process; return the address set
    (None when the environment already named one, or off Linux/BSD where there is no autolaunch)."""
    env = os.environ if environ is None else environ
    if sys.platform.startswith(("win", "darwin")) or env.get(ADDRESS, "").strip():
        return None
    address = NO_BUS
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime:
        bus = Path(runtime) / "bus"
        try:
            if stat.S_ISSOCK(bus.stat().st_mode) and bus.stat().st_uid == os.getuid():
                address = f"unix:path={bus}"
        except OSError:
            pass
    env[ADDRESS] = address
    return address
