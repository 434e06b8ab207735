"""The start-up figure's desktop (tests/benchmarks/start_env.py, x11_paint.py): a window counts as shown
when it has painted, not when it is mapped; the three programs share one session bus, which is there
while they run and gone with everything the run started afterwards; KeePassXC gets a database of its
own to open on its unlock screen.  Unit tests of the bench harness, not of the app."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.benchmarks.start_env import carrying, made_up_kdbx, session_bus, stop_leftovers
from tests.benchmarks.x11_paint import X11


@pytest.fixture
def display() -> Iterator[str]:
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb missing (make sysdeps)")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "640x480x24", "-nolisten", "tcp",
                             "-br"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_fd,))
    os.close(write_fd)
    with os.fdopen(read_fd) as announced:
        name = f":{announced.readline().strip()}"
    try:
        yield name
    finally:
        xvfb.terminate()
        xvfb.wait()


@pytest.mark.parametrize("size", [(1, 1), (37, 19), (400, 300)])
def test_a_mapped_window_is_shown_only_once_it_has_painted(display: str, size: tuple[int, int]) -> None:
    x = X11(display)
    lib, dpy = x.lib, x.display
    try:
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XCreateSimpleWindow.restype = ctypes.c_ulong
        lib.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                            ctypes.c_uint, ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong,
                                            ctypes.c_ulong]
        for fn in (lib.XMapWindow, lib.XClearWindow):
            fn.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        lib.XSetWindowBackground.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
        window = lib.XCreateSimpleWindow(dpy, lib.XDefaultRootWindow(dpy), 10, 10, size[0], size[1], 0, 0, 0)
        lib.XMapWindow(dpy, window)  # mapped, black as the root: nothing painted
        lib.XSync(dpy, 0)
        assert not x.painted(window)
        lib.XSetWindowBackground(dpy, window, 0xEFEFEF)  # a light window background, as the programs paint
        lib.XClearWindow(dpy, window)
        lib.XSync(dpy, 0)
        assert x.painted(window)
        assert not x.painted(window + 1000)  # no such window: not shown, and no X error kills the bench
    finally:
        x.close()


def _titled_window(x: X11, parent: int, title: str, *, utf8_only: bool, mapped: bool) -> int:
    """A window under ``parent`` named ``title`` (WM_NAME, or only _NET_WM_NAME as UTF-8, as a program may)."""
    lib, dpy = x.lib, x.display
    lib.XCreateSimpleWindow.restype = ctypes.c_ulong
    lib.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                        ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_ulong]
    lib.XMapWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XStoreName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_char_p]
    lib.XChangeProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int,
                                    ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    window = lib.XCreateSimpleWindow(dpy, parent, 5, 5, 50, 40, 0, 0, 0)
    raw = title.encode()
    if utf8_only:
        lib.XChangeProperty(dpy, window, lib.XInternAtom(dpy, b"_NET_WM_NAME", 0),
                            lib.XInternAtom(dpy, b"UTF8_STRING", 0), 8, 0, raw, len(raw))
    else:
        lib.XStoreName(dpy, window, raw)
    if mapped:
        lib.XMapWindow(dpy, window)
    lib.XSync(dpy, 0)
    return window


@pytest.mark.parametrize("utf8_only", [False, True])
def test_a_window_is_found_by_its_title_as_xdotool_finds_it(display: str, utf8_only: bool) -> None:
    """The start figure finds the window in its own process (x11_paint.X11.mapped), as ``xdotool search
    --onlyvisible --name`` did: a mapped window whose title holds the words, not an unmapped one."""
    x = X11(display)
    try:
        root = x.lib.XDefaultRootWindow(x.display)
        assert x.mapped("TrustDesk") is None
        hidden = _titled_window(x, root, "TrustDesk \u2014 hidden", utf8_only=utf8_only, mapped=False)
        other = _titled_window(x, root, "BareWindow", utf8_only=utf8_only, mapped=True)
        assert x.mapped("TrustDesk") is None  # the only one so named is not mapped
        assert x.mapped("BareWindow") == other
        shown = _titled_window(x, root, "Ontgrendel \u2014 TrustDesk", utf8_only=utf8_only, mapped=True)
        assert x.mapped("TrustDesk") == shown != hidden
        if shutil.which("xdotool") and not utf8_only:  # (xdotool reads WM_NAME only; Qt sets both)
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "TrustDesk"], capture_output=True,
                                   text=True, env={**os.environ, "DISPLAY": display}).stdout.split()
            assert found == [str(shown)]
    finally:
        x.close()


def test_one_session_bus_while_the_programs_run_and_nothing_left_after(tmp_path: Path) -> None:
    if not (shutil.which("dbus-daemon") and shutil.which("dbus-send")):
        pytest.skip("dbus-daemon missing")
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    with session_bus(env) as address:
        assert address and env["DBUS_SESSION_BUS_ADDRESS"] == address
        answer = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                 "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"], env=env,
                                capture_output=True, text=True, timeout=30)
        assert answer.returncode == 0 and "org.freedesktop.DBus" in answer.stdout
        # a program of the run that outlives it (as an autolaunched bus did), in a session of its own
        straggler = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], env=env,
                                     start_new_session=True)
    try:
        assert straggler.pid in carrying(home)  # Popen returns after the exec: its environment is set
        assert stop_leftovers(home) >= 1
        straggler.wait(timeout=10)
        assert carrying(home) == []
    finally:
        if straggler.poll() is None:
            straggler.kill()
            straggler.wait()


def test_keepassxc_gets_a_database_to_unlock(tmp_path: Path) -> None:
    if not shutil.which("keepassxc-cli"):
        pytest.skip("keepassxc-cli missing (make bench installs keepassxc)")
    path = made_up_kdbx(tmp_path, {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)})
    assert path is not None and path.read_bytes()[:4] == bytes.fromhex("03d9a29a")  # KeePass's signature
