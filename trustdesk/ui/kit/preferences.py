"""Settings known before unlock, kept in QSettings and declared as typed data (electrum's ConfigVar).

Only interface choices live here: language, idle-lock minutes and, apart from them, window
geometry.  The language and the idle-lock minutes are kept per data folder (``interface.ini`` beside
the vault: each vault's Settings set its own).  The computer user's QSettings keep the last language
chosen, the starting point of a folder that has none yet; an idle-lock time kept there by an earlier
version is only read, for a folder without its own.  NOTHING case-related ever goes into QSettings (it is a plain file or registry key);
values that belong with case data live in the vault (``vault.settings``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QRect, QSettings

T = TypeVar("T", str, int, bool)


class Preference(Generic[T]):
    """One typed setting: key, default, type and a translatable description.  A plain class, not a frozen
    dataclass: read before the first window, where ``dataclasses`` costs the start-up budget a few ms."""

    __slots__ = ("check", "default", "describe", "key", "type_")
    key: str
    default: T
    type_: type[T]
    describe: Callable[[], str]
    check: Callable[[T], bool]

    def __init__(self, key: str, default: T, type_: type[T], describe: Callable[[], str],
                 check: Callable[[T], bool] = lambda _value: True) -> None:
        self.key = key
        self.default = default
        self.type_ = type_
        self.describe = describe
        self.check = check

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

_GEOMETRY_GROUP = "window-geometry"  # Qt's saveGeometry, as kept before window-place: read, never written
_PLACE_GROUP = "window-place"
FOLDER_SETTINGS_NAME = "interface.ini"


def folder_settings(data_dir: Path) -> QSettings:
    """The interface choices of ONE data folder, in a plain ini file beside its vault: readable before
    unlock (the lock screen speaks the folder's language), so nothing secret or case-related goes in."""
    return QSettings(str(Path(data_dir) / FOLDER_SETTINGS_NAME), QSettings.Format.IniFormat)


def folder_language(data_dir: Path) -> str:
    """The language chosen (wizard or Settings) for this data folder; "" when none was chosen yet."""
    if not (Path(data_dir) / FOLDER_SETTINGS_NAME).exists():
        return ""
    return LANGUAGE.read(folder_settings(data_dir))


def set_folder_language(data_dir: Path, code: str) -> None:
    """Remember ``code`` as this data folder's language (written at once: a crash keeps the choice)."""
    _set_folder(data_dir, LANGUAGE, code)


def _set_folder(data_dir: Path, preference: Preference[T], value: T) -> None:
    if not Path(data_dir).is_dir():
        return
    store = folder_settings(data_dir)
    preference.write(store, value)
    store.sync()
    (Path(data_dir) / FOLDER_SETTINGS_NAME).chmod(0o600)  # like every file of the data folder


def folder_idle_minutes(data_dir: Path, preferences: Preferences) -> int:
    """The idle-lock minutes chosen in Settings for this data folder (one vault's Settings set them:
    another data folder keeps its own), else what versions before kept for the computer user (only
    read now), else the default."""
    if (Path(data_dir) / FOLDER_SETTINGS_NAME).exists():
        store = folder_settings(data_dir)
        if store.contains(IDLE_MINUTES.key):
            return IDLE_MINUTES.read(store)
    return preferences.idle_minutes


def set_folder_idle_minutes(data_dir: Path, minutes: int) -> None:
    """Remember ``minutes`` as this data folder's idle-lock time (written at once)."""
    _set_folder(data_dir, IDLE_MINUTES, minutes)


def start_language(data_dir: Path, override: str | None, preferences: Preferences, system: str) -> str:
    """The language a run starts in: ``--lang`` (this run only), else the data folder's own choice,
    else the computer user's last choice (folders from before the choice was kept per folder), else
    the system's."""
    return override or folder_language(data_dir) or preferences.language or system


def _owner_only(path: str) -> None:
    """Narrow an existing settings file to 0600 (new ones are, by the process umask: cli.main)."""
    if os.name != "posix" or not path:
        return
    with contextlib.suppress(OSError):
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, 0o600)


class Preferences:
    """Typed access to the interface settings. ``store`` is injectable (tests use an ini file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        _owner_only(self._store.fileName())  # one written by an older version may be 0644

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

    def window_place(self, window: str) -> tuple[QRect, bool] | None:
        """The client rectangle a window was left at and whether it was maximized (``kit/window_place``)."""
        value = self._store.value(f"{_PLACE_GROUP}/{window}")
        try:
            x, y, width, height, maximized = (int(part) for part in str(value).split())
        except ValueError:  # nothing kept, or not five numbers
            return None
        if width <= 0 or height <= 0:
            return None
        return QRect(x, y, width, height), bool(maximized)

    def set_window_place(self, window: str, rect: QRect, maximized: bool) -> None:
        self._store.setValue(f"{_PLACE_GROUP}/{window}",
                             f"{rect.x()} {rect.y()} {rect.width()} {rect.height()} {int(maximized)}")

    def sync(self) -> None:
        self._store.sync()
