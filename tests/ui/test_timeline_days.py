"""The Over time chart puts every item inside its own local day and labels that day where the item is.

The outside tester's case: a contact on 6/12 at 23:46 was drawn exactly on the "7 dec" gridline, one on
7/12 at 00:06 on the same spot, a PHQ-9 score of 6/12 halfway between the "6 dec" and "7 dec" labels,
while the table under the chart said 6/12.  Now a day is the band between two local midnights (gridlines),
its label at the band's centre, and each mark inside its day's band; checked over generated times in
several time zones (summer time changes included), on the chart as drawn and on its figures table."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.scores import Instrument, Score
from trustdesk.ui.kit.case_labels import date_text
from trustdesk.ui.safety.chart_painting import axis_labels, day_positions, day_start, local_day, time_ticks
from trustdesk.ui.safety.queries import TimelineData
from trustdesk.ui.safety.timeline_chart import TimelineChart, figure_rows

ZONES = ("Europe/Brussels", "UTC", "America/New_York", "Pacific/Auckland")
MOMENTS = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31))
# evening and just-after-midnight times above all, where a day's edge is near
EDGES = st.builds(lambda d, m: datetime.combine(d, datetime.min.time()) + timedelta(minutes=m),
                  st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
                  st.sampled_from([0, 1, 6, 59, 60 * 12, 60 * 23, 60 * 23 + 46, 60 * 24 - 1]))


@pytest.fixture
def zone() -> Iterator[None]:
    before = os.environ.get("TZ")
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def _in_zone(name: str) -> None:
    os.environ["TZ"] = name
    time.tzset()


def _period(periods: list[tuple[float, float, str]], x: float) -> tuple[float, float, str]:
    found = [p for p in periods if p[0] <= x < p[1]]
    assert len(found) == 1, (x, periods)
    return found[0]


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(ZONES), moments=st.lists(st.one_of(MOMENTS, EDGES), min_size=1, max_size=8),
       days=st.lists(st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)), max_size=4))
def test_every_mark_is_inside_its_own_local_day(zone: None, name: str, moments: list[datetime],
                                                days: list[date]) -> None:
    _in_zone(name)
    moments = sorted(moments)
    # a time stored with a zone (UTC) counts in local time, like the rest
    values: list[datetime | date] = [*moments, *(m.replace(tzinfo=UTC) for m in moments[:2]), *days]
    for value, x in zip(values, day_positions(values), strict=True):
        day = local_day(value)
        assert day_start(day) < x < day_start(day + timedelta(days=1)), (name, value, x)
    # a day's several marks keep their order and never share a spot
    same_day = [x for value, x in zip(moments, day_positions(moments), strict=True) if local_day(value) == moments[0].date()]
    assert same_day == sorted(set(same_day))


@settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(ZONES), moments=st.lists(EDGES, min_size=1, max_size=6),
       width=st.integers(3, 40))
def test_the_label_under_a_mark_is_its_day(zone: None, name: str, moments: list[datetime], width: int) -> None:
    """Whatever the span (days, months, years on the axis), the labelled period a mark falls in is the
    one holding the mark's local day; at the day level its label is that day."""
    _in_zone(name)
    moments = sorted(moments)
    xs = day_positions(moments)
    periods = axis_labels(min(xs) - 3 * 86400, max(xs) + 3 * 86400, width)
    labelled = 0
    for moment, x in zip(moments, xs, strict=True):
        holding = [p for p in periods if p[0] <= x < p[1]]
        assert len(holding) <= 1  # periods never overlap
        if not holding:  # a coarse axis (every 2nd month, 5 years...) labels only some periods
            continue
        labelled += 1
        start, end, label = holding[0]
        assert start <= day_start(moment.date()) and day_start(moment.date() + timedelta(days=1)) <= end
        if end - start <= 25 * 3600:  # a day: its label is the mark's day
            assert datetime.fromtimestamp(start).date() == moment.date()
            assert label.split()[0] == str(moment.day), (label, moment)
    if time_ticks(min(xs) - 3 * 86400, max(xs) + 3 * 86400, width)[1] == 86400:  # each day labelled: every mark has its day's label
        assert labelled == len(moments)


def test_the_testers_evening_and_midnight_contacts_and_score(qtbot: QtBot, zone: None) -> None:
    _in_zone("Europe/Brussels")
    evening, midnight = datetime(2026, 12, 6, 23, 46), datetime(2026, 12, 7, 0, 6)
    score = Score(1, Instrument.PHQ9, 17, date(2026, 12, 6))
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(1366, 420)
    chart.show_data(TimelineData([(evening, RiskLevel.ACUTE), (midnight, RiskLevel.NOT_ASSESSED)], [score]),
                    now=datetime(2026, 12, 8, 9, 0))
    chart.grab()  # painted: the axis as drawn
    periods = chart.drawn["axis"]
    assert all(end - start <= 25 * 3600 for start, end, _ in periods)  # days at this width
    (evening_x, midnight_x), (score_x,) = chart.drawn["contact_x"], chart.drawn["score_x"]
    assert _period(periods, evening_x)[2] == "6 Dec" == _period(periods, score_x)[2]
    assert _period(periods, midnight_x)[2] == "7 Dec"
    assert evening_x != midnight_x
    # the table says the same days
    rows = figure_rows(chart._data)
    assert [date_text(day) for day, _w, _v in rows] == [date_text(date(2026, 12, 6))] * 2 + [
        date_text(date(2026, 12, 7))]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(ZONES), moments=st.lists(EDGES, min_size=1, max_size=5),
       scored=st.lists(st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 3, 1)), max_size=3))
def test_the_chart_as_drawn_agrees_with_its_table(qtbot: QtBot, zone: None, name: str, moments: list[datetime],
                                                  scored: list[date]) -> None:
    _in_zone(name)
    moments = sorted(datetime(2026, 1, 1, m.hour, m.minute) + timedelta(days=m.toordinal() % 60) for m in moments)
    scores = [Score(1, Instrument.PHQ9, 5, day) for day in sorted(scored)]
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(1366, 420)
    chart.show_data(TimelineData([(m, RiskLevel.LOW) for m in moments], scores), now=moments[-1] + timedelta(days=1))
    chart.grab()
    periods = chart.drawn["axis"]
    table_days = sorted(day for day, _w, _v in figure_rows(chart._data))
    drawn_days = sorted([local_day(m) for m in moments] + [s.taken_on for s in scores])
    assert table_days == drawn_days
    for day, x in zip([local_day(m) for m in moments] + [s.taken_on for s in scores],
                      [*chart.drawn["contact_x"], *chart.drawn["score_x"]], strict=True):
        assert day_start(day) < x < day_start(day + timedelta(days=1))
        for start, end, _label in periods:  # the labelled period it falls in (if any) holds its day
            if start <= x < end:
                assert start <= day_start(day) and day_start(day + timedelta(days=1)) <= end
