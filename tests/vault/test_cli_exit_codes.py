"""Issue 19: every headless command exits with the code of its class of failure (cli/exits.py), the same
for all of them: 1 refused (a wrong secret, a file that does not verify), 2 usage or malformed input,
3 a missing file or folder.  Each command is run, in-process, once per class; a missing-input run names
EVERY missing path at once, before any secret is asked."""

from __future__ import annotations

import ast
import io
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.vault_copies import VaultTemplates
from trustdesk.cli import COMMANDS, exits, main
from trustdesk.domain import Case
from trustdesk.vault import Keychain

DESK_PASSPHRASE = "the coordinator's desk"
WRONG_CODE = "0000-0000-0000-0000-0000-0000-00"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, vault_templates: VaultTemplates) -> dict[str, Path | str]:
    """One vault, backup, handover and desk for every run (no command here changes them)."""
    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.vault.backup import BackupService
    from trustdesk.vault.handover import write_handover

    tmp_path = tmp_path_factory.mktemp("exit-codes")
    data_dir = tmp_path / "data"
    vault = vault_templates.copy(data_dir, PASSPHRASE, keychain=Keychain.none())
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
    assert case.id is not None
    handover, code = write_handover(vault, [case.id])
    (tmp_path / "h.tdhandover").write_bytes(handover)
    (tmp_path / "backups").mkdir()
    backup = BackupService(vault).backup_to(tmp_path / "backups" / "b.tdbackup").path
    vault.lock()
    CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    for name in ("junk.tdintake", "junk.zip", "junk.tdfigures"):
        (tmp_path / name).write_bytes(b"not what it says it is" * 10)
    return {"tmp": tmp_path, "data": data_dir, "backup": backup, "handover": tmp_path / "h.tdhandover",
            "code": code, "desk": tmp_path / "desk"}


def _cases(w: dict[str, Path | str]) -> dict[tuple[str, str], tuple[list[str], str | None, int, list[str]]]:
    """(command, failure class) -> (argv, stdin, expected exit code, paths the output must name)."""
    t, data, desk = w["tmp"], str(w["data"]), str(w["desk"])
    gone, gone2 = f"{t}/gone/a.file", f"{t}/gone/b.file"
    handover, backup = str(w["handover"]), str(w["backup"])
    junk = f"{t}/junk"
    return {
        ("handover-verify", "ok"): (["handover-verify", handover, "--code-stdin"], str(w["code"]), exits.OK, []),
        ("handover-verify", "usage"): (["handover-verify"], None, exits.USAGE, []),
        ("handover-verify", "malformed"): (["handover-verify", handover, "--code-stdin"], "not a code", exits.USAGE, []),
        ("handover-verify", "refused"): (["handover-verify", handover, "--code-stdin"], WRONG_CODE, exits.REFUSED, []),
        ("handover-verify", "missing"): (["handover-verify", gone, "--code-stdin"], "x", exits.MISSING, [gone]),
        ("backup-verify", "ok"): (["backup-verify", backup, "--passphrase-stdin"], PASSPHRASE, exits.OK, []),
        ("backup-verify", "usage"): (["backup-verify", backup, "--bogus"], None, exits.USAGE, []),
        ("backup-verify", "malformed"): (["backup-verify", backup, "--recovery-code-stdin"], "not a code",
                                         exits.USAGE, []),
        ("backup-verify", "refused"): (["backup-verify", backup, "--passphrase-stdin"], "not it", exits.REFUSED, []),
        ("backup-verify", "missing"): (["backup-verify", gone, "--passphrase-stdin"], "x", exits.MISSING, [gone]),
        ("audit-verify", "ok"): (["audit-verify", "--data-dir", data, "--passphrase-stdin"], PASSPHRASE, exits.OK, []),
        ("audit-verify", "usage"): (["audit-verify", "--bogus"], None, exits.USAGE, []),
        ("audit-verify", "malformed"): (["audit-verify", "--data-dir", data, "--recovery-code-stdin"], "not a code",
                                        exits.USAGE, []),
        ("audit-verify", "refused"): (["audit-verify", "--data-dir", data, "--passphrase-stdin"], "not it",
                                      exits.REFUSED, []),
        ("audit-verify", "missing"): (["audit-verify", "--data-dir", f"{t}/gone"], "x", exits.MISSING, [f"{t}/gone"]),
        ("intake-verify", "usage"): (["intake-verify"], None, exits.USAGE, []),
        ("intake-verify", "malformed"): (["intake-verify", f"{junk}.tdintake", "--data-dir", data,
                                          "--passphrase-stdin"], None, exits.USAGE, []),
        ("intake-verify", "refused"): (["intake-verify", f"{junk}.tdintake", "--data-dir", data, "--passphrase-stdin"],
                                       PASSPHRASE, exits.REFUSED, []),
        ("intake-verify", "wrong secret"): (["intake-verify", f"{junk}.tdintake", "--data-dir", data,
                                             "--passphrase-stdin"], "not it", exits.REFUSED, []),
        ("intake-verify", "missing"): (["intake-verify", gone, "--data-dir", f"{t}/gone2", "--passphrase-stdin"], "x",
                                       exits.MISSING, [gone, f"{t}/gone2"]),
        ("pack", "ok"): (["pack", "keygen", f"{t}/ok.pem", f"{t}/ok.pub", "--passphrase-stdin"],
                         "a long pack passphrase", exits.OK, []),
        ("pack", "usage"): (["pack"], None, exits.USAGE, []),
        ("pack", "malformed"): (["pack", "keygen", f"{t}/k.pem", f"{t}/k.pub", "--passphrase-stdin"], "short",
                                exits.USAGE, []),
        ("pack", "refused"): (["pack", "verify", f"{junk}.zip"], None, exits.REFUSED, []),
        ("pack", "missing"): (["pack", "verify", gone, "--pubkey", gone2, "--after", f"{t}/gone/c.zip"], None,
                              exits.MISSING, [gone, gone2, f"{t}/gone/c.zip"]),
        ("pack", "missing build"): (["pack", "build", f"{t}/gone/src", f"{t}/out.zip", "--key", gone,
                                     "--passphrase-stdin"], "x", exits.MISSING, [f"{t}/gone/src", gone]),
        ("coordinator", "ok"): (["coordinator", "card", desk], None, exits.OK, []),
        ("coordinator", "usage"): (["coordinator"], None, exits.USAGE, []),
        ("coordinator", "malformed"): (["coordinator", "cards", desk, "--passphrase-stdin"], None, exits.USAGE, []),
        ("coordinator", "refused"): (["coordinator", "cards", desk, "--passphrase-stdin"], "not the desk's",
                                     exits.REFUSED, []),
        ("coordinator", "missing"): (["coordinator", "add-card", f"{t}/gone", gone, "--fingerprint", "1",
                                      "--passphrase-stdin"], "x", exits.MISSING, [f"{t}/gone", gone]),
        ("coordinator", "not a desk"): (["coordinator", "cards", data, "--passphrase-stdin"], "x", exits.MISSING,
                                        [f"{data}/identity.key"]),  # t holds a desk in t/desk: found there
        ("figures", "usage"): (["figures"], None, exits.USAGE, []),
        ("figures", "malformed"): (["figures", "merge", f"{junk}.tdfigures", "--out", f"{t}/out", "--desk", desk,
                                    "--passphrase-stdin"], None, exits.USAGE, []),
        ("figures", "refused"): (["figures", "merge", f"{junk}.tdfigures", "--out", f"{t}/out", "--desk", desk,
                                  "--passphrase-stdin"], DESK_PASSPHRASE, exits.REFUSED, []),
        ("figures", "wrong secret"): (["figures", "merge", f"{junk}.tdfigures", "--out", f"{t}/out", "--desk", desk,
                                       "--passphrase-stdin"], "not the desk's", exits.REFUSED, []),
        ("figures", "missing"): (["figures", "merge", gone, gone2, "--out", f"{t}/out", "--desk", f"{t}/gone/desk",
                                  "--passphrase-stdin"], "x", exits.MISSING, [gone, gone2, f"{t}/gone/desk"]),
        ("keychain", "usage"): (["keychain", "--bogus"], None, exits.USAGE, []),
        ("selftest", "usage"): (["selftest", "--bogus"], None, exits.USAGE, []),
    }


