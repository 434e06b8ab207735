"""A desk made by ``coordinator init FOLDER`` opens in the app started with ``--data-dir FOLDER`` (outside
tester: the app showed the first-run wizard, and "I am the coordinator" made a second desk with another key
in FOLDER/desk), and the commands find the desk the app made in DATA/desk: one rule for both."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.cli import main as cli
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.desk_place import desk_place, existing_desk

DESK_PASSPHRASE = "the coordinator's own desk"


def _init(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(DESK_PASSPHRASE + "\n"))
    code = cli(["coordinator", "init", str(folder), "--name", "Coördinatie", "--passphrase-stdin"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_app_opens_the_desk_the_command_made(qtbot: QtBot, make_shell, data_dir: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from trustdesk.ui.desk.desk_start import DeskUnlockDialog

    code, out = _init(monkeypatch, capsys, data_dir)
    assert code == 0, out
    fingerprint = out.split("fingerprint")[1].split("\n")[0].strip()
    shell = make_shell()
    unlock = shell.start()
    assert isinstance(unlock, DeskUnlockDialog) and shell.wizard is None
    unlock.passphrase.setText(DESK_PASSPHRASE)
    unlock.open_button.click()
    qtbot.waitUntil(lambda: getattr(shell, "desk_window", None) is not None, timeout=20_000)
    assert shell.desk_window.desk.card.fingerprint == fingerprint
    assert not (data_dir / "desk").exists()  # no second key pair
    shell.desk_window.close()


def test_the_command_finds_the_desk_the_app_made_and_never_makes_a_second(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    made = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)  # as the app's first run
    assert desk_place(tmp_path, new_in_subfolder=False) == made.folder == desk_place(tmp_path, new_in_subfolder=True)
    code, out = _init(monkeypatch, capsys, tmp_path)
    assert code != 0 and "already" in out and not (tmp_path / "identity.key").exists()
    code = cli(["coordinator", "card", str(tmp_path)])
    assert code == 0 and made.card.fingerprint in capsys.readouterr().out


@pytest.mark.parametrize("where", ["", "desk"])
def test_one_rule_for_where_the_desk_is(tmp_path: Path, where: str) -> None:
    assert existing_desk(tmp_path) is None
    assert desk_place(tmp_path, new_in_subfolder=True) == tmp_path / "desk"
    assert desk_place(tmp_path, new_in_subfolder=False) == tmp_path
    (tmp_path / where).mkdir(exist_ok=True)
    for name in ("identity.key", "identity.age"):
        (tmp_path / where / name).write_bytes(b"x")
        for new_in_subfolder in (True, False):
            assert desk_place(tmp_path, new_in_subfolder=new_in_subfolder) == tmp_path / where
        (tmp_path / where / name).unlink()
