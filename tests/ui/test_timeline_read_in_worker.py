"""The "Over time" tab reads a case's risks and scores in a worker (issue 20: showing the tab was one
stall of its widgets, a read of every note of the case, the figures table and the chart painted
twice): the tab and its empty chart come on one turn of the event loop, the figures on a later one,
then ``loaded``.  Counted: which thread read, and what the chart held when ``show`` returned; a
case left or locked while its read runs shows nothing of it."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.safety import timeline_chart
from trustdesk.ui.safety.timeline_chart import TimelineTab
from trustdesk.vault import Vault


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the thread of every read of the tab."""
    threads: list[str] = []
    original = timeline_chart.load_timeline

    def noting(vault: Vault, case_id: int) -> object:
        threads.append(threading.current_thread().name)
        return original(vault, case_id)

    monkeypatch.setattr(timeline_chart, "load_timeline", noting)
    return threads


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(levels=st.lists(st.sampled_from(list(RiskLevel)), max_size=12))
def test_the_tab_comes_first_and_its_figures_from_a_worker(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                           reads: list[str], levels: list[RiskLevel]) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 1)))
    assert case.id is not None
    for i, level in enumerate(levels):
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 2, 1, 9) + timedelta(days=i), risk=level))
    reads.clear()
    tab = TimelineTab(session, case.id)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.show()
        assert tab.chart is not None and tab.data is None  # on screen, the figures still to come
        assert tab.chart.drawn == {}
    assert reads and threading.main_thread().name not in reads, f"read on the UI thread: {reads}"
    assert tab.data is not None and tab.chart.drawn["risk_points"] == len(levels)
    assert tab.table is not None and tab.table.rowCount() == len(levels)
    tab.close()


def test_a_read_that_ends_after_the_lock_shows_nothing(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 1)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 2, 1, 9), risk=RiskLevel.HIGH))
    tab = TimelineTab(session, case.id)
    qtbot.addWidget(tab)
    session.locked.connect(tab.clear)
    tab.resize(1000, 640)
    tab.show()  # the read is under way
    session.lock()
    QThreadPool.globalInstance().waitForDone(5000)  # the worker has answered ...
    QApplication.processEvents()  # ... and its answer has reached the UI thread
    assert tab.data is None and tab.chart is not None and tab.chart.drawn.get("risk_points", 0) == 0
