"""Figures: a trust person's exact activity counts for one quarter, sealed to the coordinator.

A ``.tdfigures`` file holds, for one completed calendar quarter (periods.py), the number of cases
*opened* in it per cell of month × knowledge domains × initiator × region × outcome:

- ``domains``: the case's set of knowledge domains joined with "+" ("burnout+depression"), or
  "none", so every case is counted exactly once and the per-domain figures can still be summed;
- ``region``: a province value or "unknown";
- ``outcome``: as it stood at the end of the quarter: "open", or the close reason of a case closed
  by then.  Taking the state at the quarter's end (not today's) keeps a quarter's figures the same
  whenever they are made.

No codes, no names, no dates finer than a month.  The counts are exact: the file is sealed to the
coordinator, who publishes only merged, suppressed figures (merge.py).  The trust person reviews
exactly these cells before the file is sealed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from trustdesk.domain.enums import CloseReason, Initiator, KnowledgeDomain, Province
from trustdesk.domain.models import Case
from trustdesk.exchange import envelope
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.keys import ContactCard, Identity, Role
from trustdesk.exchange.periods import Quarter

if TYPE_CHECKING:
    from trustdesk.vault import Vault

KIND = "figures"
SUFFIX = ".tdfigures"
MAX_BYTES = 1024 * 1024
MAX_CELLS = 20_000
MAX_COUNT = 100_000
NO_DOMAIN = "none"
UNKNOWN_REGION = "unknown"
OPEN = "open"
CLOSED = "closed"  # closed without a recorded reason
DIMENSIONS = ("month", "domains", "initiator", "region", "outcome")
EVENT_SENT = "figures_sent"
SENT_KEY = "exchange.figures_sent"

Cell = tuple[str, str, str, str, str]  # month, domains, initiator, region, outcome

DOMAIN_VALUES = frozenset(d.value for d in KnowledgeDomain)
REGION_VALUES = frozenset(p.value for p in Province) | {UNKNOWN_REGION}
OUTCOME_VALUES = frozenset(r.value for r in CloseReason) | {OPEN, CLOSED}
INITIATOR_VALUES = frozenset(i.value for i in Initiator)


def domains_key(domains: Iterable[KnowledgeDomain | str]) -> str:
    values = sorted(str(getattr(d, "value", d)) for d in domains)
    return "+".join(values) if values else NO_DOMAIN


def domains_of(key: str) -> frozenset[str]:
    return frozenset() if key == NO_DOMAIN else frozenset(key.split("+"))


def outcome_at(case: Case, day: date) -> str:
    if case.closed_on is None or case.closed_on > day:
        return OPEN
    return case.close_reason.value if case.close_reason else CLOSED


def cells_of(cases: Iterable[Case], quarter: Quarter) -> dict[Cell, int]:
    """The exact counts of the cases opened in ``quarter`` (cells with 0 are left out)."""
    counts: Counter[Cell] = Counter()
    for case in cases:
        if not quarter.contains(case.opened_on):
            continue
        region = case.region if case.region in REGION_VALUES else UNKNOWN_REGION
        counts[(f"{case.opened_on:%Y-%m}", domains_key(case.domains), case.initiator.value, region,
                outcome_at(case, quarter.end))] += 1
    return dict(sorted(counts.items()))


@dataclass(frozen=True)
class FiguresFile:
    file_id: str
    created: str
    quarter: Quarter
    sender: ContactCard = field(repr=False)
    cells: Mapping[Cell, int] = field(repr=False)

    @property
    def cases(self) -> int:
        return sum(self.cells.values())


def make_figures(cells: Mapping[Cell, int], quarter: Quarter, sender: Identity, coordinator: ContactCard, *,
                 now: datetime | None = None) -> tuple[bytes, str]:
    """(file bytes, file id): ``cells`` signed by the trust person, sealed to the coordinator."""
    if coordinator.role is not Role.COORDINATOR:
        raise ValueError("figures go to the coordinator's card")
    moment = (now or datetime.now()).replace(microsecond=0)
    if not quarter.ended_by(moment.date()):
        raise ValueError(f"{quarter} has not ended yet: only whole quarters are sent")
    _check_cells(cells, quarter)
    file_id = uuid.uuid4().hex
    payload = {"kind": KIND, "id": file_id, "created": moment.isoformat(), "recipient": coordinator.key_id,
               "period": str(quarter), "cells": [[*cell, n] for cell, n in sorted(cells.items())]}
    return envelope.seal(KIND, payload, coordinator, sender), file_id


def _check_cells(cells: Mapping[Cell, int], quarter: Quarter) -> None:
    if len(cells) > MAX_CELLS:
        raise ValueError(f"more than {MAX_CELLS} cells")
    months = set(quarter.months)
    for (month, domains, initiator, region, outcome), n in cells.items():
        if (month not in months or initiator not in INITIATOR_VALUES or region not in REGION_VALUES
                or outcome not in OUTCOME_VALUES or type(n) is not int or not 1 <= n <= MAX_COUNT
                or domains != domains_key(domains_of(domains)) or not domains_of(domains) <= DOMAIN_VALUES):
            raise ValueError(f"cell {month} {domains[:60]} {initiator} {region} {outcome}: not allowed")


def read_figures(data: bytes, coordinator: Identity, senders: Mapping[str, ContactCard]) -> FiguresFile:
    """Open and check a figures file with the coordinator's identity; ``senders`` are the trust
    persons' cards the coordinator holds (key id -> card).  ExchangeRejected on any problem."""
    opened = envelope.read_sealed(KIND, data, coordinator, senders, max_bytes=MAX_BYTES)
    payload = opened.payload
    try:
        if payload.get("kind") != KIND or not isinstance(payload.get("id"), str) or len(payload["id"]) != 32:
            raise ValueError("id")
        created = datetime.fromisoformat(str(payload["created"]))
        quarter = Quarter.parse(str(payload["period"]))
        if not quarter.ended_by(created.date()):
            raise ValueError("made before the quarter ended")
        rows = payload["cells"]
        if not isinstance(rows, list) or len(rows) > MAX_CELLS:
            raise ValueError("cells")
        cells: dict[Cell, int] = {}
        for row in rows:
            if not isinstance(row, list) or len(row) != 6 or not all(isinstance(v, str) for v in row[:5]):
                raise ValueError("cell")
            cell: Cell = (row[0], row[1], row[2], row[3], row[4])
            if cell in cells:
                raise ValueError("a cell appears twice")
            cells[cell] = row[5]
        _check_cells(cells, quarter)
    except (ValueError, KeyError, TypeError) as exc:
        raise ExchangeRejected(Refusal.MALFORMED, f"figures content: {str(exc)[:80]}") from exc
    if opened.signer.role is not Role.TRUST_PERSON:
        raise ExchangeRejected(Refusal.UNKNOWN_SENDER, "not signed by a trust person's card")
    return FiguresFile(payload["id"], created.isoformat(), quarter, opened.signer, cells)


