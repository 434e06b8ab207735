"""A coordinator desk made by an older TrustDesk (its key pair in identity.age, age's scrypt passphrase
recipient; tests/exchange/fossils/desk-age, written by that version's own code) opens with its
passphrase on any machine and is rewritten as identity.key at that first open.  rage judged the file's
scrypt work against the machine's speed measured at that moment and refused the right passphrase on
a busy machine -- on the one open that would have rewritten the file.  The reader now derives exactly
the work the file states, bounded by a fixed ceiling (exchange/age_scrypt.py), and reads files rage
made to the same bytes."""

from __future__ import annotations

import json
import re
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.exchange import age_scrypt, desk_key
from trustdesk.exchange.coordinator import (
    IDENTITY_FILE,
    MAX_SCRYPT_LOG_N,
    SEALED_IDENTITY_FILE,
    CoordinatorDesk,
    DeskError,
)

FOSSIL = Path(__file__).resolve().parent / "fossils" / "desk-age"


def _facts() -> dict[str, Any]:
    text = (FOSSIL / "README.md").read_text("utf-8")
    found = re.search(r"```json\n(.*?)\n```", text, re.DOTALL)
    assert found is not None
    return dict(json.loads(found.group(1)))


FACTS = _facts()
PASSPHRASE = str(FACTS["passphrase"])


def _busy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """What rage does when it measures a slow moment: the file's work is 'too much', the passphrase refused."""
    def refuse(*_args: object) -> bytes:
        raise pyrage.DecryptError("Decryption failed")

    monkeypatch.setattr(pyrage.passphrase, "decrypt", refuse)


def _derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The scrypt work factors derived (each (passphrase, salt, work) once: the tests' own shortcut)."""
    calls: list[int] = []
    real = lru_cache(maxsize=None)(age_scrypt._scrypt)

    def recording(passphrase: bytes, salt: bytes, log_n: int) -> bytes:
        calls.append(log_n)
        return real(passphrase, salt, log_n)

    monkeypatch.setattr(age_scrypt, "_scrypt", recording)
    return calls


@pytest.fixture
def fossil(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    shutil.copytree(FOSSIL, folder)
    (folder / "README.md").unlink()
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_fossil_opens_on_a_busy_machine_and_is_rewritten(fossil: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (fossil / IDENTITY_FILE).exists() and not (fossil / SEALED_IDENTITY_FILE).exists()
    _busy_machine(monkeypatch)
    calls = _derivations(monkeypatch)
    desk = CoordinatorDesk.open(fossil, PASSPHRASE)
    assert calls == [int(FACTS["scrypt_log_n"])]  # the work the file states, once, whatever the machine's speed
    assert desk.identity.key_id == desk.card.key_id == FACTS["desk_key_id"]
    assert desk.card.name == FACTS["desk_name"]
    assert [c.name for c in desk.cards().values()] == [FACTS["trust_person"]]
    assert not (fossil / IDENTITY_FILE).exists()
    assert desk_key.stored_kdf((fossil / SEALED_IDENTITY_FILE).read_bytes()) == desk_key.DESK_KDF
    events = [e["event"] for e in desk.audit_entries()]
    assert events[0] == "desk_created" and events[-1] == "key_file_rewritten" and desk.audit_intact()
    again = CoordinatorDesk.open(fossil, PASSPHRASE)  # from identity.key now: no scrypt at all
    assert again.identity.key_id == FACTS["desk_key_id"] and calls == [int(FACTS["scrypt_log_n"])]


def test_a_wrong_passphrase_is_refused_and_changes_nothing(fossil: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _derivations(monkeypatch)
    before = _files(fossil)
    for wrong in ("not the passphrase", PASSPHRASE + " "):
        with pytest.raises(DeskError, match="wrong passphrase"):
            CoordinatorDesk.open(fossil, wrong)
    assert _files(fossil) == before


@pytest.mark.parametrize("work", [MAX_SCRYPT_LOG_N + 1, 30, 99])
def test_more_work_than_the_ceiling_is_refused_before_any_derivation(fossil: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    work: int) -> None:
    path = fossil / IDENTITY_FILE
    path.write_bytes(re.sub(rb"(-> scrypt \S+) \d+\n", rb"\1 " + str(work).encode() + b"\n", path.read_bytes()))
    calls = _derivations(monkeypatch)
    with pytest.raises(DeskError, match="not a passphrase-encrypted key file") as refused:
        CoordinatorDesk.open(fossil, PASSPHRASE)
    assert "wrong passphrase" not in str(refused.value) and calls == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(0, (FOSSIL / IDENTITY_FILE).stat().st_size - 1), bit=st.integers(0, 7))
def test_a_changed_byte_is_refused_never_read_as_something_else(monkeypatch: pytest.MonkeyPatch, position: int,
                                                               bit: int) -> None:
    data = bytearray((FOSSIL / IDENTITY_FILE).read_bytes())
    salt = re.search(rb"-> scrypt (\S+) ", data)
    assert salt is not None
    if salt.start(1) <= position < salt.end(1) and position != salt.start(1):
        position = salt.start(1)  # one salt change costs a fresh derivation: the first character stands for all
    data[position] ^= 1 << bit
    _derivations(monkeypatch)
    with pytest.raises((age_scrypt.AgeFormatError, age_scrypt.AgeDecryptError)):
        age_scrypt.decrypt(bytes(data), PASSPHRASE, max_log_n=MAX_SCRYPT_LOG_N)


@pytest.mark.parametrize("size", [0, 64 * 1024, 150_000])  # one empty chunk, one full, three
def test_files_rage_makes_are_read_to_the_same_bytes(size: int) -> None:
    """Interoperability with the reference implementation, across age's 64 KiB payload chunks."""
    plain = bytes((n * 7 + size) % 251 for n in range(size))
    sealed = pyrage.passphrase.encrypt(plain, "een wachtzin Ærø")
    assert age_scrypt.decrypt(sealed, "een wachtzin Ærø", max_log_n=MAX_SCRYPT_LOG_N) == plain
    with pytest.raises(age_scrypt.AgeDecryptError):
        age_scrypt.decrypt(sealed[:-1], "een wachtzin Ærø", max_log_n=MAX_SCRYPT_LOG_N)
