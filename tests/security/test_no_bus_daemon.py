"""The app never starts a D-Bus daemon, and quitting leaves no process of ours (issue 18).

On X11 without an announced session bus, Qt (accessibility bridge, platform theme) and the suspend
watcher made libdbus *autolaunch* ``dbus-launch`` + ``dbus-daemon``: they outlived the app (as long
as the display) and left ``/tmp/dbus-*`` sockets (~300 on the test machine).  Measured before the
fix: one dbus-launch and one dbus-daemon per start on a fresh display; after: none.

The app runs on its own Xvfb with a marker in its environment; every process it starts inherits the
marker, so after it quit a process with the marker is one it left behind (whatever its name).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.security.sandbox import ROOT, have, isolated_env, private_display
from tests.waits import wait_for_line

CHILD = Path(__file__).with_name("bus_child.py")
MARKER = "TRUSTDESK_BUS_TEST_MARKER"
pytestmark = pytest.mark.skipif(not have("Xvfb"), reason="Xvfb missing (make sysdeps)")


def marked(token: str) -> list[str]:
    """Processes whose environment carries ``MARKER=token``: pid and command line."""
    found = []
    needle = f"{MARKER}={token}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                found.append(f"{entry.name}: {command}")
        except OSError:
            continue
    return found


@pytest.fixture
def display() -> Iterator[str]:
    with private_display("1366x768x24") as name:
        yield name


def test_the_marker_check_sees_a_process_that_stays(tmp_path: Path) -> None:
    token = uuid.uuid4().hex
    stays = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE,
                             env={**os.environ, MARKER: token})
    try:
        assert len(marked(token)) == 1
    finally:
        stays.communicate(b"")
    assert marked(token) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and libdbus autolaunch")
def test_the_app_starts_no_bus_daemon_and_leaves_no_process(tmp_path: Path, display: str) -> None:
    env, _ = isolated_env(tmp_path / "env")
    token = uuid.uuid4().hex
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", **{MARKER: token})
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # as on a machine without a session bus
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.Popen([sys.executable, str(CHILD), str(tmp_path / "data")], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_line(proc, "WARM", timeout=120)
        running = marked(token)
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0
    assert not [p for p in running if "dbus" in p], f"a D-Bus daemon was started: {running}"
    assert len(running) == 1, f"the app started other processes: {running}"
    assert marked(token) == [], "processes left after quitting"
