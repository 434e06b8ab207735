"""Exchange test helpers: simulated trust persons' cases, the desk passphrase, a vault's state."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from trustdesk.domain.enums import CaseStatus, CloseReason, Initiator, KnowledgeDomain, Province
from trustdesk.domain.models import Case
from trustdesk.vault import Vault

DESK_PASSPHRASE = "the coordinator's desk"

INITIATORS = [Initiator.DOCTOR, Initiator.COLLEAGUE, Initiator.FAMILY, Initiator.OTHER]
# a returned intake is no case (figures.counted): simulated cases are the trust person's own
REASONS = [r for r in CloseReason if r is not CloseReason.RETURNED_CONFLICT]


def random_cases(rng: random.Random, count: int, start: date, end: date, *,
                 regions: list[str] | None = None) -> list[Case]:
    span = (end - start).days
    cases = []
    for index in range(count):
        opened = start + timedelta(days=rng.randrange(span + 1))
        closed = opened + timedelta(days=rng.randrange(200)) if rng.random() < 0.5 else None
        domains = frozenset(rng.sample(list(KnowledgeDomain), rng.choice([0, 1, 1, 1, 2])))
        region = rng.choice(regions or [p.value for p in Province] + [""])
        cases.append(Case(code=f"TD-{index}", opened_on=opened, initiator=rng.choice(INITIATORS),
                          status=CaseStatus.CLOSED if closed else CaseStatus.ACTIVE, region=region,
                          domains=domains, closed_on=closed,
                          close_reason=rng.choice(REASONS) if closed else None))
    return cases


def vault_state(vault: Vault) -> tuple[object, ...]:
    """Everything an import could change."""
    return (len(vault.cases.list()), len(vault.tasks.list(include_done=True)), vault.settings.all(),
            vault.audit.verify().entries)


def make_age_desk(folder: Path, passphrase: str = DESK_PASSPHRASE) -> None:
    """Turn a desk folder into one made before identity.key: its key pair in identity.age (age, scrypt)."""
    import json

    import pyrage

    from trustdesk.exchange.coordinator import IDENTITY_FILE, SEALED_IDENTITY_FILE, CoordinatorDesk

    identity = CoordinatorDesk.open(folder, passphrase).identity
    (folder / IDENTITY_FILE).write_bytes(pyrage.passphrase.encrypt(json.dumps(identity.to_json()).encode("ascii"),
                                                                   passphrase))
    (folder / SEALED_IDENTITY_FILE).unlink()
