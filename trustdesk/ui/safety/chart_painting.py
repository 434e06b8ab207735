"""Drawing helpers of the risk-and-scores chart (``timeline_chart``): marker shapes, the time axis's
ticks in the interface's language, and the mapping of values to pixels.  QPainter only.

Each risk level and each instrument has its own marker *shape* (never colour alone); the names
follow the symbols pyqtgraph used before ("o" circle, "s" square, "t" triangle down, "t1" triangle
up, "d" diamond, "x" cross, "star").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, QPointF
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


def date_tick(value: float, spacing: float) -> str:
    """A date on the time axis in the interface's language (month names from QLocale)."""
    stamp = QDateTime.fromSecsSinceEpoch(int(value))
    if spacing >= 300 * DAY:
        fmt = "yyyy"
    elif spacing >= 25 * DAY:
        fmt = "MMM yyyy" if stamp.date().month() == 1 else "MMM"
    elif spacing >= DAY:
        fmt = "d MMM"
    else:
        fmt = "HH:mm"
    return QLocale().toString(stamp, fmt)


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
