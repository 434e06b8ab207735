"""The organisation pack: a signed zip the coordinator publishes (ARCHITECTURE.md, Layers).

    manifest.json             {"format": 1, "id": "artsinnood", "version": 3, "created": "2026-11-26",
                               "languages": ["nl", "fr"], "title": "...",            (title optional)
                               "template_names": {"nl/referral_psy": "..."},          (optional)
                               "next_key": "<base64 of a raw Ed25519 public key>"}   (optional)
    providers.csv             the provider CSV format (provider_csv) plus a "key" column (stable per item)
    templates/<lang>/<kind>.j2 letter templates; <lang> in the manifest's languages, <kind> a TemplateKind
    helplines.json            [{"key", "name", "number", "languages", "description", "website"}]
    coordinator.tdcard        the coordinator's contact card (exchange/keys.py): intakes are checked
                              and figures sealed with it, once its fingerprint was compared by phone
    knowledge/<lang>/<key>.md knowledge cards: short Markdown per domain with a header (knowledge.py)
    release.json              the current TrustDesk release (release.py): version, date, installers'
                              SHA-256, security flag
    signature.json            Ed25519 over the SHA-256 of every other member (signing.py)

Only manifest.json is required.  ``next_key`` announces the coordinator's successor key: the pack is
signed by the key the trust person's TrustDesk trusts now, so the announcement is as authentic as
the pack; once imported, the vault trusts the successor key (and no longer the old one) for every
later pack (``installation.current_pack_key``).  ``version`` is a positive integer: a pack is newer when its number is
higher.  ``verify_pack`` checks the archive, then the format versions (a manifest or signature of a
format above ``FORMAT`` was made by a newer TrustDesk: NEWER_FORMAT, before anything else is read),
then the signature, then parses; anything wrong raises PackRejected and nothing is written anywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trustdesk.documents.templates import validate as validate_template
from trustdesk.domain.enums import Language, TemplateKind
from trustdesk.domain.knowledge import KnowledgeCard
from trustdesk.domain.models import Provider, Template
from trustdesk.packs import archive, signing
from trustdesk.packs.errors import QT_TRANSLATE_NOOP, PackIssue, PackRejected, RejectReason
from trustdesk.packs.knowledge import KNOWLEDGE_PATH, parse_cards
from trustdesk.packs.provider_csv import ImportRejected, allowed_values, file_problem, parse_providers_csv
from trustdesk.packs.release import RELEASE, ReleaseAnnouncement, parse_release
from trustdesk.vault import strict_json

if TYPE_CHECKING:
    from trustdesk.exchange.keys import ContactCard

MANIFEST = "manifest.json"
PROVIDERS = "providers.csv"
HELPLINES = "helplines.json"
COORDINATOR_CARD = "coordinator.tdcard"
FORMAT = 1
MAX_VERSION = 2**31 - 1
MAX_JSON_BYTES = 256 * 1024
MAX_TEMPLATE_BYTES = 100 * 1024
MAX_HELPLINES = 200
PACK_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,62}$")
_TEMPLATE_PATH = re.compile(r"^templates/([a-z]{2})/([a-z_]{1,40})\.j2$")
_ITEM_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$")
_MANIFEST_KEYS = {"format", "id", "version", "created", "languages", "title", "template_names", "next_key"}
_HELPLINE_FIELDS = {"key": 100, "name": 200, "number": 60, "description": 1000, "website": 500}


@dataclass(frozen=True, slots=True)
class Manifest:
    id: str
    version: int
    created: str
    languages: frozenset[Language]
    title: str = ""
    template_names: Mapping[str, str] = field(default_factory=dict)
    next_key: str = ""  # base64 raw Ed25519 public key of the successor signing key ("" = none)

    @property
    def source(self) -> str:
        """What imported items carry as their ``source``: "<id>@<version>"."""
        return f"{self.id}@{self.version}"


@dataclass(frozen=True, slots=True)
class Helpline:
    key: str
    name: str
    number: str
    languages: frozenset[Language] = frozenset()
    description: str = ""
    website: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "number": self.number,
                "languages": sorted(lang.value for lang in self.languages),
                "description": self.description, "website": self.website}


@dataclass(frozen=True, slots=True)
class Pack:
    manifest: Manifest
    providers: tuple[Provider, ...] = ()
    templates: tuple[Template, ...] = ()
    helplines: tuple[Helpline, ...] | None = None  # None: the pack carries no helplines.json
    key_id: str = ""  # fingerprint of the key that signed it ("" when not verified)
    coordinator_card: ContactCard | None = None
    release: ReleaseAnnouncement | None = None
    knowledge: tuple[KnowledgeCard, ...] | None = None  # None: the pack carries no knowledge cards

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def version(self) -> int:
        return self.manifest.version


def _malformed(detail: str) -> PackRejected:
    return PackRejected(RejectReason.MALFORMED, detail)


def _json(members: Mapping[str, bytes], name: str) -> Any:
    raw = members[name]
    if len(raw) > MAX_JSON_BYTES:
        raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
            "PackDetail", "{name} is over {limit} bytes").format(name=name, limit=MAX_JSON_BYTES))
    try:
        return strict_json.loads(raw.decode("utf-8"))
    except strict_json.DuplicateKey as exc:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name}: the key {key!r} appears twice").format(name=name, key=exc.key[:40])) from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name} is not valid UTF-8 JSON").format(name=name)) from exc


def _languages(values: Any, where: str) -> frozenset[Language]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{where}: languages must be a list of language codes").format(where=where))
    try:
        return frozenset(Language(v) for v in values)
    except ValueError as exc:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{where}: unknown language in {values!r:.80}").format(
            where=where, values=values)) from exc


def parse_manifest(document: Any) -> Manifest:
    if not isinstance(document, dict):
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "manifest.json is not an object"))
    if type(document.get("format", FORMAT)) is int and document.get("format", FORMAT) > FORMAT:
        raise PackRejected(RejectReason.NEWER_FORMAT, QT_TRANSLATE_NOOP(
            "PackDetail", "manifest.json: format {format}").format(format=document['format']))
    unknown = set(document) - _MANIFEST_KEYS
    if unknown:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "manifest.json: unknown fields {unknown!r:.100}").format(unknown=sorted(unknown)))
    if document.get("format", FORMAT) != FORMAT or type(document.get("format", FORMAT)) is not int:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "manifest.json: unsupported format"))
    pack_id, version, created = document.get("id"), document.get("version"), document.get("created")
    if not isinstance(pack_id, str) or not PACK_ID.match(pack_id):
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "manifest.json: id must be 1-63 of a-z, 0-9, '.', '-'"))
    if type(version) is not int or not 1 <= version <= MAX_VERSION:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "manifest.json: version must be a positive integer"))
    if not isinstance(created, str) or len(created) > 40:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "manifest.json: created must be an ISO date"))
    try:
        (datetime if "T" in created else date).fromisoformat(created)
    except ValueError as exc:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "manifest.json: created must be an ISO date")) from exc
    languages = _languages(document.get("languages"), "manifest.json")
    if not languages:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "manifest.json: languages is empty"))
    title = document.get("title", "")
    names = document.get("template_names", {})
    if not isinstance(title, str) or len(title) > 200:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "manifest.json: title must be a short text"))
    if not isinstance(names, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and len(k) <= 60 and 0 < len(v) <= 200 for k, v in names.items()):
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "manifest.json: template_names must map '<lang>/<kind>' to a short name"))
    next_key = document.get("next_key", "")
    if not isinstance(next_key, str) or (next_key and signing.raw_public_key(next_key) is None):
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "manifest.json: next_key must be the base64 of a raw "
                                                         "32-byte Ed25519 public key (pack keygen prints it)"))
    return Manifest(pack_id, version, created, languages, title, dict(names), next_key)


def _helplines(document: Any) -> tuple[Helpline, ...]:
    if not isinstance(document, list) or len(document) > MAX_HELPLINES:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "helplines.json must be a list of at most {limit} entries").format(
            limit=MAX_HELPLINES))
    found: list[Helpline] = []
    keys: set[str] = set()
    for index, item in enumerate(document, start=1):
        where = f"helplines.json entry {index}"
        if not isinstance(item, dict) or set(item) - {*_HELPLINE_FIELDS, "languages"}:
            raise _malformed(QT_TRANSLATE_NOOP(
                "PackDetail", "{where}: an object with {fields} and languages").format(
                where=where, fields=sorted(_HELPLINE_FIELDS)))
        values = {name: item.get(name, "") for name in _HELPLINE_FIELDS}
        for name, value in values.items():
            if not isinstance(value, str) or len(value) > limit_of(name) or any(ord(c) < 32 for c in value):
                raise _malformed(QT_TRANSLATE_NOOP(
                    "PackDetail", "{where}: {name} must be a short single-line text").format(
                    where=where, name=name))
        if not values["name"] or not values["number"] or not _ITEM_KEY.match(values["key"]):
            raise _malformed(QT_TRANSLATE_NOOP(
                "PackDetail", "{where}: key, name and number are required").format(where=where))
        if values["key"] in keys:
            raise _malformed(QT_TRANSLATE_NOOP(
                "PackDetail", "{where}: key {key!r} appears twice").format(where=where, key=values['key']))
        keys.add(values["key"])
        found.append(Helpline(languages=_languages(item.get("languages", []), where), **values))
    return tuple(found)


def limit_of(name: str) -> int:
    return _HELPLINE_FIELDS[name]


def key_problem(key: str, used: set[str] | frozenset[str] = frozenset()) -> str:
    """What is wrong with an item key, in one phrase (a ``Detail``; "" when nothing is).  The format: 1 to
    100 characters, ASCII letters and digits, then also '.', '_', '/' or '-' (no spaces, no accents)."""
    if not key:
        return QT_TRANSLATE_NOOP("PackDetail", "the key is missing (the 'key' column is empty)")
    if len(key) > 100:
        return QT_TRANSLATE_NOOP("PackDetail", "the key {key!r}… is longer than 100 characters").format(key=key[:20])
    if not key.isascii():
        odd = next(ch for ch in key if not ch.isascii())
        return QT_TRANSLATE_NOOP("PackDetail", "the key {key!r} holds {odd!r} ({code}); keys use only ASCII "
                                               "letters, digits and . _ / -").format(
            key=key, odd=odd, code=f"U+{ord(odd):04X}")
    if not _ITEM_KEY.match(key):
        odd = next((ch for ch in key[1:] if not (ch.isalnum() or ch in "._/-")), key[0])
        return QT_TRANSLATE_NOOP("PackDetail", "the key {key!r} holds {odd!r}; a key starts with a letter or digit, "
                                               "then letters, digits, . _ / -").format(key=key, odd=odd)
    if key in used:
        return QT_TRANSLATE_NOOP("PackDetail", "the key {key!r} is used twice").format(key=key)
    return ""


def providers_from_csv(raw: bytes, source: str) -> tuple[Provider, ...]:
    try:
        preview = parse_providers_csv(raw)
    except ImportRejected as exc:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "providers.csv: {problem}").format(
            problem=file_problem(exc.problem, exc.params))) from exc
    if "key" not in preview.columns:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "providers.csv needs a 'key' column (a stable key per provider)"))
    found: list[Provider] = []
    keys: set[str] = set()
    for row in preview.rows:
        if row.provider is None or not row.valid:
            first = next(i for i in row.issues if i.blocking)
            issue = PackIssue(PROVIDERS, first.column, first.problem.value, first.params.get("value", ""), row.row,
                              allowed_values(first.problem),
                              tuple((k, v) for k, v in first.params.items() if k != "value"))
            raise PackRejected(RejectReason.MALFORMED, issue.sentence(), issue)
        problem = key_problem(row.key, keys)
        if problem:
            raise _malformed(QT_TRANSLATE_NOOP(
                "PackDetail", "providers.csv row {row}: {problem}").format(row=row.row, problem=problem))
        keys.add(row.key)
        found.append(replace(row.provider, source=source, source_key=row.key))
    return tuple(found)


def _template(name: str, raw: bytes, manifest: Manifest) -> Template:
    match = _TEMPLATE_PATH.match(name)
    assert match is not None
    lang, kind = match.groups()
    try:
        language, template_kind = Language(lang), TemplateKind(kind)
    except ValueError as exc:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name}: unknown language or template kind").format(name=name)) from exc
    if language not in manifest.languages:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{name}: language {lang} is not in the manifest's languages").format(
            name=name, lang=lang))
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
            "PackDetail", "{name} is over {limit} bytes").format(name=name, limit=MAX_TEMPLATE_BYTES))
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "{name} is not UTF-8").format(name=name)) from exc
    if "\x00" in body:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "{name} holds a NUL character").format(name=name))
    key = f"{lang}/{kind}"
    # Named by the pack's own name for it, else "<pack title> – <the kind in the template's language>"
    # (never the raw kind, e.g. "referral_psy").
    title = manifest.template_names.get(key) or f"{manifest.title or manifest.id} – {_kind_name(template_kind, language)}"
    return Template(name=title, kind=template_kind, language=language, body=body, source=manifest.source,
                    source_key=key)


def _kind_name(kind: TemplateKind, language: Language) -> str:
    from trustdesk.documents.labels import Labels

    try:
        return Labels(language).enum(kind)
    except KeyError:
        return kind.value.replace("_", " ")


def parse_members(members: Mapping[str, bytes], key_id: str = "") -> Pack:
    """Parse and validate a pack's content (the signature is checked before, by verify_pack)."""
    for name in members:
        if name not in (MANIFEST, PROVIDERS, HELPLINES, COORDINATOR_CARD, RELEASE, signing.SIGNATURE_NAME) \
                and not _TEMPLATE_PATH.match(name) and not KNOWLEDGE_PATH.match(name):
            raise _malformed(QT_TRANSLATE_NOOP(
                "PackDetail", "unexpected member {name!r}").format(name=name[:200]))
    if MANIFEST not in members:
        raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "manifest.json is missing"))
    manifest = parse_manifest(_json(members, MANIFEST))
    providers = providers_from_csv(members[PROVIDERS], manifest.source) if PROVIDERS in members else ()
    templates = tuple(_template(name, members[name], manifest) for name in sorted(members)
                      if _TEMPLATE_PATH.match(name))
    for template in templates:
        _check_template(template)
    helplines = _helplines(_json(members, HELPLINES)) if HELPLINES in members else None
    card = _coordinator_card(members[COORDINATOR_CARD]) if COORDINATOR_CARD in members else None
    release = parse_release(_json(members, RELEASE)) if RELEASE in members else None
    cards = parse_cards(members, manifest.languages) if any(KNOWLEDGE_PATH.match(n) for n in members) else None
    return Pack(manifest, providers, templates, helplines, key_id, card, release, cards)


