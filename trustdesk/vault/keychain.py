"""The device secret in the OS keychain, through ``keyring`` with an allow-list (ARCHITECTURE.md, The vault).

Only the real OS backends count as a keychain.  ``keyring``'s ``fail`` backend, the plaintext
file backends of ``keyrings.alt`` (keyring#370) and anything unknown mean "no keychain": the
passphrase slot is then passphrase-only and the UI says so.

``keyring`` is imported lazily: backend discovery costs ~130 ms and the unlock window comes first.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from typing import Any

SERVICE = "TrustDesk"
SECRET_BYTES = 32

log = logging.getLogger(__name__)

# module.ClassName of the real OS backends.
ALLOWED_BACKENDS = frozenset({
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
})


def _qualname(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_allowed_backend(backend: Any) -> bool:
    """True for a real OS keychain; a chainer is allowed when every backend it chains is."""
    name = _qualname(backend)
    if name == "keyring.backends.chainer.ChainerBackend":
        chained = list(getattr(backend, "backends", []))
        return bool(chained) and all(is_allowed_backend(b) for b in chained)
    return name in ALLOWED_BACKENDS


class Keychain:
    """Where the device secret of each vault is kept.

    ``Keychain()`` discovers the OS backend and applies the allow-list.  ``Keychain(backend)``
    uses the given backend as trusted (tests inject a real in-memory ``KeyringBackend``).
    ``Keychain.none()`` is the explicit "no keychain" (passphrase-only).
    """

    def __init__(self, backend: Any | None = None, *, trusted: bool | None = None) -> None:
        self._backend = backend
        self._trusted = trusted if trusted is not None else backend is not None
        self._resolved = backend is not None or trusted is False

    @classmethod
    def none(cls) -> Keychain:
        return cls(None, trusted=False)

    def _resolve(self) -> Any | None:
        if not self._resolved:
            self._resolved = True
            if os.environ.get("TRUSTDESK_NO_KEYCHAIN") == "1":
                self._backend, self._trusted = None, False
                return None
            try:
                import keyring

                backend = keyring.get_keyring()
            except Exception:  # a broken keychain stack is "no keychain", never a crash
                log.warning("keychain discovery failed")
                backend = None
            self._backend = backend
            self._trusted = backend is not None and is_allowed_backend(backend)
        return self._backend if self._trusted else None

    @property
    def available(self) -> bool:
        return self._resolve() is not None

    @property
    def backend_name(self) -> str:
        backend = self._resolve()
        return _qualname(backend) if backend is not None else ""

    def get(self, vault_id: str) -> bytes | None:
        backend = self._resolve()
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, vault_id)
        except Exception:
            log.warning("keychain read failed")
            return None
        if not value:
            return None
        try:
            secret = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return None
        return secret if len(secret) == SECRET_BYTES else None

    def store(self, vault_id: str, secret: bytes) -> bool:
        """Store the secret; False when the keychain refused (then go passphrase-only)."""
        backend = self._resolve()
        if backend is None:
            return False
        try:
            backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
            return self.get(vault_id) == secret
        except Exception:
            log.warning("keychain write failed")
            return False

    def delete(self, vault_id: str) -> None:
        backend = self._resolve()
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, vault_id)
        except Exception:
            log.info("no keychain entry to delete")
