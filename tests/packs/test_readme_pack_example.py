"""installer/README.md documents the knowledge cards and the care columns of a pack with an example:
the example's files (fenced blocks marked ``file=<path>``) build into a pack as written, and the
README's lists of allowed values are exactly the app's."""

from __future__ import annotations

import re
from pathlib import Path

from trustdesk.domain.enums import (
    CARE_THEMES,
    KNOWLEDGE_DOMAINS,
    CareDomain,
    Language,
    ProviderKind,
    Province,
)
from trustdesk.packs.pack import parse_members

README = Path(__file__).resolve().parents[2] / "installer" / "README.md"
BLOCK = re.compile(r"^```\w+ file=(\S+)\n(.*?)^```$", re.S | re.M)


def _members() -> dict[str, bytes]:
    return {path: body.encode("utf-8") for path, body in BLOCK.findall(README.read_text(encoding="utf-8"))}


def test_the_documented_example_builds() -> None:
    members = _members()
    assert {"manifest.json", "providers.csv", "knowledge/nl/burnout.md", "knowledge/fr/burnout.md"} <= set(members)
    pack = parse_members(members)
    assert pack.knowledge is not None and {(c.language.value, c.key) for c in pack.knowledge} == {
        ("nl", "burnout"), ("fr", "burnout")}
    assert all(CareDomain.BURNOUT in c.domains and c.title and c.source for c in pack.knowledge)
    linde = next(p for p in pack.providers if p.source_key == "psy-linde")
    assert linde.domains == {CareDomain.BURNOUT, CareDomain.DEPRESSION}
    assert linde.regions == {Province.EAST_FLANDERS} and linde.languages == {Language.NL, Language.FR}
    assert linde.region == "Gent"


def test_the_documented_values_are_the_apps() -> None:
    text = README.read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {}
    for m in re.finditer(r"^\| `(\w+)`[^|]*\| (.*) \|$", text, re.M):
        rows.setdefault(m.group(1), []).extend(re.findall(r"`([a-z_]+)`", m.group(2)))
    assert rows["domains"] == [d.value for d in CareDomain]
    knowledge = re.search(r"^\| `domains` \(knowledge domains\) \| (.*) \|$", text, re.M)
    themes = re.search(r"^\| `domains` \(themes[^|]*\| (.*) \|$", text, re.M)
    assert knowledge and themes
    assert re.findall(r"`([a-z_]+)`", knowledge.group(1)) == [d.value for d in KNOWLEDGE_DOMAINS]
    assert set(re.findall(r"`([a-z_]+)`", themes.group(1))) == {t.value for t in CARE_THEMES}
    assert rows["regions"] == [p.value for p in Province]
    assert rows["languages"] == [lang.value for lang in Language]
    assert rows["kind"] == [k.value for k in ProviderKind]
