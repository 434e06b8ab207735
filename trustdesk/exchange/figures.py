"""Figures: a trust person's exact activity counts for one quarter, sealed to the coordinator.

A ``.tdfigures`` file holds, for one completed calendar quarter (periods.py), the number of cases
*opened* in it per cell of month × knowledge domains × initiator × region × outcome:

- ``domains``: the case's set of knowledge domains joined with "+" ("burnout+depression"), or
  "none", so every case is counted exactly once and the per-domain figures can still be summed;
- ``region``: a province value or "unknown";
- ``outcome``: as it stood at the end of the quarter: "open", or the close reason of a case closed
  by then -- the activity report's rule (``domain.outcomes``): a case counts as closed in the period
  of its last closing, a closing undone by a reopening counts nowhere.  Once a quarter's file is
  sent, the vault keeps the outcome each case was reported with and a later file for that quarter
  says the same (``reported_outcomes``): a file sent is never contradicted.

Intakes returned to the coordinator (conflict of interest) are not counted: they were never this
trust person's cases (the activity report leaves them out too).

No codes, no names, no dates finer than a month.  The counts are exact: the file is sealed to the
coordinator, who publishes only merged, suppressed figures (merge.py).  The trust person reviews
exactly these cells before the file is sealed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from trustdesk.domain.enums import CaseStatus, CloseReason, Initiator, KnowledgeDomain, Province
from trustdesk.domain.models import Case
from trustdesk.domain.outcomes import CLOSED as CLOSED
from trustdesk.domain.outcomes import OPEN as OPEN
from trustdesk.domain.outcomes import standing_at
from trustdesk.domain.rules import returned_intake
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


def outcome_at(case: Case, day: date, history: Sequence[tuple[date, CaseStatus]] = ()) -> str:
    """The case's outcome at the end of ``day``: the one rule of the activity report too
    (``domain.outcomes.standing_at``: a case counts as closed in the period of its last closing)."""
    return standing_at(case, history, day).outcome


def counted(case: Case) -> bool:
    """A case that counts in the figures and the activity report: not an intake returned to the
    coordinator (conflict of interest), which was never a case of this trust person
    (``domain.rules.returned_intake``)."""
    return not returned_intake(case)


def cells_of(cases: Iterable[Case], quarter: Quarter,
             history: Mapping[int, Sequence[tuple[date, CaseStatus]]] | None = None,
             reported: Mapping[str, str] | None = None) -> dict[Cell, int]:
    """The exact counts of the cases opened in ``quarter`` (cells with 0 are left out).  ``history``:
    per case id its status changes (``CaseRepository.status_history``); ``reported``: per case id
    (as text) the outcome a file already sent for this quarter said, which is kept, so a file sent
    is never contradicted by a later one.  Returned intakes are not counted."""
    counts: Counter[Cell] = Counter()
    for case in cases:
        if not quarter.contains(case.opened_on) or not counted(case):
            continue
        region = case.region if case.region in REGION_VALUES else UNKNOWN_REGION
        outcome = (reported or {}).get(str(case.id)) or outcome_at(case, quarter.end, (history or {}).get(case.id or 0, ()))
        counts[(f"{case.opened_on:%Y-%m}", domains_key(case.domains), case.initiator.value, region, outcome)] += 1
    return dict(sorted(counts.items()))


def outcomes_of(cases: Iterable[Case], quarter: Quarter, history: Mapping[int, Sequence[tuple[date, CaseStatus]]],
                reported: Mapping[str, str] | None = None) -> dict[str, str]:
    """Per counted case of ``quarter`` (id as text) its outcome, as ``cells_of`` counts it."""
    return {str(c.id): (reported or {}).get(str(c.id)) or outcome_at(c, quarter.end, history.get(c.id or 0, ()))
            for c in cases if quarter.contains(c.opened_on) and counted(c) and c.id is not None}


@dataclass(frozen=True)
class FiguresFile:
    file_id: str
    created: str
    quarter: Quarter
    sender: ContactCard = field(repr=False)
    cells: Mapping[Cell, int] = field(repr=False)

    @property
    def cases(self) -> int:
        """Returned intakes that a file of an earlier TrustDesk counted are no cases (merge.py)."""
        return sum(n for cell, n in self.cells.items() if cell[4] != CloseReason.RETURNED_CONFLICT.value)


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
    return cells_of(vault.cases.list(), quarter, vault.cases.status_history(), reported_outcomes(vault, quarter))


def reported_outcomes(vault: Vault, quarter: Quarter) -> dict[str, str]:
    """The outcomes (case id as text -> outcome) the last file sent for ``quarter`` reported."""
    entry = sent_quarters(vault).get(str(quarter), {})
    outcomes = entry.get("outcomes", {}) if isinstance(entry, dict) else {}
    return {str(k): str(v) for k, v in outcomes.items() if str(v) in OUTCOME_VALUES} \
        if isinstance(outcomes, dict) else {}


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
        outcomes = outcomes_of(vault.cases.list(), quarter, vault.cases.status_history(),
                               reported_outcomes(vault, quarter))
        sent[str(quarter)] = {"file": file_id, "made": (now or datetime.now()).isoformat(timespec="seconds"),
                              "cases": sum(cells.values()), "outcomes": outcomes}
        vault.settings.set(SENT_KEY, sent)
        vault.audit.append(EVENT_SENT, detail=f"{quarter}; file {file_id}; {sum(cells.values())} cases; "
                                              f"to key {coordinator.key_id[:16]}")
    return data, file_id


def sent_quarters(vault: Vault) -> dict[str, dict[str, object]]:
    value = vault.settings.get(SENT_KEY, {})
    return dict(value) if isinstance(value, dict) else {}
