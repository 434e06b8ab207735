"""A command's success report is said in the user's language too (LANG=nl_BE / fr_BE): handover-verify,
backup-verify and audit-verify print no English catalogue text and dates in the language's form, never
ISO; an unknown option is named in that language (not argparse's English "arguments are required"),
and a file of another kind is named with the command to check it, on that very file, quoted for the shell."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.vault.test_cli_languages import ENGLISH, LANGS, _run
from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.handover import write_handover

LABELS = ["made on", "file id", "sections", "opens with", "chain intact", "head record", "recovery code",
          "passphrase", "referrals", "the following arguments", "unrecognized", "error:"]
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture
def files(tmp_path: Path, new_vault: Callable[..., Vault]) -> dict[str, str]:
    data = tmp_path / "data"
    vault = new_vault(data, keychain=Keychain.none())
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
    assert case.id is not None
    folder = tmp_path / "a folder with 'quotes' and spaces"
    folder.mkdir()
    handover = folder / "x.tdhandover"
    sealed, code = write_handover(vault, [case.id])
    handover.write_bytes(sealed)
    (tmp_path / "b").mkdir()
    backup = BackupService(vault).backup_to(tmp_path / "b" / "x.tdbackup").path
    vault.lock()
    return {"data": str(data), "handover": str(handover), "code": code, "backup": str(backup)}


@pytest.fixture
def compiled(compiled_translations: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("trustdesk.ui.kit.language.translations_dir", lambda: compiled_translations)
    return compiled_translations


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_success_reports_are_said_in_the_language(files: dict[str, str], lang: str, compiled: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    runs = {
        "handover": (["handover-verify", files["handover"], "--code-stdin"], files["code"]),
        "backup": (["backup-verify", files["backup"], "--passphrase-stdin"], PASSPHRASE),
        "audit": (["audit-verify", "--data-dir", files["data"], "--passphrase-stdin"], PASSPHRASE),
    }
    for name, (argv, stdin) in runs.items():
        english_code, english = _run(argv, stdin, "C.UTF-8", monkeypatch, capsys)
        code, text = _run(argv, stdin, LANGS[lang], monkeypatch, capsys)
        assert code == english_code == 0, (name, english, text)
        assert "made on" in english or "chain intact" in english  # the test sees the English it looks for
        left = [piece for piece in ENGLISH if piece in text] + [label for label in LABELS if label in text]
        assert not left, (name, lang, left, text)
        assert not ISO_DAY.search(text), (name, lang, text)
        if name == "audit":  # the time it took, with the language's decimal comma
            assert re.search(r"\(\d+,\d{2}\s?s\)", text) and not re.search(r"\d\.\d{2}\s?s\)", text), text
            assert re.search(r"\(\d+\.\d{2} s\)", english), english
    _code, made = _run(runs["backup"][0], PASSPHRASE, LANGS[lang], monkeypatch, capsys)
    assert re.search(r"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}\b", made), made


@pytest.mark.parametrize("lang", ["C.UTF-8", *LANGS.values()])
@pytest.mark.parametrize("argv", [["backup-verify", "--bogus"], ["handover-verify", "--bogus", "x"],
                                  ["audit-verify", "--nope=1"], ["intake-verify", "--bogus"]])
def test_an_unknown_option_is_named_in_the_language(argv: list[str], lang: str, compiled: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        _run(argv, None, lang, monkeypatch, capsys)
    assert stopped.value.code == 2
    out = capsys.readouterr()
    text = out.out + out.err
    bogus = argv[1].split("=")[0]
    assert bogus in text and "Traceback" not in text
    said = text.split(f"trustdesk {argv[0]}: ", 1)[-1]  # the usage before it lists the options as typed
    if lang != "C.UTF-8":
        assert not [label for label in LABELS if label in said] and "usage:" not in text, text
        assert "required" not in text and "unrecognized" not in text, text


@pytest.mark.parametrize("lang", ["C.UTF-8", *LANGS.values()])
def test_a_file_of_another_kind_names_the_command_for_that_file(files: dict[str, str], lang: str, compiled: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _run(["backup-verify", files["handover"], "--passphrase-stdin"], PASSPHRASE, lang, monkeypatch,
                      capsys)
    assert code == 1
    assert "FILE" not in text
    assert f"trustdesk handover-verify {shlex.quote(files['handover'])} --code-stdin" in text, text
    assert shlex.split(text.split("trustdesk handover-verify ", 1)[1])[0] == files["handover"]


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_decimals_follow_the_language(lang: str, compiled: Path) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from trustdesk.cli.words import decimal_text, speaking

    @settings(max_examples=100, deadline=None)
    @given(st.floats(0, 10_000, allow_nan=False), st.integers(0, 3))
    def check(value: float, places: int) -> None:
        text = decimal_text(value, places)
        assert text.replace(",", ".") == f"{value:.{places}f}"
        assert ("." not in text) if lang in ("nl", "fr") else ("," not in text)

    with speaking(language=lang):
        check()
