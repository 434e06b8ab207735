"""The desktop app's own command line speaks the user's language: ``trustdesk --help`` (the app's options
and the list of headless commands) and the app's wrong options (exit code 2) in Dutch or French, as the
commands do (the data folder's language, else the terminal's; ``--lang`` chooses the help's language
too).  Every text of the app's command line is checked against the catalogue: none is left in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from trustdesk.cli import main as cli
from trustdesk.ui.kit.language import translations_dir

LANGS = {"nl": "nl_BE.UTF-8", "fr": "fr_BE.UTF-8", "en": "C.UTF-8"}
WRONG = {  # options the app does not take -> the English source of what is said
    ("--bogus",): "unknown option: %1",
    ("--data-dir",): "%1 needs a value",
    ("--help=yes",): "%1 takes no value",
    ("stray",): "unexpected argument: %1",
    ("--lang", "de"): "--lang must be one of %1",
    ("--data-dir", " "): "--data-dir needs a folder",
}


def _catalogue(lang: str, *, context: str = "commandline", file: str | None = None) -> dict[str, str]:
    """source -> translation of every message of ``context`` (the app's command line), or located in ``file``."""
    root = ET.parse(translations_dir() / f"trustdesk_{lang}.ts").getroot()
    found = {}
    for group in root.iter("context"):
        for message in group.iter("message"):
            where = {loc.get("filename", "").rpartition("trustdesk/")[2] for loc in message.iter("location")}
            if (file in where) if file else group.findtext("name") == context:
                found[message.findtext("source", "")] = message.findtext("translation", "")
    return found


def _words(lang: str) -> dict[str, str]:
    return {**_catalogue(lang), **_catalogue(lang, file="cli/__init__.py")}


APP_TEXTS = _catalogue("nl")
HELP_TEXTS = set(_catalogue("nl", file="cli/__init__.py")) | {
    s for s in APP_TEXTS if s not in WRONG.values() and s != "usage:"}


def _run(argv: list[str], lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
         ) -> tuple[int, str, str]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", LANGS[lang])
    code = cli(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_help_lists_every_text_of_the_app_command_line() -> None:
    assert {"(the desktop app)", "folder of the vault (default: the user data folder)",
            "Headless commands (no display needed; each has its own --help):"} <= HELP_TEXTS
    assert len(HELP_TEXTS) >= 15  # the app's options and every command's line


@pytest.mark.parametrize("lang", ["nl", "fr"])
@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["help"], ["--data-dir", "elders", "--help"]])
def test_help_is_said_in_the_language(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                      lang: str, argv: list[str]) -> None:
    code, out, _ = _run(argv, lang, monkeypatch, capsys)
    assert code == 0
    words = _words(lang)
    for source in HELP_TEXTS:
        assert words[source] and words[source] in out, f"{lang}: {words[source]!r} not said"
        assert source not in out, f"{lang}: {source!r} left in English"
    assert out.startswith(words["usage:"] + " trustdesk ")


def test_lang_chooses_the_language_of_the_help(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    french = _catalogue("fr")
    for lang in LANGS:
        _, out, _ = _run(["--lang", "fr", "--help"], lang, monkeypatch, capsys)
        assert french["(the desktop app)"] in out and "(the desktop app)" not in out
    _, out, _ = _run(["--lang=en", "-h"], "nl", monkeypatch, capsys)
    assert "(the desktop app)" in out


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
@pytest.mark.parametrize("argv", sorted(WRONG))
def test_wrong_options_are_said_in_the_language_with_the_usage(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str, argv: tuple[str, ...]) -> None:
    code, out, err = _run(list(argv), lang, monkeypatch, capsys)
    assert code == 2 and out == ""
    words = _catalogue(lang) if lang != "en" else {s: s for s in APP_TEXTS}
    problem = words[WRONG[argv]]
    head = problem.split("%1")[0].strip()
    assert err.startswith("trustdesk: ") and head in err.splitlines()[0], err
    assert words["folder of the vault (default: the user data folder)"] in err  # the usage follows
    if lang != "en":
        assert WRONG[argv].split("%1")[0].strip() not in err.splitlines()[0] or not WRONG[argv].split("%1")[0].strip()
