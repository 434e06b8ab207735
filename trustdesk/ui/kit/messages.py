"""Known vault failures as calm, translated sentences (raised low in the vault, translated here).

Imported only when a failure has to be told, so the vault's import cost never lands on start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trustdesk.vault import errors

# Most specific first: DeviceSecretMissing is a WrongPassphrase.
_SENTENCES: tuple[tuple[type[BaseException], Callable[[], str]], ...] = (
    (errors.DeviceSecretMissing, lambda: QCoreApplication.translate("messages",
        "This computer's keychain no longer holds the key that belongs with your passphrase "
        "(new computer, new user account or a reset keychain). Your recovery code still opens the vault.")),
    (errors.WrongPassphrase, lambda: QCoreApplication.translate("messages",
        "That passphrase does not open the vault. Check Caps Lock and the keyboard layout, then try again.")),
    (errors.KdfTooCostly, lambda: QCoreApplication.translate("messages",
        "The key file asks for far more key-stretching work than TrustDesk ever sets, so it was refused "
        "before any work was done. It was not made by TrustDesk or it was tampered with; nothing was changed.")),
    (errors.VaultReadOnly, lambda: QCoreApplication.translate("messages",
        "The data folder is read-only (a read-only drive or folder permissions), so TrustDesk cannot open the "
        "vault there. The files are not damaged and nothing was changed: make the folder writable, then try "
        "again.")),
    (errors.StraySidecar, lambda: QCoreApplication.translate("messages",
        "Beside the vault lie files that TrustDesk never writes (a leftover journal, or a folder or link in place "
        "of the vault's own side files), so it was not opened. Nothing was changed. Move those files out of the "
        "data folder and try again; if the vault still does not open, a backup can restore your cases.")),
    (errors.VaultCorrupted, lambda: QCoreApplication.translate("messages",
        "The vault files are damaged or incomplete, so TrustDesk cannot open them. Nothing was changed. "
        "Keep the data folder as it is; a backup can restore your cases.")),
    (errors.VaultTooNew, lambda: QCoreApplication.translate("messages",
        "This vault was saved by a newer version of TrustDesk. Install the latest version to open it; "
        "nothing was changed.")),
    (errors.VaultNotFound, lambda: QCoreApplication.translate("messages", "There is no vault in this data folder.")),
    (errors.VaultExists, lambda: QCoreApplication.translate("messages", "A vault already exists in this data folder; it was left untouched.")),
    (errors.VaultLocked, lambda: QCoreApplication.translate("messages", "The vault is locked. Unlock it and try again.")),
    (errors.WriteFailed, lambda: QCoreApplication.translate("messages",
        "TrustDesk could not save: the disk may be full or read-only. Nothing was half-written; "
        "free some space and try again.")),
    (errors.KdfTooWeak, lambda: QCoreApplication.translate("messages",
        "The key file asks for weaker protection than TrustDesk allows, so it was refused.")),
    (errors.CaseReferredOn, lambda: QCoreApplication.translate("messages",
        "This case was closed as handed over after referral: it is read-only. Nothing was changed.")),
    (errors.CaseHandedOver, lambda: QCoreApplication.translate("messages",
        "This case was handed over to your successor: here it is read-only. Nothing was changed.")),
    (errors.VaultError, lambda: QCoreApplication.translate("messages", "The vault could not complete this action. Nothing was changed.")),
)


def is_known(exc: BaseException) -> bool:
    """A failure the user can be told about (everything else is a bug)."""
    return isinstance(exc, errors.VaultError)


def describe(exc: BaseException) -> str:
    """The translated sentence for a known failure; a neutral sentence for anything else."""
    for cls, sentence in _SENTENCES:
        if isinstance(exc, cls):
            return sentence()
    return QCoreApplication.translate("messages", "Something went wrong. Nothing was changed.")
