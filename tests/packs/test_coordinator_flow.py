"""A coordinator trying a pack with their own key, and changing keys, end to end across separate
folders (the coordinator's; each trust person's data folder):

- ``pack keygen`` / ``build --key`` / ``verify --pubkey`` / ``preview --pubkey``: the safe way to try
  a pack before any installer exists; the preview shows the directory and every template rendered;
- a signed key rotation: a pack signed by the trusted key announces its successor; after the
  import only the successor is trusted; an announcement signed by anyone else is refused, and so is
  a tampered announcement;
- a provider key that is not ASCII is named in the error; pack templates are named in words."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.packs.pack_factory import base_members, manifest, signed
from trustdesk.cli import pack_cli
from trustdesk.packs.archive import read_members, write_members
from trustdesk.packs.errors import PackRejected, RejectReason
from trustdesk.packs.installation import EVENT_KEY_ROTATED, current_pack_key, import_pack
from trustdesk.packs.pack import verify_pack
from trustdesk.packs.signing import key_id, raw_text
from trustdesk.vault import Keychain, Vault

KEY_PASS = "coordinator key passphrase"


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(KEY_PASS + "\n"))
    code = pack_cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _source(folder: Path, **manifest_fields: object) -> Path:
    folder.mkdir(parents=True)
    for name, content in base_members().items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    (folder / "manifest.json").write_bytes(manifest(**manifest_fields))
    return folder


def test_a_coordinator_tries_a_pack_with_their_own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    desk = tmp_path / "coordinator"
    desk.mkdir()
    code, out = _cli(monkeypatch, capsys, "keygen", str(desk / "test.pem"), str(desk / "test.pub.pem"),
                     "--passphrase-stdin")
    assert code == 0 and "next_key" in out
    src = _source(desk / "src", template_names={"nl/referral_psy": "Verwijsbrief psycholoog (kring)"})
    code, out = _cli(monkeypatch, capsys, "build", str(src), str(desk / "pack.zip"), "--key", str(desk / "test.pem"),
                     "--passphrase-stdin")
    assert code == 0, out
    code, out = _cli(monkeypatch, capsys, "verify", str(desk / "pack.zip"), "--pubkey", str(desk / "test.pub.pem"))
    assert code == 0 and "pack OK" in out
    code, out = _cli(monkeypatch, capsys, "preview", str(desk / "pack.zip"), "--pubkey", str(desk / "test.pub.pem"))
    assert code == 0, out
    for name in ("Praktijk De Linde", "Cabinet du Parc", "Hulplijn Test", "Zelfmoordlijn"):
        assert name in out  # the directory and the help lines, as listed
    assert "Verwijsbrief psycholoog (kring)" in out  # template_names
    assert "Testpakket – Orientation psychologue/psychiatre" in out  # named in words, not "referral_psy"
    assert "referral_psy)" in out and ": referral_psy" not in out
    assert "Beste " in out and "{{" not in out  # rendered for a made-up case
    # the build's own pinned key is not involved: without --pubkey the pack is refused
    code, out = _cli(monkeypatch, capsys, "verify", str(desk / "pack.zip"))
    assert code == 1


@pytest.mark.parametrize("bad", ["crisislijn-é", "a b", "", "ключ"])
def test_a_malformed_provider_key_is_named(tmp_path: Path, signing_key: Ed25519PrivateKey, bad: str) -> None:
    members = base_members()
    csv = members["providers.csv"].decode().replace("psy-b;", f"{bad};", 1)
    members["providers.csv"] = csv.encode()
    with pytest.raises(PackRejected) as refused:
        verify_pack(signed(members, signing_key), signing_key.public_key())
    detail = refused.value.detail
    assert "row 3" in detail and "missing, malformed or used twice" not in detail
    if bad:
        assert repr(bad) in detail
    if bad and not bad.isascii():
        assert "U+" in detail and "ASCII" in detail
    members["providers.csv"] = base_members()["providers.csv"].decode().replace("psy-b;", "psy-a;", 1).encode()
    with pytest.raises(PackRejected) as twice:
        verify_pack(signed(members, signing_key), signing_key.public_key())
    assert "'psy-a' is used twice" in twice.value.detail


def _trust_person(new_vault: Callable[..., Vault], tmp_path: Path, name: str) -> Vault:
    return new_vault(tmp_path / name / "data", keychain=Keychain.none(), name=name)


def _pack(key: Ed25519PrivateKey, version: int, next_key: Ed25519PrivateKey | None = None) -> bytes:
    members = base_members(version)
    if next_key is not None:
        document = json.loads(members["manifest.json"])
        members["manifest.json"] = json.dumps({**document, "next_key": raw_text(next_key.public_key())}).encode()
    return signed(members, key)


def _check_and_import(vault: Vault, data: bytes, pinned: Ed25519PrivateKey) -> None:
    """What the app does: verify with the key this vault trusts now, then import."""
    import_pack(vault, verify_pack(data, current_pack_key(vault, pinned.public_key())))


def test_signed_key_rotation(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    old, new, stranger = (Ed25519PrivateKey.generate() for _ in range(3))
    vault = _trust_person(new_vault, tmp_path, "trust-person-a")
    try:
        assert key_id(current_pack_key(vault, old.public_key())) == key_id(old.public_key())  # type: ignore[arg-type]
        with pytest.raises(PackRejected):  # the new key is not trusted before the announcement
            _check_and_import(vault, _pack(new, 1), old)
        _check_and_import(vault, _pack(old, 1, next_key=new), old)  # the rotation, signed by the old key
        assert key_id(current_pack_key(vault, old.public_key())) == key_id(new.public_key())  # type: ignore[arg-type]
        rotated = vault.audit.entries(event=EVENT_KEY_ROTATED)
        assert len(rotated) == 1 and key_id(new.public_key()) in rotated[0].detail
        _check_and_import(vault, _pack(new, 2), old)  # signed with the new key: accepted
        with pytest.raises(PackRejected) as retired:  # the old key is no longer trusted
            _check_and_import(vault, _pack(old, 3), old)
        assert retired.value.reason is RejectReason.WRONG_KEY
    finally:
        vault.lock()


def test_a_rotation_signed_by_anyone_else_is_refused(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    trusted, stranger, strangers_next = (Ed25519PrivateKey.generate() for _ in range(3))
    vault = _trust_person(new_vault, tmp_path, "trust-person-b")
    try:
        with pytest.raises(PackRejected) as refused:
            _check_and_import(vault, _pack(stranger, 1, next_key=strangers_next), trusted)
        assert refused.value.reason is RejectReason.WRONG_KEY
        # a genuine pack whose announcement was swapped on the way: the signature no longer holds
        genuine = read_members(_pack(trusted, 1, next_key=Ed25519PrivateKey.generate()))
        document = json.loads(genuine["manifest.json"])
        genuine["manifest.json"] = json.dumps({**document, "next_key": raw_text(strangers_next.public_key())}).encode()
        with pytest.raises(PackRejected) as tampered:
            _check_and_import(vault, write_members(genuine), trusted)
        assert tampered.value.reason is RejectReason.BAD_SIGNATURE
        assert key_id(current_pack_key(vault, trusted.public_key())) == key_id(trusted.public_key())  # type: ignore[arg-type]
        assert vault.audit.entries(event=EVENT_KEY_ROTATED) == []
    finally:
        vault.lock()


def test_rotation_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    desk = tmp_path / "coordinator"
    desk.mkdir()
    for name in ("current", "next"):
        code, _ = _cli(monkeypatch, capsys, "keygen", str(desk / f"{name}.pem"), str(desk / f"{name}.pub.pem"),
                       "--passphrase-stdin")
        assert code == 0
    src = _source(desk / "src")
    code, out = _cli(monkeypatch, capsys, "build", str(src), str(desk / "rotate.zip"), "--key",
                     str(desk / "current.pem"), "--announce-key", str(desk / "next.pub.pem"), "--passphrase-stdin")
    assert code == 0 and "announces the next signing key" in out, out
    code, out = _cli(monkeypatch, capsys, "verify", str(desk / "rotate.zip"), "--pubkey", str(desk / "current.pub.pem"))
    assert code == 0 and "announces the next signing key" in out
    code, out = _cli(monkeypatch, capsys, "build", str(src), str(desk / "x.zip"), "--announce-key",
                     str(desk / "next.pub.pem"))
    assert code == 2 and "--key" in out  # an unsigned announcement makes no sense: bad usage
    shutil.rmtree(src)
