"""Keeping the search index (schema 6) in step with the notes and cases, in Python.

The search tables hold *folded* words (``folding.py``), and folding is Python: a SQL function in
the triggers is not allowed with ``trusted_schema = OFF`` (which stays off).  So the triggers only
note which rows changed in ``search_pending`` (same transaction as the change), and every
transaction, just before it commits, indexes those rows here (``Database`` calls ``flush``).  The
index therefore never lags behind a committed change, and a rolled-back change leaves no trace.
Deletions need no folding and are done by the triggers themselves.

A big text is folded piece by piece, and each piece's folding is remembered (``FoldCache``, one per
open database, emptied when it closes): autosave writes a 1 MB note every few seconds while one
sentence of it changes, and folding all of it again each time was most of the save.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import Any

from trustdesk.vault.folding import fold_for_index

PLAN_COLUMNS = ("warning_signs", "coping_alone", "distractions", "help_people", "professionals",
                "environment_safety", "reasons_to_live", "not_applicable_reason")
CASE_COLUMNS = ("code", "alias", "doctor_name", "specialty", "region", "coordinator_ref", "workplace", "details")
_CHUNK = 500
# Where a very long line may be cut: after a sentence's end and the space after it, else at a space.
_SENTENCE_END = re.compile(r"([.!?][ \t])")
_SPACE = re.compile(r"[ \t]")


class FoldCache:
    """``for_index(text)`` is ``fold_for_index(text)``, computed for a big text from the foldings of
    its pieces, each remembered until ``budget`` characters of other pieces push it out.

    The pieces end where the text itself says (content-defined, like a backup tool's chunks): a text
    is cut into lines (sentences within a very long line), and a piece ends after a line or sentence
    whose hash picks it, once the piece holds ``least`` characters (at the latest at ``most``).  An
    edit changes only the piece it falls in: the cuts after it are where they were, so the rest is
    found again.  Folding is per character and every cut falls right after a line end or a space
    (unchanged by folding, a separator for both folding's words and FTS5), so the words of the
    pieces, joined, are the words of the whole text (``tests/vault/test_fold_cache.py`` checks
    it over many texts and edits)."""

    def __init__(self, *, smallest: int = 32768, least: int = 2048, most: int = 16384,
                 budget: int = 4_000_000) -> None:
        self.smallest = smallest  # shorter texts are folded whole, as they are
        self.least = least
        self.most = most
        self.budget = budget
        self._folded: OrderedDict[str, str] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()  # a writer folds ahead (``warm``) outside the database's lock
        self.folded_characters = 0  # how much text went through the folding (tests look at it)

    def clear(self) -> None:
        with self._lock:
            self._folded.clear()
            self._size = 0

    def warm(self, *texts: str) -> None:
        """Fold the big ones of ``texts`` now, before the transaction that will index them: the
        folding then takes no time while that transaction holds the database (the UI thread's reads
        wait on it)."""
        for text in texts:
            if len(text) >= self.smallest:
                self.for_index(text)

    def remembered(self) -> int:
        """Characters held (pieces and their foldings)."""
        return self._size

    def for_index(self, text: str | None) -> str:
        text = text or ""
        if len(text) < self.smallest:
            self.folded_characters += len(text)
            return fold_for_index(text)
        with self._lock:
            return self._from_pieces(text)

    def _from_pieces(self, text: str) -> str:
        out: list[str] = []
        used = 0
        for piece in self.pieces(text):
            folded = self._folded.get(piece)
            if folded is None:
                folded = fold_for_index(piece)
                self.folded_characters += len(piece)
                self._folded[piece] = folded
                self._size += len(piece) + len(folded)
            else:
                self._folded.move_to_end(piece)
            used += len(piece) + len(folded)
            if folded:
                out.append(folded)
        limit = max(self.budget, used)  # this text's pieces are the newest: others go first
        while self._size > limit:
            piece, folded = self._folded.popitem(last=False)
            self._size -= len(piece) + len(folded)
        return " ".join(out)

    def pieces(self, text: str) -> list[str]:
        """``text`` cut into pieces (joined, they are ``text``); see the class."""
        pieces: list[str] = []
        part: list[str] = []
        size = 0
        for unit in self._units(text):
            part.append(unit)
            size += len(unit)
            if size >= self.most or (size >= self.least and not hash(unit) & 7):
                pieces.append("".join(part))
                part, size = [], 0
        if part:
            pieces.append("".join(part))
        return pieces

    def _units(self, text: str) -> list[str]:
        """Lines; a line longer than ``most`` as its sentences; a sentence longer than that as runs
        of ``most`` characters ending at a space (not found again after an edit before them, but
        still right)."""
        units: list[str] = []
        for line in text.splitlines(keepends=True):
            if len(line) <= self.most:
                units.append(line)
                continue
            parts = _SENTENCE_END.split(line)  # text, end, text, end, ..., text
            sentences = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)] + [parts[-1]]
            for sentence in sentences:
                start = 0
                while len(sentence) - start > self.most:
                    space = _SPACE.search(sentence, start + self.most)
                    if space is None:
                        break
                    units.append(sentence[start:space.end()])
                    start = space.end()
                if start < len(sentence):
                    units.append(sentence[start:])
        return units


def _ids(conn: Any, kind: str) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT id FROM search_pending WHERE kind = ?", (kind,)).fetchall()]


def flush(conn: Any, folds: FoldCache | None = None) -> int:
    """Index every row ``search_pending`` names (inside the caller's transaction); returns how many.
    ``folds``: the connection's remembered foldings of big texts."""
    fold = fold_for_index if folds is None else folds.for_index
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
                [(row[0], *(fold(value) for value in row[1:])) for row in rows])
            done += len(rows)
    conn.execute("DELETE FROM search_pending")
    return done
