"""Every file the app and its commands write is the user's alone (0600), whatever the umask the
user's shell gives (issue 17: DESK/audit.jsonl and ~/.config/TrustDesk/TrustDesk.conf were 0644).
The mechanism is the process umask 077 set in ``trustdesk.cli.main`` (every entry point) plus
explicit 0600 for the desk's audit log and narrowing a settings file an older version left 0644."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A run through the app's one entry point: a coordinator desk is made and used, then the interface
# settings are written the way the app writes them (QSettings under the app's organisation name).
SCRIPT = r"""
import sys
from trustdesk.cli import main
desk = sys.argv[1]
assert main(["coordinator", "init", desk, "--name", "Coordinatie", "--passphrase-stdin"]) == 0
from PySide6.QtCore import QCoreApplication
from trustdesk import APP_NAME
app = QCoreApplication([])
QCoreApplication.setOrganizationName(APP_NAME)
QCoreApplication.setApplicationName(APP_NAME)
from trustdesk.ui.kit.preferences import Preferences
prefs = Preferences()
prefs.language = "nl"
prefs._store.sync()
print(prefs._store.fileName())
"""


def _files(top: Path) -> list[Path]:
    return [Path(d) / f for d, _, names in os.walk(top) for f in names]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_every_file_a_run_writes_is_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    config = home / ".config"
    old_conf = config / "TrustDesk" / "TrustDesk.conf"
    old_conf.parent.mkdir(parents=True)
    old_conf.write_text("[General]\n")
    old_conf.chmod(0o644)  # left by an older version
    desk = tmp_path / "desk"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(config), PYTHONPATH=str(ROOT),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(desk)], input="a desk passphrase, long enough\n",
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
                            preexec_fn=lambda: os.umask(0o022))  # noqa: PLW1509 - a shell's usual umask
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip().splitlines()[-1]) == old_conf
    written = _files(desk) + _files(home)
    names = {p.name for p in written}
    assert {"audit.jsonl", "TrustDesk.conf"} <= names, names
    loose = {str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode)) for p in written
             if stat.S_IMODE(p.stat().st_mode) & 0o077}
    assert loose == {}


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_desk_audit_log_is_owner_only_under_any_umask(tmp_path: Path) -> None:
    from trustdesk.exchange.coordinator import CoordinatorDesk

    previous = os.umask(0o022)
    try:
        desk = CoordinatorDesk.init(tmp_path / "desk", "Coordinatie", "a desk passphrase, long enough")
        desk.audit("checked")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "desk" / "audit.jsonl").stat().st_mode) == 0o600
