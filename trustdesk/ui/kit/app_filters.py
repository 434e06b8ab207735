"""Four of the kit's application event filters as one: ``merge_app_filters(app)`` (``apply_look``).

Label names, the Alt guard and tab keys each filter every event of the application (as do radio
groups and the main window's history).  Each filter is a Python call per event from Qt's C++ (the
interpreter lock taken, the watched object and the event wrapped), and a language switch or a case
opened sends thousands of events: those calls were the hottest lines of the worst stalls in make
bench.  They act on few kinds of events, so one filter looks at the event's class (a C check) and
hands the event only to those that act on it, in the order Qt would have called them (the last
installed first):

- a key event: Ctrl+Enter (accept keys), tab keys, then the Alt guard (any may take it);
- a show event: label names.

The filters keep their code and their own module; this only replaces their four installations.
Radio groups keep their own (a test takes that filter off the application to show what it does).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QShowEvent

from trustdesk.ui.kit import accept_keys, alt_keys, label_names, tab_keys


class AppFilters(QObject):
    def __init__(self, parent: QObject, keys: Sequence[QObject], shows: Sequence[QObject]) -> None:
        super().__init__(parent)
        self.setObjectName("kitApplicationFilters")
        self.keys, self.shows = keys, shows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(event, QKeyEvent):
            return any(f.eventFilter(watched, event) for f in self.keys)
        if isinstance(event, QShowEvent):
            return any(f.eventFilter(watched, event) for f in self.shows)
        return False


_MERGED: AppFilters | None = None


def merge_app_filters(app: QObject) -> AppFilters:
    """Take three of the kit's installed application filters off ``app`` and install one calling them
    (idempotent; a filter not installed is left out)."""
    global _MERGED
    if _MERGED is not None:
        return _MERGED
    keys = [f for f in (accept_keys._FILTER, tab_keys._FILTER, alt_keys._GUARD) if f is not None]  # noqa: SLF001
    shows = [f for f in (label_names._FILTER,) if f is not None]  # noqa: SLF001
    for f in (*keys, *shows):
        app.removeEventFilter(f)
    _MERGED = AppFilters(app, keys, shows)
    app.installEventFilter(_MERGED)
    return _MERGED
