"""A value the care vocabulary does not know is refused with the values a coordinator reads -- the label
in the reader's language, with the key a file or a command carries -- and the closest one suggested
("did you mean …?"); ``pack preview`` shows labels, not keys (outside tester, a national coordinator:
"allowed: psychologist, psychiatrist, gp, …" and no hint for "psycholog")."""

from __future__ import annotations

import io
import sys
from enum import StrEnum
from pathlib import Path

import pytest

from trustdesk.cli import main as cli
from trustdesk.domain.enums import KnowledgeDomain, Language, ProviderKind, Province
from trustdesk.packs.care_vocabulary import READERS, UnknownValue, closest, fold, label, labelled

LANG = {"nl": "nl_BE.UTF-8", "fr": "fr_BE.UTF-8", "en": "C.UTF-8"}


def _typos(name: str) -> list[str]:
    """A person's slips on ``name``: one letter dropped, one doubled, one replaced."""
    middle = len(name) // 2
    return [name[:middle] + name[middle + 1:], name[:middle] + name[middle] + name[middle:],
            name[:middle] + ("x" if name[middle] != "x" else "y") + name[middle + 1:]]


def test_a_slip_on_any_label_suggests_its_value() -> None:
    tried = 0
    for kind, reader in READERS.items():
        for member in kind:
            for language in ("nl", "fr", "en"):
                name = label(kind, member.value, language)
                if len(fold(name)) < 5:  # too short for a slip to be told from another word
                    continue
                for typo in _typos(name):
                    try:
                        reader(typo)
                    except UnknownValue as exc:
                        if exc.theme:
                            continue
                        assert member.value in exc.suggestions, (kind, member, typo, exc.suggestions)
                        tried += 1
    assert tried > 150
    assert closest("qqqqqq", Province) == ()  # nothing close: nothing suggested


def test_labels_are_in_the_readers_language_with_their_key() -> None:
    assert label(ProviderKind, "psychologist", "nl") == "Psycholoog"
    assert label(ProviderKind, "psychologist", "fr") == "Psychologue"
    said = labelled(Province, [p.value for p in Province], "fr")
    assert "Anvers (antwerp)" in said and "Liège (liege)" in said


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from trustdesk.exchange.coordinator import CoordinatorDesk

    return CoordinatorDesk.init(tmp_path_factory.mktemp("desk") / "desk", "C", "the coordinator's own desk").folder


def _intake(desk: Path, tmp_path: Path, language: str, option: str, value: str, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setenv("LANG", LANG[language])
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = cli(["coordinator", "intake", str(desk), "--to", "x", "--ref", "R",
                "--initiator", "doctor", "--language", "nl", option, value, "--out", str(tmp_path / "x.tdintake")])
    out = capsys.readouterr()
    return code, " ".join((out.out + out.err).split()).replace("\u00a0?", "?").replace(" ?", "?")


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize(("option", "kind", "member", "typo"), [
    ("--domain", KnowledgeDomain, KnowledgeDomain.SUBSTANCE_ABUSE, "middelengebruk"),
    ("--domain", KnowledgeDomain, KnowledgeDomain.BURNOUT, "burnot"),
    ("--region", Province, Province.LIEGE, "Luk"),
    ("--language", Language, Language.FR, "Fransc"),
])
def test_an_unknown_option_value_lists_labels_and_suggests(desk: Path, tmp_path: Path, language: str, option: str,
                                                           kind: type[StrEnum], member: StrEnum, typo: str,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, said = _intake(desk, tmp_path, language, option, typo, monkeypatch, capsys)
    assert code == 2, said
    for value in kind:
        assert label(kind, value.value, language) in said, (value, said)  # every value as the coordinator reads it
    assert labelled(kind, [member.value], language) + "?" in said, said  # the closest, asked
    assert f"({member.value})" in said


def _pack(tmp_path: Path, kind: str) -> Path:
    source = tmp_path / "source"
    source.mkdir(exist_ok=True)
    (source / "manifest.json").write_text(
        '{"format": 1, "id": "t", "version": 1, "created": "2026-11-26", "languages": ["nl", "fr"]}')
    (source / "providers.csv").write_text("key,kind,name,languages,regions,phone,domains\n"
                                          f'p1,{kind},Praktijk A,"nl,fr","antwerp,liege",03 1,"burnout,substance_abuse"\n')
    return source


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_pack_with_a_slip_names_the_labels_and_the_closest(tmp_path: Path, language: str,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", LANG[language])
    monkeypatch.delenv("LC_ALL", raising=False)
    code = cli(["pack", "build", str(_pack(tmp_path, "psycholog")), str(tmp_path / "p.zip")])
    out = capsys.readouterr()
    said = " ".join((out.out + out.err).split()).replace("\u00a0?", "?").replace(" ?", "?")  # French: a no-break space before ?
    assert code != 0
    for kind in ProviderKind:
        assert label(ProviderKind, kind.value, language) in said, (kind, said)
    assert labelled(ProviderKind, ["psychologist"], language) + "?" in said, said


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_pack_preview_shows_labels(tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from trustdesk.packs.pack import build_pack, sign_pack
    from trustdesk.packs.signing import generate_key_pair, load_private_key

    private, public = generate_key_pair(b"a key passphrase long")
    (tmp_path / "k.pub").write_bytes(public)
    data, _ = build_pack(_pack(tmp_path, "psychologist"))
    (tmp_path / "p.zip").write_bytes(sign_pack(data, load_private_key(private, b"a key passphrase long")))
    monkeypatch.setenv("LANG", LANG[language])
    monkeypatch.delenv("LC_ALL", raising=False)
    assert cli(["pack", "preview", str(tmp_path / "p.zip"), "--pubkey", str(tmp_path / "k.pub")]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "Praktijk A" in line)
    for shown in (label(ProviderKind, "psychologist", language), label(Province, "liege", language),
                  label(Language, "fr", language), label(KnowledgeDomain, "substance_abuse", language)):
        assert shown in line, (shown, line)
    for key in ("psychologist", "substance_abuse", "antwerp"):
        assert key not in line, line


def test_the_desk_lists_labels_and_suggests(qapp: object, translations: object) -> None:
    from trustdesk.ui.desk.pack_issue_text import allowed_text

    for language in ("nl", "fr"):
        translations.install(language)  # type: ignore[attr-defined]
        said = allowed_text("unknown_kind", "psycholog", tuple(k.value for k in ProviderKind)).replace("\u00a0?", "?").replace(" ?", "?")
        assert labelled(ProviderKind, ["psychologist"], language) + "?" in said, said
        assert all(label(ProviderKind, k.value, language) in said for k in ProviderKind), said
