"""What changed in the vault, told to whoever listens (the UI bridges this once to a Qt signal).

A repository's write is announced when the OUTERMOST transaction commits (``Database.after_commit``):
a write rolled back with its transaction is never announced, and one unit of work (a pack import,
a handover) is announced once it is all there.  Listeners filter with ``Change.concerns``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Listener = Callable[["Change"], None]


class Table(StrEnum):
    """The vault tables a change can be about (a StrEnum: ``Table.CASES == "cases"``)."""

    CASES = "cases"
    CONTACTS = "contacts"
    REFERRALS = "referrals"
    PROVIDERS = "providers"
    TASKS = "tasks"
    TEMPLATES = "templates"
    SETTINGS = "settings"
    AUDIT = "audit"
    SAFETY_PLANS = "safety_plans"
    SCORES = "scores"


@dataclass(frozen=True, slots=True)
class Change:
    table: Table
    ids: tuple[int, ...] = ()
    case_id: int | None = None  # the case the rows belong to; None: no case (providers) or not known

    def concerns(self, case_id: int | None, *tables: Table) -> bool:
        """Whether this change is about one of ``tables`` and, when ``case_id`` is given, about that
        case (a change that names no case may concern any case, so it counts too)."""
        return self.table in tables and (case_id is None or self.case_id in (case_id, None))


class ChangeFeed:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def clear(self) -> None:
        self._listeners.clear()
