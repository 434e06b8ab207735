"""Vault settings: values that belong with the case data (letterhead, retention, affiliations).

Settings that must be known before unlock (language, window geometry) live in QSettings and
never name a case.
"""

from __future__ import annotations

import json
from typing import Any

from trustdesk.domain.models import TrustPersonProfile
from trustdesk.vault.repository import Repository

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
