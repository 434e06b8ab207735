"""The headless commands as documented and as a person meets them:

- every command in the READMEs' code blocks parses exactly as written (options that exist, the
  secret option each command really has);
- ``--help`` of every command and sub-command is plain text (no reStructuredText backticks), and
  ``python -m trustdesk --help`` names the app's own options;
- a reader that goes away (``… | head -1``) ends every command quietly, never with a traceback;
- a missing file is said before any secret is asked; a code that cannot be a code is said apart from
  a wrong one; a pack refused for its key names the key it was checked with;
- a coordinator's key rotation chain tried end to end with the CLI (``pack verify --after``)."""

from __future__ import annotations

import argparse
import importlib
import io
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.packs.pack_factory import base_members, manifest
from trustdesk import cli
from trustdesk.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ("README.md", "installer/README.md")
PREFIXES = (("python", "-m", "trustdesk"), ("trustdesk",), ("/usr/bin/trustdesk",))
KEY_PASS = "coordinator key passphrase"


def documented_commands() -> Iterator[tuple[str, list[str]]]:
    """(where, argv) for every line of a fenced code block that runs TrustDesk."""
    for name in DOCUMENTS:
        text = (ROOT / name).read_text(encoding="utf-8")
        for block in re.findall(r"```[^\n]*\n(.*?)```", text, re.S):
            for line in block.splitlines():
                try:
                    words = shlex.split(line, comments=True)
                except ValueError:
                    continue
                for prefix in PREFIXES:
                    if tuple(words[:len(prefix)]) == prefix:
                        argv = words[len(prefix):]
                        cut = next((i for i, w in enumerate(argv) if w in ("<", ">", "|", ";", "&&")), len(argv))
                        yield f"{name}: {line.strip()}", argv[:cut]
                        break


class _Parsed(Exception):
    pass


