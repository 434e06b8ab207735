"""What the exchange feature reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustdesk.exchange.keys import ContactCard
    from trustdesk.exchange.local import CoordinatorCard
    from trustdesk.vault import Vault


def load_cards(vault: Vault) -> tuple[ContactCard, CoordinatorCard | None]:
    from trustdesk.exchange import local
    from trustdesk.exchange.keys import Role

    name = local.card_name(vault) or "-"
    return local.identity(vault).card(name, Role.TRUST_PERSON), local.coordinator_card(vault)
