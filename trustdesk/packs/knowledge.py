"""Knowledge cards in an organisation pack: ``knowledge/<lang>/<key>.md``, short Markdown the
coordinator writes, each with a small header:

    ---
    title: Burn-out bij artsen
    domains: burnout                      (comma-separated; none: a card about the care offer in general)
    kinds: psychologist, peer_coaching    (optional: the kinds of care it is about)
    source: "Arts in nood gaat nationaal", Orde der artsen
    ---
    The text, in Markdown.

Read defensively (size, UTF-8, no control characters, known header fields, known domains and kinds);
anything wrong refuses the pack.  The text is stored as it is: it is never turned into HTML here, and
the app shows it only through the safe renderer (``ui/kit/markdown_view.py``: raw HTML off, no
images, links inert).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from trustdesk.domain.enums import CareDomain, Language, ProviderKind
from trustdesk.domain.knowledge import KnowledgeCard
from trustdesk.packs.care_vocabulary import parse_domains, provider_kind
from trustdesk.packs.errors import QT_TRANSLATE_NOOP, PackIssue, PackRejected, RejectReason

KNOWLEDGE_PATH = re.compile(r"^knowledge/([a-z]{2})/([a-z0-9][a-z0-9_-]{0,62})\.md$")
MAX_CARD_BYTES = 32 * 1024
MAX_CARDS = 120
_FIELDS = {"title": 200, "domains": 500, "kinds": 500, "source": 500}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _malformed(detail: str) -> PackRejected:
    return PackRejected(RejectReason.MALFORMED, detail)


def parse_card(name: str, raw: bytes, languages: frozenset[Language] | None = None) -> KnowledgeCard:
    match = KNOWLEDGE_PATH.match(name)
    if match is None:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name!r} is not knowledge/<language>/<key>.md").format(name=name[:200]))
    lang, key = match.groups()
    try:
        language = Language(lang)
    except ValueError as exc:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name}: unknown language {lang!r}").format(name=name, lang=lang)) from exc
    if languages is not None and language not in languages:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name}: language {lang} is not in the manifest's languages").format(
            name=name, lang=lang))
    if len(raw) > MAX_CARD_BYTES:
        raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
            "PackDetail", "{name} is over {limit} bytes").format(name=name, limit=MAX_CARD_BYTES))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "{name} is not UTF-8").format(name=name)) from exc
    text = text.replace("\r\n", "\n")
    if _CONTROL.search(text) or "\r" in text:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name} holds a control character").format(name=name))
    header, body = _split(name, text)
    if not header.get("title"):
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name}: the header needs a title").format(name=name))
    domains, unknown = parse_domains(header.get("domains", ""))
    if unknown:
        issue = PackIssue(name, "domains", "unknown_domain", unknown[0][:60],
                          allowed=tuple(d.value for d in CareDomain))
        raise PackRejected(RejectReason.MALFORMED, issue.sentence(), issue)
    kinds: set[ProviderKind] = set()
    for part in filter(None, (p.strip() for p in header.get("kinds", "").split(","))):
        try:
            kinds.add(provider_kind(part))  # a key or any name of the kind (care_vocabulary)
        except ValueError as exc:
            issue = PackIssue(name, "kinds", "unknown_kind", part[:60], allowed=tuple(k.value for k in ProviderKind))
            raise PackRejected(RejectReason.MALFORMED, issue.sentence(), issue) from exc
    if not body.strip():
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "{name} has no text").format(name=name))
    return KnowledgeCard(key=key, language=language, title=header["title"], body=body.strip() + "\n",
                         domains=domains, kinds=frozenset(kinds), source=header.get("source", ""))


def _split(name: str, text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name} must start with a '---' header (title, domains, source)").format(name=name))
    try:
        end = next(i for i in range(1, min(len(lines), 20)) if lines[i].strip() == "---")
    except StopIteration as exc:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name}: the header is not closed by '---' within 20 lines").format(
            name=name)) from exc
    header: dict[str, str] = {}
    for line in lines[1:end]:
        field, sep, value = line.partition(":")
        field = field.strip().lower()
        if not sep or field not in _FIELDS:
            raise _malformed(QT_TRANSLATE_NOOP(
                "PackDetail", "{name}: header line {line!r} is not one of {fields}").format(
                name=name, line=line[:60], fields=sorted(_FIELDS)))
        if field in header:
            raise _malformed(QT_TRANSLATE_NOOP(
                "PackDetail", "{name}: {field} appears twice").format(name=name, field=field))
        value = value.strip()
        if len(value) > _FIELDS[field]:
            raise _malformed(QT_TRANSLATE_NOOP(
                "PackDetail", "{name}: {field} is longer than {limit} characters").format(
                name=name, field=field, limit=_FIELDS[field]))
        header[field] = value
    return header, "\n".join(lines[end + 1:])


def parse_cards(members: Mapping[str, bytes], languages: frozenset[Language] | None = None) -> tuple[KnowledgeCard, ...]:
    names = sorted(n for n in members if n.startswith("knowledge/"))
    if len(names) > MAX_CARDS:
        raise PackRejected(RejectReason.TOO_MANY_FILES, QT_TRANSLATE_NOOP(
            "PackDetail", "{count} knowledge cards, at most {limit}").format(
            count=len(names), limit=MAX_CARDS))
    return tuple(parse_card(name, members[name], languages) for name in names)


def card_to_json(card: KnowledgeCard) -> dict[str, Any]:
    return {"key": card.key, "language": card.language.value, "title": card.title, "body": card.body,
            "domains": sorted(d.value for d in card.domains), "kinds": sorted(k.value for k in card.kinds),
            "source": card.source}


def card_from_json(item: Any) -> KnowledgeCard | None:
    """A stored card, or None when it is not one (a damaged setting shows nothing, never breaks)."""
    from trustdesk.domain.enums import CareDomain

    if not isinstance(item, dict):
        return None
    try:
        return KnowledgeCard(key=str(item["key"]), language=Language(item["language"]), title=str(item["title"]),
                             body=str(item["body"]), domains=frozenset(CareDomain(d) for d in item.get("domains", [])),
                             kinds=frozenset(ProviderKind(k) for k in item.get("kinds", [])),
                             source=str(item.get("source", "")))
    except (KeyError, ValueError, TypeError):
        return None


def default_cards() -> tuple[KnowledgeCard, ...]:
    """The cards shipped with TrustDesk (resources/knowledge/<lang>/<key>.md, the same format),
    shown until a pack brings the coordinator's own."""
    from trustdesk.packs.bundled import resources_dir

    root = resources_dir() / "knowledge"
    members = {f"knowledge/{p.relative_to(root).as_posix()}": p.read_bytes() for p in sorted(root.glob("*/*.md"))}
    return parse_cards(members)
