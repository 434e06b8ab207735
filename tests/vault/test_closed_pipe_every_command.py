"""Output into a closed pipe ends quietly for every command (outside tester: ``pack preview ... | head -1``
printed "pack: [Errno 32] Broken pipe" and exited 1): the commands that catch OSError let it go on to
``cli.main``, the one place that handles it (exit 141, nothing on stderr)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from trustdesk.cli import main as cli
from trustdesk.exchange.coordinator import CoordinatorDesk

DESK_PASSPHRASE = "the coordinator's own desk"


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.skipif(sys.platform == "win32", reason="141 is the POSIX shell's code for SIGPIPE")
def test_every_command_ends_quietly_into_a_closed_pipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    not_a_pack = tmp_path / "not-a-pack.zip"
    not_a_pack.write_bytes(b"no zip" * 10)
    runs = [["pack", "verify", str(not_a_pack)], ["pack", "preview", str(not_a_pack)],
            ["coordinator", "card", str(desk.folder)],
            ["coordinator", "cards", str(desk.folder), "--passphrase-stdin"],
            ["figures", "merge", str(desk.folder / "coordinator.tdcard"), "--out", str(tmp_path / "out"),
             "--desk", str(desk.folder), "--passphrase-stdin"]]
    for argv in runs:
        monkeypatch.setattr("sys.stdin", io.StringIO(DESK_PASSPHRASE + "\n"))
        capsys.readouterr()
        with monkeypatch.context() as patched:
            patched.setattr("sys.stdout", ClosedPipe())
            code = cli(argv)
        assert code == 141 and "Errno" not in capsys.readouterr().err, argv
