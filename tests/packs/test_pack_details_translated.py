"""A pack check's detail (what exactly is wrong in the pack's format) is said in the reader's language:
every ``QT_TRANSLATE_NOOP("PackDetail", …)`` of trustdesk/packs is in the Dutch and French catalogues with
the same values, and a refused pack is explained in French to a French coordinator -- by ``pack verify``
and by the desk (outside tester: "le paquet ne respecte pas le format des paquets (manifest.json: version
must be a positive integer)")."""

from __future__ import annotations

import ast
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from trustdesk.cli import main as cli
from trustdesk.packs.errors import DETAIL_CONTEXT, Detail, PackRejected, said_in
from trustdesk.packs.pack import parse_members

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")


def _details() -> set[tuple[str, str]]:
    """(context, text) of every ``QT_TRANSLATE_NOOP`` of the Qt-free code (packs, templates, the directory's
    queries): the details said by ``trustdesk.detail.said_in``."""
    found = set()
    for path in (ROOT / "trustdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
                found.add((node.args[0].value, node.args[1].value))
    return found


def _catalogue(language: str) -> dict[tuple[str, str], str]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"trustdesk_{language}.ts")
    return {(c.findtext("name") or "", m.findtext("source") or ""): (m.findtext("translation") or "")
            for c in tree.iter("context") for m in c.iter("message")
            if (m.find("translation") is not None and m.find("translation").get("type") is None)}  # type: ignore[union-attr]


def test_every_detail_is_translated_with_the_same_values() -> None:
    details = _details()
    assert len([d for d in details if d[0] == DETAIL_CONTEXT]) >= 70
    assert {"PackDetail", "TemplateDetail", "CsvProblem"} <= {context for context, _ in details}
    for language in ("nl", "fr"):
        catalogue = _catalogue(language)
        for key in details:
            context, text = key
            assert key in catalogue, (language, key)
            said = catalogue[key]
            assert sorted(PLACEHOLDER.findall(said)) == sorted(PLACEHOLDER.findall(text)), (language, text, said)
            words = re.sub(r"\{[^{}]*\}|[\w./-]+\.(json|csv|md|j2)\b", "", text)
            if re.search(r"[a-z]{3}", words) and language == "fr":  # a sentence, not only values and names
                assert said != text, (language, text)


def _manifest(**fields: object) -> bytes:
    return json.dumps({"format": 1, "id": "t", "version": 1, "created": "2026-11-26", "languages": ["nl"],
                       **fields}).encode()


BAD = {  # members -> what the pack holds wrongly
    "version": {"manifest.json": _manifest(version=0)},
    "unknown field": {"manifest.json": _manifest(colour="red")},
    "created": {"manifest.json": _manifest(created="yesterday")},
    "no manifest": {"providers.csv": b"key,name\n"},
    "unexpected member": {"manifest.json": _manifest(), "notes.txt": b"x"},
    "template language": {"manifest.json": _manifest(), "templates/fr/referral_psy.j2": b"Hallo"},
    "helplines": {"manifest.json": _manifest(), "helplines.json": b'{"not": "a list"}'},
    "release": {"manifest.json": _manifest(), "release.json": b'{"version": "one"}'},
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_refused_pack_is_explained_in_the_readers_language(case: str, tmp_path: Path, translations: object,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from trustdesk.cli.words import speaking, translate
    from trustdesk.ui.desk.pack_issue_text import refusal_text

    with pytest.raises(PackRejected) as caught:
        parse_members(dict(BAD[case]))
    detail = caught.value.detail
    assert isinstance(detail, Detail) and caught.value.issue is None, detail
    for language in ("nl", "fr"):
        with speaking(language=language):
            local = said_in(detail, translate)
        assert local != str(detail), (language, local)  # not the English words
        translations.install(language)  # type: ignore[attr-defined]
        assert refusal_text(caught.value) == local  # the desk says what the commands say
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with speaking(language="fr"):
        french = said_in(detail, translate)
    source = tmp_path / "source"
    source.mkdir()
    for name, data in BAD[case].items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes(data)
    cli(["pack", "build", str(source), str(tmp_path / "out.zip")])
    out = capsys.readouterr()
    said = out.out + out.err
    assert french in said and str(detail) not in said, said
