"""Follow-ups: tasks with due dates, on a case or free-standing."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from trustdesk.domain.models import Task
from trustdesk.pace import checkpoint
from trustdesk.vault.columns import d2s, dt2s, now, s2d, s2dt
from trustdesk.vault.repository import Repository


def _row(row: Any) -> Task:
    checkpoint()  # a worker reads thousands: a unit of work each (trustdesk/trustdesk/pace.py)
    return Task(id=row["id"], case_id=row["case_id"], title=row["title"], notes=row["notes"],
                due_on=s2d(row["due_on"]), done_at=s2dt(row["done_at"]), created_at=s2dt(row["created_at"]))


class TaskRepository(Repository):
    table = "tasks"

    def add(self, task: Task) -> Task:
        stamp = task.created_at or now()
        with self._db.transaction():
            self._refuse_handed_over(task.case_id)
            cur = self._db.execute(
                "INSERT INTO tasks (case_id, title, notes, due_on, done_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (task.case_id, task.title, task.notes, d2s(task.due_on), dt2s(task.done_at), dt2s(stamp)))
            stored = replace(task, id=cur.lastrowid, created_at=stamp)
        assert stored.id is not None
        self._changed(stored.id, case_id=task.case_id)
        return stored

    def get(self, task_id: int) -> Task | None:
        row = self._db.query_one("SELECT * FROM tasks WHERE id = ?", (task_id,))
        return _row(row) if row else None

    def update(self, task: Task) -> Task:
        if task.id is None:
            raise ValueError("task has no id")
        with self._db.transaction():
            self._refuse_handed_over_row(task.id)
            self._refuse_handed_over(task.case_id)
            self._db.execute("UPDATE tasks SET case_id = ?, title = ?, notes = ?, due_on = ?, done_at = ? "
                             "WHERE id = ?", (task.case_id, task.title, task.notes, d2s(task.due_on),
                                              dt2s(task.done_at), task.id))
        self._changed(task.id, case_id=task.case_id)
        return task

    def mark_done(self, task_id: int, at: datetime | None = None) -> Task:
        task = self.get(task_id)
        if task is None:
            raise KeyError(task_id)
        return self.update(replace(task, done_at=at or now()))

    def for_case(self, case_id: int, *, include_done: bool = True) -> builtins.list[Task]:
        extra = "" if include_done else " AND done_at IS NULL"
        rows = self._db.query(f"SELECT * FROM tasks WHERE case_id = ?{extra} "
                              "ORDER BY due_on IS NULL, due_on, id", (case_id,))
        return [_row(r) for r in rows]

    def open_due_by(self, day: date) -> builtins.list[Task]:
        """Open tasks due on or before ``day`` (the Today view: due and overdue)."""
        rows = self._db.query("SELECT * FROM tasks WHERE done_at IS NULL AND due_on IS NOT NULL AND due_on <= ? "
                              "ORDER BY due_on, id", (day.isoformat(),))
        return [_row(r) for r in rows]

    def count_open_beyond(self, day: date) -> int:
        """Open tasks due after ``day`` (Today lists them not but says how many: something is still open).
        Undated tasks are not counted: Today lists every one of them (``open_undated``)."""
        row = self._db.query_one("SELECT count(*) AS n FROM tasks WHERE done_at IS NULL AND due_on > ?",
                                 (day.isoformat(),))
        return int(row["n"]) if row is not None else 0

    def open_undated(self) -> builtins.list[Task]:
        """Every open task without a date, of a case or not: Today says "tasks without a date stay here
        until they are done", so it lists them all."""
        rows = self._db.query("SELECT * FROM tasks WHERE done_at IS NULL AND due_on IS NULL ORDER BY id")
        return [_row(r) for r in rows]

    def list(self, *, include_done: bool = False) -> builtins.list[Task]:
        where = "" if include_done else " WHERE done_at IS NULL"
        return [_row(r) for r in self._db.query(f"SELECT * FROM tasks{where} ORDER BY due_on IS NULL, due_on, id")]

    def delete(self, task_id: int) -> None:
        task = self.get(task_id)
        with self._db.transaction():
            self._refuse_handed_over_row(task_id)
            self._db.execute("DELETE FROM tasks WHERE id = ?", (task_id,))
        self._changed(task_id, case_id=task.case_id if task else None)
