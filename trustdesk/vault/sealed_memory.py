"""What a lock could not write, kept in memory until the next unlock -- sealed under the vault's own key.

A lock always locks (``Vault.lock``): when an autosave's write fails at the lock, the text the person
typed is neither written to disk in the clear nor dropped.  It is sealed (AES-256-GCM) under a key derived
from the vault's key, which the lock then zeroes: what stays in memory is unreadable until the same vault
is unlocked again, when ``Vault.unseal`` opens it and the app writes it (``ui/kit/kept_at_lock.py``).
Only this process holds it: quitting after such a lock loses it (the log says so, never with its content).
"""

from __future__ import annotations

import logging
import pickle  # noqa: S403 - only what this process sealed under the vault's key (authenticated) is unpickled
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

log = logging.getLogger(__name__)

_INFO = b"TrustDesk: kept in memory over a lock"
_NONCE = 12


def _key(vault_key: bytes | bytearray, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(bytes(vault_key))


def seal(vault_key: bytes | bytearray, plain: bytes) -> bytes:
    """``plain`` sealed under a fresh key derived from ``vault_key`` (salt and nonce in front)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(_NONCE)
    return salt + nonce + AESGCM(_key(vault_key, salt)).encrypt(nonce, plain, _INFO)


def unseal(vault_key: bytes | bytearray, sealed: bytes) -> bytes:
    """The plain bytes; ``cryptography.exceptions.InvalidTag`` when ``vault_key`` is not the one that sealed."""
    salt, nonce, body = sealed[:16], sealed[16:16 + _NONCE], sealed[16 + _NONCE:]
    return AESGCM(_key(vault_key, salt)).decrypt(nonce, body, _INFO)


Write = Callable[["Vault", Any], Any]
_KEPT: dict[Path, list[tuple[Write, bytes]]] = {}


def keep(vault: Vault, write: Write, snapshot: Any) -> None:
    """``snapshot`` (what ``write(vault, snapshot)`` failed to write at this lock) sealed and kept in memory
    until the next unlock of this vault (``take``)."""
    plain = bytearray(pickle.dumps(snapshot))
    try:
        sealed = vault.seal(bytes(plain))
    finally:
        plain[:] = bytes(len(plain))
    _KEPT.setdefault(vault.data_dir.resolve(), []).append((write, sealed))
    log.warning("a save failed at the lock: what it held is kept, sealed, until the next unlock")


def kept() -> int:
    """How many are kept, sealed, for an unlock to come."""
    return sum(len(texts) for texts in _KEPT.values())


def take(vault: Vault) -> list[tuple[Write, bytes]]:
    """What a lock of ``vault`` kept (each write and its sealed snapshot), no longer kept here."""
    return _KEPT.pop(vault.data_dir.resolve(), [])


def opened(vault: Vault, sealed: bytes) -> Any:
    """A snapshot ``keep`` sealed, opened with the unlocked ``vault`` (``VaultError``: another key)."""
    return pickle.loads(vault.unseal(sealed))  # noqa: S301 - sealed by this process under this key
