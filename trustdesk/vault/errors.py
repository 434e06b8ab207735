"""Known failures of the vault, kept apart from bugs. The UI turns each into a translated message."""

from __future__ import annotations


class VaultError(Exception):
    """Base class of every known vault failure."""


class VaultNotFound(VaultError):
    """No vault in this data directory."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""


class WrongPassphrase(VaultError):
    """The passphrase (or recovery code) does not open any key slot. Nothing was written."""


class MalformedCode(WrongPassphrase):
    """What was typed cannot be a recovery code at all (length, characters): told apart from a
    well-formed code that is merely the wrong one.  The message says why (``keyslots.code_problem``)."""


class DeviceSecretMissing(WrongPassphrase):
    """The passphrase slot needs this laptop's keychain secret and the keychain does not have it.

    The recovery code still opens the vault (keychain changed, new laptop, restored backup).
    """


class VaultCorrupted(VaultError):
    """A key slot opened but the database does not, or a file is damaged or missing."""


class StraySidecar(VaultCorrupted):
    """Beside vault.db lies a side file TrustDesk never writes: a rollback journal (the vault runs
    in WAL mode, so a ``-journal`` is never ours), or a ``-wal``/``-shm``/``-journal`` that is not a
    regular file (a folder, a link, a FIFO).  Refused before SQLite sees it; nothing is touched."""


class VaultTooNew(VaultError):
    """The vault was written by a newer TrustDesk; this version refuses to touch it."""


class VaultLocked(VaultError):
    """The vault is locked: the data key is gone."""


class WriteFailed(VaultError):
    """A write could not complete (disk full, read-only medium); the transaction was rolled back."""


class KdfTooWeak(VaultError):
    """A key slot asks for KDF parameters below the floor: refused, never used."""


class KdfTooCostly(VaultCorrupted):
    """A key slot or file asks for more key-derivation work than TrustDesk ever sets: refused
    before any derivation (a hostile file must not make us spend a gigabyte and a minute)."""


class VaultReadOnly(VaultError):
    """The data folder (or vault.db) cannot be written: a read-only folder or medium.  Not damage:
    nothing to restore; the files are as they were."""


class CaseHandedOver(VaultError):
    """A write to a case this vault handed over to a successor (closed with the reason "handed over",
    perhaps erased to the minimum): at the sender such a case is read-only -- no edit, no new contact,
    task, referral, score or safety plan, no reopening.  The successor holds the case now."""

    def __init__(self, code: str, closed_on: str) -> None:
        super().__init__(f"case {code} was handed over on {closed_on}: it is read-only here")
        self.code = code
        self.closed_on = closed_on


class CaseReferredOn(CaseHandedOver):
    """The same refusal for a case closed as "handed over after referral": the provider it was referred
    to took over the care, and the case stays as it was closed (a new request is a new case)."""
