"""Full-text search over notes, agreements and searchable case fields (FTS5 over folded words).

Both sides are folded the same way (``folding.py``): case, accents, ligatures and sharp s do not
count ("coeur" finds "cœur", "strasse" finds "Straße") and an emoji is a word of its own.  The
user's words become prefix terms (``"word"*``), AND-ed; only folded word characters reach FTS5,
so no FTS5 syntax from the search box ever reaches the engine.  The search tables hold the index
only (contentless, schema 6): snippets are made here, in Python, from the stored text, and mark
matches with ``\\x02`` ... ``\\x03`` so the UI can escape the text and highlight safely.  Those two
are control characters a note may hold too (pasted, or typed on purpose to fake a highlight): every
control character of the text (C0 and C1, but tab and line ends) becomes a space in a snippet before
the marks are put in, so the only marks a snippet carries are ours.
"""

from __future__ import annotations

import re

from trustdesk.domain.models import SearchHit, SearchResults
from trustdesk.vault import folding
from trustdesk.vault.db import Database

MARK_START = "\x02"
MARK_END = "\x03"
MAX_TERMS = 16
BLOCK = 4096  # snippets look for the first match block by block (folded in C), then word by word
_CODE = re.compile(r"TD-\d{4}-\d{1,8}")  # a case code (rules.next_case_code)
_TOKEN = re.compile(f"(?:\\w|[{folding.format_characters()}])+|[^\\w\\s]")  # a word may hold invisible Cf
# Control characters (markers included) never reach a snippet as they are: one C-level translate.
_CONTROLS = {code: " " for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))}
_SPACE = re.compile(r"\s")
CASE_FIELDS = ("code", "alias", "doctor_name", "specialty", "region", "coordinator_ref", "workplace", "details")


def terms(text: str) -> list[str]:
    """The folded words of a query (at most MAX_TERMS)."""
    return folding.words(text)[:MAX_TERMS]


def fts_query(text: str) -> str:
    """Turn free text into a safe FTS5 query of prefix terms; empty when nothing searchable."""
    return " ".join(f'"{w}"*' for w in terms(text))


def _hit(piece: str, wanted: list[str]) -> bool:
    return any(word.startswith(term) for word in folding.words(piece) for term in wanted)


def _first_match(text: str, wanted: list[str]) -> int | None:
    """Where the first word matching a term starts."""
    span = _first_span(text, wanted)
    return None if span is None else span[0]


def _first_span(text: str, wanted: list[str]) -> tuple[int, int] | None:
    """Where the first word matching a term starts and ends (linear: whole blocks are folded at once
    and only the block that matches is looked at word by word)."""
    starts = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, wanted)) + ")")  # a word starting with a term
    position, length = 0, len(text)
    while position < length:
        end = min(length, position + BLOCK)
        if end < length:  # end the block at a space, so no word is cut in two
            space = _SPACE.search(text, end, min(length, end + 256))
            end = space.start() if space else end
        block = text[position:end]
        if starts.search(folding.fold(block)):
            for match in _TOKEN.finditer(block):
                if _hit(match.group(0), wanted):
                    return position + match.start(), position + match.end()
            return position, position
        position = max(end, position + 1)
    return None


def match_span(text: str, query: str) -> tuple[int, int] | None:
    """Where in ``text`` the search ``query`` first matches: the whole word a query word begins, folded
    as the search folds ("eleve" finds "Élevé"); ``None`` when nothing matches.  Character
    positions in ``text`` (code points)."""
    wanted = terms(query)
    return _first_span(text, wanted) if wanted and text else None


