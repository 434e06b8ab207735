"""The desk's key file opens with the same, stored work on any machine (no speed-dependent limit),
an older identity.age still opens and is rewritten, wrong passphrases and hostile parameters are refused."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pyrage
import pytest
from exchange_helpers import DESK_PASSPHRASE, make_age_desk
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.exchange import coordinator, desk_key
from trustdesk.exchange.coordinator import IDENTITY_FILE, SEALED_IDENTITY_FILE, CoordinatorDesk, DeskError
from trustdesk.vault import keyslots
from trustdesk.vault.keyslots import KdfParams


def _busy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """What age's scrypt identity does on a busy or slower machine: it times scrypt now, finds the file's
    work factor above target + 4 and refuses the correct passphrase."""
    def refuse(*_args: object) -> bytes:
        raise pyrage.DecryptError("Decryption failed")

    monkeypatch.setattr(pyrage.passphrase, "decrypt", refuse)


def _argon2_calls(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    calls: list[KdfParams] = []
    real = keyslots.argon2id

    def recording(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        calls.append(params)
        return real(secret, salt, params)

    monkeypatch.setattr(keyslots, "argon2id", recording)
    return calls


def _edit_slot_kdf(path: Path, **kdf: int) -> None:
    data = json.loads(path.read_text("utf-8"))
    data["slot"]["kdf"].update(kdf)
    path.write_text(json.dumps(data), "utf-8")


def test_a_new_desk_opens_on_a_machine_that_refuses_age_scrypt(desk: CoordinatorDesk,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The bug: the desk refused its own passphrase when the machine was busy.  The key file now holds
    its fixed Argon2id parameters; opening derives exactly those, once, and never asks age."""
    assert (desk.folder / SEALED_IDENTITY_FILE).exists() and not (desk.folder / IDENTITY_FILE).exists()
    _busy_machine(monkeypatch)
    calls = _argon2_calls(monkeypatch)
    stored = desk_key.stored_kdf((desk.folder / SEALED_IDENTITY_FILE).read_bytes())
    assert stored == desk_key.DESK_KDF == KdfParams(3, 64 * 1024, 4)
    for _ in range(3):
        assert CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE).identity.key_id == desk.card.key_id
    assert calls == [stored] * 3


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(passphrase=st.text(min_size=1, max_size=40), other=st.text(min_size=1, max_size=40))
def test_the_key_file_opens_with_its_passphrase_only(passphrase: str, other: str) -> None:
    secret = json.dumps({"k": passphrase}).encode("utf-8")
    sealed = desk_key.seal(secret, "a" * 64, passphrase)
    assert desk_key.open_sealed(sealed, passphrase) == ("a" * 64, secret)
    assert desk_key.stored_kdf(sealed) == desk_key.DESK_KDF
    if keyslots.normalize_passphrase(other) != keyslots.normalize_passphrase(passphrase):
        with pytest.raises(desk_key.DeskKeyError) as refused:
            desk_key.open_sealed(sealed, other)
        assert refused.value.wrong_passphrase


def test_a_wrong_desk_passphrase_is_refused(desk: CoordinatorDesk) -> None:
    for wrong in ("not the passphrase", DESK_PASSPHRASE + " ", DESK_PASSPHRASE.upper(), ""):
        with pytest.raises(DeskError, match="wrong passphrase"):
            CoordinatorDesk.open(desk.folder, wrong)


@pytest.mark.parametrize("kdf", [{"t": keyslots.MAX_TIME_COST + 1}, {"t": 2**40}, {"m": keyslots.MAX_MEMORY_KIB * 2},
                                 {"p": keyslots.MAX_LANES + 1}, {"t": 1}, {"m": 1024}, {"p": 0}])
def test_parameters_out_of_bounds_are_refused_before_any_derivation(desk: CoordinatorDesk,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    kdf: dict[str, int]) -> None:
    _edit_slot_kdf(desk.folder / SEALED_IDENTITY_FILE, **kdf)
    calls = _argon2_calls(monkeypatch)
    with pytest.raises(DeskError, match="key-derivation work") as refused:
        CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE)
    assert "wrong passphrase" not in str(refused.value)
    assert calls == []


