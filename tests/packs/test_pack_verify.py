"""verify_pack: signature, tampering of every member, wrong key, malformed manifests, hostile zips."""

from __future__ import annotations

import io
import json
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pack_factory import TEMPLATE_NL, base_members, manifest, signed

from trustdesk.domain.enums import Language, ProviderKind, TemplateKind
from trustdesk.packs.archive import read_members, write_members
from trustdesk.packs.errors import PackRejected, RejectReason
from trustdesk.packs.pack import verify_pack
from trustdesk.packs.signing import SIGNATURE_NAME

MakePack = Callable[..., bytes]


def _reason(data: bytes, key: Ed25519PrivateKey | None) -> RejectReason:
    with pytest.raises(PackRejected) as caught:
        verify_pack(data, key.public_key() if key else None)
    return caught.value.reason


def _raw_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names, which one test wants
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in entries:
                archive.writestr(name, content)
    return buffer.getvalue()


def test_a_signed_pack_verifies_and_parses(make_pack: MakePack, signing_key: Ed25519PrivateKey) -> None:
    pack = verify_pack(make_pack(), signing_key.public_key())
    assert (pack.id, pack.version, pack.manifest.source) == ("testpack", 1, "testpack@1")
    assert pack.manifest.languages == {Language.NL, Language.FR}
    assert [(p.source_key, p.kind, p.source) for p in pack.providers] == [
        ("psy-a", ProviderKind.PSYCHOLOGIST, "testpack@1"), ("psy-b", ProviderKind.PSYCHIATRIST, "testpack@1"),
        ("line", ProviderKind.CRISIS_LINE, "testpack@1")]
    assert {(t.source_key, t.kind, t.language) for t in pack.templates} == {
        ("nl/referral_psy", TemplateKind.REFERRAL_PSY, Language.NL),
        ("fr/referral_psy", TemplateKind.REFERRAL_PSY, Language.FR)}
    assert next(t for t in pack.templates if t.language is Language.NL).body == TEMPLATE_NL
    assert pack.helplines is not None and pack.helplines[0].number == "1813"
    assert len(pack.key_id) == 16


def test_unsigned_pack(signing_key: Ed25519PrivateKey) -> None:
    assert _reason(write_members(base_members()), signing_key) is RejectReason.UNSIGNED


def test_no_pinned_key_accepts_nothing(make_pack: MakePack) -> None:
    assert _reason(make_pack(), None) is RejectReason.NO_TRUSTED_KEY


def test_wrong_key(make_pack: MakePack, other_key: Ed25519PrivateKey) -> None:
    assert _reason(make_pack(), other_key) is RejectReason.WRONG_KEY


def _flip(content: bytes, index: int) -> bytes:
    return content[:index] + bytes([content[index] ^ 0xFF]) + content[index + 1:]


def test_flipping_any_byte_of_any_member_is_refused(make_pack: MakePack, signing_key: Ed25519PrivateKey) -> None:
    members = read_members(make_pack())
    assert set(members) == {*base_members(), SIGNATURE_NAME}
    checked = 0
    for name, content in members.items():
        step = 1 if len(content) < 700 else 7
        for index in range(0, len(content), step):
            tampered = write_members({**members, name: _flip(content, index)})
            reason = _reason(tampered, signing_key)
            assert reason in (RejectReason.BAD_SIGNATURE, RejectReason.WRONG_KEY), (name, index, reason)
            checked += 1
    assert checked > 500


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), value=st.integers(1, 255))
def test_damaging_the_zip_file_itself_is_refused_or_harmless(
        make_pack: MakePack, signing_key: Ed25519PrivateKey, position: float, value: int) -> None:
    data = make_pack()
    original = verify_pack(data, signing_key.public_key())
    index = int(position * len(data))
    damaged = data[:index] + bytes([data[index] ^ value]) + data[index + 1:]
    try:
        pack = verify_pack(damaged, signing_key.public_key())
    except PackRejected:
        return
    assert pack == original  # e.g. a timestamp byte: the signed content is what it was


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.binary(max_size=60).map(lambda tail: b"PK\x03\x04" + tail))
def test_random_bytes_are_a_clean_refusal(signing_key: Ed25519PrivateKey, data: bytes) -> None:
    with pytest.raises(PackRejected):
        verify_pack(data, signing_key.public_key())