def _coordinator_card(raw: bytes) -> ContactCard:
    from trustdesk.exchange.errors import ExchangeRejected
    from trustdesk.exchange.keys import Role, parse_card

    try:
        card = parse_card(raw)
    except ExchangeRejected as exc:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{card} is not a valid contact card").format(card=COORDINATOR_CARD)) from exc
    if card.role is not Role.COORDINATOR:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "{card} is not a coordinator's card").format(card=COORDINATOR_CARD))
    return card


def _check_template(template: Template) -> None:
    """The letter engine's own static check (syntax, unknown names, forbidden tags, size), then the
    same render ``pack preview`` and the app's previews make, for a made-up case: a template that
    cannot be used (``{{ 9**9**9 }}``, ``{{ 'x' * 100000000 }}``, ``{{ "%s" % doctor }}``: too large,
    too slow, a runtime error) refuses the pack -- so ``pack build``, ``pack sign`` and the desk's
    pack editor never sign one, and no TrustDesk imports one."""
    from trustdesk.documents.letter_context import sample_context
    from trustdesk.documents.templates import preview

    problems = validate_template(template.body) or preview(template.body, sample_context(template.language)).problems
    if problems:
        raise _malformed(QT_TRANSLATE_NOOP(
            "PackDetail", "templates/{source_key}.j2: cannot be used: {problem}").format(
            source_key=template.source_key, problem=problems[0].detail))


