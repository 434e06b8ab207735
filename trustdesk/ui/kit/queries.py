"""What the kit reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustdesk.vault import Vault


def clear_seconds(vault: Vault) -> int:
    from trustdesk.vault.settings import CLIPBOARD_CLEAR_SECONDS

    return vault.settings.value(CLIPBOARD_CLEAR_SECONDS)
