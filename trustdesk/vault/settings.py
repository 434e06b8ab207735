"""Vault settings: values that belong with the case data (letterhead, retention, affiliations).

Settings that must be known before unlock (language, window geometry) live in QSettings and
never name a case (``trustdesk/ui/kit/preferences.py``).

Every vault setting is declared once, in ``DECLARED`` below: its key, type, default and limits.
Read and write the simple ones through ``vault.settings.value(SETTING)`` / ``set_value(SETTING, v)``:
a stored value of the wrong type or outside the limits reads as the default, and writing one raises
``ValueError``.  Structured values (JSON objects and lists) are declared too and keep their own
reader beside the code that owns them.  ``tests/vault/test_settings_declared.py`` checks that every
settings key named in ``trustdesk/`` is declared here.  ARCHITECTURE.md, "… add a setting".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from trustdesk.domain import rules
from trustdesk.domain.models import TrustPersonProfile
from trustdesk.vault.repository import Repository

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One vault setting: ``key``, the Python type of its value, its default and (numbers) limits.
    ``prefix``: the key is a family, ``<key><something>`` (one per pack, say)."""

    key: str
    kind: type
    default: T
    minimum: int | None = None
    maximum: int | None = None
    about: str = ""
    prefix: bool = False

    def valid(self, value: object) -> bool:
        if isinstance(value, bool) is not (self.kind is bool) or not isinstance(value, self.kind):
            return False
        if isinstance(value, int) and not isinstance(value, bool):
            return (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)
        return True

    @property
    def limits(self) -> tuple[int, int]:
        """(minimum, maximum) of a number setting (for a spin box)."""
        if self.minimum is None or self.maximum is None:
            raise ValueError(f"{self.key} has no limits")
        return self.minimum, self.maximum

    def read(self, stored: object) -> T:
        """The stored value when it is valid, else the default."""
        return stored if self.valid(stored) else self.default  # type: ignore[return-value]


# -- every vault setting (keep sorted by key; add yours here: ARCHITECTURE.md, "… add a setting") --
AUDIT_HEAD_FLOOR = Setting("audit.head_floor", int, -1, about="last audit entry before the newest appending commit")
AUDIT_HEAD_KEY = Setting("audit.head_key", str, "", about="key of the audit head anchor (audit_head.py)")
BACKUP_FOLDER = Setting("backup.folder", str, "", about="where automatic backups go ('' = none chosen)")
BACKUP_KEEP = Setting("backup.keep", int, 10, 1, 100, "how many backups to keep")
BACKUP_LAST: Setting[dict[str, Any]] = Setting("backup.last", dict, {}, about="the last backup attempt: at, ok, error, file")
BACKUP_LAST_OK = Setting("backup.last_ok", str, "", about="ISO time of the last verified backup")
BACKUP_SLOT: Setting[dict[str, Any]] = Setting("backup.passphrase_slot", dict, {}, about="the backups' passphrase slot (backup_slot.py)")
BACKUP_SLOT_FOR = Setting("backup.passphrase_slot_for", str, "", about="header slot it was made alongside")
BACKUP_UNBACKED = Setting("backup.unbacked", bool, False, about="a session may have changed the vault since its last backup")
CLIPBOARD_CLEAR_SECONDS = Setting("clipboard.clear_seconds", int, 30, 5, 300, "clipboard cleared after")
CONFLICT_AFFILIATIONS: Setting[list[Any]] = Setting("conflict.affiliations", list, [], about="the trust person's own workplaces")
PRINT_QUEUE_WARNED = Setting("documents.print_queue_warned", bool, False, about="print spool warning shown")
EXCHANGE_CARD_NAME = Setting("exchange.card_name", str, "", about="name on my contact card")
EXCHANGE_COORDINATOR: Setting[dict[str, Any]] = Setting("exchange.coordinator", dict, {}, about="the coordinator's card, confirmed?")
EXCHANGE_FIGURES_SENT: Setting[dict[str, Any]] = Setting("exchange.figures_sent", dict, {}, about="quarters already sent")
EXCHANGE_IDENTITY = Setting("exchange.identity", str, "", about="my exchange key pair")
EXCHANGE_INTAKES_SEEN: Setting[list[Any]] = Setting("exchange.intakes_seen", list, [], about="intakes opened (replay guard)")
HANDOVER_IMPORTED: Setting[list[Any]] = Setting("handover.imported_ids", list, [], about="handover files received (replay guard)")
HANDOVER_RECEIVED: Setting[dict[str, Any]] = Setting("handover.received", dict, {}, about="handover files received: date, new codes, the receipt code to read out again")
HANDOVER_SENT: Setting[dict[str, Any]] = Setting("handover.sent", dict, {}, about="handover files sent: receipt secret, codes, confirmed")
HELPLINES: Setting[list[Any]] = Setting("helplines", list, [], about="helplines from the last organisation pack")
KEYS_AUDITED: Setting[dict[str, Any]] = Setting("keys.audited", dict, {}, about="key slot fingerprints last recorded in the audit log")
KNOWLEDGE: Setting[list[Any]] = Setting("knowledge", list, [], about="knowledge cards from the last pack that had any")
LETTERHEAD_CONTACT = Setting("letterhead.contact", str, "", about="profile: contact line")
LETTERHEAD_NAME = Setting("letterhead.name", str, "", about="profile: name")
LETTERHEAD_RIZIV = Setting("letterhead.riziv", str, "", about="profile: RIZIV/INAMI number")
LETTERHEAD_TITLE = Setting("letterhead.title", str, "", about="profile: title")
PACK_FAMILY: Setting[dict[str, Any]] = Setting("packs.", dict, {}, about="per pack: packs.<id>.version, packs.<id>.dismissed", prefix=True)
PACK_LAST: Setting[dict[str, Any]] = Setting("packs.last", dict, {}, about="the last pack imported: source, created")
PACK_RELEASE: Setting[dict[str, Any]] = Setting("packs.release", dict, {}, about="the release the last pack announced")
PACK_SIGNING_KEY = Setting("packs.signing_key", str, "", about="key announced by the last rotation")
PROFILE_REMINDER_LATER = Setting("reminders.profile_later", str, "", about="ISO date of the last 'Later' to the incomplete profile's reminder")
RETENTION_YEARS = Setting("retention.years", int, rules.DEFAULT_RETENTION_YEARS, 1, 30, "how long a closed case is kept")
SEARCH_FOLDING = Setting("search.folding", str, "", about="the folding the search index was built with (schema.refold)")
SETUP_UNCONFIRMED_CODE = Setting("setup.unconfirmed_code", str, "", about="fingerprint of the recovery slot whose code the first run showed, never confirmed")
SETUP_UNFINISHED = Setting("setup.unfinished", bool, False, about="the first-run wizard made the vault but was left before its last step")
TEMPLATES_DEFAULTS_OFFERED: Setting[list[Any]] = Setting("templates.defaults_offered", list, [], about="default templates offered")
TEMPLATES_PREFERRED: Setting[dict[str, Any]] = Setting("templates.preferred", dict, {}, about="preferred template per language/kind")
TODAY_HIGH_RISK_DAYS = Setting("today.high_risk_days", int, rules.DEFAULT_HIGH_RISK_CONTACT_DAYS, 1, 365, "high risk without contact for")