def newer_format(members: Mapping[str, bytes]) -> str:
    """Which member says the pack was made by a newer TrustDesk ("" when none does): a manifest or a
    signature.json of a format above this build's.  Read before the signature is checked, because a
    newer format may sign differently; it only ever leads to a refusal."""
    for name, known in ((MANIFEST, FORMAT), (signing.SIGNATURE_NAME, signing.FORMAT)):
        raw = members.get(name, b"")
        if not raw or len(raw) > MAX_JSON_BYTES:
            continue
        try:
            document = strict_json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            continue
        if isinstance(document, dict) and type(document.get("format")) is int and document["format"] > known:
            return f"{name}: format {document['format']}"
    return ""


def verify_pack(data: bytes, public_key: Ed25519PublicKey | None) -> Pack:
    """Archive limits -> format versions -> signature and digests -> content.  PackRejected on any
    failure (NEWER_FORMAT for a pack made by a newer TrustDesk)."""
    members = archive.read_members(data)
    newer = newer_format(members)
    if newer:
        raise PackRejected(RejectReason.NEWER_FORMAT, newer)
    statement = signing.verify_members(members, public_key)
    pack = parse_members(members, statement.key_id)
    if (statement.pack_id, statement.version) != (pack.id, pack.version):
        raise PackRejected(RejectReason.BAD_SIGNATURE, QT_TRANSLATE_NOOP(
            "PackDetail", "the signature is for another pack or version"))
    return pack


