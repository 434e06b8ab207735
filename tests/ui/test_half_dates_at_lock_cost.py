"""The lock's scan for half-typed dates (kit/date_field.half_dates_at_lock) asks the date fields that
exist, not every widget of the application: with all pages built that made a Python wrapper for
thousands of widgets in the lock's turn.  Counted: QApplication.allWidgets is not called; the fields
with typing they could not take are found (in visible windows only), fields gone are skipped."""

from __future__ import annotations

import shiboken6
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from trustdesk.ui.kit.date_field import DateField, DateTimeField, half_dates_at_lock


@settings(max_examples=8, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=6))
def test_every_half_typed_field_shown_is_found_without_walking_every_widget(
        qapp: QApplication, fields: list[tuple[bool, bool, bool]]) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    hidden = QWidget()
    hidden_layout = QVBoxLayout(hidden)
    expected = 0
    for index, (with_time, half, shown) in enumerate(fields):
        field = DateTimeField() if with_time else DateField()
        field.setObjectName(f"field{index}")
        (layout if shown else hidden_layout).addWidget(field)
        if half:
            field.typed = "12/0"  # typing it could not take
            expected += shown
    gone = DateField()
    gone.typed = "3/"
    layout.addWidget(gone)
    shiboken6.delete(gone)  # a field gone (its wrapper may outlive it): skipped
    window.show()

    asked: list[int] = []
    real = QApplication.allWidgets

    def counting() -> list[QWidget]:
        asked.append(1)
        return real()

    QApplication.allWidgets = counting  # type: ignore[method-assign]
    try:
        fates = half_dates_at_lock()
    finally:
        QApplication.allWidgets = real  # type: ignore[method-assign]
    assert asked == []  # the old scan asked Qt for every widget
    assert len([f for f in fates if not f.kept]) == expected
    for top in (window, hidden):
        top.close()
        top.deleteLater()
    qapp.sendPostedEvents(None, 0)
