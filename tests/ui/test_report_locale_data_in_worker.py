"""The reports page loads the month names' locale data in the worker that builds the report (issue 20,
"page reports": babel read its locale data from disk on the UI thread when the first report was
shown, most of that block of work).  Counted: the threads that loaded locale data while a report was
built and shown, for each report language."""

from __future__ import annotations

import threading

import pytest
from babel import localedata
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.reports.reports_page import ReportsPage


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_a_report_is_shown_without_loading_locale_data_on_the_ui_thread(qtbot: QtBot, session: VaultSession,
                                                                        language: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page = ReportsPage(session)
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData(language))
    loads: list[tuple[str, str]] = []
    original = localedata.load

    def noting(name: str, merge_inherited: bool = True) -> object:
        loads.append((threading.current_thread().name, name))
        return original(name, merge_inherited)

    monkeypatch.setattr(localedata, "load", noting)
    localedata.clear_caches()  # as in a fresh process
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    assert page.report is not None
    on_ui = [name for thread, name in loads if thread == threading.main_thread().name]
    assert loads and not on_ui, f"locale data loaded on the UI thread: {on_ui}"
