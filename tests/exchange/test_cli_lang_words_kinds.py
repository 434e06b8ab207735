"""A national coordinator's command lines (outside tester, fr/nl):

- ``--lang`` is one rule for every command: before the command or after it, and a command's language
  otherwise follows the app's saved interface choice before the terminal's LANG (as the app's windows do);
- a refusal is said in a sentence of the command's language: no reason code in parentheses (``(tampered)``),
  no sentence of the English catalogue;
- a suggested command names only folders that exist (else a placeholder the sentence explains) and carries
  the run's --lang and passphrase source;
- a file's kind comes only from what its signature covers: an edited card is altered, never another kind;
- one rule for --out: a missing folder is named (never made); a report is not overwritten unasked.
"""

from __future__ import annotations

import io
import json
import re
import shlex
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE, one_file_of_every_kind

from tests.conftest import PASSPHRASE
from trustdesk.cli import COMMANDS, split_lang
from trustdesk.cli import main as cli
from trustdesk.cli.words import choose_language
from trustdesk.documents.labels import Labels
from trustdesk.domain.enums import Initiator, Language, Profession
from trustdesk.exchange import local
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.errors import Refusal
from trustdesk.exchange.file_kinds import FileKind
from trustdesk.exchange.intake import IntakeForm, make_intake
from trustdesk.exchange.keys import Identity, Role, recognise
from trustdesk.exchange.periods import Quarter
from trustdesk.packs.errors import RejectReason
from trustdesk.vault import Keychain, Vault

