"""Case text on a real X server, read by a real clipboard reader (issue 17, item 1).

The app runs on Xvfb (xcb, not offscreen) in its own process (clipboard_child.py); ``xclip`` — another X
client, as a clipboard manager or a curious program would be — reads CLIPBOARD and PRIMARY after each
step.  Before this fix a selected note was on PRIMARY, a Ctrl+A Ctrl+C note on CLIPBOARD unmarked, and
both were still there after the lock.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.security.sandbox import ROOT, have, isolated_env, private_display

CHILD = Path(__file__).with_name("clipboard_child.py")
pytestmark = pytest.mark.skipif(not have("Xvfb", "xclip"), reason="Xvfb or xclip missing (make sysdeps)")


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb on a free display (-displayfd), gone after the test."""
    with private_display("1280x800x24") as name:
        yield name


def test_no_case_text_on_the_clipboard_or_primary_unmarked_or_after_lock(tmp_path: Path, display: str) -> None:
    env, _ = isolated_env(tmp_path / "env")
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(CHILD), str(tmp_path / "data")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"the app run failed:\n{done.stdout}\n{done.stderr}"
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\nX11 clipboard run: {time.monotonic() - started:.1f} s; {json.dumps(seen, ensure_ascii=False)[:600]}")
    note: str = seen["note"]

    # a part of a note: readable by another program (the reader works), but marked secret
    assert seen["part_clipboard"] == seen["part"]
    assert "x-kde-passwordManagerHint" in seen["part_targets"] and seen["part_hint"] == "secret"
    assert seen["part_primary"] == ""

    # selections never reach PRIMARY (mouse, keyboard, a double-clicked word in a field)
    assert seen["mouse_selected"] and seen["mouse_primary"] == ""
    assert seen["keyboard_selected"] and seen["keyboard_primary"] == ""
    assert seen["field_selected"] and seen["field_primary"] == ""

    # the whole note needs the passphrase: refused, nothing of it reached the clipboard
    assert seen["whole_asked"] == "reauthDialog"
    assert seen["whole_refused_clipboard"] == seen["part"]

    # a list's Ctrl+C is marked too
    if "list_clipboard" in seen:
        assert seen["case_code"] in seen["list_clipboard"]
        assert "x-kde-passwordManagerHint" in seen["list_targets"]

    # after the lock: neither selection holds anything of the case
    for where in ("locked_clipboard", "locked_primary"):
        held = seen[where]
        assert held == "" or not any(part and part in held for part in (note[:20], seen["part"], seen["case_code"]))
