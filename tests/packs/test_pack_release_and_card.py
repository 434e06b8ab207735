"""A pack carries the coordinator's card and the current release; both are checked like the rest."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st
from pack_factory import base_members, manifest, signed

from trustdesk.exchange import local
from trustdesk.exchange.keys import Identity, Role
from trustdesk.packs.errors import PackRejected, RejectReason
from trustdesk.packs.installation import announced_release, import_pack, last_pack, plan_import
from trustdesk.packs.pack import verify_pack
from trustdesk.packs.release import Installer, ReleaseAnnouncement, notice_for, parse_release, version_key
from trustdesk.vault import Vault

RELEASE = {"version": "0.3.0", "date": "2027-01-15", "security": True,
           "installers": [{"file": "TrustDesk-0.3.0-setup.exe", "sha256": "a" * 64}]}
COORDINATOR = Identity.generate()


def _pack(key: Ed25519PrivateKey, version: int = 1, **extra: bytes) -> bytes:
    members = {**base_members(version), **extra}
    members["manifest.json"] = manifest(version=version)
    return signed(members, key)


def test_a_pack_brings_the_coordinators_card_unconfirmed_and_the_release(
        vault: Vault, signing_key: Ed25519PrivateKey) -> None:
    card = COORDINATOR.card("Coördinatie", Role.COORDINATOR)
    data = _pack(signing_key, **{"coordinator.tdcard": card.to_bytes(),
                                 "release.json": json.dumps(RELEASE).encode()})
    pack = verify_pack(data, signing_key.public_key())
    assert pack.coordinator_card == card and pack.release == parse_release(RELEASE)
    assert plan_import(vault, pack).coordinator_card_changed
    report = import_pack(vault, pack)
    assert report.coordinator_card_changed
    stored = local.coordinator_card(vault)
    assert stored is not None and stored.card == card and not stored.confirmed
    assert announced_release(vault) == pack.release
    assert last_pack(vault) == ("testpack@1", "2026-11-26")
    from trustdesk.packs.installation import active_pack

    active = active_pack(vault)  # what Settings shows: the pack, its version and the key it was verified with
    assert active is not None and not active.builtin and (active.pack_id, active.version) == ("testpack", "1")
    assert active.signer == pack.key_id
    # the same card in the next pack keeps its confirmation
    local.confirm_coordinator_card(vault, card.fingerprint)
    again = verify_pack(_pack(signing_key, 2, **{"coordinator.tdcard": card.to_bytes()}), signing_key.public_key())
    assert not import_pack(vault, again).coordinator_card_changed
    assert local.trusted_coordinator(vault) == card


@pytest.mark.parametrize("member", [
    b"not json", json.dumps({"kind": "trustdesk-card"}).encode(),
    Identity.generate().card("A trust person", Role.TRUST_PERSON).to_bytes(),
])
def test_a_pack_with_a_bad_coordinator_card_is_refused(signing_key: Ed25519PrivateKey, member: bytes) -> None:
    with pytest.raises(PackRejected) as caught:
        verify_pack(_pack(signing_key, **{"coordinator.tdcard": member}), signing_key.public_key())
    assert caught.value.reason is RejectReason.MALFORMED


@pytest.mark.parametrize("change", [
    {"version": "0.3.0-beta"}, {"version": 3}, {"date": "15/01/2027"}, {"security": "yes"},
    {"installers": [{"file": "../x.exe", "sha256": "a" * 64}]}, {"installers": [{"file": "x", "sha256": "A" * 64}]},
    {"installers": [{"file": f"f{i}", "sha256": "a" * 64} for i in range(13)]}, {"url": "https://example.org"},
])
def test_a_pack_with_a_bad_release_is_refused(signing_key: Ed25519PrivateKey, change: dict[str, object]) -> None:
    body = json.dumps({**RELEASE, **change}).encode()
    with pytest.raises(PackRejected) as caught:
        verify_pack(_pack(signing_key, **{"release.json": body}), signing_key.public_key())
    assert caught.value.reason is RejectReason.MALFORMED


def test_a_changed_release_fails_the_signature(signing_key: Ed25519PrivateKey, make_pack: Callable[..., bytes]) -> None:
    from trustdesk.packs.archive import read_members, write_members

    members = read_members(_pack(signing_key, **{"release.json": json.dumps({**RELEASE, "security": False}).encode()}))
    members["release.json"] = json.dumps(RELEASE).encode()
    with pytest.raises(PackRejected) as caught:
        verify_pack(write_members(members), signing_key.public_key())
    assert caught.value.reason is RejectReason.BAD_SIGNATURE


VERSIONS = st.lists(st.integers(0, 30), min_size=1, max_size=4).map(lambda p: ".".join(map(str, p)))


@given(announced=VERSIONS, running=VERSIONS, security=st.booleans())
def test_a_notice_only_for_a_newer_release(announced: str, running: str, security: bool) -> None:
    notice = notice_for(ReleaseAnnouncement(announced, "2027-01-01", security), running)
    assert (notice is not None) == (version_key(announced) > version_key(running))
    if notice is not None:
        assert notice.urgent is security


def test_versions_compare_as_numbers() -> None:
    assert version_key("0.10.0") > version_key("0.9.9") and version_key("1") == version_key("1.0.0")
    assert notice_for(ReleaseAnnouncement("0.2.0", "2027-01-01", False), "0.1.0.dev3") is None


def test_pack_build_puts_the_card_and_the_release_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib
    import io

    from trustdesk.cli.pack_cli import main as pack_cli
    from trustdesk.packs.pack import parse_members

    src = tmp_path / "src"
    src.mkdir()
    (src / "manifest.json").write_bytes(manifest())
    card_file = tmp_path / "coordinator.tdcard"
    card_file.write_bytes(COORDINATOR.card("Coördinatie", Role.COORDINATOR).to_bytes())
    installer = tmp_path / "TrustDesk-0.3.0-setup.exe"
    installer.write_bytes(b"MZ" + b"\0" * 1000)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert pack_cli(["build", str(src), str(tmp_path / "p.zip"), "--coordinator-card", str(card_file),
                     "--release-version", "0.3.0", "--release-date", "2027-01-15", "--security-release",
                     "--installer", str(installer)]) == 0
    from trustdesk.packs.archive import read_members

    pack = parse_members(read_members((tmp_path / "p.zip").read_bytes()))
    assert pack.coordinator_card is not None and pack.coordinator_card.key_id == COORDINATOR.key_id
    assert pack.release == ReleaseAnnouncement("0.3.0", "2027-01-15", True, (
        Installer("TrustDesk-0.3.0-setup.exe", hashlib.sha256(installer.read_bytes()).hexdigest()),))
    assert pack_cli(["build", str(src), str(tmp_path / "q.zip"), "--security-release"]) == 2  # bad usage
    assert "go with --release-version" in capsys.readouterr().err
