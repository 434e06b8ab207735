"""Pack test helpers: a pack factory (members, manifest, signing) and a dump of every vault table."""

from __future__ import annotations

import json
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from trustdesk.packs.archive import write_members
from trustdesk.packs.signing import SIGNATURE_NAME, sign_members
from trustdesk.vault import Vault

PROVIDERS_V1 = (
    "key;kind;name;organisation;languages;region;phone;email;website;notes;sees_physicians\r\n"
    "psy-a;psychologist;Praktijk De Linde;;nl;antwerp;03 123 45 67;;https://example.be;;ja\r\n"
    "psy-b;psychiatrist;Cabinet du Parc;;fr;brussels;02 765 43 21;;;Accueil en français;oui\r\n"
    "line;crisis_line;Hulplijn Test;;nl, fr;national;0800 00 000;;;;nee\r\n"
)
TEMPLATE_NL = "Beste {{ provider.name }},\n\nIk verwijs naar u door.\n"
TEMPLATE_FR = "Cher {{ provider.name }},\n"


def manifest(**overrides: Any) -> bytes:
    document: dict[str, Any] = {"format": 1, "id": "testpack", "version": 1, "created": "2026-11-26",
                                "languages": ["nl", "fr"], "title": "Testpakket"}
    document.update(overrides)
    return json.dumps(document).encode("utf-8")


def base_members(version: int = 1) -> dict[str, bytes]:
    return {
        "manifest.json": manifest(version=version),
        "providers.csv": PROVIDERS_V1.encode("utf-8"),
        "templates/nl/referral_psy.j2": TEMPLATE_NL.encode("utf-8"),
        "templates/fr/referral_psy.j2": TEMPLATE_FR.encode("utf-8"),
        "helplines.json": json.dumps([{"key": "1813", "name": "Zelfmoordlijn", "number": "1813",
                                       "languages": ["nl"]}]).encode("utf-8"),
    }


def signed(members: dict[str, bytes], key: Ed25519PrivateKey, pack_id: str = "testpack",
           version: int | None = None) -> bytes:
    if version is None:
        version = json.loads(members["manifest.json"])["version"]
    unsigned = {k: v for k, v in members.items() if k != SIGNATURE_NAME}
    return write_members({**unsigned, SIGNATURE_NAME: sign_members(unsigned, pack_id, version, key)})


def dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included): equal dumps, unchanged vault."""
    names = [r[0] for r in vault.db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    found = {name: [tuple(row) for row in vault.db.query(f'SELECT * FROM "{name}"')] for name in names}
    # The audit log's own bookkeeping moves with every audited action, like the log itself.
    found["settings"] = [row for row in found.get("settings", []) if not str(row[0]).startswith("audit.")]
    return found