def test_every_documented_command_parses_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    found = list(documented_commands())
    assert len(found) >= 15, found
    original = argparse.ArgumentParser.parse_args

    def parse_only(self: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> Any:
        original(self, *args, **kwargs)  # exits 2 on an option the command does not have
        raise _Parsed

    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", parse_only)
    wrong = []
    for where, argv in found:
        assert argv and argv[0] in COMMANDS, f"{where}: not a command"
        try:
            cli.main(argv)
        except _Parsed:
            continue
        except SystemExit as exc:
            wrong.append(f"{where}: exit {exc.code}")
    assert wrong == []


def test_the_readme_names_each_secret_option_of_the_command_that_has_it() -> None:
    by_command: dict[str, set[str]] = {}
    for _where, argv in documented_commands():
        by_command.setdefault(argv[0], set()).update(w for w in argv if w.endswith("-stdin"))
    assert "--recovery-code-stdin" in by_command["backup-verify"] and "--code-stdin" not in by_command["backup-verify"]
    assert "--passphrase-stdin" in by_command["pack"]  # keygen without a terminal
    assert "--code-stdin" in by_command["handover-verify"]


def _subcommands(command: str) -> list[list[str]]:
    module = importlib.import_module(COMMANDS[command][0])
    maker = getattr(module, "_parser", None)
    found = [[command]]
    if maker is None:
        return found
    for action in maker()._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [[command, name] for name in action.choices]
    return found


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_help_is_plain_text(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in _subcommands(command):
        with pytest.raises(SystemExit) as done:
            cli.main([*argv, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert "``" not in out and "usage:" in out, argv


def test_the_top_help_names_the_apps_options_and_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("--data-dir", "--lang", *COMMANDS):
        assert word in out


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("argv", [["--help"], *([c, "--help"] for c in sorted(COMMANDS))])
def test_a_reader_that_goes_away_ends_every_command_quietly(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse's exit after printing: the pipe did not break
        code = int(exc.code or 0)
    assert code in (0, 1, 141)


def test_head_one_gives_no_traceback_in_a_real_process() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "trustdesk", "--help"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: nobody reads
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err


@pytest.mark.parametrize("argv", [["handover-verify"], ["backup-verify"], ["backup-verify", "--recovery-code-stdin"],
                                  ["handover-verify", "--code-stdin"]])
def test_a_missing_file_is_said_before_any_secret(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal, nothing on stdin
    missing = tmp_path / "nonexistent.file"
    assert cli.main([argv[0], str(missing), *argv[1:]]) == 3  # exits.MISSING
    out = capsys.readouterr().out
    assert str(missing) in out or missing.name in out
    assert "stdin" not in out and "standard input" not in out and "terminal" not in out


@pytest.fixture(scope="module")
def handover_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from datetime import date

    from trustdesk.domain.models import Case
    from trustdesk.vault import KdfParams, Keychain, Vault
    from trustdesk.vault.handover import write_handover

    folder = tmp_path_factory.mktemp("handover-cli")
    vault = Vault.create(folder / "data", "a passphrase long enough", keychain=Keychain.none(), kdf=KdfParams())
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    assert case.id is not None
    data, code = write_handover(vault, [case.id])
    vault.lock()
    path = folder / "cases.tdhandover"
    path.write_bytes(data)
    return path, code


@settings(max_examples=30, deadline=None)
@given(st.one_of(st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ", min_size=0, max_size=40).filter(
    lambda t: len(t) != 26), st.text(alphabet="UuÉ!@#*", min_size=1, max_size=5).map(lambda t: "ABCD" + t)))
def test_a_malformed_code_is_told_apart_from_a_wrong_one(handover_file: tuple[Path, str], code: str) -> None:
    from trustdesk.vault.handover import HandoverReason, HandoverRejected, read_handover
    from trustdesk.vault.keyslots import code_problem

    assert code_problem(code)
    with pytest.raises(HandoverRejected) as refused:
        read_handover(handover_file[0].read_bytes(), code)
    assert refused.value.reason is HandoverReason.MALFORMED_CODE


def test_the_cli_says_a_typo_and_a_wrong_code_differently(handover_file: tuple[Path, str],
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from trustdesk.vault.keyslots import new_recovery_code

    path, code = handover_file
    said = {}
    for name, typed in (("typo", code[:-3]), ("wrong", new_recovery_code()), ("right", code)):
        monkeypatch.setattr(sys, "stdin", io.StringIO(typed + "\n"))
        said[name] = (cli.main(["handover-verify", str(path), "--code-stdin"]), capsys.readouterr().out)
    assert said["right"][0] == 0
    assert said["typo"][0] == 2 and said["wrong"][0] == 1  # malformed input 2, refused 1 (cli/exits.py)
    assert "not a handover code" in said["typo"][1] and "26" in said["typo"][1]
    assert "not a handover code" not in said["wrong"][1] and "does not open" in said["wrong"][1]


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(KEY_PASS + "\n"))
    code = cli.main(["pack", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _source(folder: Path, version: int) -> Path:
    folder.mkdir(parents=True)
    for name, content in base_members().items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    (folder / "manifest.json").write_bytes(manifest(version=version))
    return folder


def test_a_key_rotation_chain_tried_end_to_end_with_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    desk = tmp_path / "coordinator"
    desk.mkdir()
    for pair in ("current", "next", "stranger"):
        code, out = _cli(monkeypatch, capsys, "keygen", str(desk / f"{pair}.pem"), str(desk / f"{pair}.pub.pem"),
                         "--passphrase-stdin")
        assert code == 0, out
    rotation, later, forged = desk / "rotation.zip", desk / "later.zip", desk / "forged.zip"
    code, out = _cli(monkeypatch, capsys, "build", str(_source(desk / "v4", 4)), str(rotation), "--key",
                     str(desk / "current.pem"), "--announce-key", str(desk / "next.pub.pem"), "--passphrase-stdin")
    assert code == 0, out
    code, out = _cli(monkeypatch, capsys, "build", str(_source(desk / "v5", 5)), str(later), "--key",
                     str(desk / "next.pem"), "--passphrase-stdin")
    assert code == 0, out
    code, out = _cli(monkeypatch, capsys, "build", str(_source(desk / "v4-forged", 4)), str(forged), "--key",
                     str(desk / "stranger.pem"), "--announce-key", str(desk / "next.pub.pem"), "--passphrase-stdin")
    assert code == 0, out
    current = str(desk / "current.pub.pem")
    # the chain as every TrustDesk walks it
    code, out = _cli(monkeypatch, capsys, "verify", str(later), "--pubkey", current, "--after", str(rotation))
    assert code == 0 and "pack OK" in out and "trusted from here on" in out, out
    code, out = _cli(monkeypatch, capsys, "preview", str(later), "--pubkey", current, "--after", str(rotation))
    assert code == 0, out
    # without the rotation pack: refused, and the sentence names the key file it was checked with
    code, out = _cli(monkeypatch, capsys, "verify", str(later), "--pubkey", current)
    assert code == 1 and "another key" in out and f"the key in {current}" in out and "this build" not in out, out
    # a rotation signed by anyone else breaks the chain
    code, out = _cli(monkeypatch, capsys, "verify", str(later), "--pubkey", current, "--after", str(forged))
    assert code == 1 and "chain breaks" in out, out
