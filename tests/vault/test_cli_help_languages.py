"""The coordinator's commands speak Dutch and French: every (sub)command's --help (its description,
options, argparse's own "usage:", section titles and help option, the exit-code table) and what each
path of every subcommand prints (successes, refusals, usage errors -- the weak desk passphrase and
``figures merge``'s summary among them) hold no English sentence under nl_BE / fr_BE: no piece of a
cli catalogue text, and no line with English words that the English run prints the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.vault.test_cli_contract import KEYS, scenarios, world  # noqa: F401  (world: the fixture)
from tests.vault.test_cli_languages import ENGLISH
from trustdesk.cli import exits

LANGS = {"nl": "nl_BE.UTF-8", "fr": "fr_BE.UTF-8"}
WORDS = re.compile(r"[a-z]{3,} [a-z]{3,}")
# What a pack shows as it is, whatever the language (its own templates and names): not the command's words.
AS_WRITTEN = ("Beste ", "Ik verwijs", "Cher ", "Praktijk", "Cabinet", "Hulplijn", "Zelfmoordlijn", "--- Testpakket")


@pytest.fixture
def compiled(compiled_translations: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("trustdesk.ui.kit.language.translations_dir", lambda: compiled_translations)
    return compiled_translations


def _in(lang: str, argv: list[str], stdin: str | None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setenv("LANG", lang)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    import io
    import sys

    from trustdesk.cli import main

    class _Stdin(io.StringIO):
        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", _Stdin("" if stdin is None else stdin + "\n"))
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


def english_left(text: str, english: str) -> list[str]:
    """Lines of ``text`` still in English: a cli catalogue text as it is, or a line with English words
    that the English run printed the same."""
    same = {" ".join(line.split()) for line in english.splitlines()}
    text = re.sub(r"trustdesk [a-z-]+(?: (?:keygen|build|sign|verify|preview|init|card|add-card|cards|intake|merge)\b)?",
                  "trustdesk", text)  # the program's name is what one types, in every language
    left = [piece for piece in ENGLISH if piece in text]
    for line in text.splitlines():
        flat = " ".join(line.split())
        if WORDS.search(flat) and flat in same and not any(word in flat for word in AS_WRITTEN):
            left.append(flat)
    return left


def test_the_check_can_fail() -> None:
    assert english_left("usage: trustdesk pack\nthe pack was written", "the pack was written")
    assert english_left("opties:\n  --key KEY  sign with this key", "options:\n  --key KEY  sign with this key")
    assert not english_left("gebruik: trustdesk pack\nhet pakket is geschreven", "usage: trustdesk pack\nthe pack was "
                                                                                  "written")


@pytest.mark.parametrize("lang", sorted(LANGS))
@pytest.mark.parametrize("key", sorted(exits.CONTRACT) + ["pack", "coordinator", "figures"])
def test_every_help_is_in_the_language(key: str, lang: str, compiled: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*key.split(" "), "--help"]
    code_en, english = _in("C.UTF-8", argv, None, monkeypatch, capsys)
    code, text = _in(LANGS[lang], argv, None, monkeypatch, capsys)
    assert code == code_en == 0
    assert "usage:" in english and "usage:" not in text and "options:" not in text, text
    assert english_left(text, english) == [], (key, lang, text)
    if lang == "fr":
        assert not re.search(r"[^\s\u00a0][:;?!](?=\s|$)", re.sub(r"https?://|\{[^}]*\}|\S+:\S", "", text)), text


@pytest.mark.parametrize("lang", sorted(LANGS))
@pytest.mark.parametrize("key", KEYS, ids=[f"{k}-{label}" for k, label in KEYS])
def test_every_path_speaks_the_language(world: dict[str, str], key: tuple[str, str], lang: str,  # noqa: F811
                                        compiled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.vault.test_cli_contract import KEY
    from trustdesk.packs.pack import sign_pack
    from trustdesk.packs.signing import load_private_key

    signing = load_private_key((Path(world["t"]) / "key.pem").read_bytes(), KEY.encode())
    signed = sign_pack((Path(world["t"]) / "unsigned.zip").read_bytes(), signing)
    runs = {}
    for language in ("C.UTF-8", LANGS[lang]):
        out = tmp_path / language
        out.mkdir()
        (out / "signed.zip").write_bytes(signed)
        argv, stdin, _ = scenarios(world, str(out))[key]
        runs[language] = _in(language, argv, stdin, monkeypatch, capsys)
    (code_en, english), (code, text) = runs["C.UTF-8"], runs[LANGS[lang]]
    assert code == code_en, (key, english, text)
    english = english.replace("C.UTF-8", LANGS[lang])  # the paths name the folder of each run
    assert english_left(text, english) == [], (key, lang, text)
    if WORDS.search(english) and key[0] != "keychain":
        assert text != english


def test_the_weak_passphrase_and_the_merge_summary_are_said_in_french(
        world: dict[str, str], compiled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    argv, stdin, _ = scenarios(world, str(tmp_path))[("coordinator init", "weak")]
    _, said = _in(LANGS["fr"], argv, stdin, monkeypatch, capsys)
    assert "trop facile à deviner" in said, said
    argv, stdin, _ = scenarios(world, str(tmp_path))[("figures merge", "ok")]
    code, said = _in(LANGS["fr"], argv, stdin, monkeypatch, capsys)
    assert code == 0 and "FUSIONNÉ" in said and "trimestres\u00a0:" in said and "7 dossiers" in said, said
    assert str(tmp_path / "national" / "national.csv") in said  # the full path written
