"""Every headless command's expected failures (a missing, damaged or wrong kind of file, a wrong secret,
none given, the app holding the vault) are said in the user's language (LANG=nl_BE / fr_BE, through the
app's own catalogues) and never as an exception's class name or a traceback."""

from __future__ import annotations

import io
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from trustdesk.cli import main as cli
from trustdesk.domain import Case
from trustdesk.ui.kit.language import translations_dir
from trustdesk.ui.shell.single_instance import InstanceLock
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.handover import write_handover

CLASS_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception|Rejected|Corrupted|Passphrase|Missing|Secret|Busy|Sidecar)\b")
LANGS = {"nl": "nl_BE.UTF-8", "fr": "fr_BE.UTF-8"}


def _english_sentences() -> list[str]:
    """The English text of every CLI message, in pieces between placeholders (long enough to be telling)."""
    root = ET.parse(translations_dir() / "trustdesk_nl.ts").getroot()
    pieces: list[str] = []
    for context in root.iter("context"):
        if context.findtext("name") == "cli":
            for message in context.iter("message"):
                pieces += [p.strip() for p in re.split(r"\{\w+\}", message.findtext("source", "")) if len(p.strip()) > 14]
    assert len(pieces) > 40
    return pieces


ENGLISH = _english_sentences()


@pytest.fixture
def world(tmp_path: Path, new_vault: Callable[..., Vault]) -> Iterator[dict[str, str]]:
    data = tmp_path / "data"
    vault = new_vault(data, keychain=Keychain.none())
    case = vault.cases.add(Case(code="", opened_on=__import__("datetime").date(2026, 3, 1)))
    assert case.id is not None
    handover = tmp_path / "x.tdhandover"
    handover.write_bytes(write_handover(vault, [case.id])[0])
    (tmp_path / "b").mkdir()
    backup = BackupService(vault).backup_to(tmp_path / "b" / "x.tdbackup").path
    vault.lock()
    cut = tmp_path / "cut.tdbackup"
    cut.write_bytes(backup.read_bytes()[:-200])
    cut_handover = tmp_path / "cut.tdhandover"
    cut_handover.write_bytes(handover.read_bytes()[:60])
    junk = tmp_path / "junk.tdintake"
    junk.write_bytes(b"not an intake at all\n" * 5)
    damaged = tmp_path / "damaged"
    shutil.copytree(data, damaged)
    raw = bytearray((damaged / "vault.db").read_bytes())
    raw[0:4096] = bytes(4096)
    (damaged / "vault.db").write_bytes(bytes(raw))
    (tmp_path / "empty").mkdir()
    yield {"t": str(tmp_path), "data": str(data), "handover": str(handover), "backup": str(backup), "cut": str(cut),
           "cut_handover": str(cut_handover), "junk": str(junk), "damaged": str(damaged),
           "empty": str(tmp_path / "empty")}


def _cases(w: dict[str, str]) -> dict[str, tuple[list[str], str | None]]:
    """name -> (argv, stdin line or None for nothing given)."""
    gone = f"{w['t']}/gone"
    return {
        "audit missing folder": (["audit-verify", "--data-dir", gone, "--passphrase-stdin"], "x"),
        "audit no vault": (["audit-verify", "--data-dir", w["empty"], "--passphrase-stdin"], "x"),
        "audit wrong passphrase": (["audit-verify", "--data-dir", w["data"], "--passphrase-stdin"], "not it at all"),
        "audit not a code": (["audit-verify", "--data-dir", w["data"], "--recovery-code-stdin"], "no code"),
        "audit wrong code": (["audit-verify", "--data-dir", w["data"], "--recovery-code-stdin"], "0" * 26),
        "audit nothing given": (["audit-verify", "--data-dir", w["data"], "--passphrase-stdin"], None),
        "audit damaged vault": (["audit-verify", "--data-dir", w["damaged"], "--passphrase-stdin"], PASSPHRASE),
        "audit app open": (["audit-verify", "--data-dir", w["data"], "--passphrase-stdin"], PASSPHRASE),
        "intake missing": (["intake-verify", gone, "--data-dir", w["data"], "--passphrase-stdin"], "x"),
        "intake a handover": (["intake-verify", w["handover"], "--data-dir", w["data"], "--passphrase-stdin"], "x"),
        "intake junk": (["intake-verify", w["junk"], "--data-dir", w["data"], "--passphrase-stdin"], PASSPHRASE),
        "intake wrong passphrase": (["intake-verify", w["junk"], "--data-dir", w["data"], "--passphrase-stdin"],
                                    "not it at all"),
        "intake nothing given": (["intake-verify", w["junk"], "--data-dir", w["data"], "--passphrase-stdin"], None),
        "backup missing": (["backup-verify", gone, "--passphrase-stdin"], "x"),
        "backup cut": (["backup-verify", w["cut"], "--passphrase-stdin"], PASSPHRASE),
        "backup wrong passphrase": (["backup-verify", w["backup"], "--passphrase-stdin"], "not it at all"),
        "backup not a code": (["backup-verify", w["backup"], "--recovery-code-stdin"], "no code"),
        "backup nothing given": (["backup-verify", w["backup"], "--passphrase-stdin"], None),
        "backup a handover": (["backup-verify", w["handover"], "--passphrase-stdin"], PASSPHRASE),
        "handover missing": (["handover-verify", gone, "--code-stdin"], "x"),
        "handover cut": (["handover-verify", w["cut_handover"], "--code-stdin"], "0" * 26),
        "handover wrong code": (["handover-verify", w["handover"], "--code-stdin"], "0" * 26),
        "handover not a code": (["handover-verify", w["handover"], "--code-stdin"], "no code"),
        "handover nothing given": (["handover-verify", w["handover"], "--code-stdin"], None),
        "handover a backup": (["handover-verify", w["backup"], "--code-stdin"], "0" * 26),
    }


NAMES = sorted(_cases({k: k for k in ("t", "data", "handover", "backup", "cut", "cut_handover", "junk", "damaged",
                                      "empty")}))


def _run(argv: list[str], stdin: str | None, lang: str, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setattr(sys, "stdin", io.StringIO("" if stdin is None else stdin + "\n"))
    code = cli(argv)
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def compiled(compiled_translations: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("trustdesk.ui.kit.language.translations_dir", lambda: compiled_translations)
    return compiled_translations


@pytest.mark.parametrize("name", NAMES)
def test_every_failure_is_one_translated_sentence(world: dict[str, str], name: str, compiled: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    argv, stdin = _cases(world)[name]
    app = InstanceLock(Path(world["data"])) if name == "audit app open" else None
    if app is not None:
        assert app.acquire()
    try:
        english = _run(argv, stdin, "C.UTF-8", monkeypatch, capsys)
        said = {lang: _run(argv, stdin, value, monkeypatch, capsys) for lang, value in LANGS.items()}
    finally:
        if app is not None:
            app.release()
    assert english[0] != 0, english
    for lang, (code, text) in said.items():
        assert code == english[0], (lang, text)  # the language never changes the exit code
        assert "Traceback" not in text and not CLASS_NAME.search(text), (lang, text)
        assert text != english[1], (lang, text)  # translated
        left = [piece for piece in ENGLISH if piece in text]
        assert not left, (lang, left, text)
