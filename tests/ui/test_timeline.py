"""The case over time: the chart renders offscreen with realistic data (20 contacts over half a
year, PHQ-9 and GAD-7 totals), the risk is a step line with the level names on the axis and one
marker shape per level, the bands are labelled; a score added through the dialog shows up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.scores import Instrument, Score
from trustdesk.ui.kit.risk_badge import risk_colour
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.safety.queries import TimelineData
from trustdesk.ui.safety.score_dialog import ScoreDialog
from trustdesk.ui.safety.timeline_chart import (
    RISK_SCALE,
    RISK_SYMBOL,
    TimelineChart,
    TimelineTab,
    risk_steps,
)
from trustdesk.vault import Vault

LEVELS = [RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.ACUTE, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.MODERATE,
          RiskLevel.MODERATE, RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.LOW, RiskLevel.LOW,
          RiskLevel.LOW, RiskLevel.NONE, RiskLevel.LOW, RiskLevel.NONE, RiskLevel.NONE, RiskLevel.LOW,
          RiskLevel.NONE, RiskLevel.NONE]



@pytest.fixture
def case(vault: Vault) -> Case:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=200)))
    assert case.id is not None
    start = datetime.now().replace(microsecond=0) - timedelta(days=190)
    for i, level in enumerate(LEVELS):
        vault.contacts.add(Contact(case_id=case.id, at=start + timedelta(days=9 * i), risk=level, notes=f"n{i}"))
    for i, total in enumerate((22, 19, 15, 11, 8, 6)):
        vault.scores.add(Score(case.id, Instrument.PHQ9, total, date.today() - timedelta(days=185 - 30 * i)))
    for i, total in enumerate((16, 12, 9, 5)):
        vault.scores.add(Score(case.id, Instrument.GAD7, total, date.today() - timedelta(days=180 - 45 * i)))
    return case


def _ink_pixels(image: QImage) -> int:
    background = image.pixelColor(2, 2)
    return sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y) != background)


def test_risk_steps_hold_each_level_until_the_next_contact() -> None:
    t0 = datetime(2026, 6, 1)
    xs, ys = risk_steps([(t0, RiskLevel.HIGH), (t0 + timedelta(days=1), RiskLevel.LOW)], until=t0.timestamp() + 3 * 86400)
    high, low = float(RISK_SCALE.index(RiskLevel.HIGH)), float(RISK_SCALE.index(RiskLevel.LOW))
    assert ys == [high, high, low, low] and xs[1] == xs[2] and xs[-1] == t0.timestamp() + 3 * 86400


@given(st.lists(st.sampled_from(list(RiskLevel)), min_size=1, max_size=12))
def test_a_note_without_assessment_never_moves_the_risk_line(levels: list[RiskLevel]) -> None:
    t0 = datetime(2026, 6, 1)
    contacts = [(t0 + timedelta(days=i), level) for i, level in enumerate(levels)]
    assessed = [(at, level) for at, level in contacts if level.assessed]
    until = t0.timestamp() + 30 * 86400
    assert risk_steps(contacts, until) == risk_steps(assessed, until)
    assert all(0 <= y < len(RISK_SCALE) for y in risk_steps(contacts, until)[1])  # on the scale, always


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list(RiskLevel)), min_size=0, max_size=10),
       st.sampled_from([(700, 400), (520, 300), (1200, 700)]))
def test_not_assessed_is_apart_from_the_risk_scale(qtbot: QtBot, levels: list[RiskLevel],
                                                     size: tuple[int, int]) -> None:
    """Outside tester: "Not assessed" drawn under "no risk identified" read as the lowest risk.  The
    scale holds the assessed levels, lowest at the bottom; "not assessed" is in a lane of its own under
    the scale's frame, never one of its steps."""
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    t0 = datetime(2026, 6, 1)
    chart.show_data(TimelineData([(t0 + timedelta(days=i), level) for i, level in enumerate(levels)], []),
                    Instrument.PHQ9)
    chart.grab()  # paints
    rows, (top, bottom) = chart.drawn["risk_rows"], chart.drawn["risk_box"]
    scale = [rows[level.value] for level in RISK_SCALE]
    assert all(top < y < bottom for y in scale)
    assert scale == sorted(scale, reverse=True)  # lowest level at the bottom (y grows downwards)
    assert rows[RiskLevel.NOT_ASSESSED.value] > bottom  # outside the scale's frame, apart
    assert RISK_SCALE[0] is RiskLevel.NONE and RiskLevel.NOT_ASSESSED not in RISK_SCALE


