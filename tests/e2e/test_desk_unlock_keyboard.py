"""The desk's passphrase window takes the keyboard when it is shown, on a real X server with no window
manager (outside tester, Xvfb: the window showed, but what was typed went nowhere until it was clicked),
and names the folder of the desk it unlocks.  The window is driven by xdotool, as a person types: the
typed characters must land in the passphrase field."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.security.sandbox import ROOT, have, isolated_env, private_display

pytestmark = pytest.mark.skipif(not have("Xvfb", "xdotool"), reason="Xvfb or xdotool missing (make sysdeps)")

CHILD = r'''
import json, subprocess, sys
from pathlib import Path
from PySide6.QtCore import QDeadlineTimer
from PySide6.QtWidgets import QApplication

from trustdesk.ui.kit.refcount_fix import keep_singletons_alive

keep_singletons_alive()  # as the app does (PySide6 loses a reference to None per void call)
app = QApplication([])
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.ui.desk.desk_start import DeskSetupDialog, DeskUnlockDialog

folder = Path(sys.argv[1])
seen = {}


def until(condition, ms=8000):
    deadline = QDeadlineTimer(ms)
    while not condition() and not deadline.hasExpired():
        app.processEvents()
    return condition()


setup = DeskSetupDialog(folder)
setup.show()
seen["setup_focus"] = until(lambda: setup.name.hasFocus() and setup.isActiveWindow())
seen["setup_intro"] = setup.intro.text() + " " + setup.folder_line.toolTip()  # the folder: its own line
setup.close()
CoordinatorDesk.init(folder / "desk", "C", "the coordinator's own desk")
dialog = DeskUnlockDialog(folder)
dialog.show()
seen["focus"] = until(lambda: dialog.passphrase.hasFocus() and dialog.isActiveWindow())
subprocess.run(["xdotool", "type", "--delay", "30", "typed here"], check=True)
seen["typed"] = until(lambda: dialog.passphrase.text() == "typed here") and dialog.passphrase.text()
seen["intro"] = dialog.intro.text() + " " + dialog.folder_line.toolTip()
print(json.dumps(seen))
'''


@pytest.fixture
def display() -> Iterator[str]:
    with private_display("1366x768x24") as name:
        yield name


def test_the_desk_passphrase_window_takes_the_keyboard_and_names_its_folder(tmp_path: Path, display: str) -> None:
    env, _dirs = isolated_env(tmp_path / "env")
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    folder = tmp_path / "the coordinator's folder"
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"exit {done.returncode}:\n{done.stdout}\n{done.stderr[-3000:]}"
    seen = json.loads(lines[-1])
    assert seen["setup_focus"], seen
    assert str(folder / "desk") in seen["setup_intro"], seen
    assert seen["focus"], seen
    assert seen["typed"] == "typed here", seen  # the keys a person types land in the passphrase field
    assert str(folder / "desk") in seen["intro"], seen
