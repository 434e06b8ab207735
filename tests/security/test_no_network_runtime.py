"""House rule at run time: TrustDesk never opens a network socket.

(a) The static import scan lives in test_no_network_static.py.
(b) tests/conftest.py patches ``socket.socket``/``socket.create_connection`` for every test; the
    tests here prove the guard is installed, so it cannot silently vanish.
(c) ``strace -f -e trace=network`` of real processes: the headless selftest, and the desktop app
    under ``xvfb-run`` for a few seconds.  Zero AF_INET/AF_INET6 sockets; AF_UNIX (X11, D-Bus) is fine.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.security.sandbox import ROOT, have, isolated_env

if TYPE_CHECKING:
    from trustdesk.vault import Vault

INET = re.compile(r"\bAF_INET6?\b")

needs_strace = pytest.mark.skipif(not have("strace"), reason="strace is not installed")


def inet_calls(trace: Path) -> list[str]:
    """Every traced syscall line that names an Internet address family."""
    lines = trace.read_text(errors="replace").splitlines() if trace.exists() else []
    return [line for line in lines if INET.search(line)]


def unix_calls(trace: Path) -> list[str]:
    return [line for line in trace.read_text(errors="replace").splitlines() if "AF_UNIX" in line]


def strace_cmd(trace: Path) -> list[str]:
    return ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace)]


# --- (b) the in-process guard is really there ------------------------------------------------------


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_guard_refuses_internet_sockets(family: socket.AddressFamily) -> None:
    with pytest.raises(RuntimeError, match="network"):
        socket.socket(family, socket.SOCK_STREAM)
    with pytest.raises(RuntimeError, match="network"):
        socket.socket(family, socket.SOCK_DGRAM)


def test_guard_refuses_connections() -> None:
    with pytest.raises(RuntimeError, match="network"):
        socket.create_connection(("127.0.0.1", 9))


def test_guard_allows_local_unix_sockets() -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        assert s.family == socket.AF_UNIX


# --- (c) strace of real processes ------------------------------------------------------------------


@needs_strace
def test_strace_sees_an_internet_socket(tmp_path: Path) -> None:
    """Control: the trace parsing finds a socket when there is one (so zero below means zero)."""
    trace = tmp_path / "control.trace"
    code = "import socket; socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()"
    subprocess.run([*strace_cmd(trace), sys.executable, "-c", code], check=True, timeout=60)
    assert inet_calls(trace)


@needs_strace
def test_selftest_opens_no_internet_socket(tmp_path: Path) -> None:
    env, _ = isolated_env(tmp_path / "env")
    trace = tmp_path / "selftest.trace"
    result = subprocess.run([*strace_cmd(trace), sys.executable, "-m", "trustdesk", "selftest"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.stdout.strip() == "selftest: OK", result.stdout + result.stderr
    seen = inet_calls(trace)
    assert seen == [], "network sockets:\n" + "\n".join(seen)
    print(f"\nselftest under strace: {len(seen)} AF_INET/AF_INET6 calls, "
          f"{len(unix_calls(trace))} AF_UNIX calls")


def allow_core_dumps() -> None:
    """Start the app with core dumps allowed, so only the app itself can turn them off."""
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def app_pids(data_dir: Path) -> list[int]:
    """Our own app processes: the ones whose command line names this test's data dir."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if str(data_dir).encode() in argv and any(a.endswith(b"main.py") for a in argv) \
                and not any(a.endswith(b"strace") for a in argv):
            pids.append(int(entry.name))
    return pids


def app_core_limit(pid: int) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line.split()[4:6]
            return soft, hard
    return ("?", "?")


# GUI END-TO-END: the desktop app for ~4 s under a real X server (xvfb-run) and strace.
# When the GUI end-to-end workflow lands (tests/e2e), run it under the same strace_cmd() too.
@pytest.mark.skipif(not have("xvfb-run", "strace"), reason="xvfb-run (package xvfb) or strace is absent")
def test_gui_opens_no_internet_socket(tmp_path: Path) -> None:
    env, _ = isolated_env(tmp_path / "env", keychain=True)
    env.pop("QT_QPA_PLATFORM", None)  # a real xcb window, not offscreen
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    trace = tmp_path / "gui.trace"
    data_dir = tmp_path / "data"
    proc = subprocess.Popen(["xvfb-run", "-a", *strace_cmd(trace), sys.executable, str(ROOT / "main.py"),
                             "--data-dir", str(data_dir)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=allow_core_dumps)
    try:
        started = time.monotonic()  # at least 4 s; longer (up to 30 s) until the X11 connection shows
        while proc.poll() is None and (time.monotonic() - started < 4.0 or (
                not (trace.exists() and unix_calls(trace)) and time.monotonic() - started < 30.0)):
            time.sleep(0.25)
        still_running = proc.poll() is None
        core_limits = [app_core_limit(pid) for pid in app_pids(data_dir)]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
    assert still_running, f"the app did not stay up for 4 s (exit {proc.returncode}):\n{out}\n{err}"
    seen = inet_calls(trace)
    assert seen == [], "network sockets:\n" + "\n".join(seen)
    assert unix_calls(trace), "the trace saw no X11 connection: did the window really start?"
    # No core dumps: a crash must not write the data key to disk (ARCHITECTURE.md, The vault).
    assert core_limits and all(limit == ("0", "0") for limit in core_limits), core_limits
    print(f"\nGUI under strace: {len(seen)} AF_INET/AF_INET6 calls, {len(unix_calls(trace))} AF_UNIX calls")


@pytest.mark.skipif(not have("xvfb-run", "strace"), reason="xvfb-run (package xvfb) or strace is absent")
def test_gui_end_to_end_typing_opens_no_internet_socket(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    """The end-to-end GUI run (unlock, open a case, type a note into the real editor, autosave) on a
    real X server under strace: no AF_INET/AF_INET6 socket, and the note is in the vault."""
    from datetime import date

    from tests.conftest import PASSPHRASE
    from tests.e2e.autosave_driver import NOTE
    from tests.waits import wait_for_line
    from trustdesk.domain.models import Case
    from trustdesk.vault import Keychain, Vault

    data_dir = tmp_path / "data"
    vault = new_vault(data_dir, keychain=Keychain.none())
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    vault.lock()
    env, _ = isolated_env(tmp_path / "env")
    env.pop("QT_QPA_PLATFORM", None)  # a real xcb window
    env["PYTHONPATH"] = str(ROOT)
    trace = tmp_path / "e2e.trace"
    driver = ROOT / "tests" / "e2e" / "autosave_driver.py"
    proc = subprocess.Popen(["xvfb-run", "-a", *strace_cmd(trace), sys.executable, str(driver), str(data_dir),
                             str(case.id)], cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.close()
        wait_for_line(proc, "SAVED", timeout=120)  # typed, and the autosave committed the note
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    reopened = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        assert [c.notes for c in reopened.contacts.for_case(case.id)] == [NOTE], "the GUI run did not complete"
    finally:
        reopened.lock()
    seen = inet_calls(trace)
    assert seen == [], "network sockets:\n" + "\n".join(seen)
    assert unix_calls(trace), "the trace saw no X11 connection: did the window really start?"