def test_edited_parameters_within_bounds_fail_the_tag(desk: CoordinatorDesk) -> None:
    """No downgrade or swap: the parameters are bound into the slot's tag."""
    _edit_slot_kdf(desk.folder / SEALED_IDENTITY_FILE, t=4)
    with pytest.raises(DeskError):
        CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE)


@pytest.mark.parametrize("field", ["key_id", "sealed", "nonce", "format", "kind"])
def test_an_edited_key_file_is_refused(desk: CoordinatorDesk, field: str) -> None:
    path = desk.folder / SEALED_IDENTITY_FILE
    data = json.loads(path.read_text("utf-8"))
    if field in ("sealed", "nonce"):
        raw = bytearray(base64.b64decode(data[field]))
        raw[-1] ^= 1
        data[field] = base64.b64encode(bytes(raw)).decode("ascii")
    elif field == "key_id":
        data[field] = "b" * 64
    else:
        data[field] = 2 if field == "format" else "other"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(DeskError) as refused:
        CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE)
    assert "wrong passphrase" not in str(refused.value) or field == "key_id"  # the slot binds the key id


def test_an_older_identity_age_opens_and_is_rewritten(desk: CoordinatorDesk, monkeypatch: pytest.MonkeyPatch) -> None:
    make_age_desk(desk.folder)
    with pytest.raises(DeskError, match="wrong passphrase"):
        CoordinatorDesk.open(desk.folder, "not the passphrase")
    assert (desk.folder / IDENTITY_FILE).exists() and not (desk.folder / SEALED_IDENTITY_FILE).exists()
    opened = CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE)
    assert opened.identity.key_id == desk.card.key_id
    assert not (desk.folder / IDENTITY_FILE).exists()
    assert desk_key.stored_kdf((desk.folder / SEALED_IDENTITY_FILE).read_bytes()) == desk_key.DESK_KDF
    assert (desk.folder / SEALED_IDENTITY_FILE).stat().st_mode & 0o777 == 0o600
    assert [e["event"] for e in opened.audit_entries()][-1] == "key_file_rewritten"
    assert opened.audit_intact()
    _busy_machine(monkeypatch)  # from now on the desk no longer depends on the machine's speed
    assert CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE).identity.key_id == desk.card.key_id


def test_a_failed_rewrite_keeps_identity_age(desk: CoordinatorDesk, monkeypatch: pytest.MonkeyPatch) -> None:
    make_age_desk(desk.folder)
    old = (desk.folder / IDENTITY_FILE).read_bytes()

    def disk_full(path: Path, data: bytes, mode: int = 0o600) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(coordinator, "atomic_write_bytes", disk_full)
    assert CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE).identity.key_id == desk.card.key_id
    assert (desk.folder / IDENTITY_FILE).read_bytes() == old and not (desk.folder / SEALED_IDENTITY_FILE).exists()
    monkeypatch.undo()
    # a rewrite that does not open to the same key pair is removed, the old file stays
    real_seal = desk_key.seal
    monkeypatch.setattr(desk_key, "seal", lambda secret, key_id, _p: real_seal(secret, key_id, "another one"))
    assert CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE).identity.key_id == desk.card.key_id
    assert (desk.folder / IDENTITY_FILE).read_bytes() == old and not (desk.folder / SEALED_IDENTITY_FILE).exists()


def test_a_rewrite_stopped_before_removing_identity_age_is_finished(desk: CoordinatorDesk) -> None:
    """Both files (stopped between writing identity.key and removing identity.age): identity.key is used."""
    key_file = (desk.folder / SEALED_IDENTITY_FILE).read_bytes()
    make_age_desk(desk.folder)
    (desk.folder / SEALED_IDENTITY_FILE).write_bytes(key_file)
    assert CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE).identity.key_id == desk.card.key_id
    assert not (desk.folder / IDENTITY_FILE).exists()
