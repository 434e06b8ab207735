"""Importing an organisation pack from the UI against a real vault: what it holds is shown before
anything is written; every refusal is told in words and leaves the vault exactly as it was; a build
without a coordinator key says so; the pack bundled with the build is offered at first run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from trustdesk.packs import bundled
from trustdesk.packs.archive import write_members
from trustdesk.packs.errors import RejectReason
from trustdesk.packs.signing import SIGNATURE_NAME, sign_members
from trustdesk.ui.directory.pack_import import (
    PackImportDialog,
    first_run_setup,
    offer_bundled_pack,
    reject_text,
)
from trustdesk.ui.directory.providers_page import ProvidersPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

PROVIDERS = (
    "key;kind;name;organisation;languages;region;phone;email;website;notes;sees_physicians\r\n"
    "psy-linde;psychologist;Praktijk De Linde;;nl;antwerp;03 123 45 67;;https://example.be;;ja\r\n"
    "psy-parc;psychiatrist;Cabinet du Parc;;fr;brussels;02 765 43 21;;;Accueil en français;oui\r\n"
)


def members(version: int = 1) -> dict[str, bytes]:
    manifest = {"format": 1, "id": "artsinnood", "version": version, "created": "2026-11-20",
                "languages": ["nl", "fr"], "title": "Arts in Nood"}
    return {"manifest.json": json.dumps(manifest).encode(), "providers.csv": PROVIDERS.encode(),
            "templates/nl/referral_psy.j2": b"Beste {{ provider.name }},\n\nIk verwijs graag door.\n",
            "helplines.json": json.dumps([{"key": "1813", "name": "Zelfmoordlijn", "number": "1813",
                                           "languages": ["nl"]}]).encode()}


def signed(content: dict[str, bytes], key: Ed25519PrivateKey) -> bytes:
    version = json.loads(content["manifest.json"])["version"]
    return write_members({**content, SIGNATURE_NAME: sign_members(content, "artsinnood", version, key)})


def dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    names = [r[0] for r in vault.db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    found = {name: [tuple(row) for row in vault.db.query(f'SELECT * FROM "{name}"')] for name in names}
    # The audit log's own bookkeeping moves with every audited action, like the log itself.
    found["settings"] = [row for row in found.get("settings", []) if not str(row[0]).startswith("audit.")]
    return found


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()



def _dialog(qtbot: QtBot, session: VaultSession, data: bytes, key: Any, **kwargs: Any) -> PackImportDialog:
    dialog = PackImportDialog(session, data, public_key=key, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_the_pack_is_shown_first_and_imported_on_confirmation(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                              key: Ed25519PrivateKey) -> None:
    before = dump(vault)
    dialog = _dialog(qtbot, session, signed(members(), key), key.public_key())
    assert dialog.check is not None and dialog.refusal is None
    text = dialog.text.text()
    assert "Arts in Nood" in text and "artsinnood" in text and "version 1" in text
    assert "Providers: 2 in the pack; 2 new" in text and "Letter templates: 1 in the pack; 1 new" in text
    assert "Help lines: 1" in text
    assert dialog.import_button.isEnabled()
    assert dump(vault) == before  # nothing written before Import

    dialog.confirm()
    assert dialog.report is not None
    names = {p.name: p for p in vault.providers.list()}
    assert names["Praktijk De Linde"].source == "artsinnood@1"
    assert [t.source for t in vault.templates.list()] == ["artsinnood@1"]
    assert "pack_import" in [e.event for e in vault.audit.entries()]


@pytest.mark.parametrize("case", ["unsigned", "tampered", "wrong_key", "malformed", "older", "again"])
def test_refusals_say_why_and_change_nothing(qtbot: QtBot, session: VaultSession, vault: Vault,
                                            key: Ed25519PrivateKey, case: str) -> None:
    expected = {"unsigned": RejectReason.UNSIGNED, "tampered": RejectReason.BAD_SIGNATURE,
                "wrong_key": RejectReason.WRONG_KEY, "malformed": RejectReason.MALFORMED,
                "older": RejectReason.OLDER_VERSION, "again": RejectReason.ALREADY_IMPORTED}[case]
    if case in ("older", "again"):
        first = _dialog(qtbot, session, signed(members(2), key), key.public_key())
        first.confirm()
        assert first.report is not None
    if case == "unsigned":
        data = write_members(members())
    elif case == "tampered":
        good = signed(members(), key)
        from trustdesk.packs.archive import read_members

        content = read_members(good)
        content["providers.csv"] = content["providers.csv"].replace(b"03 123 45 67", b"0900 12 345")
        data = write_members(content)
    elif case == "wrong_key":
        data = signed(members(), Ed25519PrivateKey.generate())
    elif case == "malformed":
        data = b"PK\x03\x04 this is not really a zip file" * 10
    elif case == "older":
        data = signed(members(1), key)
    else:
        data = signed(members(2), key)
    before = dump(vault)
    dialog = _dialog(qtbot, session, data, key.public_key())
    assert dialog.refusal == expected and dialog.check is None
    assert dialog.text.text() == reject_text(expected)
    assert "nothing was changed" in dialog.text.text().lower()
    assert not dialog.import_button.isEnabled() and not dialog.import_button.isVisibleTo(dialog)
    dialog.confirm()
    assert dump(vault) == before


def test_a_build_without_a_coordinator_key_says_so(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                  key: Ed25519PrivateKey, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundled, "resources_dir", lambda: tmp_path)  # no pack_pubkey.pem there
    before = dump(vault)
    dialog = _dialog(qtbot, session, signed(members(), key), PackImportDialog.__init__.__kwdefaults__["public_key"])
    assert dialog.refusal == RejectReason.NO_TRUSTED_KEY
    assert "no coordinator key" in dialog.text.text()
    (tmp_path / bundled.PUBKEY_NAME).write_bytes(b"-----BEGIN PUBLIC KEY-----\nbroken\n-----END PUBLIC KEY-----\n")
    damaged = _dialog(qtbot, session, signed(members(), key), PackImportDialog.__init__.__kwdefaults__["public_key"])
    assert damaged.check is None and "damaged" in damaged.text.text()
    assert dump(vault) == before


def test_the_pinned_key_of_the_build_is_used(qtbot: QtBot, session: VaultSession, vault: Vault,
                                             key: Ed25519PrivateKey, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _pin(tmp_path, key, monkeypatch)
    page = ProvidersPage(session)
    qtbot.addWidget(page)
    path = tmp_path / "artsinnood-1.zip"
    path.write_bytes(signed(members(), key))
    dialog = page.import_pack(path)
    assert dialog is not None and dialog.check is not None
    dialog.confirm()
    qtbot.waitUntil(lambda: "Praktijk De Linde" in [p.name for p in page.model.providers])


def _pin(root: Path, key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch) -> None:
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    (root / bundled.PUBKEY_NAME).write_bytes(pem)
    (root / "directory").mkdir(exist_ok=True)
    (root / "directory" / "starter_providers.csv").write_bytes(_STARTER)
    monkeypatch.setattr(bundled, "resources_dir", lambda: root)


def test_first_run_installs_the_starter_content_and_offers_the_bundled_pack(
        qtbot: QtBot, session: VaultSession, vault: Vault, key: Ed25519PrivateKey, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _pin(tmp_path, key, monkeypatch)
    assert offer_bundled_pack(session, None) is None  # no bundled pack in this build
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "initial.zip").write_bytes(signed(members(), key))
    dialog = first_run_setup(session, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.first_run and dialog.check is not None
    assert vault.providers.count() > 0 and vault.templates.count() > 0  # starter directory, default templates
    dialog.confirm()
    assert "artsinnood@1" in {p.source for p in vault.providers.list()}
    assert offer_bundled_pack(session, None) is None  # imported: not offered again


_STARTER = (Path(__file__).resolve().parents[2] / "resources" / "directory" / "starter_providers.csv").read_bytes()


def test_every_refusal_has_its_own_sentence() -> None:
    sentences = {reason: reject_text(reason) for reason in RejectReason}
    assert all(sentences.values()) and len(set(sentences.values())) == len(RejectReason)
