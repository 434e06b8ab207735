"""Exchange fixtures: key pairs, a coordinator desk folder, a trust person's vault that trusts the
coordinator's card."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE

from trustdesk.exchange import local
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.keys import ContactCard, Identity, Role
from trustdesk.vault import Vault


@pytest.fixture(scope="session")
def coordinator() -> Identity:
    return Identity.generate()


@pytest.fixture(scope="session")
def coordinator_card(coordinator: Identity) -> ContactCard:
    return coordinator.card("Coördinatie Arts in Nood", Role.COORDINATOR)


@pytest.fixture(scope="session")
def stranger() -> Identity:
    return Identity.generate()


@pytest.fixture
def desk(tmp_path: Path) -> CoordinatorDesk:
    return CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)


@pytest.fixture
def tp_vault(vault: Vault, coordinator_card: ContactCard) -> Iterator[Vault]:
    """A trust person's vault that holds and trusts the coordinator's card."""
    local.remember_coordinator_card(vault, coordinator_card, "artsinnood@1")
    local.confirm_coordinator_card(vault, coordinator_card.fingerprint)
    yield vault
