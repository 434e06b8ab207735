"""Headless commands that open a vault take the app's instance lock: with TrustDesk open on the data
folder they stop before asking anything and change no file; while they run, the app cannot start there."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from trustdesk.cli import main as cli
from trustdesk.ui.shell.single_instance import InstanceLock
from trustdesk.vault import Keychain, Vault


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli(argv)
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def folder(data_dir: Path, new_vault: Callable[..., Vault], tmp_path: Path) -> Path:
    new_vault(data_dir, keychain=Keychain.none()).lock()  # passphrase-only: the command's own keychain is not needed
    return data_dir


def _commands(folder: Path, tmp_path: Path) -> list[list[str]]:
    from trustdesk.domain.enums import Initiator, Language
    from trustdesk.exchange.intake import IntakeForm, make_intake
    from trustdesk.exchange.keys import Identity, Role

    intake = tmp_path / "x.tdintake"  # a real intake (for someone else), so the command goes on to open the vault
    form = IntakeForm(coordinator_ref="AIN-1", initiator=Initiator.DOCTOR, language=Language.NL)
    someone = Identity.generate().card("Dr Elders", Role.TRUST_PERSON)
    intake.write_bytes(make_intake(form, Identity.generate(), someone)[0])
    return [["audit-verify", "--data-dir", str(folder), "--passphrase-stdin"],
            ["intake-verify", str(intake), "--data-dir", str(folder), "--passphrase-stdin"]]


def test_with_the_app_open_the_commands_stop_and_change_nothing(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    app = InstanceLock(folder)  # what the running app holds for its whole run
    assert app.acquire()
    try:
        for argv in _commands(folder, tmp_path):
            before = _files(folder)
            code, text = _run(argv, monkeypatch, capsys)
            assert code == 1, text  # refused (cli/exits.py)
            assert "TrustDesk has the vault in" in text and "open" in text, text
            assert "Traceback" not in text and "Error" not in text
            assert _files(folder) == before  # no unlock entry, no header repair, nothing
            import sys

            assert sys.stdin.readline() == PASSPHRASE + "\n"  # stopped before asking the passphrase
    finally:
        app.release()


def test_without_the_app_the_command_holds_the_lock_while_it_runs_and_gives_it_back(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[bool] = []
    real_unlock = Vault.unlock

    def unlock(*args: object, **kwargs: object) -> Vault:
        other = InstanceLock(folder)  # the app started now would find the folder taken
        seen.append(other.acquire())
        other.release()
        return real_unlock(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Vault, "unlock", unlock)
    code, text = _run(_commands(folder, tmp_path)[0], monkeypatch, capsys)
    assert code == 0 and "chain intact" in text, text
    code, text = _run(_commands(folder, tmp_path)[1], monkeypatch, capsys)
    assert code == 1, text  # the made-up intake is refused after the vault opened
    assert seen == [False, False]
    after = InstanceLock(folder)
    assert after.acquire()  # released at the end
    after.release()