# -- the trust person's vault --------------------------------------------------------------------

def collect(vault: Vault, quarter: Quarter, *, today: date | None = None) -> dict[Cell, int]:
    """What the file for ``quarter`` would hold (the review shows exactly this)."""
    if not quarter.ended_by(today or date.today()):
        raise ValueError(f"{quarter} has not ended yet")
    return cells_of(vault.cases.list(), quarter)


def seal_for_coordinator(vault: Vault, quarter: Quarter, cells: Mapping[Cell, int], *,
                         now: datetime | None = None) -> tuple[bytes, str]:
    """The sealed file for the reviewed ``cells``; audited.  ExchangeRejected(NO_KEY/UNCONFIRMED)
    without a confirmed coordinator card."""
    from trustdesk.exchange import local

    coordinator = local.trusted_coordinator(vault)
    data, file_id = make_figures(cells, quarter, local.identity(vault), coordinator, now=now)
    with vault.transaction():
        sent = vault.settings.get(SENT_KEY, {})
        sent = dict(sent) if isinstance(sent, dict) else {}
        sent[str(quarter)] = {"file": file_id, "made": (now or datetime.now()).isoformat(timespec="seconds"),
                              "cases": sum(cells.values())}
        vault.settings.set(SENT_KEY, sent)
        vault.audit.append(EVENT_SENT, detail=f"{quarter}; file {file_id}; {sum(cells.values())} cases; "
                                              f"to key {coordinator.key_id[:16]}")
    return data, file_id


def sent_quarters(vault: Vault) -> dict[str, dict[str, object]]:
    value = vault.settings.get(SENT_KEY, {})
    return dict(value) if isinstance(value, dict) else {}
