"""The one column scheme of every figures CSV TrustDesk writes: the activity report's *Save as CSV*
and the national report's ``national.csv`` (README.md, "CSV files").

    period_start,period_end,table,key,count
    2026-07,2026-09,total,cases,57
    2026-07,2026-09,domain,burnout,hidden

One number per row.  ``period_start`` and ``period_end`` are the first and the last month of the
period (``YYYY-MM``; a quarter is its three months); ``count`` is a number, ``hidden`` (a suppressed
cell) or ``withheld`` (a period not published at all) -- ``domain.suppression``'s words.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

COLUMNS = ("period_start", "period_end", "table", "key", "count")


def figures_csv(rows: Iterable[tuple[str, str, str, str, str | int]]) -> bytes:
    """``rows`` of (period_start, period_end, table, key, count) under the header ``COLUMNS``, UTF-8, CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")
