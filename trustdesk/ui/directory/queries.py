"""What the directory feature reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from trustdesk.domain.models import Provider

if TYPE_CHECKING:
    from trustdesk.vault import Vault


def load_directory(vault: Vault) -> list[Provider]:
    """The whole directory; installs the starter directory once in a vault that never had it."""
    from trustdesk.packs.installation import STARTER_ID, install_starter_directory, version_setting

    if vault.settings.get(version_setting(STARTER_ID)) is None:
        with contextlib.suppress(OSError):  # a build without its resources still shows the directory
            install_starter_directory(vault)
    return vault.providers.list()
