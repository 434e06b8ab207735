"""Base of the vault's repositories: the database and the change feed they report to."""

from __future__ import annotations

from trustdesk.vault.db import Database
from trustdesk.vault.events import Change, ChangeFeed


class Repository:
    table = ""

    def __init__(self, db: Database, feed: ChangeFeed) -> None:
        self._db = db
        self._feed = feed

    def _changed(self, *ids: int, case_id: int | None = None) -> None:
        self._feed.emit(Change(self.table, tuple(ids), case_id))

    def count(self) -> int:
        return int(self._db.scalar(f"SELECT count(*) FROM {self.table}"))
