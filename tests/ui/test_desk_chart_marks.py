"""The desk's quarter chart marks hidden cells like the national report: one neutral mark whether the
cell is 1-4 or hidden so that a small one cannot be worked out; a withheld quarter has its own mark."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.domain.suppression import HIDDEN_MARK, WITHHELD_MARK
from trustdesk.ui.desk.figures_tab import QuarterChart, bar_text


@settings(max_examples=60, deadline=None)
@given(value=st.one_of(st.none(), st.integers(0, 500)), withheld=st.booleans())
def test_a_bar_claims_no_range(value: int | None, withheld: bool) -> None:
    text = bar_text(value, withheld)
    assert "<" not in text
    assert text == (WITHHELD_MARK if withheld else HIDDEN_MARK if value is None else str(value))


def test_the_chart_describes_the_same_marks(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = QuarterChart()
    qtbot.addWidget(chart)
    chart.show_values([("2026 Q1", None, False), ("2026 Q2", 7, False), ("2026 Q3", None, True)])
    description = chart.accessibleDescription()
    assert "<5" not in description
    assert f"2026 Q1: {HIDDEN_MARK}" in description and f"2026 Q3: {WITHHELD_MARK}" in description
