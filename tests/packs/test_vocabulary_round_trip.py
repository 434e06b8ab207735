"""The vocabulary reader (packs/care_vocabulary.py) reads every label the app displays, in nl, fr and en,
and the stable keys, whatever the case or the accents: for each vocabulary (knowledge domains and the
directory's themes, provinces, languages, who called, professions, contact modes, kinds of provider),
every label the interface shows (case_labels, the directory, the contact editor -- also a theme's
"(thema)" choice) and every word documents print comes back as its value.  The outside tester's three
("Middelengebruik", "Suïcidale gedachten of gedrag", "Consommation de substances") go through the pack
build and the coordinator's intake too."""

from __future__ import annotations

import io
import json
import sys
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.cli import main as cli
from trustdesk.documents.labels import ENUM_PREFIX, Labels
from trustdesk.domain.enums import (
    CareDomain,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    ProviderKind,
    Province,
)
from trustdesk.packs import care_vocabulary as vocabulary
from trustdesk.ui.kit.language import Translations

LANGUAGES = ("nl", "fr", "en")


def _shown(kind: type[StrEnum], member: StrEnum) -> list[str]:
    """Every label the interface shows for ``member`` in the installed language."""
    from trustdesk.ui.case.contact_editor import mode_text
    from trustdesk.ui.directory.providers_model import kind_text
    from trustdesk.ui.kit import case_labels as shown

    if kind in (CareDomain, KnowledgeDomain):
        care = [shown.care_domain_text(CareDomain(member.value)), shown.care_choice_text(CareDomain(member.value))] \
            if member.value in CareDomain._value2member_map_ else []
        return [shown.domain_text(member), *care]  # type: ignore[arg-type]
    return [{Province: shown.province_text, Initiator: shown.initiator_text, Profession: shown.profession_text,
             Language: shown.language_text, ProviderKind: kind_text, ContactMode: mode_text}[kind](member)]  # type: ignore[operator]


def _reader(kind: type[StrEnum]) -> Callable[[str], StrEnum]:
    if kind is CareDomain:
        def care(text: str) -> StrEnum:
            found, unknown = vocabulary.parse_domains(text)
            assert not unknown and len(found) == 1, (text, found, unknown)
            return next(iter(found))
        return care
    return vocabulary.READERS[kind]


VOCABULARIES = [CareDomain, KnowledgeDomain, Province, Initiator, Profession, Language, ProviderKind, ContactMode]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", VOCABULARIES, ids=lambda k: k.__name__)
def test_every_label_the_app_displays_round_trips(translations: Translations, language: str,
                                                  kind: type[StrEnum]) -> None:
    translations.install(language)
    read = _reader(kind)
    words = Labels(language)
    for member in kind:
        labels = [member.value, *_shown(kind, member)]
        if kind in ENUM_PREFIX or kind is CareDomain:
            try:
                labels.append(words(f"{ENUM_PREFIX.get(kind, 'domain')}.{member.value}"))
            except KeyError:  # a theme of the directory: documents never print one
                assert kind is CareDomain and CareDomain(member.value).is_theme
        for label in labels:
            assert read(label) == member, (language, kind.__name__, label)


def test_the_testers_labels_are_read_everywhere() -> None:
    for text, value in (("Middelengebruik", "substance_abuse"), ("Suïcidale gedachten of gedrag", "suicidal_behaviour"),
                        ("Consommation de substances", "substance_abuse")):
        assert vocabulary.knowledge_domain(text).value == value
        assert {d.value for d in vocabulary.parse_domains(text)[0]} == {value}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


NAMES = [(kind, member, name) for kind in VOCABULARIES for member in kind for name in vocabulary.names_of(member)]


@settings(max_examples=400, deadline=None)
@given(entry=st.sampled_from(NAMES), flips=st.lists(st.booleans(), min_size=80, max_size=80),
       accents=st.booleans(), pad=st.sampled_from(["", " ", "  "]))
def test_case_and_accents_do_not_matter(entry: tuple[type[StrEnum], StrEnum, str], flips: list[bool],
                                        accents: bool, pad: str) -> None:
    kind, member, name = entry
    text = "".join(c.upper() if flip else c.lower() for c, flip in zip(name, flips * 4, strict=False))
    text = pad + (_strip_accents(text) if accents else text) + pad
    assert _reader(kind)(text) == member, (name, text)


def test_no_name_means_two_values_and_lists_split_where_they_should() -> None:
    for kind in VOCABULARIES:
        vocabulary._index(kind)  # raises on a name of two values
    assert vocabulary.parse_regions("Brussel/Waals-Brabant")[0] == {Province.BRUSSELS, Province.WALLOON_BRABANT}
    assert vocabulary.parse_regions("Nationaal / meerdere regio’s")[0] == {Province.NATIONAL}
    assert vocabulary.parse_domains("Burn-out, Middelengebruik; Angst (thema)")[0] == {
        CareDomain.BURNOUT, CareDomain.SUBSTANCE_ABUSE, CareDomain.ANXIETY}
    assert vocabulary.parse_languages("Nederlands / Français, en")[0] == {Language.NL, Language.FR, Language.EN}
    assert vocabulary.parse_domains("astrologie")[1] == ["astrologie"]  # never guessed
    with pytest.raises(vocabulary.UnknownValue) as theme:
        vocabulary.knowledge_domain("Conflits au travail (thème)")
    assert theme.value.theme


