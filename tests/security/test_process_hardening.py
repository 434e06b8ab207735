"""Every entry point is hardened before it runs (issue: a SIGSEGV in a headless command wrote a
33 MB core holding the passphrase).

Each entry point (the desktop app and every headless command in ``trustdesk.cli.COMMANDS``, by
every way of starting it: ``python -m trustdesk``, ``main.py``, ``trustdesk.cli.main``) runs in a
child started with core dumps *allowed*, its command function replaced by a probe: so whatever
the probe sees is what the real command would have had before reading any secret.  The parent
reads the child's ``/proc/PID/limits``, the child reports ``PR_GET_DUMPABLE``, then it crashes
with SIGSEGV (through faulthandler, as a real crash would): no core file appears.  A control run
with the hardening switched off does write a core, so the test can fail.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from trustdesk.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = ["gui", *sorted(COMMANDS)]
WAYS = ["-m trustdesk", "main.py", "cli.main"]

CHILD = r"""
import faulthandler, importlib, os, signal, sys
faulthandler.enable()
entry, way, control = sys.argv[1], sys.argv[2], sys.argv[3] == "control"
import trustdesk.cli as cli
import trustdesk.hardening as hardening
if control:
    hardening.harden_process = lambda: None
    cli.harden_process = hardening.harden_process

def probe(*args, **kwargs):
    print("dumpable", hardening.is_dumpable(), flush=True)
    print("ready", flush=True)
    sys.stdin.readline()
    os.kill(os.getpid(), signal.SIGSEGV)

if entry == "gui":
    import trustdesk.app
    trustdesk.app.main = probe
else:
    module, function, _ = cli.COMMANDS[entry]
    setattr(importlib.import_module(module), function, probe)
argv = [] if entry == "gui" else [entry]
if way == "-m trustdesk":
    import runpy
    sys.argv = ["trustdesk", *argv]
    runpy.run_module("trustdesk", run_name="__main__")
elif way == "main.py":
    import runpy
    sys.argv = ["main.py", *argv]
    runpy.run_path(os.path.join(os.environ["TD_ROOT"], "main.py"), run_name="__main__")
else:
    sys.exit(cli.main(argv))
"""


def _allow_cores() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _core_limit(pid: int) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line.split()[4:6]
            return soft, hard
    raise AssertionError("no core limit line")


def _run(entry: str, way: str, cwd: Path, control: bool = False) -> tuple[str | None, tuple[str, str], int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TD_ROOT": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, entry, way, "control" if control else "real"],
                             cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, preexec_fn=_allow_cores)
    assert child.stdout is not None and child.stdin is not None
    dumpable = None
    for line in child.stdout:
        if line.startswith("dumpable"):
            dumpable = line.split()[1]
        if line.strip() == "ready":
            break
    else:
        raise AssertionError(f"{entry} via {way} never reached its command: {child.stderr.read() if child.stderr else ''}")
    limits = _core_limit(child.pid)
    child.stdin.write("\n")
    child.stdin.flush()
    child.wait(timeout=60)
    return dumpable, limits, child.returncode


def _cores(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name == "core" or p.name.startswith("core.")]


def _cores_land_in_cwd() -> bool:
    try:
        return Path("/proc/sys/kernel/core_pattern").read_text().strip() in ("core", "core.%p")
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


# Every entry through cli.main; each other way of starting on the app and one command.
CASES = [(entry, "cli.main") for entry in ENTRIES] + [(e, w) for e in ("gui", "audit-verify") for w in WAYS[:2]]


@pytest.mark.parametrize(("entry", "way"), CASES)
def test_every_entry_point_is_hardened_before_its_command_runs(entry: str, way: str, tmp_path: Path) -> None:
    dumpable, limits, code = _run(entry, way, tmp_path)
    assert limits == ("0", "0"), f"{entry} via {way}: core limit {limits}"
    assert dumpable == "False", f"{entry} via {way}: still dumpable"
    assert code == -signal.SIGSEGV
    assert _cores(tmp_path) == [], f"{entry} via {way} wrote a core"


def test_the_control_writes_a_core(tmp_path: Path) -> None:
    """Without the hardening the same crash does write a core (or the test above proves nothing)."""
    if not _cores_land_in_cwd():
        pytest.skip("core_pattern sends cores elsewhere: the no-core check relies on the limits and dumpable flag")
    dumpable, limits, code = _run("audit-verify", "cli.main", tmp_path, control=True)
    assert limits != ("0", "0") and dumpable == "True"
    assert code == -signal.SIGSEGV
    assert _cores(tmp_path), "no core without the hardening: this machine writes none, the test is moot"


def test_every_command_and_the_app_come_through_cli_main() -> None:
    """main.py, ``python -m trustdesk`` and the installed script all call trustdesk.cli.main, and
    nothing else in the tree calls harden_process (one place)."""
    import tomllib

    assert "from trustdesk.cli import main" in (ROOT / "main.py").read_text()
    assert "from trustdesk.cli import main" in (ROOT / "trustdesk" / "__main__.py").read_text()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert set(scripts.values()) == {"trustdesk.cli:main"}
    callers = [p.relative_to(ROOT) for p in (ROOT / "trustdesk").rglob("*.py")
               if "harden_process()" in p.read_text(encoding="utf-8") and p.name != "hardening.py"]
    import trustdesk.cli

    assert callers == [Path(trustdesk.cli.__file__).resolve().relative_to(ROOT)]
