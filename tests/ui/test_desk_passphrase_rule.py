"""One rule for a new desk passphrase (``domain.passphrase_strength.desk_passphrase_problem``: long
enough and not "weak" for zxcvbn with Dutch and French words), in ``coordinator init`` as in the
desk's set-up window: weak ones are refused whatever their length, strong ones accepted."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.cli import main as cli
from trustdesk.domain.passphrase_strength import MIN_DESK_SCORE, desk_passphrase_problem, strength

WEAK = ["aaaaaaaaaaaa", "password1234", "123456789012", "wachtwoord123", "motdepasse12",
        "qwertyuiopas"]


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(st.sampled_from(WEAK), st.text(min_size=0, max_size=30)))
def test_the_rule_is_length_and_strength(text: str) -> None:
    problem = desk_passphrase_problem(text, 12)
    assert (problem is None) == (len(text) >= 12 and strength(text) >= MIN_DESK_SCORE)


@pytest.mark.parametrize("weak", WEAK)
def test_coordinator_init_refuses_a_weak_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str], weak: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(weak + "\n"))
    code = cli(["coordinator", "init", str(tmp_path / "desk"), "--name", "C", "--passphrase-stdin"])
    out = capsys.readouterr()
    assert code != 0 and "too easy to guess" in out.out + out.err
    assert not (tmp_path / "desk").exists() or not any((tmp_path / "desk").iterdir())


def test_coordinator_init_accepts_a_strong_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("kalm paars konijn loopt\n"))
    assert cli(["coordinator", "init", str(tmp_path / "desk"), "--name", "C", "--passphrase-stdin"]) == 0


def test_the_desk_window_refuses_what_the_cli_refuses(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from trustdesk.ui.desk.desk_start import DeskSetupDialog

    dialog = DeskSetupDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.name.setText("Coördinatie")
    for weak in WEAK:
        dialog.passphrase.setText(weak)
        dialog.again.setText(weak)
        dialog.create_desk()
        assert "too easy to guess" in dialog.message.text(), weak
        assert not dialog.working
