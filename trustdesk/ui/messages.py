"""Known vault failures as calm, translated sentences (DESIGN §6: raised low, translated here).

Imported only when a failure has to be told, so the vault's import cost never lands on start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trustdesk.vault import errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


# Most specific first: DeviceSecretMissing is a WrongPassphrase.
_SENTENCES: tuple[tuple[type[BaseException], Callable[[], str]], ...] = (
    (errors.DeviceSecretMissing, lambda: _tr(
        "This computer's keychain no longer holds the key that belongs with your passphrase "
        "(new computer, new user account or a reset keychain). Your recovery code still opens the vault.")),
    (errors.WrongPassphrase, lambda: _tr(
        "That passphrase does not open the vault. Check Caps Lock and the keyboard layout, then try again.")),
    (errors.VaultCorrupted, lambda: _tr(
        "The vault files are damaged or incomplete, so TrustDesk cannot open them. Nothing was changed. "
        "Keep the data folder as it is; a backup can restore your cases.")),
    (errors.VaultTooNew, lambda: _tr(
        "This vault was saved by a newer version of TrustDesk. Install the latest version to open it; "
        "nothing was changed.")),
    (errors.VaultNotFound, lambda: _tr("There is no vault in this data folder.")),
    (errors.VaultExists, lambda: _tr("A vault already exists in this data folder; it was left untouched.")),
    (errors.VaultLocked, lambda: _tr("The vault is locked. Unlock it and try again.")),
    (errors.WriteFailed, lambda: _tr(
        "TrustDesk could not save: the disk may be full or read-only. Nothing was half-written; "
        "free some space and try again.")),
    (errors.KdfTooWeak, lambda: _tr(
        "The key file asks for weaker protection than TrustDesk allows, so it was refused.")),
    (errors.VaultError, lambda: _tr("The vault could not complete this action. Nothing was changed.")),
)


def is_known(exc: BaseException) -> bool:
    """A failure the user can be told about (everything else is a bug)."""
    return isinstance(exc, errors.VaultError)


def describe(exc: BaseException) -> str:
    """The translated sentence for a known failure; a neutral sentence for anything else."""
    for cls, sentence in _SENTENCES:
        if isinstance(exc, cls):
            return sentence()
    return _tr("Something went wrong. Nothing was changed.")
