"""A trust person's first week by keyboard alone, on a real X server at 1366×768, in Dutch and French.

The real app (its real entry point, on Xvfb, xcb) is driven by key presses only
(tests/e2e/journey_child.py): first run -> new case -> note with an explicit risk -> task ->
provider -> referral with consent -> signed letter -> summary preview -> print -> lock/unlock back
to the same case and tab -> search.  The test asserts what the user sees and a key budget.

Keys count chords and special keys (Return, Tab, Ctrl+N, Alt+letter); characters are typed text.
Issue 18 measured 46 keys to the first saved note.  This path, before the fixes that came with it:
20 keys (the new case opened on its tab bar: one more key to reach the note; the recovery code's
check box had no letter: Tab, Tab, Space); after: 17, wizard included, about 9 s from the first
window (nl 9.8 s, fr 8.6 s measured here).  Screenshots of every step
are kept in the test's temporary folder (or TRUSTDESK_JOURNEY_SHOTS).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.security.sandbox import ROOT, have, isolated_env, private_display

CHILD = Path(__file__).with_name("journey_child.py")
KEYS_TO_FIRST_NOTE = 17  # wizard included; issue 18 found 46
KEYS_FOR_THE_JOURNEY = 50
pytestmark = pytest.mark.skipif(not have("Xvfb", "xdotool"), reason="Xvfb or xdotool missing (make sysdeps)")


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb at 1366×768, no window manager (the driver gives the focus, as one would)."""
    with private_display("1366x768x24") as name:
        yield name


def run_journey(tmp_path: Path, display: str, lang: str) -> dict[str, object]:
    env, dirs = isolated_env(tmp_path / "env")
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    shots = Path(os.environ.get("TRUSTDESK_JOURNEY_SHOTS", tmp_path / "shots"))
    backup = tmp_path / "usb-stick"
    backup.mkdir()
    done = subprocess.run([sys.executable, str(CHILD), str(tmp_path / "data"), str(shots), lang, str(backup)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the journey printed nothing (exit {done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}"
    seen: dict[str, object] = json.loads(lines[-1])
    seen["home"] = str(dirs[1])
    print(f"\n{lang}: {json.dumps({k: seen[k] for k in ('keys', 'chars', 'marks')})}\nscreenshots: {shots}")
    assert seen["failure"] is None, f"{seen['failure']}\n" + "\n".join(seen["log"])  # type: ignore[arg-type]
    assert done.returncode == 0, done.stderr[-3000:]
    return seen


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_first_week_by_keyboard(tmp_path: Path, display: str, lang: str) -> None:
    seen = run_journey(tmp_path, display, lang)
    marks: dict[str, dict[str, float]] = seen["marks"]  # type: ignore[assignment]

    # the budget: keys to the first saved note (wizard included) and for the whole journey
    assert marks["first saved note"]["keys"] <= KEYS_TO_FIRST_NOTE, marks
    assert int(seen["keys"]) <= KEYS_FOR_THE_JOURNEY, seen["keys"]  # type: ignore[call-overload]

    # what the user saw
    assert seen["backup_folder"] == str(tmp_path / "usb-stick")
    assert seen["note_focus"] == "contact_notes", "a new case opens ready for its first note"
    code = str(seen["case_code"])
    assert code.startswith("TD-") and seen["task_case"] == code, "the task dialog names its case"
    letter = str(seen["letter"])
    name = {"nl": "Dr. An Peeters", "fr": "Dr Anne Lambert"}[lang]
    assert name in letter and letter.rstrip().endswith("0470 12 34 56"), "the letter is signed with the profile"
    assert seen["print_notice"], "the print-queue notice is in the one confirmation"
    assert seen["print_windows"] == ["reauthDialog", "printDialog"], "one confirmation, then the print dialog"
    assert seen["print_status"] == {"nl": "Naar de printer gestuurd.", "fr": "Envoyé à l’imprimante."}[lang]
    assert (Path(str(seen["home"])) / "TrustDesk document.pdf").stat().st_size > 1000  # the print-to-file queue
    assert seen["after_unlock"] == seen["before_lock"], "unlocking returns to the same case and tab"
