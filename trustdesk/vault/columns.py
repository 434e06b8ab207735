"""Conversions between domain values and the vault's column text (ISO dates, joined sets)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def s2d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def dt2s(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def s2dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def join_enums(values: Iterable[StrEnum]) -> str:
    return ",".join(sorted(v.value for v in values))


@functools.lru_cache(maxsize=512)
def split_enums(text: str, enum: type[E]) -> frozenset[E]:
    """Cached: a list of 5,000 cases holds only a few dozen distinct domain sets."""
    return frozenset(enum(part) for part in text.split(",") if part)


def by_value(enum: type[E]) -> dict[str, E]:
    """value -> member as a plain dict: a lookup per row instead of an Enum call per row."""
    return {member.value: member for member in enum}