def snippet(text: str, wanted: list[str], width: int = 160, first: int | None = -1) -> str:
    """About ``width`` characters around the first match (``first``, when already known), every
    matching word marked."""
    if first == -1:
        first = _first_match(text, wanted) if wanted else None
    start = 0 if first is None else max(0, first - width // 3)
    end = min(len(text), start + width)
    window = text[start:end].translate(_CONTROLS)
    parts: list[str] = []
    last = 0
    for match in _TOKEN.finditer(window):
        if _hit(match.group(0), wanted):
            parts += [window[last:match.start()], MARK_START, match.group(0), MARK_END]
            last = match.end()
    parts.append(window[last:])
    return ("…" if start else "") + "".join(parts) + ("…" if end < len(text) else "")


def _in(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def search(db: Database, text: str, limit: int = 100) -> list[SearchHit]:
    """Best ``limit`` hits over notes/agreements and case fields, by BM25 (``search_counted``'s hits)."""
    return search_counted(db, text, limit).hits


def _ranked(db: Database, table: str, query: str, limit: int) -> tuple[list[tuple[int, float]], int]:
    """The best ``limit`` rows of one FTS5 table and how many rows match in all.  The count rides
    on the ranked query as a window function: ranking already visits every matching row, so the
    total costs nothing a second ``count(*)`` query would (that one added ~30% to a search)."""
    rows = db.query(f"SELECT rowid, rank, count(*) OVER () FROM {table} WHERE {table} MATCH ? "
                    "ORDER BY rank LIMIT ?", (query, limit))
    return [(r[0], r[1]) for r in rows], (int(rows[0][2]) if rows else 0)


def search_counted(db: Database, text: str, limit: int = 100) -> SearchResults:
    """Best ``limit`` hits over notes/agreements and case fields, by BM25, and how many hits there are
    in all (a note, a case's details, a task, a case's safety plan, a previous code: one hit each).

    Each FTS5 table is asked the textbook way (``ORDER BY rank LIMIT n``); the notes and case
    fields of those rows only are then read by primary key for their snippets and codes.
    """
    wanted = terms(text)
    query = " ".join(f'"{w}"*' for w in wanted)
    if not query:
        return SearchResults([], 0)
    if db.scalar("SELECT EXISTS (SELECT 1 FROM search_pending)"):  # a change made outside a transaction
        with db.transaction():
            pass  # indexed on commit (search_index.flush)
    contact_rows, total = _ranked(db, "contacts_fts", query, limit)
    case_rows, cases = _ranked(db, "cases_fts", query, limit)
    total += cases
    hits: list[SearchHit] = []
    if contact_rows:
        ids = [r[0] for r in contact_rows]
        found = {r[0]: r for r in db.query(
            "SELECT k.id, k.case_id, c.code, k.notes, k.agreements FROM contacts k JOIN cases c ON c.id = k.case_id"
            f" WHERE k.id IN ({_in(ids)})", ids)}
        for rowid, rank in contact_rows:
            row = found.get(rowid)
            if row is not None:
                body, first = row[3], _first_match(row[3], wanted)
                if first is None and row[4]:
                    body, first = row[4], _first_match(row[4], wanted)
                hits.append(SearchHit(row[1], row[2], rowid, snippet(body, wanted, first=first), float(rank)))
    if case_rows:
        ids = [r[0] for r in case_rows]
        found = {r[0]: r for r in db.query(
            f"SELECT id, {', '.join(CASE_FIELDS)} FROM cases WHERE id IN ({_in(ids)})", ids)}
        for rowid, rank in case_rows:
            row = found.get(rowid)
            if row is not None:
                fields = [str(v or "") for v in row[1:]]
                body = next((f for f in fields if f and _first_match(f, wanted) is not None),
                            next((f for f in fields if f), ""))
                hits.append(SearchHit(rowid, row[1], None, snippet(body, wanted), float(rank), kind="case"))
    others, more = _other_hits(db, query, wanted, limit)
    previous = _previous_code_hits(db, text)
    hits += others + previous
    hits.sort(key=lambda hit: hit.rank)
    return SearchResults(hits[:limit], total + more + len(previous))


def _previous_code_hits(db: Database, text: str) -> list[SearchHit]:
    """A received case found by the code it had at the predecessor ("was TD-2026-0003"): a code read
    out on the phone by the coordinator or the predecessor.  Exact codes only, ranked first."""
    codes = {word.strip(".,;:()").upper() for word in text.split()}
    codes = {c for c in codes if _CODE.fullmatch(c)}
    if not codes:
        return []
    marks = ",".join("?" * len(codes))
    rows = db.query(f"SELECT id, code, previous_code FROM cases WHERE upper(previous_code) IN ({marks})",
                    sorted(codes))
    return [SearchHit(r[0], r[1], None, f"{MARK_START}{r[2]}{MARK_END}", -1e9, kind="case") for r in rows]


def _other_hits(db: Database, query: str, wanted: list[str], limit: int) -> tuple[list[SearchHit], int]:
    """Tasks (title, notes; with or without a case: a caseless one is opened as the task itself) and
    safety plans (a case's best-matching version only), and how many there are in all (a case's
    plan counted once, however many of its versions match)."""
    from trustdesk.vault.search_index import PLAN_COLUMNS

    hits: list[SearchHit] = []
    total = 0
    for kind, table, source, columns in (("task", "tasks_fts", "tasks", ("title", "notes")),
                                         ("plan", "plans_fts", "safety_plans", PLAN_COLUMNS)):
        rows, matching = _ranked(db, table, query, limit)
        if not rows:
            continue
        before = len(hits)
        ids = [r[0] for r in rows]
        found = {r[0]: r for r in db.query(
            f"SELECT s.id, s.case_id, c.code, {', '.join('s.' + c for c in columns)} FROM {source} s "
            f"LEFT JOIN cases c ON c.id = s.case_id WHERE s.id IN ({_in(ids)})", ids)}
        seen: set[int] = set()
        for rowid, rank in rows:
            row = found.get(rowid)
            if row is None or (kind == "plan" and (row[1] in seen or row[2] is None)):
                continue  # a plan once per case
            seen.add(row[1])
            fields = [str(v or "") for v in row[3:]]
            body = next((f for f in fields if f and _first_match(f, wanted) is not None),
                        next((f for f in fields if f), ""))
            hits.append(SearchHit(row[1], row[2] or "", None, snippet(body, wanted), float(rank), kind=kind,
                                  task_id=rowid if kind == "task" else None))
        if kind == "task" or matching <= len(rows):
            total += matching if kind == "task" else len(hits) - before  # every plan row read: counted
        else:  # more plan versions match than were read (rare): the cases they belong to
            total += int(db.scalar(
                f"SELECT count(DISTINCT s.case_id) FROM {table} JOIN {source} s ON s.id = {table}.rowid "
                f"JOIN cases c ON c.id = s.case_id WHERE {table} MATCH ?", (query,)) or 0)
    return hits, total