def test_members_added_removed_or_replayed_are_refused(make_pack: MakePack, signing_key: Ed25519PrivateKey) -> None:
    members = read_members(make_pack())
    extra = write_members({**members, "templates/nl/agreement_note.j2": b"extra"})
    assert _reason(extra, signing_key) is RejectReason.BAD_SIGNATURE
    missing = write_members({k: v for k, v in members.items() if k != "helplines.json"})
    assert _reason(missing, signing_key) is RejectReason.BAD_SIGNATURE
    renamed = {k: v for k, v in members.items() if k != "templates/fr/referral_psy.j2"}
    renamed["templates/fr/referral_gp.j2"] = members["templates/fr/referral_psy.j2"]
    assert _reason(write_members(renamed), signing_key) is RejectReason.BAD_SIGNATURE
    # version 1's signature on version 2's content
    v2 = read_members(make_pack(version=2))
    replay = write_members({**v2, SIGNATURE_NAME: members[SIGNATURE_NAME]})
    assert _reason(replay, signing_key) is RejectReason.BAD_SIGNATURE


def test_a_signature_for_other_ids_is_refused(signing_key: Ed25519PrivateKey) -> None:
    data = signed(base_members(), signing_key, pack_id="otherpack")
    assert _reason(data, signing_key) is RejectReason.BAD_SIGNATURE


@pytest.mark.parametrize("raw", [
    b"not json",
    b"\xff\xfe",
    b"[]",
    b'{"format": 1, "algorithm": "rsa"}',
    b'{"format": 1, "algorithm": "ed25519", "pack": {"id": "testpack", "version": 1}, "files": {}, '
    b'"signature": "!!!", "key_id": "x"}',
    b"[" * 50_000,  # deeper than the JSON parser recurses
])
def test_malformed_signature_json(make_pack: MakePack, signing_key: Ed25519PrivateKey, raw: bytes) -> None:
    members = read_members(make_pack())
    assert _reason(write_members({**members, SIGNATURE_NAME: raw}), signing_key) is RejectReason.BAD_SIGNATURE


def _sign_with_manifest(document: Any, key: Ed25519PrivateKey) -> bytes:
    members = {**base_members(), "manifest.json": document if isinstance(document, bytes)
               else json.dumps(document).encode("utf-8")}
    return signed(members, key, version=1)


GOOD: dict[str, Any] = json.loads(manifest())


@pytest.mark.parametrize("change", [
    {"version": "3"}, {"version": 0}, {"version": -1}, {"version": True}, {"version": 1.5}, {"version": 2**40},
    {"id": "../x"}, {"id": "a@b"}, {"id": "Upper"}, {"id": "snake_case"}, {"id": ""}, {"id": 7},
    {"languages": []}, {"languages": ["xx"]}, {"languages": "nl"}, {"created": "yesterday"},
    {"created": None}, {"format": "2"}, {"format": 0}, {"surprise": 1}, {"title": 5}, {"template_names": {"nl/x": 3}},
])
def test_malformed_manifest_is_refused(signing_key: Ed25519PrivateKey, change: dict[str, Any]) -> None:
    document = {**GOOD, **change}
    assert _reason(_sign_with_manifest(document, signing_key), signing_key) is RejectReason.MALFORMED


def test_a_manifest_of_a_newer_format_is_refused_as_newer(signing_key: Ed25519PrivateKey) -> None:
    """(tests/ui/test_newer_format_refusals.py: the dialog's sentence in every language)"""
    document = {**GOOD, "format": 2}
    assert _reason(_sign_with_manifest(document, signing_key), signing_key) is RejectReason.NEWER_FORMAT


@pytest.mark.parametrize("raw", [b"", b"not json", b"\xff", b"null", b"[1]", b'"x"'])
def test_manifest_that_is_not_an_object(signing_key: Ed25519PrivateKey, raw: bytes) -> None:
    assert _reason(_sign_with_manifest(raw, signing_key), signing_key) is RejectReason.MALFORMED


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10)
manifest_like = st.fixed_dictionaries(
    {},
    optional={"format": st.sampled_from([1, 2]) | json_values,
              "id": st.sampled_from(["testpack", "x", "a.b-c"]) | json_values,
              "version": st.integers(-2, 2**32) | json_values,
              "created": st.sampled_from(["2026-11-26", "2026-11-26T10:00:00"]) | json_values,
              "languages": st.lists(st.sampled_from(["nl", "fr", "en", "de", "xx"])) | json_values,
              "title": json_values, "template_names": json_values, "other": json_values})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=manifest_like | json_values)
def test_any_manifest_json_is_either_a_clean_refusal_or_a_valid_pack(
        signing_key: Ed25519PrivateKey, document: Any) -> None:
    members = {**base_members(), "manifest.json": json.dumps(document).encode("utf-8")}
    pack_id = document.get("id") if isinstance(document, dict) and isinstance(document.get("id"), str) else "x"
    version = document.get("version") if isinstance(document, dict) and type(document.get("version")) is int else 1
    try:
        data = signed(members, signing_key, pack_id=pack_id, version=max(0, min(version, 2**40)))
        pack = verify_pack(data, signing_key.public_key())
    except PackRejected as exc:
        newer = isinstance(document, dict) and type(document.get("format")) is int and document["format"] > 1
        assert exc.reason in ((RejectReason.NEWER_FORMAT,) if newer else (RejectReason.MALFORMED,
                                                                            RejectReason.BAD_SIGNATURE))
        return
    assert pack.id == document["id"] and pack.version == document["version"] >= 1
    assert pack.manifest.languages and Language.NL in pack.manifest.languages


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "templates/../../x.j2", "C:/x", "a\\b",
                                  "templates//nl/x.j2", "./manifest.json"])
