"""JSON read from outside (a file someone else made): one meaning per document.

Python's ``json.loads`` keeps the *last* of two equal keys (``{"bytes": 1, "bytes": 1212}`` reads as
1212), while another reader may keep the first: a file could then say one thing to a check and
another to the code that uses it.  ``loads`` refuses a duplicate key in any object, however deep
(``DuplicateKey``, a ``json.JSONDecodeError``, so every ``except`` that catches a malformed document
catches it too).  Every JSON the app reads from outside goes through it: the coordinator exchange's
headers, inner documents and payloads, contact cards, pack members, handover and backup headers, the
key slots and the desk's own files (SECURITY.md, "Files from outside").
"""

from __future__ import annotations

import json
from typing import Any


class DuplicateKey(json.JSONDecodeError):
    """The same key twice in one JSON object."""

    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key {key[:40]!r}", "", 0)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKey(key)
        found[key] = value
    return found


def loads(text: str | bytes) -> Any:
    """``json.loads`` that refuses a duplicate key (``DuplicateKey``) in any object."""
    return json.loads(text, object_pairs_hook=_no_duplicates)
