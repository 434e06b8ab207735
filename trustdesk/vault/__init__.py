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
from trustdesk.vault.key_changes import MIN_PASSPHRASE_LENGTH
from trustdesk.vault.keychain import Keychain
from trustdesk.vault.keyslots import KdfParams
from trustdesk.vault.paths import vault_exists
from trustdesk.vault.vault import Vault

__all__ = [
    "MIN_PASSPHRASE_LENGTH", "DeviceSecretMissing", "KdfParams", "KdfTooCostly", "KdfTooWeak", "Keychain", "Vault",
    "VaultCorrupted", "VaultError", "VaultExists", "VaultLocked", "VaultNotFound", "VaultTooNew",
    "WriteFailed", "WrongPassphrase", "vault_exists",
]