# -- the coordinator's side ----------------------------------------------------------------------

def read_source_dir(src: Path) -> dict[str, bytes]:
    """The pack members found in a source folder (dotfiles left out; symlinks refused)."""
    members: dict[str, bytes] = {}
    for path in sorted(src.rglob("*")):
        relative = path.relative_to(src).as_posix()
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if path.is_symlink():
            raise PackRejected(RejectReason.UNSAFE_PATH, QT_TRANSLATE_NOOP(
                "PackDetail", "{relative} is a symlink").format(relative=relative))
        if path.is_file():
            members[relative] = path.read_bytes()
    members.pop(signing.SIGNATURE_NAME, None)
    return members


def build_pack(src: Path, extra: Mapping[str, bytes] | None = None, *, next_key: str = "") -> tuple[bytes, Pack]:
    """An unsigned pack zip from a source folder (plus ``extra`` members, which win: the coordinator's
    card, release.json), validated as the app will validate it.  ``next_key`` (base64 raw public key)
    is written into the manifest: the pack announces the successor key."""
    members = {**read_source_dir(Path(src)), **(extra or {})}
    if next_key:
        document = _json(members, MANIFEST) if MANIFEST in members else None
        if not isinstance(document, dict):
            raise _malformed(QT_TRANSLATE_NOOP("PackDetail", "manifest.json is missing or not an object"))
        members[MANIFEST] = (json.dumps({**document, "next_key": next_key}, ensure_ascii=False, indent=2)
                             + "\n").encode("utf-8")
    parse_members(members)  # a fault is named in the source's own words
    from trustdesk.packs.canonical import canonical_members

    canonical = canonical_members(members)  # labels written as keys: an older TrustDesk reads the pack too
    pack = parse_members(canonical)
    return archive.write_members(canonical), pack


def sign_pack(data: bytes, private_key: Ed25519PrivateKey) -> bytes:
    """The pack again with a (new) signature.json over its other members."""
    members = archive.read_members(data)
    members.pop(signing.SIGNATURE_NAME, None)
    pack = parse_members(members)
    signature = signing.sign_members(members, pack.id, pack.version, private_key)
    return archive.write_members({**members, signing.SIGNATURE_NAME: signature})