DECLARED: tuple[Setting[Any], ...] = tuple(v for v in dict(globals()).values() if isinstance(v, Setting))


def declared(key: str) -> Setting[Any] | None:
    """The declaration of ``key`` (a prefix family counts), or None."""
    for setting in DECLARED:
        if key == setting.key or (setting.prefix and key.startswith(setting.key)):
            return setting
    return None


# The letters' signature (the keys predate the profile: "letterhead.name" and ".contact" are kept).
PROFILE_KEYS = {"name": "letterhead.name", "title": "letterhead.title", "contact": "letterhead.contact",
                "riziv": "letterhead.riziv"}


class SettingsRepository(Repository):
    table = "settings"

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        with self._db.transaction():
            self._db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))
        self._changed()

    def value(self, setting: Setting[T]) -> T:
        """The typed value of a declared setting (its default when missing, mistyped or out of limits)."""
        return setting.read(self.get(setting.key, setting.default))

    def set_value(self, setting: Setting[T], value: T) -> None:
        if not setting.valid(value):
            raise ValueError(f"{setting.key}: {value!r} is not a valid {setting.kind.__name__}"
                             + (f" between {setting.minimum} and {setting.maximum}" if setting.minimum is not None else ""))
        self.set(setting.key, value)

    def all(self) -> dict[str, Any]:
        return {r[0]: json.loads(r[1]) for r in self._db.query("SELECT key, value FROM settings")}

    def profile(self) -> TrustPersonProfile:
        """The trust person's profile (every field "" until entered)."""
        values = {field: self.get(key, "") for field, key in PROFILE_KEYS.items()}
        return TrustPersonProfile(**{k: v.strip() if isinstance(v, str) else "" for k, v in values.items()})

    def set_profile(self, profile: TrustPersonProfile) -> None:
        """Store every field of the profile in one transaction."""
        with self._db.transaction():
            for field, key in PROFILE_KEYS.items():
                self._db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                 (key, json.dumps(getattr(profile, field).strip())))
        self._changed()
