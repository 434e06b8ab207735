"""What changed in the vault, told to whoever listens (the UI bridges this once to a Qt signal)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Listener = Callable[["Change"], None]


@dataclass(frozen=True, slots=True)
class Change:
    table: str  # "cases", "contacts", "referrals", "providers", "tasks", "templates", "settings", "*"
    ids: tuple[int, ...] = ()
    case_id: int | None = None


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
