"""The tests' Argon2id: a question already answered is answered from memory (test processes only).

Template vaults (tests/vault_copies.py) are copied with their salts, so unlocking a copy with its
passphrase asks Argon2id the same question every time, in the test process and in the helper
processes the reliability tests start and kill by the hundred.  ``RememberedArgon2id`` answers a
question it has seen with the bytes the real derivation gave: the key is the whole input (secret,
salt and every parameter), the floor and ceiling are checked first exactly as
``keyslots.argon2id`` does, and any new secret, salt or parameter goes to the real Argon2id.  A
wrong passphrase is a new question: it costs the real derivation and fails as it does in the app.

tests/conftest.py installs it in the test process with an answer book (a file in the session's
private sandbox folder, named by ``TRUSTDESK_TEST_KDF_ANSWERS``); the tests' own child scripts
(tests/reliability/*_child.py) call ``install_from_environment()`` to share it.  The book holds a
digest of each question and its answer, never a passphrase, and only for the throw-away vaults of
one test run.  The app never reads the variable and never remembers a derivation; its KDF and floor
are unchanged (tests/unit/test_kdf_memory.py).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from trustdesk.vault import keyslots
from trustdesk.vault.keyslots import KdfParams

ANSWERS = "TRUSTDESK_TEST_KDF_ANSWERS"

Derive = Callable[[bytes, bytes, KdfParams], bytes]


def question(secret: bytes, salt: bytes, params: KdfParams) -> str:
    whole = b"%d:%s%d:%s%d,%d,%d" % (len(secret), bytes(secret), len(salt), bytes(salt), params.time_cost,
                                     params.memory_kib, params.lanes)
    return hashlib.sha256(whole).hexdigest()


class RememberedArgon2id:
    """``keyslots.argon2id`` for the tests: a question already answered is answered from memory."""

    def __init__(self, real: Derive, book: Path | None = None) -> None:
        self.real = real
        self.book = book
        self.answers: dict[str, bytes] = {}
        self.derived = 0  # real derivations (questions not answered before)
        self._read_book()

    def __call__(self, secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        params.check_floor()  # refused before anything, exactly as the real one
        asked = question(secret, salt, params)
        if asked not in self.answers:
            self._read_book()  # another test process may have answered it meanwhile
        answer = self.answers.get(asked)
        if answer is None:
            answer = self.real(secret, salt, params)
            self.derived += 1
            self.answers[asked] = answer
            self._write(asked, answer)
        return answer

    def _read_book(self) -> None:
        if self.book is None:
            return
        try:
            lines = self.book.read_text(encoding="ascii").splitlines()
        except (FileNotFoundError, UnicodeDecodeError):
            return
        for line in lines:
            parts = line.split()
            if len(parts) == 2 and len(parts[0]) == 64 and len(parts[1]) == 64:
                self.answers.setdefault(parts[0], bytes.fromhex(parts[1]))

    def _write(self, asked: str, answer: bytes) -> None:
        if self.book is None:
            return
        fd = os.open(self.book, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f"{asked} {answer.hex()}\n".encode("ascii"))  # one short write: lines never mix
        finally:
            os.close(fd)


def install(book: Path | None) -> RememberedArgon2id:
    """Replace ``keyslots.argon2id`` in this (test) process."""
    real = keyslots.argon2id
    if isinstance(real, RememberedArgon2id):
        real = real.real
    remembered = RememberedArgon2id(real, book)
    keyslots.argon2id = remembered  # type: ignore[assignment]
    return remembered


def install_from_environment() -> None:
    """For the tests' child scripts: share the test run's answer book when there is one."""
    book = os.environ.get(ANSWERS)
    if book:
        install(Path(book))
