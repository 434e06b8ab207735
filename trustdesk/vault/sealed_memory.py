"""What a lock could not write, kept in memory until the next unlock -- sealed under the vault's own key.

A lock always locks (``Vault.lock``): when an autosave's write fails at the lock, the text the person
typed is neither written to disk in the clear nor dropped.  It is sealed (AES-256-GCM) under a key derived
from the vault's key, which the lock then zeroes: what stays in memory is unreadable until the same vault
is unlocked again, when ``Vault.unseal`` opens it and the app writes it (``ui/kit/kept_at_lock.py``).
"""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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
