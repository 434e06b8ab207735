"""Hostile key material from files (issue 17, items 7 and 17).

- KDF parameters read from ``keyslots.json``, a backup header or a handover file are refused above
  the ceiling *before* any derivation (handover files: exactly the fixed parameters).
- ``keyslots.json`` is validated as a whole before use: whatever the parsed structure holds, the
  outcome is a Header or a VaultError, never a ValueError, TypeError or RecursionError.
"""

from __future__ import annotations

import copy
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from trustdesk.vault import KdfParams, KdfTooCostly, Keychain, Vault, VaultCorrupted, VaultError, keyslots
from trustdesk.vault.backup import BackupService
from trustdesk.vault.backup_file import BackupDamaged, read_header
from trustdesk.vault.handover import HandoverReason, HandoverRejected, read_handover, write_handover
from trustdesk.vault.keyslots import Header

OVER_CEILING = st.one_of(
    st.builds(KdfParams, st.integers(keyslots.MAX_TIME_COST + 1, 1 << 40), st.just(keyslots.FLOOR_MEMORY_KIB),
              st.just(keyslots.FLOOR_LANES)),
    st.builds(KdfParams, st.just(keyslots.FLOOR_TIME_COST), st.integers(keyslots.MAX_MEMORY_KIB + 1, 1 << 40),
              st.just(keyslots.FLOOR_LANES)),
    st.builds(KdfParams, st.just(keyslots.FLOOR_TIME_COST), st.just(keyslots.FLOOR_MEMORY_KIB),
              st.integers(keyslots.MAX_LANES + 1, 1 << 24)),
)


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[KdfParams]]:
    """Records every Argon2id call that reaches the library (it must not, for a refused file)."""
    calls: list[KdfParams] = []
    real = keyslots.Argon2id

    def spy(*, salt: bytes, length: int, iterations: int, lanes: int, memory_cost: int, **kw: Any) -> Any:
        calls.append(KdfParams(iterations, memory_cost, lanes))
        return real(salt=salt, length=length, iterations=iterations, lanes=lanes, memory_cost=memory_cost, **kw)

    monkeypatch.setattr(keyslots, "Argon2id", spy)
    yield calls


@pytest.fixture(scope="module")
def locked_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, bytes]:
    """(data dir, pristine keyslots.json, a backup file's bytes) of one locked vault."""
    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    vault = Vault.create(data_dir, PASSPHRASE, keychain=Keychain.none())
    backup = BackupService(vault).backup_to(data_dir.parent / "b.tdbackup").path
    vault.lock()
    return data_dir, (data_dir / "keyslots.json").read_bytes(), backup.read_bytes()


def test_the_ceiling_is_what_calibration_can_produce() -> None:
    fastest = KdfParams(keyslots.MAX_TIME_COST)
    fastest.check_floor()  # calibration's highest output passes
    assert keyslots.calibrate(0.0) == KdfParams()  # calibration changes nothing but the time cost
    with pytest.raises(KdfTooCostly, match="ceiling"):
        KdfParams(64, 1024 * 1024, 64).check_floor()  # the harness's file: 64 passes over 1 GiB, 64 lanes


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=OVER_CEILING)
def test_key_header_above_the_ceiling_is_refused_before_deriving(
        locked_vault: tuple[Path, bytes, bytes], no_derivation: list[KdfParams], params: KdfParams) -> None:
    data_dir, pristine, _ = locked_vault
    header = json.loads(pristine)
    slot = next(s for s in header["slots"] if s["kind"] == "passphrase")
    slot["kdf"] = params.as_json()
    (data_dir / "keyslots.json").write_text(json.dumps(header))
    try:
        with pytest.raises(KdfTooCostly):
            Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
        assert no_derivation == []  # refused before any derivation (one above the ceiling takes minutes)
    finally:
        (data_dir / "keyslots.json").write_bytes(pristine)


def _with_backup_header(raw: bytes, edit: Any) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "backup.json":
                header = json.loads(data)
                edit(header)
                data = json.dumps(header).encode()
            target.writestr(info, data)
    return out.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=OVER_CEILING)