CODES = sorted({r.value for r in Refusal} | {r.value for r in RejectReason})
CODE_IN_PARENS = re.compile(r"\((?:" + "|".join(CODES) + r")\)|: (?:" + "|".join(CODES) + r")\)")
USAGE = {"nl": "gebruik:", "fr": "utilisation\u00a0:", "en": "usage:"}
SUBCOMMANDS = {"pack": ["keygen", "build", "sign", "verify", "preview"],
               "coordinator": ["init", "card", "add-card", "cards", "intake"], "figures": ["merge"]}


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str],
         stdin: str = "") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = cli(argv)
    except SystemExit as exc:  # --help
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_lang_before_or_after_every_command_and_subcommand(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    for command in sorted(COMMANDS):
        for sub in SUBCOMMANDS.get(command, [None]):
            words = [command] + ([sub] if sub else [])
            for lang in ("nl", "fr"):
                for argv in (["--lang", lang, *words, "--help"], [*words, "--help", "--lang", lang],
                             [*words, f"--lang={lang}", "--help"]):
                    code, out = _run(monkeypatch, capsys, argv)
                    assert code == 0 and USAGE[lang] in out and f"trustdesk {command}" in out, (argv, out)
            code, out = _run(monkeypatch, capsys, [*words, "--lang", "xx"])
            assert code == 2 and "--lang" in out, (words, out)


def test_split_lang_keeps_everything_else_in_order() -> None:
    assert split_lang(["--lang", "nl", "coordinator", "cards", "D"]) == ("nl", ["coordinator", "cards", "D"])
    assert split_lang(["intake-verify", "F", "--lang=fr", "--", "--lang", "x"]) == (
        "fr", ["intake-verify", "F", "--", "--lang", "x"])
    assert split_lang(["figures", "merge", "a"]) == (None, ["figures", "merge", "a"])


@pytest.mark.parametrize(("saved", "env", "explicit", "expected"), [
    ("fr", "nl_BE.UTF-8", None, "fr"), ("nl", "fr_BE.UTF-8", None, "nl"), ("", "nl_BE.UTF-8", None, "nl"),
    ("fr", "nl_BE.UTF-8", "nl", "nl"), ("nl", "en_GB.UTF-8", "en", "en")])
def test_commands_and_the_app_choose_the_language_by_one_rule(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saved: str, env: str, explicit: str | None,
        expected: str) -> None:
    """--lang, else the app's saved interface language, else LANG -- for a command as for the app's windows."""
    from PySide6.QtCore import QSettings

    from trustdesk.ui.kit.preferences import Preferences, start_language

    store = QSettings(QSettings.Scope.UserScope, "TrustDesk", "TrustDesk")
    before = store.value("interface/language")
    preferences = Preferences(store)
    try:
        preferences.language = saved
        store.sync()
        monkeypatch.setenv("LANG", env)
        monkeypatch.delenv("LANGUAGE", raising=False)
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        data_dir = tmp_path / "data"
        command = explicit or choose_language(["--data-dir", str(data_dir)])
        app = start_language(data_dir, explicit, preferences, env[:2])
        assert command == app == expected
    finally:
        store.remove("interface/language")
        if before is not None:
            store.setValue("interface/language", before)
        store.sync()


def _english_sentences() -> list[str]:
    from trustdesk.cli.refusals import refusal_sentence

    return [refusal_sentence(code, expected="intake") for code in (r.value for r in Refusal)]


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_every_intake_verify_refusal_is_a_sentence_of_the_language(
        tmp_path: Path, new_vault: Callable[..., Vault], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], lang: str) -> None:
    coordinator = Identity.generate()
    card = coordinator.card("Coördinatie", Role.COORDINATOR)
    data_dir = tmp_path / "tp"
    vault = new_vault(data_dir, keychain=Keychain.none())
    local.remember_coordinator_card(vault, card, "artsinnood@1")
    local.confirm_coordinator_card(vault, card.fingerprint)
    me = local.my_card(vault, "Dr Vertrouwen")
    others = one_file_of_every_kind(vault, tmp_path / "kinds", coordinator)
    vault.lock()
    form = IntakeForm(coordinator_ref="AIN-1", initiator=Initiator.DOCTOR, language=Language.NL)
    good = make_intake(form, coordinator, me)[0]
    stranger = Identity.generate()
    tampered = bytearray(good)
    tampered[len(tampered) // 2] ^= 1
    files = {
        "wrong_recipient": make_intake(form, coordinator, stranger.card("X", Role.TRUST_PERSON))[0],
        "tampered": bytes(tampered), "truncated": good[: len(good) // 2],
        "expired": make_intake(form, coordinator, me, now=datetime.now() - timedelta(days=40), valid_days=1)[0],
        "from_the_future": make_intake(form, coordinator, me, now=datetime.now() + timedelta(days=40))[0],
        "unknown_sender": make_intake(form, stranger, me)[0], "garbage": b"TRUSTDESK-INTAKE\n" + b"x" * 300,
        **{f"kind-{kind.value}": path.read_bytes() for kind, path in others.items() if kind is not FileKind.INTAKE},
    }
    path = tmp_path / "good.tdintake"
    path.write_bytes(make_intake(IntakeForm(coordinator_ref="AIN-2", initiator=Initiator.DOCTOR, language=Language.NL,
                                            profession=Profession.STUDENT), coordinator, me)[0])
    code, out = _run(monkeypatch, capsys, ["intake-verify", str(path), "--data-dir", str(data_dir),
                                           "--passphrase-stdin", "--lang", lang], PASSPHRASE + "\n")
    assert code == 0 and Labels(lang).enum(Profession.STUDENT) in out, out  # --profession is shown
    english = _english_sentences()
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    for name, data in files.items():
        path = tmp_path / f"{name}.tdintake"
        path.write_bytes(data)
        code, out = _run(monkeypatch, capsys, ["intake-verify", str(path), "--data-dir", str(data_dir),
                                               "--passphrase-stdin", "--lang", lang], PASSPHRASE + "\n")
        assert code != 0, (name, out)
        assert not CODE_IN_PARENS.search(out), (name, out)
        assert not any(sentence in out for sentence in english), (name, out)
        _suggestion_runs_or_explains(out, name)


def _suggestion_runs_or_explains(out: str, name: str) -> None:
    """Every absolute path a printed command names exists (the file given, a folder), or the command holds a
    placeholder in capitals that the text explains; the run's --lang is carried over."""
    for line in out.splitlines():
        if "-m trustdesk" not in line:
            continue
        words = shlex.split(line[line.index("-m trustdesk"):])  # the command alone on its line
        for word in words:
            if word.startswith("/") and not word.endswith("national-figures"):  # (the merge makes its report folder)
                assert Path(word).exists(), (name, word, line)
            if word in ("DESK", "DATA_FOLDER"):  # a placeholder: explained on a line of its own
                assert any(word in other and "-m trustdesk" not in other for other in out.splitlines()), (name, out)
        assert "--lang" in words, (name, line)


def test_coordinator_and_pack_refusals_say_no_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    source = tmp_path / "src"
    source.mkdir()
    (source / "manifest.json").write_text(json.dumps({"id": "x", "version": 0}))
    for lang in ("nl", "fr"):
        for days in ("0", "-5", "91", "99999"):
            code, out = _run(monkeypatch, capsys, [
                "coordinator", "intake", str(desk.folder), "--to", "x", "--ref", "R1", "--initiator", "doctor",
                "--language", "nl", "--valid-days", days, "--passphrase-stdin", "--lang", lang,
                "--out", str(tmp_path / "x.tdintake")], DESK_PASSPHRASE + "\n")
            assert code == 2 and days in out and "an intake is valid" not in out, out
        code, out = _run(monkeypatch, capsys, ["pack", "build", str(source), str(tmp_path / "p.zip"), "--lang", lang])
        assert code == 2 and not CODE_IN_PARENS.search(out) and "(malformed)" not in out, out


def test_a_card_edited_in_any_field_is_never_another_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    person = Identity.generate()
    for role in Role:
        card = person.card("Dr A", role)
        document = json.loads(card.to_bytes())
        own = FileKind.COORDINATOR_CARD if role is Role.COORDINATOR else FileKind.CARD
        assert recognise(card.to_bytes()) is own
        for field in [k for k in document if k not in ("kind",)]:
            for value in ({"role": "coordinator" if role is Role.TRUST_PERSON else "trust_person"}.get(field),
                          "x", 7):
                if value is None or value == document[field]:
                    continue
                edited = json.dumps({**document, field: value}).encode()
                assert recognise(edited) is None, (role, field, value)  # altered: no kind at all
                path = tmp_path / "edited.tdcard"
                path.write_bytes(edited)
                for argv in (["coordinator", "add-card", str(desk.folder), str(path), "--fingerprint",
                              person.card("Dr A", role).fingerprint, "--passphrase-stdin"],
                             ["pack", "build", str(tmp_path / "none"), str(tmp_path / "p.zip"),
                              "--coordinator-card", str(path)]):
                    _, out = _run(monkeypatch, capsys, argv, DESK_PASSPHRASE + "\n")
                    assert "coordinator's contact card" not in out and "trust person's contact card (" not in out, \
                        (role, field, out)


def test_out_folders_one_rule_and_reports_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    missing = tmp_path / "no" / "such"
    source = tmp_path / "src"
    source.mkdir()
    figures = tmp_path / "f.tdfigures"
    figures.write_bytes(b"TRUSTDESK-FIGURES\n")
    runs = [["coordinator", "intake", str(desk.folder), "--to", "x", "--ref", "R1", "--initiator", "doctor",
             "--language", "nl", "--passphrase-stdin", "--out", str(missing / "a.tdintake")],
            ["pack", "build", str(source), str(missing / "p.zip")],
            ["pack", "keygen", str(missing / "k.pem"), str(tmp_path / "k.pub")],
            ["figures", "merge", str(figures), "--desk", str(desk.folder), "--passphrase-stdin",
             "--out", str(missing / "report")]]
    for argv in runs:
        code, out = _run(monkeypatch, capsys, argv, DESK_PASSPHRASE + "\n")
        assert code == 3 and str(missing) in out and ".tmp" not in out, (argv, out)  # missing, as an input
        assert not missing.exists()
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    code, out = _run(monkeypatch, capsys, ["figures", "merge", str(figures), "--desk", str(desk.folder),
                                           "--passphrase-stdin", "--out", str(a_file)], DESK_PASSPHRASE + "\n")
    assert code == 2 and "is a file, not a folder" in out, out
    report = tmp_path / "report"
    report.mkdir()
    (report / "national.csv").write_text("x")
    code, out = _run(monkeypatch, capsys, ["figures", "merge", str(figures), "--desk", str(desk.folder),
                                           "--passphrase-stdin", "--out", str(report)], DESK_PASSPHRASE + "\n")
    assert code == 2 and "--replace" in out, out


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_a_quarter_is_named_one_way_per_language(lang: str) -> None:
    from trustdesk.documents.labels import Labels
    from trustdesk.exchange.national_pdf import quarter_label

    for year in (2025, 2026):
        for q in (1, 2, 3, 4):
            quarter = Quarter(year, q)
            assert quarter_label(Labels(lang), quarter) == quarter.name(lang) == \
                f"{year} {dict(nl='K', fr='T', en='Q')[lang]}{q}"
            assert Quarter.parse(str(quarter)) == quarter  # the command line still reads 2026-Q3
