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


def search(db: Database, text: str, limit: int = 100) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    rows = db.query(
        "SELECT * FROM ("
        " SELECT k.case_id AS case_id, c.code AS code, k.id AS contact_id,"
        "  snippet(contacts_fts, -1, ?, ?, '…', 16) AS snip, bm25(contacts_fts) AS rank, k.at AS at"
        " FROM contacts_fts JOIN contacts k ON k.id = contacts_fts.rowid JOIN cases c ON c.id = k.case_id"
        " WHERE contacts_fts MATCH ?"
        " UNION ALL"
        " SELECT c.id, c.code, NULL, snippet(cases_fts, -1, ?, ?, '…', 16), bm25(cases_fts), c.opened_on"
        " FROM cases_fts JOIN cases c ON c.id = cases_fts.rowid"
        " WHERE cases_fts MATCH ?"
        ") ORDER BY rank, at DESC LIMIT ?",
        (MARK_START, MARK_END, query, MARK_START, MARK_END, query, limit))
    return [SearchHit(case_id=r["case_id"], case_code=r["code"], contact_id=r["contact_id"],
                      snippet=r["snip"], rank=float(r["rank"])) for r in rows]