KEYS = sorted(_cases({"tmp": Path("t"), "data": Path("d"), "desk": Path("k"), "handover": Path("h"),
                      "backup": Path("b"), "code": ""}))


def test_every_command_is_tried_for_every_class_that_applies() -> None:
    tried = {command for command, _ in KEYS}
    assert tried == set(COMMANDS)
    for command in ("handover-verify", "backup-verify", "audit-verify", "intake-verify", "pack", "coordinator",
                    "figures"):
        assert {cls for c, cls in KEYS if c == command} >= {"usage", "malformed", "refused", "missing"}, command


@pytest.mark.parametrize("key", KEYS, ids=[f"{c}-{k}" for c, k in KEYS])
def test_exit_code_by_class(world: dict[str, Path | str], key: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    argv, stdin, expected, named = _cases(world)[key]

    class _Stdin(io.StringIO):
        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", _Stdin("" if stdin is None else stdin + "\n"))
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own usage error
        code = int(exc.code or 0)
    out = capsys.readouterr()
    said = out.out + out.err
    assert code == expected, (key, code, said)
    for path in named:  # every missing path at once, not only the first
        assert path in said, (path, said)
    assert "Traceback" not in said


def test_no_command_returns_a_bare_number() -> None:
    """Every exit code comes from cli/exits.py: a literal ``return 2`` would drift from the documented table."""
    folder = Path(__file__).resolve().parents[2] / "trustdesk" / "cli"
    for path in sorted(folder.glob("*.py")):
        if f"trustdesk.cli.{path.stem}" not in {module for module, _, _ in COMMANDS.values()}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Constant) and isinstance(
                    node.value.value, int) and not isinstance(node.value.value, bool):
                pytest.fail(f"{path.name}:{node.lineno} returns the bare exit code {node.value.value}")
        assert "cli/exits.py" in (ast.get_docstring(tree) or ""), f"{path.name} does not document its exit codes"


def test_help_lists_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for code in (exits.OK, exits.REFUSED, exits.USAGE, exits.MISSING, exits.GAPS):
        assert f"\n  {code}  {exits.general(code)}" in out
