"""Every subcommand keeps the exit-code contract its --help states (cli/exits.py ``CONTRACT``, one table
in code): each --help ends with exactly its rows of the table, and each subcommand's paths -- success,
bad usage, malformed input, refused, missing -- exit with a code of its row and the one the class
means.  The outside tester's case: ``pack build`` of a source with a malformed value exited 1 where
--help said 2."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.packs.pack_factory import base_members
from tests.vault_copies import VaultTemplates
from trustdesk.cli import COMMANDS, exits, main
from trustdesk.vault import Keychain

DESK = "the coordinator's desk"
KEY = "a pack key passphrase"
STRONG = "blauwe tafel springt over de maan"
OTHER_DIGITS = "11111 11111 11111 11111 11111 11111"  # a fingerprint, but not the card's
OK, REFUSED, USAGE, MISSING = exits.OK, exits.REFUSED, exits.USAGE, exits.MISSING


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, vault_templates: VaultTemplates) -> dict[str, str]:
    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.exchange.figures import make_figures
    from trustdesk.exchange.keys import Identity, Role
    from trustdesk.exchange.periods import Quarter
    from trustdesk.packs.pack import build_pack
    from trustdesk.packs.signing import generate_key_pair

    t = tmp_path_factory.mktemp("contract")
    vault_templates.copy(t / "data", PASSPHRASE, keychain=Keychain.none()).lock()
    desk = CoordinatorDesk.init(t / "desk", "Coördinatie", DESK)
    person = Identity.generate()
    card = person.card("Dr Vertrouwen", Role.TRUST_PERSON)
    (t / "tp.tdcard").write_bytes(card.to_bytes())
    desk.add_card(card.to_bytes(), card.fingerprint)
    cells = {("2026-01", "burnout", "doctor", "antwerp", "open"): 7}
    (t / "a.tdfigures").write_bytes(make_figures(cells, Quarter(2026, 1), person, desk.card,
                                                 now=datetime(2026, 4, 2))[0])
    private, public = generate_key_pair(KEY.encode())
    (t / "key.pem").write_bytes(private)
    (t / "key.pub").write_bytes(public)
    for name, members in (("src", base_members()), ("bad", {**base_members(), "providers.csv": (
            b"key;kind;name;languages;domains;regions;sees_physicians\np1;psychologist;X;nl;astrologie;antwerp;ja\n"
    )})):
        for member, content in members.items():
            (t / name / member).parent.mkdir(parents=True, exist_ok=True)
            (t / name / member).write_bytes(content)
    (t / "unsigned.zip").write_bytes(build_pack(t / "src")[0])
    (t / "junk.zip").write_bytes(b"PK\x03\x04 not a zip at all" * 20)
    (t / "junk.tdfigures").write_bytes(b"junk" * 50)
    (t / "junk.tdcard").write_bytes(b"junk" * 50)
    (t / "damaged-desk").mkdir()
    for name in ("identity.key", "coordinator.tdcard"):
        (t / "damaged-desk" / name).write_bytes(b"junk" * 50)
    return {"t": str(t), "fingerprint": card.fingerprint}


def scenarios(w: dict[str, str], out: str) -> dict[tuple[str, str], tuple[list[str], str | None, int]]:
    """(subcommand, path) -> (argv, stdin, the code the contract says).  ``out``: a fresh folder per run."""
    t = w["t"]
    gone = f"{t}/gone/x"
    desk, stdin = f"{t}/desk", ["--passphrase-stdin"]
    intake = ["coordinator", "intake", desk, "--to", "Dr Vertrouwen", "--ref", "R-1", "--initiator", "De arts zelf",
              "--language", "Frans", "--domain", "Middelengebruik", "--region", "Luik", "--passphrase-stdin"]
    merge = ["figures", "merge", f"{t}/a.tdfigures", "--out", f"{out}/national", "--desk", desk, *stdin]
    return {
        ("selftest", "usage"): (["selftest", "--bogus"], None, USAGE),
        ("keychain", "usage"): (["keychain", "--bogus"], None, USAGE),
        ("handover-verify", "missing"): (["handover-verify", gone, "--code-stdin"], "x", MISSING),
        ("handover-verify", "not a handover"): (["handover-verify", f"{t}/a.tdfigures", "--code-stdin"],
                                                "0000-0000-0000-0000-0000-0000-00", REFUSED),
        ("handover-verify", "usage"): (["handover-verify"], None, USAGE),
        ("backup-verify", "missing"): (["backup-verify", gone, *stdin], "x", MISSING),
        ("backup-verify", "not a backup"): (["backup-verify", f"{t}/a.tdfigures", *stdin], PASSPHRASE, REFUSED),
        ("backup-verify", "usage"): (["backup-verify", "--bogus"], None, USAGE),
        ("audit-verify", "ok"): (["audit-verify", "--data-dir", f"{t}/data", *stdin], PASSPHRASE, OK),
        ("audit-verify", "wrong"): (["audit-verify", "--data-dir", f"{t}/data", *stdin], "not it", REFUSED),
        ("audit-verify", "usage"): (["audit-verify", "--bogus"], None, USAGE),
        ("audit-verify", "missing"): (["audit-verify", "--data-dir", gone], None, MISSING),
        ("intake-verify", "refused"): (["intake-verify", f"{t}/a.tdfigures", "--data-dir", f"{t}/data", *stdin], "",
                                       REFUSED),
        ("intake-verify", "no passphrase"): (["intake-verify", f"{t}/junk.zip", "--data-dir", f"{t}/data", *stdin],
                                             None, USAGE),
        ("intake-verify", "missing"): (["intake-verify", gone, "--data-dir", f"{t}/data"], None, MISSING),
        ("pack keygen", "ok"): (["pack", "keygen", f"{out}/k.pem", f"{out}/k.pub", *stdin], KEY, OK),
        ("pack keygen", "short passphrase"): (["pack", "keygen", f"{out}/k.pem", f"{out}/k.pub", *stdin], "short",
                                              USAGE),
        ("pack keygen", "there already"): (["pack", "keygen", f"{t}/key.pem", f"{out}/k.pub", *stdin], KEY, USAGE),
        ("pack keygen", "no folder"): (["pack", "keygen", f"{gone}/k.pem", f"{gone}/k.pub", *stdin], KEY, MISSING),
        ("pack build", "ok"): (["pack", "build", f"{t}/src", f"{out}/p.zip", "--key", f"{t}/key.pem", *stdin], KEY,
                               OK),
        ("pack build", "malformed value"): (["pack", "build", f"{t}/bad", f"{out}/p.zip"], None, USAGE),
        ("pack build", "not a key"): (["pack", "build", f"{t}/src", f"{out}/p.zip", "--key", f"{t}/key.pub",
                                       *stdin], KEY, USAGE),
        ("pack build", "wrong passphrase"): (["pack", "build", f"{t}/src", f"{out}/p.zip", "--key", f"{t}/key.pem",
                                              *stdin], "not the key's passphrase", REFUSED),
        ("pack build", "no passphrase"): (["pack", "build", f"{t}/src", f"{out}/p.zip", "--key", f"{t}/key.pem",
                                           *stdin], None, USAGE),
        ("pack build", "missing"): (["pack", "build", gone, f"{out}/p.zip"], None, MISSING),
        ("pack build", "usage"): (["pack", "build", f"{t}/src"], None, USAGE),
        ("pack sign", "ok"): (["pack", "sign", f"{t}/unsigned.zip", "--key", f"{t}/key.pem", "--out",
                               f"{out}/s.zip", *stdin], KEY, OK),
        ("pack sign", "malformed pack"): (["pack", "sign", f"{t}/junk.zip", "--key", f"{t}/key.pem", "--out",
                                           f"{out}/s.zip", *stdin], KEY, USAGE),
        ("pack sign", "wrong passphrase"): (["pack", "sign", f"{t}/unsigned.zip", "--key", f"{t}/key.pem", "--out",
                                             f"{out}/s.zip", *stdin], "not the key's passphrase", REFUSED),
        ("pack sign", "missing"): (["pack", "sign", gone, "--key", f"{t}/key.pem"], None, MISSING),
        ("pack verify", "ok"): (["pack", "verify", f"{out}/signed.zip", "--pubkey", f"{t}/key.pub"], None, OK),
        ("pack verify", "refused"): (["pack", "verify", f"{t}/unsigned.zip", "--pubkey", f"{t}/key.pub"], None,
                                     REFUSED),
        ("pack verify", "not a key"): (["pack", "verify", f"{t}/unsigned.zip", "--pubkey", f"{t}/key.pem"], None,
                                       USAGE),
        ("pack verify", "missing"): (["pack", "verify", gone], None, MISSING),
        ("pack preview", "ok"): (["pack", "preview", f"{out}/signed.zip", "--pubkey", f"{t}/key.pub"], None, OK),
        ("pack preview", "refused"): (["pack", "preview", f"{t}/junk.zip", "--pubkey", f"{t}/key.pub"], None,
                                      REFUSED),
        ("pack preview", "usage"): (["pack", "preview", "x.zip", "--lang", "xx"], None, USAGE),
        ("pack preview", "missing"): (["pack", "preview", gone], None, MISSING),
        ("coordinator init", "ok"): (["coordinator", "init", f"{out}/new-desk", "--name", "C", *stdin], STRONG, OK),
        ("coordinator init", "weak"): (["coordinator", "init", f"{out}/new-desk", "--name", "C", *stdin],
                                       "aaaaaaaaaaaaaaaa", USAGE),
        ("coordinator init", "there already"): (["coordinator", "init", desk, "--name", "C", *stdin], STRONG, REFUSED),
        ("coordinator card", "ok"): (["coordinator", "card", desk, "--out", f"{out}/c.tdcard"], None, OK),
        ("coordinator card", "damaged"): (["coordinator", "card", f"{t}/damaged-desk"], None, REFUSED),
        ("coordinator card", "usage"): (["coordinator", "card"], None, USAGE),
        ("coordinator card", "missing"): (["coordinator", "card", gone], None, MISSING),
        ("coordinator add-card", "ok"): (["coordinator", "add-card", desk, f"{t}/tp.tdcard", "--fingerprint",
                                          w["fingerprint"], *stdin], DESK, OK),
        ("coordinator add-card", "fingerprint"): (["coordinator", "add-card", desk, f"{t}/tp.tdcard",
                                                   "--fingerprint", OTHER_DIGITS, *stdin], DESK, REFUSED),
        ("coordinator add-card", "fingerprint typo"): (["coordinator", "add-card", desk, f"{t}/tp.tdcard",
                                                        "--fingerprint", "123", *stdin], DESK, USAGE),
        ("coordinator add-card", "not a card"): (["coordinator", "add-card", desk, f"{t}/junk.tdcard",
                                                  "--fingerprint", OTHER_DIGITS, *stdin], DESK, REFUSED),
        ("coordinator add-card", "no passphrase"): (["coordinator", "add-card", desk, f"{t}/tp.tdcard",
                                                     "--fingerprint", OTHER_DIGITS, *stdin], None, USAGE),
        ("coordinator add-card", "missing"): (["coordinator", "add-card", desk, gone, "--fingerprint", "1"], None,
                                              MISSING),
        ("coordinator cards", "ok"): (["coordinator", "cards", desk, *stdin], DESK, OK),
        ("coordinator cards", "wrong"): (["coordinator", "cards", desk, *stdin], "not the desk's", REFUSED),
        ("coordinator cards", "no passphrase"): (["coordinator", "cards", desk, *stdin], None, USAGE),
        ("coordinator cards", "missing"): (["coordinator", "cards", gone, *stdin], DESK, MISSING),
        ("coordinator intake", "ok"): ([*intake, "--out", f"{out}/a.tdintake"], DESK, OK),
        ("coordinator intake", "unknown value"): ([*intake, "--domain", "astrologie", "--out", f"{out}/b.tdintake"],
                                                  DESK, USAGE),
        ("coordinator intake", "there already"): ([*intake, "--out", f"{t}/a.tdfigures"], DESK, USAGE),
        ("coordinator intake", "nobody"): ([*intake[:4], "nobody", *intake[5:], "--out", f"{out}/c.tdintake"], DESK,
                                           REFUSED),
        ("coordinator intake", "missing"): ([*intake[:2], gone, *intake[3:], "--out", f"{out}/d.tdintake"], DESK,
                                            MISSING),
        ("figures merge", "ok"): (merge, DESK, OK),
        ("figures merge", "refused"): (["figures", "merge", f"{t}/junk.tdfigures", "--out", f"{out}/n", "--desk",
                                        desk, *stdin], DESK, REFUSED),
        ("figures merge", "wrong"): (merge, "not the desk's", REFUSED),
        ("figures merge", "no passphrase"): (merge, None, USAGE),
        ("figures merge", "missing"): (["figures", "merge", gone, "--out", f"{out}/n", "--desk", desk, *stdin], DESK,
                                       MISSING),
        ("figures merge", "usage"): (["figures", "merge", f"{t}/a.tdfigures"], None, USAGE),
    }


KEYS = sorted(scenarios({"t": "t", "fingerprint": ""}, "o"))


def _run(argv: list[str], stdin: str | None, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    class _Stdin(io.StringIO):
        def isatty(self) -> bool:
            return False

    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(sys, "stdin", _Stdin("" if stdin is None else stdin + "\n"))
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: --help, or a usage error
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_every_subcommand_and_every_code_of_its_row_is_tried() -> None:
    assert {key.split(" ")[0] for key in exits.CONTRACT} == set(COMMANDS)
    tried: dict[str, set[int]] = {}
    for key, label in KEYS:
        tried.setdefault(key, set()).add(scenarios({"t": "t", "fingerprint": ""}, "o")[(key, label)][2])
    for key, codes in exits.CONTRACT.items():
        if key.split(" ")[0] in ("pack", "coordinator", "figures"):  # the coordinator's: every code of the row
            assert tried[key] == set(codes), key
        else:
            assert tried[key] <= set(codes), key


@pytest.mark.parametrize("key", KEYS, ids=[f"{k}-{label}" for k, label in KEYS])
def test_each_path_exits_with_the_code_the_contract_says(world: dict[str, str], key: tuple[str, str], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from trustdesk.packs.pack import sign_pack
    from trustdesk.packs.signing import load_private_key

    signing = load_private_key((Path(world["t"]) / "key.pem").read_bytes(), KEY.encode())
    (tmp_path / "signed.zip").write_bytes(sign_pack((Path(world["t"]) / "unsigned.zip").read_bytes(), signing))
    argv, stdin, expected = scenarios(world, str(tmp_path))[key]
    code, said = _run(argv, stdin, monkeypatch, capsys)
    assert code in exits.CONTRACT[key[0]], (key, code, said)
    assert code == expected, (key, code, said)
    assert "Traceback" not in said


def _help_of(key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    code, text = _run([*key.split(" "), "--help"], None, monkeypatch, capsys)
    assert code == 0
    return text


@pytest.mark.parametrize("key", sorted(exits.CONTRACT))
def test_each_help_ends_with_its_row_of_the_table(key: str, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text = _help_of(key, monkeypatch, capsys)
    table = text.split("Exit codes:", 1)[1]
    listed = [int(n) for n in re.findall(r"^  (\d)  ", table, re.M)]
    assert listed == list(exits.CONTRACT[key]), (key, table)
    flat = " ".join(table.split())
    for code in exits.CONTRACT[key]:
        assert f"{code} {exits.meaning(key, code)}" in flat, (key, code)


@pytest.mark.parametrize("command", ["pack", "coordinator", "figures"])
def test_a_command_with_subcommands_lists_their_codes(command: str, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    text = _help_of(command, monkeypatch, capsys)
    listed = {int(n) for n in re.findall(r"^  (\d)  ", text.split("Exit codes", 1)[1], re.M)}
    assert listed == {c for key, codes in exits.CONTRACT.items() if key.startswith(command + " ") for c in codes}


def test_the_build_refusal_names_the_place(world: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, said = _run(["pack", "build", f"{world['t']}/bad", str(tmp_path / "p.zip")], None, monkeypatch, capsys)
    assert code == USAGE and "providers.csv" in said and "astrologie" in said and "burnout" in said, said
    assert not (tmp_path / "p.zip").exists()
    assert json.loads((Path(world["t"]) / "bad" / "manifest.json").read_bytes())["id"] == "testpack"
