"""Exchange test helpers: simulated trust persons' cases, the desk passphrase, a vault's state, one file of
every kind."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from trustdesk.domain.enums import CaseStatus, CloseReason, Initiator, KnowledgeDomain, Language, Province
from trustdesk.domain.models import Case
from trustdesk.exchange.file_kinds import SUFFIXES, FileKind
from trustdesk.exchange.keys import Identity
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


def one_file_of_every_kind(vault: Vault, folder: Path, coordinator: Identity) -> dict[FileKind, Path]:
    """One real file of every TrustDesk kind in ``folder`` (made with ``vault``, the trust person's, and
    ``coordinator``'s keys: the intake is for that vault, the figures for that coordinator)."""
    from datetime import datetime

    from trustdesk.exchange import local
    from trustdesk.exchange.figures import cells_of, make_figures
    from trustdesk.exchange.intake import IntakeForm, make_intake
    from trustdesk.exchange.keys import Role
    from trustdesk.exchange.periods import Quarter
    from trustdesk.packs.pack import build_pack
    from trustdesk.vault.backup import BackupService
    from trustdesk.vault.handover import write_handover

    folder.mkdir(parents=True, exist_ok=True)
    files = {kind: folder / f"given-{kind.value}{SUFFIXES[kind]}" for kind in FileKind}
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
    assert case.id is not None
    files[FileKind.HANDOVER].write_bytes(write_handover(vault, [case.id])[0])
    BackupService(vault).backup_to(files[FileKind.BACKUP])
    me = local.my_card(vault, "Dr Vertrouwen")
    form = IntakeForm(coordinator_ref="AIN-1", initiator=Initiator.DOCTOR, language=Language.NL)
    files[FileKind.INTAKE].write_bytes(make_intake(form, coordinator, me)[0])
    quarter = Quarter(2026, 3)
    cells = cells_of(random_cases(random.Random(1), 6, quarter.start, quarter.end), quarter)
    coordinator_card = coordinator.card("Coördinatie", Role.COORDINATOR)
    files[FileKind.FIGURES].write_bytes(make_figures(cells, quarter, local.identity(vault), coordinator_card,
                                                     now=datetime(2026, 10, 2, 9))[0])
    files[FileKind.CARD].write_bytes(me.to_bytes())
    files[FileKind.COORDINATOR_CARD].write_bytes(coordinator_card.to_bytes())
    source = folder / "pack source"
    source.mkdir()
    (source / "manifest.json").write_text(
        '{"format": 1, "id": "t", "version": 1, "created": "2026-11-26", "languages": ["nl"]}')
    files[FileKind.PACK].write_bytes(build_pack(source)[0])
    return files
