"""Full-text search over notes, agreements and searchable case fields (FTS5, accent-insensitive).

The user's words become prefix terms (``"word"*``), AND-ed; quotes in the input are neutralised,
so no FTS5 syntax from the search box ever reaches the engine.  Snippets mark matches with
``\\x02`` ... ``\\x03`` so the UI can escape the text and highlight safely.
"""

from __future__ import annotations

import re
import unicodedata

from trustdesk.domain.models import SearchHit
from trustdesk.vault.db import Database

MARK_START = "\x02"
MARK_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Turn free text into a safe FTS5 query of prefix terms; empty when nothing searchable."""
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    return " ".join(f'"{w}"*' for w in words[:16])


_FOLDS = {
    "a": "aàáâãäåāăą", "c": "cçćč", "e": "eèéêëēėęě", "i": "iìíîïīį", "n": "nñńň", "o": "oòóôõöøō",
    "u": "uùúûüūů", "y": "yýÿ", "s": "sśš", "z": "zźżž", "g": "gğ", "l": "lł", "r": "rř", "d": "dď", "t": "tť",
}


def _strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(ch))


def _pattern(text: str) -> re.Pattern[str] | None:
    """The search words as a regex with FTS5's meaning: word starts, prefixes, case and accents ignored."""
    words = _WORD.findall(unicodedata.normalize("NFC", text))[:16]
    if not words:
        return None
    parts = ["".join(f"[{re.escape(_FOLDS[ch])}]" if ch in _FOLDS else re.escape(ch) for ch in _strip_accents(w))
             for w in words]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\w*", re.IGNORECASE)


def text_snippet(text: str, pattern: re.Pattern[str], width: int = 160) -> str:
    """A snippet like FTS5's, made in Python (linear): the first match with some context, matches marked."""
    match = pattern.search(text)
    if match is None:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, match.start() - width // 3)
    end = min(len(text), start + width)
    window = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", text[start:end])
    return ("…" if start else "") + window + ("…" if end < len(text) else "")


def search(db: Database, text: str, limit: int = 100) -> list[SearchHit]:
    """Best ``limit`` hits over notes/agreements and case fields, by BM25.

    Each FTS5 table is asked the textbook way (``ORDER BY rank LIMIT n``: FTS5 sorts by rank
    itself and computes snippets only for the rows it returns); the case codes are then fetched
    by primary key for those rows only.  Big notes (``big_contacts``) are ranked by FTS5 too, but
    their snippets are made in Python: FTS5's snippet() is superlinear inside one huge row.
    """
    query = fts_query(text)
    if not query:
        return []
    contact_rows = db.query(
        "SELECT rowid, snippet(contacts_fts, -1, ?, ?, '…', 16), rank FROM contacts_fts"
        " WHERE contacts_fts MATCH ? AND rowid NOT IN (SELECT id FROM big_contacts) ORDER BY rank LIMIT ?",
        (MARK_START, MARK_END, query, limit))
    big = db.query("SELECT rowid, rank FROM contacts_fts WHERE contacts_fts MATCH ?"
                   " AND rowid IN (SELECT id FROM big_contacts) ORDER BY rank LIMIT ?", (query, limit))
    if big:
        pattern = _pattern(text)
        assert pattern is not None
        texts = {r[0]: f"{r[1]}\n{r[2]}" for r in db.query(
            f"SELECT id, notes, agreements FROM contacts WHERE id IN ({','.join('?' * len(big))})",
            [r[0] for r in big])}
        contact_rows = [*contact_rows, *((r[0], text_snippet(texts.get(r[0], ""), pattern), r[1]) for r in big)]
    case_rows = db.query(
        "SELECT rowid, snippet(cases_fts, -1, ?, ?, '…', 16), rank FROM cases_fts"
        " WHERE cases_fts MATCH ? ORDER BY rank LIMIT ?", (MARK_START, MARK_END, query, limit))
    owners: dict[int, tuple[int, str]] = {}
    if contact_rows:
        ids = [r[0] for r in contact_rows]
        owners = {r[0]: (r[1], r[2]) for r in db.query(
            "SELECT k.id, k.case_id, c.code FROM contacts k JOIN cases c ON c.id = k.case_id"
            f" WHERE k.id IN ({','.join('?' * len(ids))})", ids)}
    codes: dict[int, str] = {}
    if case_rows:
        ids = [r[0] for r in case_rows]
        codes = {r[0]: r[1] for r in db.query(
            f"SELECT id, code FROM cases WHERE id IN ({','.join('?' * len(ids))})", ids)}
    hits = [SearchHit(owners[r[0]][0], owners[r[0]][1], r[0], r[1], float(r[2]))
            for r in contact_rows if r[0] in owners]
    hits += [SearchHit(r[0], codes[r[0]], None, r[1], float(r[2])) for r in case_rows if r[0] in codes]
    hits.sort(key=lambda hit: hit.rank)
    return hits[:limit]
