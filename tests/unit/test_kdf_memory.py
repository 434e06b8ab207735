"""The tests' remembered Argon2id (tests/kdf_answers.py) changes the tests' speed, never the app.

- The app's key derivation is the real one and its parameters are the documented floor
  (SECURITY.md: t=3, m=64 MiB, p=4): checked in a child process that loads no test code.
- What the test process remembers is exactly what Argon2id derives: the same bytes for the same
  question, a new derivation for any other secret, salt or parameter, and the floor and ceiling
  refused before anything, as ``keyslots.argon2id`` does; the answer book another test process
  reads gives the same bytes and holds no passphrase.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.kdf_answers import ANSWERS, RememberedArgon2id, question
from trustdesk.vault import keyslots
from trustdesk.vault.errors import KdfTooCostly, KdfTooWeak
from trustdesk.vault.keyslots import KdfParams

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import json, sys
from trustdesk.vault import keyslots
from trustdesk.vault.keyslots import KdfParams
d = KdfParams()
print(json.dumps({"function": keyslots.argon2id.__module__ + "." + keyslots.argon2id.__qualname__,
                  "default": [d.time_cost, d.memory_kib, d.lanes],
                  "floor": [keyslots.FLOOR_TIME_COST, keyslots.FLOOR_MEMORY_KIB, keyslots.FLOOR_LANES],
                  "tests_loaded": sorted(m for m in sys.modules if m == "tests" or m.startswith("tests."))}))
"""


def test_the_app_derives_with_the_real_argon2id_at_the_documented_floor() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True).stdout
    seen = json.loads(out)
    assert seen["function"] == "trustdesk.vault.keyslots.argon2id"
    assert seen["default"] == seen["floor"] == [3, 64 * 1024, 4]  # SECURITY.md: t≥3, m≥64 MiB, p=4
    assert seen["tests_loaded"] == []
    # Nothing in the app knows of the tests' memory.
    for path in sorted((ROOT / "trustdesk").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "RememberedArgon2id" not in text and ANSWERS not in text and "kdf_answers" not in text, path


def test_the_test_process_remembers_and_nothing_else_changed() -> None:
    assert isinstance(keyslots.argon2id, RememberedArgon2id)  # installed by tests/conftest.py
    assert keyslots.argon2id.book is not None and os.environ[ANSWERS] == str(keyslots.argon2id.book)
    assert KdfParams() == KdfParams(keyslots.FLOOR_TIME_COST, keyslots.FLOOR_MEMORY_KIB, keyslots.FLOOR_LANES)
    with pytest.raises(KdfTooWeak):
        KdfParams(time_cost=keyslots.FLOOR_TIME_COST - 1).check_floor()


def _library(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(salt=salt, length=32, iterations=params.time_cost, lanes=params.lanes,
                    memory_cost=params.memory_kib).derive(secret)


@settings(max_examples=3)  # each example is three real 64 MiB derivations
@given(secret=st.binary(min_size=1, max_size=64), salt=st.binary(min_size=16, max_size=16),
       other=st.sampled_from(["secret", "salt", "time_cost"]))
def test_remembered_answers_are_the_derivation(secret: bytes, salt: bytes, other: str) -> None:
    seen: list[tuple[bytes, bytes, KdfParams]] = []

    def real(s: bytes, n: bytes, p: KdfParams) -> bytes:
        seen.append((s, n, p))
        return _library(s, n, p)

    remembered = RememberedArgon2id(real)
    params = KdfParams()
    first = remembered(secret, salt, params)
    assert first == _library(secret, salt, params)
    assert remembered(bytearray(secret), salt, params) == first and remembered.derived == 1  # from memory
    changed = {"secret": (secret + b"!", salt, params),
               "salt": (secret, salt[:-1] + bytes([salt[-1] ^ 1]), params),
               "time_cost": (secret, salt, KdfParams(time_cost=params.time_cost + 1))}[other]
    assert remembered(*changed) == _library(*changed) != first  # another question: the real derivation
    assert remembered.derived == 2 and len(seen) == 2


@pytest.mark.parametrize("params", [KdfParams(time_cost=1), KdfParams(memory_kib=1024),
                                    KdfParams(time_cost=keyslots.MAX_TIME_COST + 1), KdfParams(lanes=64)])
def test_remembered_refuses_what_the_floor_and_ceiling_refuse(params: KdfParams) -> None:
    def never(*_args: object) -> bytes:
        raise AssertionError("refused before any derivation")

    remembered = RememberedArgon2id(never)
    with pytest.raises((KdfTooWeak, KdfTooCostly)):
        remembered(b"secret", bytes(16), params)
    assert remembered.answers == {}


def test_the_answer_book_is_shared_and_holds_no_passphrase(tmp_path: Path) -> None:
    book = tmp_path / "answers"
    secret, salt, params = b"a book passphrase", bytes(range(16)), KdfParams()
    first = RememberedArgon2id(_library, book)
    answer = first(secret, salt, params)
    assert first.derived == 1 and answer == _library(secret, salt, params)

    def never(*_args: object) -> bytes:
        raise AssertionError("answered from the book")

    second = RememberedArgon2id(never, book)  # another test process, later
    assert second(secret, salt, params) == answer and second.derived == 0
    text = book.read_text(encoding="ascii")
    assert text == f"{question(secret, salt, params)} {answer.hex()}\n"
    assert secret.hex() not in text and "passphrase" not in text
    assert (book.stat().st_mode & 0o777) == 0o600
    with pytest.raises(AssertionError, match="answered from the book"):
        second(secret + b"!", salt, params)  # a new question is never guessed from the book
