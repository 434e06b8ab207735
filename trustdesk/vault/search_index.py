"""Keeping the search index (schema 6) in step with the notes and cases, in Python.

The search tables hold *folded* words (``folding.py``), and folding is Python: a SQL function in
the triggers is not allowed with ``trusted_schema = OFF`` (which stays off).  So the triggers only
note which rows changed in ``search_pending`` (same transaction as the change), and every
transaction, just before it commits, indexes those rows here (``Database`` calls ``flush``).  The
index therefore never lags behind a committed change, and a rolled-back change leaves no trace.
Deletions need no folding and are done by the triggers themselves.
"""

from __future__ import annotations

from typing import Any

from trustdesk.vault.folding import fold_for_index

PLAN_COLUMNS = ("warning_signs", "coping_alone", "distractions", "help_people", "professionals",
                "environment_safety", "reasons_to_live", "not_applicable_reason")
CASE_COLUMNS = ("code", "alias", "doctor_name", "specialty", "region", "coordinator_ref", "workplace", "details")
_CHUNK = 500


def _ids(conn: Any, kind: str) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT id FROM search_pending WHERE kind = ?", (kind,)).fetchall()]


def flush(conn: Any) -> int:
    """Index every row ``search_pending`` names (inside the caller's transaction); returns how many."""
    try:
        if conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is None:
            return 0
    except Exception as exc:  # noqa: BLE001 - before schema 6 there is no such table: nothing to do
        if "no such table" in str(exc):
            return 0
        raise
    done = 0
    for kind, table, source, columns in (
            ("contact", "contacts_fts", "contacts", ("notes", "agreements")),
            ("case", "cases_fts", "cases", CASE_COLUMNS),
            ("task", "tasks_fts", "tasks", ("title", "notes")),
            ("plan", "plans_fts", "safety_plans", PLAN_COLUMNS)):
        ids = _ids(conn, kind)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            conn.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", chunk)
            rows = conn.execute(f"SELECT id, {', '.join(columns)} FROM {source} WHERE id IN ({marks})",
                                chunk).fetchall()
            conn.executemany(
                f"INSERT INTO {table}(rowid, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
                [(row[0], *(fold_for_index(value) for value in row[1:])) for row in rows])
            done += len(rows)
    conn.execute("DELETE FROM search_pending")
    return done
