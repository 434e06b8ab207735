"""Settings known before unlock, kept in QSettings and declared as typed data (electrum's ConfigVar).

Only interface choices live here: language, idle-lock minutes and, apart from them, window
geometry.  NOTHING case-related ever goes into QSettings (it is a plain file or registry key);
values that belong with case data live in the vault (``vault.settings``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Preference(Generic[T]):
    """One typed setting: key, default, type and a translatable description."""

    key: str
    default: T
    type_: type[T]
    describe: Callable[[], str]
    check: Callable[[T], bool] = lambda _value: True

    def read(self, store: QSettings) -> T:
        raw = store.value(self.key, self.default)
        try:
            if self.type_ is bool and isinstance(raw, str):
                value = self.type_(raw.lower() in ("1", "true", "yes"))
            else:
                value = self.type_(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return self.default
        return value if self.check(value) else self.default

    def write(self, store: QSettings, value: T) -> None:
        if not isinstance(value, self.type_) or not self.check(value):
            raise ValueError(f"{self.key}: {value!r} is not allowed")
        store.setValue(self.key, value)


LANGUAGES = ("nl", "fr", "en")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240

LANGUAGE: Preference[str] = Preference(
    "interface/language", "", str, lambda: QCoreApplication.translate("preferences", "Language of the interface"),
    check=lambda v: v in LANGUAGES or v == "")
IDLE_MINUTES: Preference[int] = Preference(
    "security/idle_lock_minutes", 10, int, lambda: QCoreApplication.translate("preferences", "Lock after this many minutes without use"),
    check=lambda v: MIN_IDLE_MINUTES <= v <= MAX_IDLE_MINUTES)

_GEOMETRY_GROUP = "window-geometry"


class Preferences:
    """Typed access to the interface settings. ``store`` is injectable (tests use an ini file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def language(self) -> str:
        """"" until the user chose one (then the system language among nl/fr/en applies)."""
        return LANGUAGE.read(self._store)

    @language.setter
    def language(self, value: str) -> None:
        LANGUAGE.write(self._store, value)

    @property
    def idle_minutes(self) -> int:
        return IDLE_MINUTES.read(self._store)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        IDLE_MINUTES.write(self._store, value)

    # Window geometry is kept apart from real settings: it is state, not a choice.
    def geometry(self, window: str) -> QByteArray | None:
        value = self._store.value(f"{_GEOMETRY_GROUP}/{window}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, window: str, geometry: QByteArray) -> None:
        self._store.setValue(f"{_GEOMETRY_GROUP}/{window}", geometry)

    def sync(self) -> None:
        self._store.sync()