def test_backup_header_above_the_ceiling_is_refused_before_deriving(
        locked_vault: tuple[Path, bytes, bytes], no_derivation: list[KdfParams], params: KdfParams,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    from trustdesk.vault.restore import inspect_backup

    def edit(header: dict[str, Any]) -> None:
        next(s for s in header["slots"] if s["kind"] == "passphrase")["kdf"] = params.as_json()

    path = tmp_path_factory.mktemp("b") / "hostile.tdbackup"
    path.write_bytes(_with_backup_header(locked_vault[2], edit))
    with pytest.raises(BackupDamaged, match="ceiling"):
        read_header(path)
    with pytest.raises(BackupDamaged, match="ceiling"):
        inspect_backup(path, passphrase=PASSPHRASE)
    assert no_derivation == []


@pytest.fixture(scope="module")
def handover_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    from trustdesk.domain import Case, Initiator, Language, Profession

    vault = Vault.create(tmp_path_factory.mktemp("ho") / "d", PASSPHRASE, keychain=Keychain.none())
    from datetime import date

    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5), initiator=Initiator.DOCTOR,
                                language=Language.NL, profession=Profession.PHYSICIAN))
    assert case.id is not None
    data, code = write_handover(vault, [case.id])
    vault.lock()
    return data, code


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(t=st.integers(0, 1 << 40), m=st.integers(0, 1 << 40), p=st.integers(0, 1 << 24))
def test_handover_accepts_exactly_the_fixed_parameters(handover_file: tuple[bytes, str],
                                                       no_derivation: list[KdfParams], t: int, m: int, p: int) -> None:
    data, code = handover_file
    magic, rest = data.split(b"\n", 1)
    line, sealed = rest.split(b"\n", 1)
    header = json.loads(line)
    header["kdf"] = KdfParams(t, m, p).as_json()
    hostile = magic + b"\n" + json.dumps(header, sort_keys=True, separators=(",", ":")).encode() + b"\n" + sealed
    if KdfParams(t, m, p) == KdfParams():
        with pytest.raises(HandoverRejected) as caught:  # the header is bound by the tag: still refused
            read_handover(hostile, code)
        assert caught.value.reason is HandoverReason.WRONG_CODE_OR_TAMPERED or hostile == data
        return
    with pytest.raises(HandoverRejected) as caught:
        read_handover(hostile, code)
    assert caught.value.reason is HandoverReason.MALFORMED and "fixed" in str(caught.value)
    assert no_derivation == []


def test_the_untouched_handover_still_opens(handover_file: tuple[bytes, str]) -> None:
    data, code = handover_file
    assert read_handover(data, code).case_count == 1


# -- keyslots.json schema --------------------------------------------------------------------------

def _valid_header() -> dict[str, Any]:
    key = bytes(32)
    slots = [keyslots.make_passphrase_slot(key, "a" * 32, PASSPHRASE, KdfParams(), None).to_json(),
             keyslots.make_recovery_slot(key, "a" * 32, keyslots.new_recovery_code()).to_json()]
    return {"format": 1, "vault_id": "a" * 32, "created": "2026-12-06T05:00:00", "slots": slots}


VALID = _valid_header()

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(1 << 70), 1 << 70) | st.floats(allow_nan=False)
    | st.text(max_size=30) | st.sampled_from(["", "AA==", "A" * 24, "passphrase", "recovery"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, prefix + (i,))
    return found


PATHS = _paths(VALID)[1:]


def _outcome(data: Any) -> Header | VaultError:
    raw = json.dumps(data).encode()
    try:
        return Header.from_bytes(raw)
    except VaultError as exc:
        return exc


@settings(max_examples=400, deadline=None)
@given(path=st.sampled_from(PATHS), value=JSON_VALUES, delete=st.booleans())
def test_any_change_to_the_parsed_structure_is_a_header_or_a_vault_error(path: tuple[Any, ...], value: Any,
                                                                         delete: bool) -> None:
    data = copy.deepcopy(VALID)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    result = _outcome(data)
    if isinstance(result, Header):  # whatever parses is within bounds, so using it is safe
        for slot in result.slots:
            assert keyslots.SALT_BYTES <= len(slot.salt) <= keyslots.MAX_SALT_BYTES
            assert len(slot.nonce) == 12 and len(slot.wrapped) == 48
            assert isinstance(slot.device_secret, bool)
            if slot.kdf is not None:
                slot.kdf.check_floor()


@settings(max_examples=100, deadline=None)
@given(value=JSON_VALUES)
def test_any_document_is_a_header_or_a_vault_error(value: Any) -> None:
    _outcome(value)
    _outcome({**VALID, "slots": value})
    _outcome({**VALID, "slots": [value]})


@pytest.mark.parametrize("depth", [10, 1000, 100_000])
def test_deep_nesting_is_corrupted_not_recursion(depth: int) -> None:
    for raw in (b"[" * depth + b"]" * depth, b'{"format": 1, "slots": ' + b"[" * depth + b"]" * depth + b"}"):
        with pytest.raises(VaultCorrupted):
            Header.from_bytes(raw)


@pytest.mark.parametrize("salt_bytes", [0, 1, 7, 8, 15, 65, 1000])
def test_salt_outside_bounds_is_corrupted(salt_bytes: int) -> None:
    import base64

    for kind in ("passphrase", "recovery"):
        data = copy.deepcopy(VALID)
        next(s for s in data["slots"] if s["kind"] == kind)["salt"] = base64.b64encode(b"s" * salt_bytes).decode()
        with pytest.raises(VaultCorrupted, match="salt"):
            Header.from_bytes(json.dumps(data).encode())


def test_unlock_with_a_malformed_header_is_a_clear_error(locked_vault: tuple[Path, bytes, bytes]) -> None:
    data_dir, pristine, _ = locked_vault
    import base64

    data = json.loads(pristine)
    next(s for s in data["slots"] if s["kind"] == "passphrase")["salt"] = base64.b64encode(b"short").decode()
    try:
        for raw in (json.dumps(data).encode(), b"[" * 200_000, b" " * (keyslots.MAX_HEADER_BYTES + 1)):
            (data_dir / "keyslots.json").write_bytes(raw)
            with pytest.raises(VaultCorrupted):
                Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    finally:
        (data_dir / "keyslots.json").write_bytes(pristine)
