"""What a command tells the user to find or to run works as printed:

- a success line names the FULL path of the file it wrote or checked (run from another folder, with
  relative paths, the user must still find it), never its base name alone -- every writing subcommand;
- a TrustDesk file of another kind is named with a command that runs as printed: this program, the
  file's full path, and the options in effect (``intake-verify … --data-dir DIR --passphrase-stdin``:
  the tester's suggestion left them out), for every suggesting command and every kind of file."""

from __future__ import annotations

import io
import re
import shlex
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.vault.test_cli_contract import DESK, KEY, STRONG, world  # noqa: F401  (world: the fixture)
from tests.vault_copies import VaultTemplates
from trustdesk.cli import exits, main
from trustdesk.domain import Case
from trustdesk.vault import Keychain


def _run(argv: list[str], stdin: str | None, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    class _Stdin(io.StringIO):
        def isatty(self) -> bool:
            return False

    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(sys, "stdin", _Stdin("" if stdin is None else stdin + "\n"))
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


def _writes(t: str) -> dict[str, tuple[list[str], str | None, list[str]]]:
    """Subcommand -> (argv with paths relative to the working folder, stdin, the files it writes)."""
    return {
        "pack keygen": (["pack", "keygen", "k.pem", "k.pub", "--passphrase-stdin"], KEY, ["k.pem", "k.pub"]),
        "pack build": (["pack", "build", f"{t}/src", "p.zip"], None, ["p.zip"]),
        "pack sign": (["pack", "sign", f"{t}/unsigned.zip", "--key", f"{t}/key.pem", "--out", "s.zip",
                       "--passphrase-stdin"], KEY, ["s.zip"]),
        "coordinator init": (["coordinator", "init", "new-desk", "--name", "C", "--passphrase-stdin"], STRONG,
                             ["new-desk", "new-desk/coordinator.tdcard"]),
        "coordinator card": (["coordinator", "card", f"{t}/desk", "--out", "c.tdcard"], None, ["c.tdcard"]),
        "coordinator intake": (["coordinator", "intake", f"{t}/desk", "--to", "Dr Vertrouwen", "--ref", "R",
                                "--initiator", "doctor", "--language", "nl", "--out", "a.tdintake",
                                "--passphrase-stdin"], DESK, ["a.tdintake"]),
        "figures merge": (["figures", "merge", f"{t}/a.tdfigures", "--out", "national", "--desk", f"{t}/desk",
                           "--passphrase-stdin"], DESK,
                          ["national/national_nl.pdf", "national/national_fr.pdf", "national/national.csv"]),
    }


@pytest.mark.parametrize("key", sorted(_writes("t")))
def test_a_success_line_names_the_full_path_written(world: dict[str, str], key: str, tmp_path: Path,  # noqa: F811
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "the working folder"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    argv, stdin, written = _writes(world["t"])[key]
    code, said = _run(argv, stdin, monkeypatch, capsys)
    assert code == exits.OK, (key, said)
    for name in written:
        full = elsewhere / name
        assert full.exists(), (key, name)
        assert str(full) in said, (key, name, said)
        bare = said.replace(str(full), "")
        assert not re.search(rf"(?<![\w/.-]){re.escape(Path(name).name)}\b", bare), (key, name, said)


@pytest.fixture
def others(tmp_path: Path, vault_templates: VaultTemplates, world: dict[str, str],  # noqa: F811
           monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A trust person's vault in the app's own folder (a command without --data-dir uses it), and one
    file of every kind (the intake is for that vault's key)."""
    from trustdesk.domain.enums import Initiator, Language
    from trustdesk.exchange import local
    from trustdesk.exchange.intake import IntakeForm, make_intake
    from trustdesk.exchange.keys import Identity, Role
    from trustdesk.vault.backup import BackupService
    from trustdesk.vault.handover import write_handover

    folder = tmp_path / "a folder with 'quotes' and spaces"
    folder.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "the app's data"))
    from trustdesk.cli.words import default_data_dir

    data = default_data_dir()
    assert data.is_relative_to(tmp_path)
    vault = vault_templates.copy(data, PASSPHRASE, keychain=Keychain.none())
    coordinator = Identity.generate()
    card = coordinator.card("Coördinatie", Role.COORDINATOR)
    local.remember_coordinator_card(vault, card, "test@1")
    local.confirm_coordinator_card(vault, card.fingerprint)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
    assert case.id is not None
    files = {name: folder / f"x.{suffix}" for name, suffix in (
        ("handover", "tdhandover"), ("backup", "tdbackup"), ("intake", "tdintake"), ("figures", "tdfigures"),
        ("card", "tdcard"), ("pack", "zip"))}
    sealed, code = write_handover(vault, [case.id])
    files["handover"].write_bytes(sealed)
    (tmp_path / "handover code.txt").write_text(code)
    BackupService(vault).backup_to(files["backup"])
    form = IntakeForm(coordinator_ref="AIN-1", initiator=Initiator.DOCTOR, language=Language.NL)
    files["intake"].write_bytes(make_intake(form, coordinator, local.my_card(vault, "Dr V"))[0])
    files["card"].write_bytes(local.my_card(vault, "Dr V").to_bytes())  # a trust person's: add-card takes it
    files["figures"].write_bytes((Path(world["t"]) / "a.tdfigures").read_bytes())
    files["card"].write_bytes(local.my_card(vault, "Dr V").to_bytes())  # a trust person's: add-card takes it
    files["pack"].write_bytes((Path(world["t"]) / "unsigned.zip").read_bytes())
    return {**files, "data": data, "code": tmp_path / "handover code.txt"}


def _suggesting(others: dict[str, Path], t: str) -> dict[str, tuple[list[str], str]]:
    """The commands that name a file of another kind, each run on FILE with its usual options."""
    data = str(others["data"])
    return {
        "handover-verify": (["handover-verify", "FILE", "--code-stdin"], "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23"),
        "backup-verify": (["backup-verify", "FILE", "--passphrase-stdin"], PASSPHRASE),
        "intake-verify": (["intake-verify", "FILE", "--data-dir", data, "--passphrase-stdin"], PASSPHRASE),
        "coordinator add-card": (["coordinator", "add-card", f"{t}/desk", "FILE", "--fingerprint",
                                  "11111 11111 11111 11111 11111 11111", "--passphrase-stdin"], DESK),
    }


@pytest.mark.parametrize("command", ["handover-verify", "backup-verify", "intake-verify", "coordinator add-card"])
def test_a_suggested_command_runs_as_printed(world: dict[str, str], others: dict[str, Path],  # noqa: F811
                                             command: str, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from trustdesk.cli.words import program

    argv, stdin = _suggesting(others, world["t"])[command]
    prefix = shlex.split(program())
    runnable = {"handover": others["code"].read_text(), "backup": PASSPHRASE, "intake": PASSPHRASE, "pack": None}
    tried = 0
    for kind in ("handover", "backup", "intake", "figures", "card", "pack"):
        if command.startswith(kind) or (command == "coordinator add-card" and kind == "card"):
            continue
        path = others[kind]
        code, said = _run([str(path) if a == "FILE" else a for a in argv], stdin, monkeypatch, capsys)
        assert code == exits.REFUSED, (command, kind, said)
        assert program() in said, (command, kind, said)
        words = shlex.split(said[said.index(program()):].splitlines()[0])
        assert words[:len(prefix)] == prefix
        suggested = words[len(prefix):]
        assert str(path) in suggested and "FILE" not in suggested, (command, kind, suggested)
        if kind == "intake":  # the tester's case: the vault folder and the secret's option in effect
            assert suggested[suggested.index("--data-dir") + 1] == str(others["data"])
            assert "--passphrase-stdin" in suggested
        assert not {"DIR", "DIGITS", "FILE"} & set(suggested), (command, kind, suggested)  # no placeholder
        # the desk in effect, else the app's -- named only when it exists, else DESK, explained on the next line
        desk = f"{world['t']}/desk" if command == "coordinator add-card" else str(others["data"] / "desk")
        named = desk if Path(desk).is_dir() else "DESK"
        if named == "DESK" and kind in ("figures", "card"):
            assert "DESK" in said[said.index(program()):].splitlines()[1], said  # the placeholder explained
        if kind == "figures":  # the report goes beside the file
            assert suggested[suggested.index("--out") + 1] == str(path.parent / "national-figures")
            assert suggested[suggested.index("--desk") + 1] == named, (command, suggested)
        if kind == "card":  # the fingerprint is asked (read out by phone)
            assert suggested[suggested.index("add-card") + 1] == named, suggested
        if kind in runnable or (kind == "figures" and command == "coordinator add-card"):
            # run it exactly as printed: it finds its inputs, understands its options, works
            code, again = _run(suggested, runnable.get(kind, DESK), monkeypatch, capsys)
            assert code == (exits.REFUSED if kind == "pack" else exits.OK), (command, kind, suggested, again)
            tried += 1
    assert tried >= 2
