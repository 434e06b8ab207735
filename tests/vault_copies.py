"""Real SQLCipher vaults for tests, without paying Argon2id for every test.

``Vault.create`` derives two Argon2id keys at 64 MiB (the passphrase slot and the backup slot);
done for every test, that was most of the suite's time.  Instead, each kind of vault is created
once per session by the real ``Vault.create`` (``VaultTemplates``), and each test gets a byte copy
of its files (vault.db, keyslots.json and whatever else a locked vault keeps beside them, 0700
directory), its device secret put into the test's own
keychain, opened with the data key through the same internal open that ``Vault.unlock`` uses after
the key derivation.  The copy is a real encrypted vault: ``Vault.unlock(data_dir, PASSPHRASE,
keychain=...)`` opens it with the real KDF, its recovery code works, backups and restores of it
work.  No production code is changed or bypassed for this; the KDF floor stays where it is.

Copies of one template share the template's vault id and recovery code (each test has its own
directory and keychain, so nothing can mix); ask for another ``name`` when a test needs two
different vaults (a handover to a successor).

Copies also share the template's salts: unlocking one with its passphrase asks Argon2id a question
the test run has already had answered (tests/kdf_answers.py answers it from memory, with the same bytes).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from trustdesk.vault import Keychain, Vault
from trustdesk.vault.files import ensure_private_dir
from trustdesk.vault.keyslots import Header
from trustdesk.vault.paths import vault_exists, vault_paths


@dataclass(frozen=True)
class Template:
    files: Path
    key: bytes
    vault_id: str
    recovery_code: str
    device_secret: bytes | None  # None: a passphrase-only vault (no keychain)


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its secrets in a dict (for tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError("no such password")
        del self.store[(service, username)]


class VaultTemplates:
    """One real ``Vault.create`` per (name, passphrase, keychain or not) per session; copies per test."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[tuple[str, str, bool], Template] = {}

    def template(self, passphrase: str, *, name: str = "main", with_keychain: bool = True) -> Template:
        wanted = (name, passphrase, with_keychain)
        if wanted not in self._made:
            self._made[wanted] = self._create(passphrase, name, with_keychain)
        return self._made[wanted]

    def _create(self, passphrase: str, name: str, with_keychain: bool) -> Template:
        files = self._root / f"{name}-{len(self._made)}"
        keychain = Keychain(MemoryKeyring()) if with_keychain else Keychain.none()
        vault = Vault.create(files, passphrase, keychain=keychain)
        key, code, vault_id = bytes(vault._key), vault.recovery_code, vault.vault_id
        assert code is not None
        secret = keychain.get(vault_id)
        assert (secret is not None) == with_keychain
        vault.lock()  # checkpoints the WAL into vault.db: the two files are the whole vault
        return Template(files, key, vault_id, code, secret)

    def copy(self, data_dir: Path, passphrase: str, *, keychain: Keychain, name: str = "main") -> Vault:
        """A fresh, unlocked copy of the template in ``data_dir`` (as ``Vault.create`` returns it)."""
        with_keychain = keychain.available
        template = self.template(passphrase, name=name, with_keychain=with_keychain)
        if template.device_secret is not None and not keychain.store(template.vault_id, template.device_secret):
            return Vault.create(data_dir, passphrase, keychain=keychain)  # a keychain that refuses: the real path
        if vault_exists(data_dir):
            raise FileExistsError(data_dir)
        ensure_private_dir(data_dir)
        # Every file the locked vault has (vault.db, keyslots.json, audit-head.json, ...), as it has them.
        for source in sorted(template.files.iterdir()):
            if source.is_file():
                target = data_dir / source.name
                shutil.copyfile(source, target)
                target.chmod(source.stat().st_mode & 0o777)
        _db_path, header_path = vault_paths(data_dir)
        vault = Vault._open(data_dir, Header.read(header_path), bytearray(template.key), keychain)
        vault.recovery_code = template.recovery_code
        return vault
