"""``no_bus_autolaunch``: the address libdbus gets before Qt starts (issue 18: no D-Bus daemon of ours).

The real run — the app on an X server, quit, no dbus-launch/dbus-daemon left — is
tests/security/test_no_bus_daemon.py; this checks the choice over the environments it can meet.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.ui.kit.session_bus import ADDRESS, NO_BUS, no_bus_autolaunch

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libdbus autolaunch is X11/Linux")


@settings(max_examples=50)
@given(st.text(min_size=1).filter(lambda s: s.strip() and "\0" not in s))
def test_an_announced_bus_is_left_alone(address: str) -> None:
    env = {ADDRESS: address, "XDG_RUNTIME_DIR": "/nonexistent"}
    assert no_bus_autolaunch(env) is None
    assert env[ADDRESS] == address


@pytest.mark.parametrize("blank", ["", "   "])
def test_no_bus_anywhere_means_none_not_a_launch(tmp_path: Path, blank: str) -> None:
    for env in ({}, {ADDRESS: blank}, {"XDG_RUNTIME_DIR": str(tmp_path)}, {"XDG_RUNTIME_DIR": ""}):
        assert no_bus_autolaunch(env) == NO_BUS
        assert env[ADDRESS] == NO_BUS


def test_a_file_named_bus_is_not_a_bus(tmp_path: Path) -> None:
    (tmp_path / "bus").write_text("")
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert no_bus_autolaunch(env) == NO_BUS


def test_the_user_bus_socket_is_named_as_libdbus_would_find_it(tmp_path: Path) -> None:
    path = tmp_path / "bus"
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(path))
        env = {"XDG_RUNTIME_DIR": str(tmp_path)}
        assert no_bus_autolaunch(env) == f"unix:path={path}"
        assert env[ADDRESS] == f"unix:path={path}"
    finally:
        listener.close()
