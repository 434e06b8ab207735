"""The vault: the only door to disk. SQLCipher, key slots, migrations, repositories, search, audit."""

from trustdesk.vault.errors import (
    DeviceSecretMissing,
    KdfTooCostly,
    KdfTooWeak,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WriteFailed,
    WrongPassphrase,
)
from trustdesk.vault.keychain import Keychain
from trustdesk.vault.keyslots import KdfParams
from trustdesk.vault.vault import MIN_PASSPHRASE_LENGTH, Vault, vault_exists

__all__ = [
    "MIN_PASSPHRASE_LENGTH", "DeviceSecretMissing", "KdfParams", "KdfTooCostly", "KdfTooWeak", "Keychain", "Vault",
    "VaultCorrupted", "VaultError", "VaultExists", "VaultLocked", "VaultNotFound", "VaultTooNew",
    "WriteFailed", "WrongPassphrase", "vault_exists",
]
