"""One way to show a date per place (issue 18: dates looked different from screen to screen): the
interface formats dates and times through ``ui/kit/case_labels`` (``date_text``, ``datetime_text``,
``time_text``, ``iso_text``: the interface's locale, a four-digit year), the printed documents through
``documents/labels.Labels`` (Babel, the document's language).  A static scan of trustdesk/ui and
trustdesk/documents fails on any other formatting of a date: ``strftime``, ``QLocale.toString`` of a
date, a locale's ``dateFormat``/``timeFormat``, ``QDate.toString``, Babel's ``format_*`` calls.
``isoformat()`` stays allowed: it writes storage and file names, not what a person reads."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HELPERS = {"trustdesk/ui/kit/case_labels.py", "trustdesk/documents/labels.py"}
# A time axis's ticks follow the zoom (years, months, days, hours): their own short patterns, from the
# same locale.
EXCEPTIONS = {("trustdesk/ui/safety/chart_painting.py", "toString")}
BABEL = {"format_date", "format_time", "format_datetime", "format_skeleton"}
DATE_WORDS = ("date", "time", "stamp", "day", "at", "when", "moment", "created", "value")


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return _name(node.func)
    return ""


def _looks_like_a_date(node: ast.expr) -> bool:
    if isinstance(node, ast.Call) and _name(node.func) in ("QDate", "QDateTime", "QTime", "currentDate",
                                                           "currentDateTime"):
        return True
    name = _name(node).lower()
    return any(word == name or name.endswith(f"_{word}") or name.startswith(f"{word}_") for word in DATE_WORDS)


def ad_hoc_dates(source: str) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
            continue
        called = _name(node.func)
        if called == "strftime":
            yield node.lineno, "strftime"
        elif called in BABEL:
            yield node.lineno, called
        elif called in ("dateFormat", "timeFormat", "dateTimeFormat"):
            yield node.lineno, called
        elif called == "toString" and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            locale = _name(receiver) in ("QLocale", "locale", "ui_locale") or "locale" in _name(receiver).lower()
            if (locale and node.args and _looks_like_a_date(node.args[0])) or \
                    (not locale and _looks_like_a_date(receiver) and node.args
                     and isinstance(node.args[0], ast.Constant | ast.Attribute)):
                yield node.lineno, "toString"


WRONG = ['stamp.strftime("%H:%M")', 'QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)',
         'locale.toString(QDateTime(QDate(1, 2, 3)), fmt)', 'format_date(value, "long", locale="nl")',
         'QLocale().dateFormat(QLocale.FormatType.ShortFormat)', 'self.due.date().toString("dd/MM/yyyy")',
         'QDate.currentDate().toString(Qt.DateFormat.ISODate)']
RIGHT = ['date_text(day)', 'day.isoformat()', 'self.action.shortcut().toString(QKeySequence.NativeText)',
         'QLocale().toString(3.5)', 'words.date(value)']


def test_the_scan_catches_its_wrong_examples_and_spares_the_right_ones() -> None:
    for example in WRONG:
        assert list(ad_hoc_dates(example)), example
    for example in RIGHT:
        assert not list(ad_hoc_dates(example)), example


def test_dates_are_shown_through_the_helpers_only() -> None:
    found = []
    for folder in ("ui", "documents"):
        for path in sorted((ROOT / "trustdesk" / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name in HELPERS:
                continue
            for line, what in ad_hoc_dates(path.read_text(encoding="utf-8")):
                if (name, what) not in EXCEPTIONS:
                    found.append(f"{name}:{line}: {what}")
    assert found == [], "show dates with case_labels.date_text/datetime_text (or Labels.date in documents):\n" \
        + "\n".join(found)
