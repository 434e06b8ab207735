"""The coordinator desk's pack being edited: the directory (with each provider's languages, knowledge
domains and provinces served), the help lines, the letter templates and the knowledge cards the next
pack will carry, kept between sessions in the desk folder, encrypted to the desk's own key.

``PackDraft.members(card)`` gives the pack's members exactly as ``pack build`` would from a source
folder (manifest.json, providers.csv, helplines.json, templates/<lang>/<kind>.j2, knowledge/<lang>/<key>.md,
coordinator.tdcard);
``signed_pack(draft, card, key)`` validates them as a trust person's TrustDesk will (``parse_members``)
and signs them.  The draft is public material (it goes to every trust person), so encrypting it
only keeps the work in progress to the coordinator; no case data is ever in it.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustdesk.packs import archive

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from trustdesk.exchange.keys import ContactCard, Identity
    from trustdesk.packs.pack import Pack

DRAFT_FILE = "pack-draft.age"
MAX_DRAFT_BYTES = 8 * 1024 * 1024
PROVIDER_COLUMNS = ("key", "kind", "name", "organisation", "languages", "region", "phone", "email", "website",
                    "notes", "sees_physicians", "domains", "regions")
# languages, domains, regions: comma-joined values ("nl, fr"; "burnout, depression"; "antwerp, national")
MULTI_COLUMNS = ("languages", "domains", "regions")
HELPLINE_COLUMNS = ("key", "name", "number", "languages", "description", "website")
CARD_FIELDS = ("key", "language", "title", "domains", "kinds", "source", "body")  # domains, kinds: comma-joined


@dataclass(frozen=True)
class PackDraft:
    pack_id: str = "coordination"
    title: str = ""
    version: int = 1
    providers: tuple[dict[str, str], ...] = ()  # PROVIDER_COLUMNS -> text
    helplines: tuple[dict[str, str], ...] = ()  # HELPLINE_COLUMNS -> text ("languages": "nl, fr")
    templates: dict[str, str] = field(default_factory=dict)  # "<lang>/<kind>" -> template text
    knowledge: tuple[dict[str, str], ...] = ()  # CARD_FIELDS -> text: knowledge/<language>/<key>.md

    def to_json(self) -> dict[str, Any]:
        return {"id": self.pack_id, "title": self.title, "version": self.version,
                "providers": [dict(p) for p in self.providers], "helplines": [dict(h) for h in self.helplines],
                "templates": dict(self.templates), "knowledge": [dict(c) for c in self.knowledge]}

    @classmethod
    def from_json(cls, data: Any) -> PackDraft:
        if not isinstance(data, dict):
            raise ValueError("not a pack draft")

        def rows(value: Any, columns: tuple[str, ...]) -> tuple[dict[str, str], ...]:
            if not isinstance(value, list):
                raise ValueError("rows")
            return tuple({c: str(row.get(c, "")) for c in columns} for row in value if isinstance(row, dict))

        templates = data.get("templates", {})
        if not isinstance(templates, dict):
            raise ValueError("templates")
        return cls(str(data.get("id", "coordination")), str(data.get("title", "")), int(data.get("version", 1)),
                   rows(data.get("providers", []), PROVIDER_COLUMNS), rows(data.get("helplines", []), HELPLINE_COLUMNS),
                   {str(k): str(v) for k, v in templates.items()}, rows(data.get("knowledge", []), CARD_FIELDS))

    def languages(self) -> list[str]:
        found = {key.split("/")[0] for key in self.templates} | {c["language"] for c in self.knowledge
                                                                  if c.get("language")} | {"nl", "fr"}
        return sorted(found)

    def members(self, card: ContactCard | None, *, today: date | None = None) -> dict[str, bytes]:
        manifest = {"format": 1, "id": self.pack_id, "version": self.version,
                    "created": (today or date.today()).isoformat(), "languages": self.languages()}
        if self.title:
            manifest["title"] = self.title
        members: dict[str, bytes] = {"manifest.json": (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
                                     .encode("utf-8")}
        if self.providers:
            members["providers.csv"] = providers_csv(self.providers)
        if self.helplines:
            lines = [{"key": h["key"], "name": h["name"], "number": h["number"],
                      "languages": [v.strip() for v in h.get("languages", "").split(",") if v.strip()],
                      "description": h.get("description", ""), "website": h.get("website", "")}
                     for h in self.helplines]
            members["helplines.json"] = (json.dumps(lines, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        for key, body in sorted(self.templates.items()):
            if body.strip():
                members[f"templates/{key}.j2"] = body.encode("utf-8")
        for item in self.knowledge:
            members[f"knowledge/{item.get('language', '')}/{item.get('key', '')}.md"] = card_markdown(item)
        if card is not None:
            members["coordinator.tdcard"] = card.to_bytes()
        return members

    def next_version(self) -> PackDraft:
        return replace(self, version=self.version + 1)


def card_markdown(item: dict[str, str]) -> bytes:
    """A knowledge card as the pack carries it (``packs/knowledge.py``): a header, then the text."""
    header = ["---", f"title: {item.get('title', '').strip()}"]
    for name in ("domains", "kinds", "source"):
        if item.get(name, "").strip():
            header.append(f"{name}: {item[name].strip()}")
    return ("\n".join([*header, "---", item.get("body", "").strip(), ""])).encode("utf-8")


def providers_csv(rows: tuple[dict[str, str], ...]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(PROVIDER_COLUMNS)
    for row in rows:
        writer.writerow([row.get(c, "") for c in PROVIDER_COLUMNS])
    return out.getvalue().encode("utf-8")


def check(draft: PackDraft, card: ContactCard | None) -> Pack:
    """The pack as a trust person's TrustDesk will read it; PackRejected names what is wrong."""
    from trustdesk.packs.pack import parse_members

    return parse_members(draft.members(card))


def signed_pack(draft: PackDraft, card: ContactCard | None, key: Ed25519PrivateKey) -> bytes:
    """The signed pack file (validated first: PackRejected)."""
    from trustdesk.packs.pack import sign_pack

    members = draft.members(card)
    check(draft, card)
    return sign_pack(archive.write_members(members), key)


def save_draft(folder: Path, identity: Identity, draft: PackDraft) -> None:
    """Encrypted to the desk's own key (age), written atomically."""
    import pyrage

    from trustdesk.vault.files import atomic_write_bytes

    data = json.dumps(draft.to_json(), ensure_ascii=False).encode("utf-8")
    atomic_write_bytes(Path(folder) / DRAFT_FILE, bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(
        identity.age_recipient)])))


def load_draft(folder: Path, identity: Identity) -> PackDraft:
    """The saved draft, or an empty one (none saved yet, or unreadable)."""
    import pyrage

    path = Path(folder) / DRAFT_FILE
    try:
        sealed = path.read_bytes()
        if len(sealed) > MAX_DRAFT_BYTES:
            return PackDraft()
        return PackDraft.from_json(json.loads(pyrage.decrypt(sealed, [identity.age_identity])))
    except (OSError, ValueError, TypeError, pyrage.DecryptError):
        return PackDraft()
