"""A refused pack says where, which field, the value found and what is allowed there -- in English for
the headless commands and in the coordinator's language in the desk -- never a raw code such as
"unknown_kind kind"."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.cli import main as cli_main
from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.packs.errors import PackRejected
from trustdesk.packs.pack import parse_members
from trustdesk.ui.desk.pack_issue_text import refusal_text
from trustdesk.ui.kit.language import Translations

MANIFEST = json.dumps({"format": 1, "id": "t", "version": 1, "created": "2026-11-01", "languages": ["nl", "fr"]})
HEADER = "key;kind;name;languages;domains;regions;sees_physicians"
GOOD = {"key": "p1", "kind": "psychologist", "name": "Praktijk", "languages": "nl", "domains": "burnout",
        "regions": "antwerp", "sees_physicians": "yes"}
# field -> (the values allowed there)
ALLOWED = {"kind": [k.value for k in ProviderKind], "languages": [lang.value for lang in Language],
           "domains": [d.value for d in CareDomain], "regions": [p.value for p in Province],
           "sees_physicians": ["yes", "no"]}
BAD = st.text(alphabet="qxzjwvkAB", min_size=3, max_size=8)  # never a value, an alias or a name


def _refusal(field: str, value: str) -> PackRejected:
    row = {**GOOD, field: value}
    csv = HEADER + "\n" + ";".join(row[c] for c in HEADER.split(";")) + "\n"
    with pytest.raises(PackRejected) as caught:
        parse_members({"manifest.json": MANIFEST.encode(), "providers.csv": csv.encode()})
    return caught.value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(sorted(ALLOWED)), value=BAD, language=st.sampled_from(["nl", "fr", "en"]))
def test_a_bad_value_is_named_with_its_field_and_what_is_allowed(translations: Translations, field: str,
                                                                  value: str, language: str) -> None:
    exc = _refusal(field, value)
    assert exc.issue is not None and exc.issue.field == field and exc.issue.value == value
    assert exc.issue.row == 2 and list(exc.issue.allowed) == ALLOWED[field]
    cli = exc.detail  # what `pack verify|build` print
    translations.install(language)
    desk = refusal_text(exc)
    for said in (cli, desk):
        assert value in said and "providers.csv" in said
        assert all(allowed in said for allowed in ALLOWED[field])
        assert exc.issue.problem not in said  # no raw code ("unknown_kind")
    assert f"\u201c{field}\u201d" in cli
    if language != "en":
        assert desk != cli


def test_a_knowledge_card_with_an_unknown_domain_names_the_allowed_ones(translations: Translations) -> None:
    card = b"---\ntitle: x\ndomains: astrologie\n---\nTekst\n"
    with pytest.raises(PackRejected) as caught:
        parse_members({"manifest.json": MANIFEST.encode(), "knowledge/nl/x.md": card})
    exc = caught.value
    translations.install("fr")
    for said in (exc.detail, refusal_text(exc)):
        assert "knowledge/nl/x.md" in said and "astrologie" in said
        assert all(d.value in said for d in CareDomain)


def test_pack_build_says_it_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The headless ``pack build`` prints the sentence: row, field, value, allowed kinds."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "manifest.json").write_text(MANIFEST)
    (source / "providers.csv").write_text(HEADER + "\np1;psycholoog-x;Praktijk;nl;burnout;antwerp;yes\n")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli_main(["pack", "build", str(source), str(tmp_path / "out.zip")]) != 0
    said = capsys.readouterr()
    text = said.out + said.err
    assert "row 2" in text and "\u201ckind\u201d" in text and "psycholoog-x" in text
    assert all(k.value in text for k in ProviderKind) and "unknown_kind kind" not in text