def test_the_tab_renders_the_case_offscreen(qtbot: QtBot, session: VaultSession, vault: Vault, case: Case) -> None:
    assert case.id is not None
    tab = TimelineTab(session, case.id)
    qtbot.addWidget(tab)
    assert tab.chart is None  # built when the tab is first shown
    tab.resize(1000, 640)
    with qtbot.waitSignal(tab.loaded, timeout=5000):  # read in a worker
        tab.show()
    qtbot.waitExposed(tab)
    chart = tab.chart
    assert isinstance(chart, TimelineChart)
    assert chart.drawn["risk_points"] == 20
    assert chart.drawn["score_lines"] == {"phq9": [22, 19, 15, 11, 8, 6], "gad7": [16, 12, 9, 5]}
    # the bands follow the instrument used last (PHQ-9, taken 35 days ago vs GAD-7 45 days ago)
    assert tab.bands.currentData() == "phq9" and "moderately severe" in chart.drawn["bands"]
    assert all(chart.drawn["risk_axis"]) and len(chart.drawn["risk_axis"]) == len(RiskLevel)
    assert len(set(RISK_SYMBOL.values())) == len(RiskLevel)  # a shape per level, not a colour
    image = chart.grab().toImage()
    assert _ink_pixels(image) > 400
    assert "20 contact" in chart.accessibleDescription() and "GAD-7: 16, 12, 9, 5" in chart.accessibleDescription()

    tab.bands.setCurrentIndex(tab.bands.findData("gad7"))
    assert "moderately severe" not in chart.drawn["bands"] and "severe" in chart.drawn["bands"]

    dialog = tab.add_score()
    assert isinstance(dialog, ScoreDialog)
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("gad7"))
    assert dialog.total.maximum() == 21
    dialog.total.setValue(17)
    assert "severe" in dialog.band.text()
    dialog.taken_on.setDate(QDate.currentDate())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.stored is not None and dialog.stored.total == 17
    qtbot.waitUntil(lambda: chart.drawn["score_lines"].get("gad7", [])[-1:] == [17], timeout=3000)
    assert [s.total for s in vault.scores.for_case(case.id)][-1] == 17

    session.lock()
    tab.clear()
    assert chart.drawn["risk_points"] == 0 and chart.accessibleDescription() == ""


def test_an_empty_case_draws_the_bands_and_nothing_else(qtbot: QtBot) -> None:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(700, 400)
    chart.show_data(TimelineData([], []), Instrument.GAD7)
    assert chart.drawn["risk_points"] == 0 and chart.drawn["score_lines"] == {}
    assert chart.drawn["bands"][0] == "minimal"
    assert chart.drawn["empty_scores"] == "No GAD-7 scores yet"


def test_risk_marks_wear_the_badge_colours_and_empty_scores_say_so(qtbot: QtBot) -> None:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(700, 400)
    t0 = datetime(2026, 6, 1)
    contacts = [(t0 + timedelta(days=i), level) for i, level in enumerate(RiskLevel)]
    chart.show_data(TimelineData(contacts, []), Instrument.PHQ9)
    fills = chart.drawn["risk_fills"]
    assert set(fills) == {level.value for level in RiskLevel}
    for level in RiskLevel:
        if level.assessed:
            assert fills[level.value] == risk_colour(level)
    assert len({fills[level.value] for level in RiskLevel if level.assessed}) == len(RiskLevel) - 1
    assert chart.drawn["empty_scores"] == "No PHQ-9 scores yet"
    chart.show_data(TimelineData(contacts, [Score(1, Instrument.PHQ9, 12, t0.date())]), Instrument.PHQ9)
    assert chart.drawn["empty_scores"] == ""


def test_a_positive_item9_is_marked_on_the_chart(qtbot: QtBot) -> None:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    day = date(2026, 11, 2)
    chart.show_data(TimelineData([], [Score(1, Instrument.PHQ9, 5, day, item9=2),
                                      Score(1, Instrument.PHQ9, 9, day + timedelta(days=20), item9=0)]))
    assert chart.drawn["item9_marks"] == ["⚠ item 9: 2"]
    assert "item 9 above 0" in chart.accessibleDescription()
