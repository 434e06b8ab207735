"""Damaged backups (hypothesis: flipped bytes, truncations): a clear error, and nothing changes."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vault.test_backup import files_state, populate
from trustdesk.vault import Keychain, Vault, VaultError
from trustdesk.vault.backup import BackupService
from trustdesk.vault.backup_file import BackupDamaged
from trustdesk.vault.restore import BackupInfo, inspect_backup, restore_backup

SECRET = "damage test passphrase"


@dataclass(frozen=True)
class Sample:
    raw: bytes
    info: BackupInfo
    vault_dir: Path  # a locked vault to restore over
    work: Path


@pytest.fixture(scope="module")
def sample() -> Iterator[Sample]:
    root = Path(tempfile.mkdtemp(prefix="td-damage-"))
    try:
        vault = Vault.create(root / "vault", SECRET, keychain=Keychain.none())
        populate(vault, contacts=5)
        (root / "b").mkdir()
        path = BackupService(vault).backup_to(root / "b" / "sample.tdbackup").path
        vault.lock()
        yield Sample(path.read_bytes(), inspect_backup(path, passphrase=SECRET), root / "vault", root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _write(sample: Sample, data: bytes) -> Path:
    path = sample.work / "damaged.tdbackup"
    path.write_bytes(data)
    return path


def _outcome(sample: Sample, data: bytes) -> BackupInfo | VaultError:
    try:
        return inspect_backup(_write(sample, data), passphrase=SECRET)
    except VaultError as exc:
        return exc


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_flipped_byte_is_refused_or_harmless(sample: Sample, where: int, flip: int) -> None:
    data = bytearray(sample.raw)
    data[where % len(data)] ^= flip
    result = _outcome(sample, bytes(data))
    if isinstance(result, BackupInfo):  # a byte the format does not depend on (e.g. a zip timestamp)
        assert result.verified and result.counts == sample.info.counts
        assert result.backup_id == sample.info.backup_id


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keep=st.integers(min_value=0))
def test_truncated_backup_is_refused(sample: Sample, keep: int) -> None:
    result = _outcome(sample, sample.raw[:keep % len(sample.raw)])
    assert isinstance(result, BackupDamaged)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.floats(min_value=0.05, max_value=0.9), flip=st.integers(min_value=1, max_value=255))
def test_flipped_byte_in_the_database_copy_is_refused(sample: Sample, where: float, flip: int) -> None:
    data = bytearray(sample.raw)
    data[int(len(data) * where)] ^= flip  # the stored copy makes up the bulk of the file
    result = _outcome(sample, bytes(data))
    assert isinstance(result, BackupDamaged), result


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255), cut=st.booleans())
def test_damaged_restore_changes_nothing(sample: Sample, where: int, flip: int, cut: bool) -> None:
    data = bytearray(sample.raw)
    if cut:
        data = data[:where % len(data)]
    else:
        data[where % len(data)] ^= flip
    target = sample.work / "target"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(sample.vault_dir, target)
    before = files_state(target)
    try:
        result = restore_backup(_write(sample, bytes(data)), target, passphrase=SECRET, keychain=Keychain.none())
    except VaultError:
        assert files_state(target) == before
        return
    assert not cut and result.info.counts == sample.info.counts  # a harmless byte: restored as usual
    assert result.kept_aside is not None and files_state(result.kept_aside) == before


def _with_slots(sample: Sample, slots: list[object]) -> bytes:
    """The sample backup with its (unsealed) slot list replaced: the seal still verifies."""
    import io
    import json
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(sample.raw)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "backup.json":
                header = json.loads(data)
                header["slots"] = slots
                data = json.dumps(header).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.sampled_from(["passphrase", "recovery"]), max_size=6))
def test_a_backup_whose_slots_cannot_be_right_is_damaged_not_a_wrong_passphrase(sample: Sample,
                                                                               picks: list[str]) -> None:
    """No slot, two of one kind or more than a header may hold: nothing could ever open it, so it is
    BackupDamaged ("damaged, try another backup"), never WrongPassphrase ("check your passphrase")."""
    import json
    import zipfile

    from trustdesk.vault.errors import WrongPassphrase
    from trustdesk.vault.keyslots import MAX_SLOTS
    from trustdesk.vault.restore import read_header

    with zipfile.ZipFile(_write(sample, sample.raw)) as archive:
        original = {s["kind"]: s for s in json.loads(archive.read("backup.json"))["slots"]}
    path = _write(sample, _with_slots(sample, [original[kind] for kind in picks]))
    impossible = not picks or len(picks) > MAX_SLOTS or len(set(picks)) != len(picks)
    if impossible:
        with pytest.raises(BackupDamaged):
            read_header(path)
    outcome = _outcome(sample, path.read_bytes())
    if impossible:
        assert isinstance(outcome, BackupDamaged), f"{picks}: {outcome!r}"
    elif "passphrase" in picks:
        assert isinstance(outcome, BackupInfo), f"{picks}: {outcome!r}"
    else:  # only the recovery slot: the passphrase cannot open it, the recovery code would
        assert isinstance(outcome, WrongPassphrase), f"{picks}: {outcome!r}"
