"""Safety plans (versioned: every saved version is kept with its date) and instrument scores."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from trustdesk.domain.safety import STEPS, SafetyPlan
from trustdesk.domain.scores import Instrument, Score
from trustdesk.vault.columns import dt2s, now
from trustdesk.vault.repository import Repository

_TEXT = (*STEPS, "not_applicable_reason")


def _row(row: Any) -> SafetyPlan:
    return SafetyPlan(case_id=row["case_id"], contact_id=row["contact_id"], version=row["version"],
                      saved_at=datetime.fromisoformat(row["saved_at"]), id=row["id"],
                      **{name: row[name] for name in _TEXT})


class SafetyPlanRepository(Repository):
    table = "safety_plans"

    def save(self, plan: SafetyPlan, *, at: datetime | None = None) -> SafetyPlan:
        """Store a new version (or return the current one unchanged when nothing changed)."""
        stamp = at or now()
        with self._db.transaction():
            self._refuse_handed_over(plan.case_id)
            current = self.current(plan.case_id)
            if current is not None and current.same_content(plan):
                return current
            version = (current.version if current else 0) + 1
            cur = self._db.execute(
                f"INSERT INTO safety_plans (case_id, version, contact_id, {', '.join(_TEXT)}, saved_at) "
                f"VALUES (?, ?, ?, {', '.join('?' * len(_TEXT))}, ?)",
                [plan.case_id, version, plan.contact_id, *(getattr(plan, n) for n in _TEXT), dt2s(stamp)])
            stored = replace(plan, id=cur.lastrowid, version=version, saved_at=stamp)
        assert stored.id is not None
        self._changed(stored.id, case_id=plan.case_id)
        return stored

    def current(self, case_id: int) -> SafetyPlan | None:
        row = self._db.query_one("SELECT * FROM safety_plans WHERE case_id = ? ORDER BY version DESC LIMIT 1",
                                 (case_id,))
        return _row(row) if row else None

    def versions(self, case_id: int) -> builtins.list[SafetyPlan]:
        rows = self._db.query("SELECT * FROM safety_plans WHERE case_id = ? ORDER BY version DESC", (case_id,))
        return [_row(r) for r in rows]


class ScoreRepository(Repository):
    table = "scores"

    def add(self, score: Score) -> Score:
        with self._db.transaction():
            self._refuse_handed_over(score.case_id)
            cur = self._db.execute(
                "INSERT INTO scores (case_id, instrument, total, taken_on, item9) VALUES (?, ?, ?, ?, ?)",
                (score.case_id, score.instrument.value, score.total, score.taken_on.isoformat(), score.item9))
            stored = replace(score, id=cur.lastrowid)
        assert stored.id is not None
        self._changed(stored.id, case_id=score.case_id)
        return stored

    def for_case(self, case_id: int) -> builtins.list[Score]:
        rows = self._db.query("SELECT * FROM scores WHERE case_id = ? ORDER BY taken_on, id", (case_id,))
        return [Score(case_id=r["case_id"], instrument=Instrument(r["instrument"]), total=r["total"],
                      taken_on=date.fromisoformat(r["taken_on"]), id=r["id"], item9=r["item9"]) for r in rows]

    def delete(self, score_id: int) -> None:
        row = self._db.query_one("SELECT case_id FROM scores WHERE id = ?", (score_id,))
        with self._db.transaction():
            self._refuse_handed_over_row(score_id)
            self._db.execute("DELETE FROM scores WHERE id = ?", (score_id,))
        self._changed(score_id, case_id=row[0] if row else None)
