"""Issue 19.5: a command given a missing file or folder says so in plain words BEFORE any secret is asked,
and never with an exception class name."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from trustdesk.cli import main


class _NeverAsked:
    """Standard input that fails the test when a secret is read from it (or a terminal prompt is made)."""

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        raise AssertionError("a secret was asked before the missing path was said")


def _commands(tmp_path: Path) -> list[tuple[list[str], str]]:
    gone = tmp_path / "gone"
    return [
        (["audit-verify", "--data-dir", str(gone)], str(gone)),
        (["audit-verify", "--data-dir", str(gone), "--passphrase-stdin"], str(gone)),
        (["audit-verify", "--data-dir", str(tmp_path), "--recovery-code-stdin"], "no vault"),
        (["backup-verify", str(gone / "x.tdbackup"), "--passphrase-stdin"], "x.tdbackup"),
        (["handover-verify", str(gone / "h.tdhandover"), "--code-stdin"], "h.tdhandover"),
        (["figures", "merge", str(gone / "a.tdfigures"), "--out", str(tmp_path / "out"), "--desk", str(tmp_path),
          "--passphrase-stdin"], "a.tdfigures"),
        (["figures", "merge", str(tmp_path / "x"), "--out", str(tmp_path / "out"), "--desk", str(gone),
          "--passphrase-stdin"], str(gone)),
    ]


@pytest.mark.parametrize("index", range(7))
def test_a_missing_path_is_said_before_any_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str], index: int) -> None:
    import getpass

    argv, named = _commands(tmp_path)[index]
    monkeypatch.setattr(sys, "stdin", _NeverAsked())
    monkeypatch.setattr(getpass, "getpass", lambda *_a, **_k: pytest.fail("a secret was asked first"))
    code = main(argv)
    out = capsys.readouterr()
    said = out.out + out.err
    assert code != 0
    assert named in said and ("no " in said or "cannot" in said), said
    assert not re.search(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:Error|NotFound|Missing|Exception)?:", said), said
    assert "Traceback" not in said
