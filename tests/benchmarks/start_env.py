"""The desktop the start-up figure starts its three programs in: one session bus for all of them, and a
made-up KeePassXC database so that KeePassXC opens on its unlock screen, as TrustDesk does.

A user's desktop has a session bus (and its accessibility bus up).  Without one, libdbus
*autolaunches* a ``dbus-daemon`` for each Qt program that asks (the bare window and KeePassXC did,
~100 ms each, and left the daemons behind), while TrustDesk sets the address to ``disabled:`` when
there is none (``trustdesk/ui/kit/session_bus.py``) and skipped that cost: not like for like.  So
the figure starts one ``dbus-daemon --session`` for the run, gives its address to all three, brings
the accessibility bus up once (as a desktop session has it), and at the end stops the bus's process
group and every process still carrying the run's private ``HOME`` (nothing is left behind).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

KDBX_PASSWORD = "made-up passphrase, never used"


@contextmanager
def session_bus(env: dict[str, str]) -> Iterator[str | None]:
    """A session bus for the run: its address (also set in ``env``), or None without dbus-daemon."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        yield None
        return
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        address = proc.stdout.readline().strip() if proc.stdout else ""
        if not address:
            yield None
            return
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        if shutil.which("dbus-send"):  # the accessibility bus up, as on a desktop (each program asks for it)
            subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                            "org.a11y.Bus.GetAddress"], env=env, capture_output=True, timeout=10)
        yield address
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        proc.wait()


def carrying(home: Path) -> list[int]:
    """Processes (other than this one) whose environment has ``HOME`` = ``home``: started for the run."""
    marker = f"HOME={home}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if marker in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def stop_leftovers(home: Path) -> int:
    """Stop every process the run left behind (an activated service, an autolaunched bus): how many."""
    left = carrying(home)
    for pid in left:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + 5
    while carrying(home) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in carrying(home):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return len(left)


def made_up_kdbx(folder: Path, env: dict[str, str]) -> Path | None:
    """An empty KeePassXC database (keepassxc-cli, made once per run; a light KDF: it is never opened)."""
    cli = shutil.which("keepassxc-cli")
    if cli is None:
        return None
    path = folder / "made-up.kdbx"
    done = subprocess.run([cli, "db-create", "--set-password", "--decryption-time", "100", str(path)],
                          input=f"{KDBX_PASSWORD}\n{KDBX_PASSWORD}\n", text=True, capture_output=True, env=env,
                          timeout=60)
    return path if done.returncode == 0 and path.is_file() else None
