"""A language switch while the Reports page is out of sight makes no report: the report's language
follows the interface at once, and the report is made in it when the page is shown again (it is read
again then).  Making the report out of sight was most of a language switch's stall in make bench."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.reports.reports_page import ReportsPage


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(switches=st.lists(st.sampled_from(["en", "nl", "fr"]), min_size=1, max_size=5))
def test_no_report_is_made_out_of_sight(qtbot: QtBot, session: VaultSession, translations: Translations,
                                        switches: list[str]) -> None:
    translations.install("nl")
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    reports = ReportsPage(session)
    other = QWidget()
    stack.addWidget(reports)
    stack.addWidget(other)
    stack.show()
    qtbot.waitUntil(lambda: reports.report is not None, timeout=10000)
    made: list[str] = []
    original = reports._show_report  # noqa: SLF001 - counted

    def counting() -> None:
        made.append(reports.report_language())
        original()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reports, "_show_report", counting)
        stack.setCurrentWidget(other)
        for language in switches:
            translations.install(language)
            QCoreApplication.processEvents()  # the posted LanguageChange reaches the pages
            assert reports.report_language() == language  # followed at once ...
        assert made == []  # ... but no report made while nobody sees it
        with qtbot.waitSignal(reports.loaded, timeout=10000):
            stack.setCurrentWidget(reports)
        assert made and made[-1] == switches[-1]  # made when shown, in the language switched to last
    stack.close()
