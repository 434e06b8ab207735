"""The real OS keychain: gnome-keyring's Secret Service under ``dbus-run-session``.

``Keychain()`` discovery must pick ``keyring.backends.SecretService`` and accept it; a vault created
through it needs the device secret (the passphrase alone no longer opens it once the secret is
deleted: DeviceSecretMissing), while the recovery code still opens it and a reset stores a new
secret.  The daemon is unlocked with a NON-empty password (an empty one makes it want a prompt).
The body runs in tests/security/keychain_child.py inside the private D-Bus session.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.security.sandbox import ROOT, have, isolated_env

pytestmark = [
    pytest.mark.keychain,
    pytest.mark.skipif(not have("dbus-run-session", "gnome-keyring-daemon"),
                       reason="dbus-run-session or gnome-keyring-daemon is absent (Makefile SYSDEPS)"),
]

SCRIPT = ("printf 'keyring-test-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
          'exec "$0" -m tests.security.keychain_child "$1"')


def test_secret_service_keychain(tmp_path: Path) -> None:
    env, _ = isolated_env(tmp_path / "env", keychain=True)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(["dbus-run-session", "--", "bash", "-c", SCRIPT, sys.executable, str(tmp_path / "data")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["backend"] == "keyring.backends.SecretService.Keyring", report
    assert report["available"] and not report["passphrase_only"] and report["stored_in_keychain"], report
    assert report["reopened"], report
    assert report["after_delete"] == "DeviceSecretMissing", report
    assert report["recovery"] and report["reset"], report
