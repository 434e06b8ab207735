"""A pack or an intake made by a newer TrustDesk (a format version this one does not know) is refused
with the translated "made by a newer TrustDesk" sentence, before anything else is read, and nothing
changes."""

from __future__ import annotations

import base64
import json
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from trustdesk.exchange import envelope, local
from trustdesk.exchange.keys import Identity, Role
from trustdesk.packs.archive import write_members
from trustdesk.packs.errors import PackRejected, RejectReason
from trustdesk.packs.pack import verify_pack
from trustdesk.packs.signing import SIGNATURE_NAME, sign_members
from trustdesk.ui.directory.pack_import import PackImportDialog
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

NEWER = {"nl": "gemaakt met een nieuwere TrustDesk", "fr": "créé par un TrustDesk plus récent",
         "en": "made by a newer TrustDesk"}


def _manifest(**extra: Any) -> bytes:
    return json.dumps({"format": 1, "id": "artsinnood", "version": 3, "created": "2026-11-20",
                       "languages": ["nl", "fr"], "title": "Arts in Nood", **extra}).encode()


def _pack(key: Ed25519PrivateKey, manifest: bytes, *, signature_format: int | None = None,
          extra: dict[str, bytes] | None = None) -> bytes:
    members = {"manifest.json": manifest, **(extra or {})}
    signature = sign_members(members, "artsinnood", 3, key)
    if signature_format is not None:
        document = json.loads(signature)
        document["format"] = signature_format
        signature = json.dumps(document).encode()
    return write_members({**members, SIGNATURE_NAME: signature})


def _dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    names = [r[0] for r in vault.db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: [tuple(row) for row in vault.db.query(f'SELECT * FROM "{name}"')] for name in names}


FUTURE_PACKS = {
    # a newer manifest with members this TrustDesk does not know
    "manifest": lambda key: _pack(key, _manifest(format=2, knowledge_cards=True),
                                  extra={"knowledge/nl/burnout.md": b"# Burn-out\n"}),
    "far_future": lambda key: _pack(key, _manifest(format=40)),
    "signature": lambda key: _pack(key, _manifest(), signature_format=2),
}


@pytest.mark.parametrize("which", sorted(FUTURE_PACKS))
def test_a_pack_of_a_future_format_is_refused_as_newer(which: str) -> None:
    key = Ed25519PrivateKey.generate()
    with pytest.raises(PackRejected) as refused:
        verify_pack(FUTURE_PACKS[which](key), key.public_key())
    assert refused.value.reason is RejectReason.NEWER_FORMAT


@pytest.mark.parametrize("manifest", [_manifest(format="2"), _manifest(format=0), _manifest(format=1.5)])
def test_a_nonsense_format_is_malformed_not_newer(manifest: bytes) -> None:
    key = Ed25519PrivateKey.generate()
    with pytest.raises(PackRejected) as refused:
        verify_pack(_pack(key, manifest), key.public_key())
    assert refused.value.reason is RejectReason.MALFORMED


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_pack_dialog_says_newer_in_the_users_language(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                           translations: Translations, language: str) -> None:
    translations.install(language)
    key = Ed25519PrivateKey.generate()
    before = _dump(vault)
    dialog = PackImportDialog(session, FUTURE_PACKS["manifest"](key), public_key=key.public_key())
    qtbot.addWidget(dialog)
    assert dialog.refusal is RejectReason.NEWER_FORMAT and dialog.check is None
    assert NEWER[language] in dialog.text.text()
    assert not dialog.import_button.isEnabled()
    dialog.confirm()
    assert _dump(vault) == before


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_intake_dialog_says_newer_in_the_users_language(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                             translations: Translations, language: str) -> None:
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    translations.install(language)
    coordinator = Identity.generate()
    coordinator_card = coordinator.card("Coördinatie", Role.COORDINATOR)
    local.remember_coordinator_card(vault, coordinator_card, "artsinnood@1")
    local.confirm_coordinator_card(vault, coordinator_card.fingerprint)
    card = local.my_card(vault, "Dr Vertrouwen")
    body = envelope.canonical({"kind": "intake", "version": 9, "id": "2" * 32, "created": "2026-12-01T10:00:00",
                               "expires": "2099-12-20", "recipient": card.key_id,
                               "intake": {"coordinator_ref": "X", "hologram": True}})
    inner = envelope.canonical({"format": 1, "kind": "intake", "signer": coordinator.key_id,
                                "payload": base64.b64encode(body).decode(),
                                "signature": base64.b64encode(coordinator.sign(b"TrustDesk/intake/v1\n" + body)).decode()})
    sealed = pyrage.encrypt(inner, [card.age_key()])
    data = envelope.magic("intake") + envelope.canonical({"bytes": len(sealed), "format": 1}) + b"\n" + sealed
    before = _dump(vault)
    dialog = IntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.open_data(data)
    qtbot.waitUntil(lambda: bool(dialog.message.text()))
    assert NEWER[language] in dialog.message.text()
    assert not dialog.create_button.isEnabled()
    assert _dump(vault) == before
