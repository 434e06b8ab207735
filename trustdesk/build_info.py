"""What this TrustDesk is: its version and the date its installer was built.

The installer writes ``resources/build.json`` ({"date": "YYYY-MM-DD"}); a run from the source tree
has none and says "development build".  Settings shows both, with the date of the last pack.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from trustdesk import __version__


def _resources() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[1] / "resources"


def version() -> str:
    return __version__


def build_date() -> str:
    """The ISO date of the build, or "" for a development run (or an unreadable file)."""
    try:
        data = json.loads((_resources() / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get("date") if isinstance(data, dict) else None
    return value if isinstance(value, str) and len(value) == 10 else ""
