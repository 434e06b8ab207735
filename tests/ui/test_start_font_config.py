"""The fonts (fontconfig's configuration, Qt's list of fonts) are read in a thread while the UI thread imports
the first window's modules (``trustdesk.app.font_config_in_background``; ARCHITECTURE.md, Start-up is a budget).

Without it, the unlock window's first line edit read /etc/fonts, the font caches and Qt's font list on the UI
thread (~38 M of the ~40 M instructions its construction cost); the probe starts the real app and notes how
often the read ran and on which thread.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
import threading
import trustdesk.app as app

calls = []
real_read = app._read_font_config

def read(*args):
    calls.append(threading.current_thread() is threading.main_thread())
    real_read(*args)

app._read_font_config = read
waits = []
real_wait = app.FontsAhead.config_read

def config_read(self, *args):
    from PySide6.QtWidgets import QApplication
    waits.append(len(QApplication.allWidgets()))  # widgets made before the UI thread waited for the fonts
    return real_wait(self, *args)

app.FontsAhead.config_read = config_read
def first_window(_app):
    from trustdesk.ui.security.unlock import UnlockWindow
    windows = [w for w in _app.topLevelWidgets() if isinstance(w, UnlockWindow)]
    print("WINDOW", windows[0].objectName() if windows else "")
    for thread in threading.enumerate():
        if thread.name == "font-config":
            thread.join()
    print("WAITS", ",".join(map(str, waits)))
    print("READS", len(calls), "ON_UI_THREAD", sum(calls), flush=True)
    _app.quit()

app._after_first_paint = first_window
from trustdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_font_configuration_is_read_once_off_the_ui_thread(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "keyslots.json").write_text("{}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", PROBE, "--data-dir", str(data), "--lang", "nl"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["WINDOW"] == "unlockWindow"
    assert lines["READS"] == "1 ON_UI_THREAD 0"  # read once, by the thread
    # the UI thread waited for fontconfig's configuration once, before any widget (a widget's first text
    # would otherwise have it build a second configuration beside the thread's)
    assert lines["WAITS"] == "0"


def test_no_font_library_is_loaded_for_it() -> None:
    """Only the fontconfig Qt's platform loaded is used: before Qt, nothing is loaded and nothing read."""
    script = ("import sys, trustdesk.app as app; thread = app.font_config_in_background(); "
              "maps = open('/proc/self/maps').read() if sys.platform.startswith('linux') else ''; "
              "print(thread is None, 'libfontconfig' in maps)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False"]
