"""When a spreadsheet would read a CSV cell as a formula (CSV injection), and when it would not.

A cell is run as a formula by Excel, LibreOffice and Google Sheets when it starts with ``=`` or ``@``,
or with ``+`` / ``-`` followed by something that is not a plain number; a leading tab or carriage
return hides such a start from a quick look (and some spreadsheets skip them).  A ``+`` or ``-``
followed only by digits, spaces and the punctuation of phone numbers (``. / ( ) -``) cannot name a
cell, a function or another program: at most a spreadsheet computes or shows it as a number.  So a
phone number such as ``+32 2 123 45 67`` or ``+3221234567`` needs no guard, and gets none (an
apostrophe in front of every international number was a guard too broad).
"""

from __future__ import annotations

import re

ALWAYS_FORMULA = ("=", "@", "\t", "\r")
SIGNS = ("+", "-")
# After a sign: only what a number or a phone number is made of (no letter, no quote, no |, no ! ...).
_NUMERIC_TAIL = re.compile(r"[0-9 .()/\u00a0-]*")


def reads_as_formula(value: str) -> bool:
    """True when a spreadsheet could run ``value`` as a formula (it then needs an apostrophe in front)."""
    if value.startswith(ALWAYS_FORMULA):
        return True
    if value.startswith(SIGNS):
        return _NUMERIC_TAIL.fullmatch(value, 1) is None
    return False
