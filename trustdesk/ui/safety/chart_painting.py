"""Drawing helpers of the risk-and-scores chart (``timeline_chart``): marker shapes, the time axis's
ticks in the interface's language, where each item goes on it, and the mapping of values to pixels.
QPainter only.

The time axis is made of local calendar days (and months, years): a day is the band between two local
midnights.  An item is drawn inside the band of its own local day (a contact at 23:46 in its day's band,
never on the next midnight's gridline), and a date's label sits at the centre of its band, between the
gridlines at its edges, so that the label under a mark is the date the figures table says.  Every time is
turned into a local day by ``local_day`` and into a position by Python's local time alone (the labels
too), so the marks and the labels cannot follow two different time zones.

Each risk level and each instrument has its own marker *shape* (never colour alone); the names
follow the symbols pyqtgraph used before ("o" circle, "s" square, "t" triangle down, "t1" triangle
up, "d" diamond, "x" cross, "star").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

DAY = 86400.0


def marker_path(symbol: str, centre: QPointF, size: float) -> QPainterPath:
    """The outline of one marker ``size`` pixels across, centred on ``centre``."""
    r = size / 2
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if symbol == "o":
        path.addEllipse(centre, r, r)
    elif symbol == "s":
        path.addRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7)
    elif symbol in ("t", "t1"):
        tip = 1 if symbol == "t" else -1  # t: pointing down, t1: pointing up
        path.addPolygon(QPolygonF([QPointF(x - r, y - tip * r * 0.8), QPointF(x + r, y - tip * r * 0.8),
                                   QPointF(x, y + tip * r)]))
        path.closeSubpath()
    elif symbol == "d":
        path.addPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]))
        path.closeSubpath()
    elif symbol == "star":
        points = [QPointF(x + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
                          y - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5)) for i in range(10)]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    else:  # "x": a thick cross (its own outline, so it fills like the others)
        w = r * 0.35
        for angle in (45.0, -45.0):
            cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            corners = [(-r, -w / 2), (r, -w / 2), (r, w / 2), (-r, w / 2)]
            arm = QPainterPath()
            arm.addPolygon(QPolygonF([QPointF(x + a * cos - b * sin, y + a * sin + b * cos) for a, b in corners]))
            arm.closeSubpath()
            path = path.united(arm)
    return path


def local_day(value: datetime | date) -> date:
    """The local calendar day of a moment (a time with a zone, e.g. UTC, is turned into local time first;
    a time without one is local already) or of a date."""
    if isinstance(value, datetime):
        return (value.astimezone() if value.tzinfo is not None else value).date()
    return value


def day_start(day: date) -> float:
    """The local midnight that starts ``day`` (epoch seconds): a band's left edge."""
    return datetime.combine(day, time()).timestamp()


def day_positions(values: Sequence[datetime | date]) -> list[float]:
    """Where each item goes on the time axis (epoch seconds): inside the band of its local day, never on
    its edges; one item of a day at the band's centre, several spread evenly across it in the order given
    (oldest first)."""
    days = [local_day(value) for value in values]
    counts: dict[date, int] = {}
    for day in days:
        counts[day] = counts.get(day, 0) + 1
    seen: dict[date, int] = {}
    positions = []
    for day in days:
        index = seen[day] = seen.get(day, 0) + 1
        start, end = day_start(day), day_start(day + timedelta(days=1))
        positions.append(start + (end - start) * index / (counts[day] + 1))
    return positions


def date_tick(value: float, spacing: float) -> str:
    """The label of the period that starts at ``value`` (a day, a month, a year: by ``spacing``) in the
    interface's language (month names from QLocale); the day is Python's local day, as for the marks."""
    day = datetime.fromtimestamp(value).date()
    if spacing >= 300 * DAY:
        fmt = "yyyy"
    elif spacing >= 25 * DAY:
        fmt = "MMM yyyy" if day.month == 1 else "MMM"
    else:
        fmt = "d MMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def period_end(start: float, spacing: float) -> float:
    """The end of the labelled period (one day, month or year) that starts at ``start``."""
    first = datetime.fromtimestamp(start)
    if spacing >= 300 * DAY:
        return datetime(first.year + 1, 1, 1).timestamp()
    if spacing >= 25 * DAY:
        return datetime(first.year + (first.month == 12), first.month % 12 + 1, 1).timestamp()
    return day_start(first.date() + timedelta(days=1))


def axis_labels(x0: float, x1: float, most: int) -> list[tuple[float, float, str]]:
    """The time axis between ``x0`` and ``x1``: (start, end, label) of each labelled period (a day,
    a month or a year; at most ``most``), the label drawn at the period's centre, gridlines at its edges."""
    ticks, spacing = time_ticks(x0, x1, most)
    return [(tick, period_end(tick, spacing), date_tick(tick, spacing)) for tick in ticks]


_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20, 50)


def _months_from(start: date, step: int, end: float) -> list[float]:
    year, month = start.year, start.month
    month = ((month - 1) // step) * step + 1
    out: list[float] = []
    while True:
        stamp = datetime(year, month, 1).timestamp()
        if stamp > end:
            return out
        out.append(stamp)
        month += step
        if month > 12:
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1


def time_ticks(x0: float, x1: float, most: int) -> tuple[list[float], float]:
    """Ticks at whole days, months or years between ``x0`` and ``x1`` (epoch seconds), at most ``most``
    of them; returns (ticks, spacing in seconds)."""
    span = max(x1 - x0, 1.0)
    most = max(most, 2)
    start = datetime.fromtimestamp(x0)
    for days in _DAY_STEPS:
        if span / (days * DAY) <= most:
            first = datetime.combine(start.date(), datetime.min.time())
            ticks, at = [], first
            while at.timestamp() <= x1:
                if at.timestamp() >= x0:
                    ticks.append(at.timestamp())
                at += timedelta(days=days)
            return ticks, days * DAY
    for months in _MONTH_STEPS:
        if span / (months * 30.44 * DAY) <= most:
            return [t for t in _months_from(start.date(), months, x1) if t >= x0], months * 30.44 * DAY
    for years in _YEAR_STEPS:
        if span / (years * 365.25 * DAY) <= most or years == _YEAR_STEPS[-1]:
            first_year = (start.year // years) * years
            ticks = [datetime(y, 1, 1).timestamp() for y in range(first_year, datetime.fromtimestamp(x1).year + 1, years)]
            return [t for t in ticks if x0 <= t <= x1], years * 365.25 * DAY
    return [], span  # pragma: no cover - the loop above always returns


@dataclass(frozen=True)
class Scale:
    """A linear map from data values to pixels (``lo``→``p0``, ``hi``→``p1``; pixels may run backwards)."""

    lo: float
    hi: float
    p0: float
    p1: float

    def __call__(self, value: float) -> float:
        span = self.hi - self.lo or 1.0
        return self.p0 + (value - self.lo) / span * (self.p1 - self.p0)
