"""Base of the vault's repositories: the database and the change feed they report to."""

from __future__ import annotations

from trustdesk.domain.enums import HANDED_OVER_REASONS, CaseStatus, CloseReason
from trustdesk.vault.db import Database
from trustdesk.vault.errors import CaseHandedOver, CaseReferredOn
from trustdesk.vault.events import Change, ChangeFeed, Table

# A case closed with one of these reasons is in other hands: read-only here (``_refuse_handed_over``).
_HANDED_OVER = frozenset(reason.value for reason in HANDED_OVER_REASONS)


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

    def _refuse_handed_over(self, case_id: int | None) -> None:
        """Every write touching a case goes through here first: a case handed over to a successor, or
        closed as handed over after referral, is read-only here (``CaseHandedOver``; ``CaseReferredOn``
        for the latter).  The one write allowed on it is erasing it to the minimum (``handover_sender``)
        or destroying it when its time is up, which do not pass here."""
        if case_id is None:
            return
        row = self._db.query_one("SELECT code, status, close_reason, closed_on FROM cases WHERE id = ?", (case_id,))
        if row is not None and row["status"] == CaseStatus.CLOSED.value and row["close_reason"] in _HANDED_OVER:
            refusal = CaseReferredOn if row["close_reason"] == CloseReason.HANDED_OVER_AFTER_REFERRAL.value \
                else CaseHandedOver
            raise refusal(str(row["code"]), str(row["closed_on"] or ""))

    def _refuse_handed_over_row(self, row_id: int) -> None:
        """The same, for a row of this repository's table found by its id (a contact, task, ...)."""
        found = self._db.query_one(f"SELECT case_id FROM {self.table} WHERE id = ?", (row_id,))
        if found is not None:
            self._refuse_handed_over(found["case_id"])

    def count(self) -> int:
        return int(self._db.scalar(f"SELECT count(*) FROM {self.table}"))