HEADER = "key;kind;name;languages;domains;regions;sees_physicians"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pack_build_takes_the_apps_labels(translations: Translations, language: str, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A pack source written with the labels the coordinator sees, in each language, builds (exit 0)
    and the pack holds the right values: providers.csv and a knowledge card's header."""
    from trustdesk.packs.pack import build_pack

    translations.install(language)
    from trustdesk.ui.case.contact_editor import mode_text  # noqa: F401  (the labels come from the UI)
    from trustdesk.ui.directory.providers_model import kind_text
    from trustdesk.ui.kit import case_labels as shown

    source = tmp_path / "src"
    (source / "knowledge" / "nl").mkdir(parents=True)
    (source / "manifest.json").write_text(json.dumps({"format": 1, "id": "t", "version": 1, "created": "2026-11-26",
                                                      "languages": ["nl", "fr"]}))
    rows = []
    for index, kind in enumerate(ProviderKind):
        domains = [shown.care_domain_text(d) for d in CareDomain][index % 3:][:3]
        rows.append(";".join([f"p{index}", kind_text(kind), f"Praktijk {index}",
                              " / ".join(shown.language_text(x) for x in (Language.NL, Language.FR)),
                              ", ".join(domains), shown.province_text(list(Province)[index]), "ja"]))
    (source / "providers.csv").write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    card_domains = ", ".join(shown.domain_text(d) for d in KnowledgeDomain if d is not KnowledgeDomain.OTHER)
    kinds = ", ".join(kind_text(k) for k in (ProviderKind.GP, ProviderKind.PEER_COACHING))
    (source / "knowledge" / "nl" / "x.md").write_text(
        f"---\ntitle: X\ndomains: {card_domains}\nkinds: {kinds}\n---\nTekst\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli(["pack", "build", str(source), str(tmp_path / "out.zip")]) == 0, capsys.readouterr()
    _, pack = build_pack(source)
    by_key = {p.source_key: p for p in pack.providers}
    for index, kind in enumerate(ProviderKind):
        provider = by_key[f"p{index}"]
        assert provider.kind is kind and provider.languages == {Language.NL, Language.FR}
        assert provider.regions == {list(Province)[index]}
        assert provider.domains == frozenset(list(CareDomain)[index % 3:][:3])
    (card,) = pack.knowledge or ()
    assert {d.value for d in card.domains} == {d.value for d in KnowledgeDomain if d is not KnowledgeDomain.OTHER}
    assert card.kinds == {ProviderKind.GP, ProviderKind.PEER_COACHING}


def _keys_only(members: dict[str, bytes]) -> None:
    """What a TrustDesk before the labels reads: every vocabulary cell and header value a key."""
    import csv

    keys = {"kind": {k.value for k in ProviderKind}, "languages": {lang.value for lang in Language},
            "domains": {d.value for d in CareDomain}, "regions": {p.value for p in Province}}
    rows = list(csv.DictReader(io.StringIO(members["providers.csv"].decode("utf-8-sig")), delimiter=";"))
    for row in rows:
        for column, allowed in keys.items():
            assert {v.strip() for v in row[column].split(",") if v.strip()} <= allowed, (column, row[column])
    for name, raw in members.items():
        if name.startswith("knowledge/"):
            header = raw.decode().split("---")[1]
            for line in header.strip().splitlines():
                field, _, value = line.partition(":")
                if field in ("domains", "kinds"):
                    allowed = keys["domains"] if field == "domains" else keys["kind"]
                    assert {v.strip() for v in value.split(",")} <= allowed, line


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pack_built_from_labels_carries_the_keys(translations: Translations, language: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """An older TrustDesk reads only keys: the pack written from a labelled source holds the keys (and the
    same directory and cards), so a trust person not yet updated still imports it -- and learns of the
    release from it; a source in keys is packed byte for byte."""
    from trustdesk.packs.archive import read_members
    from trustdesk.packs.pack import build_pack, parse_members, read_source_dir

    test_pack_build_takes_the_apps_labels(translations, language, tmp_path, monkeypatch, capsys)
    source = tmp_path / "src"
    data, pack = build_pack(source)
    members = read_members(data)
    _keys_only(members)
    assert parse_members(members).providers == pack.providers
    assert parse_members(read_source_dir(source)).providers == pack.providers  # the labels said the same
    assert members["providers.csv"] != read_source_dir(source)["providers.csv"]
    keyed = tmp_path / "keyed"
    keyed.mkdir()
    for name, content in members.items():
        (keyed / name).parent.mkdir(parents=True, exist_ok=True)
        (keyed / name).write_bytes(content)
    assert read_members(build_pack(keyed)[0]) == members  # already keys: unchanged
