"""Base of the vault's repositories: the database and the change feed they report to."""

from __future__ import annotations

from trustdesk.vault.db import Database
from trustdesk.vault.events import Change, ChangeFeed, Table


class Repository:
    table: str = ""  # one of events.Table

    def __init__(self, db: Database, feed: ChangeFeed) -> None:
        self._db = db
        self._feed = feed

    def _changed(self, *ids: int, case_id: int | None = None) -> None:
        """Announce the write once the outermost transaction has committed (never if it rolls back)."""
        change = Change(Table(self.table), tuple(ids), case_id)
        self._db.after_commit(f"change:{change.table}:{change.ids}:{change.case_id}",
                              lambda: self._feed.emit(change))

    def count(self) -> int:
        return int(self._db.scalar(f"SELECT count(*) FROM {self.table}"))