def test_zip_slip_names_are_refused(signing_key: Ed25519PrivateKey, name: str) -> None:
    data = _raw_zip([("manifest.json", manifest()), (name, b"x")])
    assert _reason(data, signing_key) is RejectReason.UNSAFE_PATH


def test_symlink_members_are_refused(signing_key: Ed25519PrivateKey) -> None:
    link = zipfile.ZipInfo("providers.csv")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    data = _raw_zip([("manifest.json", manifest()), (link, b"/etc/passwd")])
    assert _reason(data, signing_key) is RejectReason.UNSAFE_PATH


def test_unexpected_and_duplicate_members_are_malformed(make_pack: MakePack, signing_key: Ed25519PrivateKey) -> None:
    members = read_members(make_pack())
    assert _reason(signed({**base_members(), "run.sh": b"x"}, signing_key), signing_key) is RejectReason.MALFORMED
    doubled = _raw_zip([*members.items(), ("providers.csv", b"key;kind;name\r\nx;gp;Evil\r\n")])
    assert _reason(doubled, signing_key) is RejectReason.MALFORMED


def test_size_limits_and_zip_bombs(signing_key: Ed25519PrivateKey) -> None:
    assert _reason(b"\0" * (20 * 1024 * 1024 + 1), signing_key) is RejectReason.TOO_LARGE
    assert _reason(b"PK\x03\x04 not really", signing_key) is RejectReason.MALFORMED
    many = _raw_zip([("manifest.json", manifest())] + [(f"templates/nl/x{i}.j2", b"") for i in range(200)])
    assert _reason(many, signing_key) is RejectReason.TOO_MANY_FILES
    big = _raw_zip([("manifest.json", manifest()), ("providers.csv", b"a" * (7 * 1024 * 1024))])
    assert _reason(big, signing_key) is RejectReason.TOO_LARGE  # declared size over the member limit
    ratio = _raw_zip([("manifest.json", manifest()), ("providers.csv", b"\0" * (2 * 1024 * 1024))])
    assert _reason(ratio, signing_key) is RejectReason.TOO_LARGE  # compressed about 1000:1


def test_a_header_that_lies_about_its_size_is_refused(signing_key: Ed25519PrivateKey) -> None:
    data = bytearray(_raw_zip([("manifest.json", manifest()), ("providers.csv", b"\0" * 1_000_000)]))
    central = data.rfind(b"PK\x01\x02")  # the last entry: providers.csv; uncompressed size at +24
    struct.pack_into("<I", data, central + 24, 100)
    assert _reason(bytes(data), signing_key) is RejectReason.MALFORMED


def test_bad_content_inside_a_signed_pack_is_malformed(signing_key: Ed25519PrivateKey) -> None:
    cases: list[dict[str, bytes]] = [
        {"providers.csv": b"kind;name\r\ngp;No key column\r\n"},
        {"providers.csv": b"key;kind;name\r\na;gp;One\r\na;gp;Two\r\n"},
        {"providers.csv": b"key;kind;name\r\na;astrologer;One\r\n"},
        {"templates/de/referral_psy.j2": b"Sehr geehrte"},  # German is not in the manifest's languages
        {"templates/nl/unknown_kind.j2": b"x"},
        {"templates/nl/referral_gp.j2": b"\xff\xfe"},
        {"templates/nl/referral_gp.j2": b"{{ doctor.name }"},  # the letter engine's own checks
        {"templates/nl/referral_gp.j2": b"{{ vault.passphrase }}"},
        {"templates/nl/referral_gp.j2": b"{{ ''.__class__.__mro__ }}"},
        {"templates/nl/referral_gp.j2": b"{% import 'x' as y %}"},
        {"helplines.json": b'{"not": "a list"}'},
        {"helplines.json": b'[{"key": "a", "name": "A", "number": "1"}, {"key": "a", "name": "B", "number": "2"}]'},
        {"helplines.json": b'[{"key": "a", "name": "A", "number": "1\\n2"}]'},
        {"helplines.json": b'[{"key": "a", "name": "A"}]'},
    ]
    for change in cases:
        members = {**base_members(), **change}
        assert _reason(signed(members, signing_key), signing_key) is RejectReason.MALFORMED, change
    only_manifest = verify_pack(signed({"manifest.json": manifest()}, signing_key), signing_key.public_key())
    assert only_manifest.providers == () and only_manifest.templates == () and only_manifest.helplines is None
