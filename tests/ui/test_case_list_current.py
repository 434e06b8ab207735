"""The case list always has a current, visibly chosen row, Enter opens it, and F6 reaches the lists
(issue 18, keyboard: a new trust person found no chosen row after coming back to Cases, Enter did
nothing, and F6 from the navigation never reached the list).

- Every way back to the list (the Cases entry, Ctrl+2, "← Cases" from a case, a reload, a filter)
  leaves a current row that is selected: the case last opened, else the first row.
- Enter on it opens that case.
- F6 from the navigation lands on each page's primary widget (``Page.primary_widget``: its list),
  Shift+F6 back where the focus was in the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from tests.waits import open_case, show_page
from trustdesk.domain.enums import CaseStatus
from trustdesk.domain.models import Case
from trustdesk.ui.case.cases_page import CasesPage
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


@pytest.fixture
def case_ids(vault: Vault) -> list[int]:
    ids = []
    for days in range(6):
        case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=days)))
        assert case.id is not None
        vault.cases.change_status(case.id, CaseStatus.ACTIVE)
        ids.append(case.id)
    return ids


@pytest.fixture
def window(qtbot: QtBot, session: VaultSession, prefs: Preferences, case_ids: list[int]) -> Iterator[MainWindow]:
    win = MainWindow(session, prefs)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win


def _current_case(page: CasesPage) -> int | None:
    index = page.table.currentIndex()
    if not index.isValid() or not page.table.selectionModel().isRowSelected(index.row(), index.parent()):
        return None  # a current row that is not shown chosen is no help
    return page.model.case_id_at(index.row())


def _cases(qtbot: QtBot, window: MainWindow) -> CasesPage:
    page = show_page(qtbot, window, "cases")
    assert isinstance(page, CasesPage)
    return page


def test_every_way_back_to_the_list_has_a_chosen_row_and_enter_opens_it(
        qtbot: QtBot, window: MainWindow, case_ids: list[int]) -> None:
    page = _cases(qtbot, window)
    first = page.model.case_id_at(0)
    assert first is not None and _current_case(page) == first, "the first row, before anything was opened"

    for case_id in (case_ids[3], case_ids[1], case_ids[5]):
        open_case(qtbot, window, case_id)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert page.stack.currentWidget() is page.list_panel
        assert _current_case(page) == case_id, "back from a case: that case is the chosen row"
        assert QApplication.focusWidget() is page.table

        show_page(qtbot, window, "today")
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Cases entry
        qtbot.waitUntil(lambda: window.current_page is page)
        qtbot.waitUntil(lambda c=case_id: _current_case(page) == c)

        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            page.model.reload()
        assert _current_case(page) == case_id, "a reload keeps it"

    page.text_filter.setText("no case has this text")
    page.text_filter.clear()
    assert _current_case(page) is not None, "a filter that hid the chosen case leaves a chosen row"

    chosen = _current_case(page)
    page.table.setFocus()
    view = page.case_view
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert view.case_id == chosen and page.stack.currentWidget() is view, "Enter opens the chosen case"


@pytest.mark.parametrize("key", ["today", "cases", "providers", "templates", "reports", "audit"])
def test_f6_from_the_navigation_lands_on_the_page_primary_widget(qtbot: QtBot, window: MainWindow,
                                                                 key: str) -> None:
    page = show_page(qtbot, window, key)
    primary = page.primary_widget()
    lists = [v for v in page.findChildren(QAbstractItemView)
             if v.isVisible() and v.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if lists:
        assert primary in lists, f"{key}: a list is the page's primary widget, not {primary!r}"
    window.nav_buttons[key].setFocus()
    qtbot.keyClick(window.nav_buttons[key], Qt.Key.Key_F6)
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus), key
    assert primary is None or focus is primary, key


def test_f6_on_today_without_lines_lands_on_its_button(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(qtbot, window, "today")
    assert not page.tree.isVisible()  # type: ignore[attr-defined]  # nothing due in this vault
    window.nav_buttons["today"].setFocus()
    qtbot.keyClick(window.nav_buttons["today"], Qt.Key.Key_F6)
    assert QApplication.focusWidget() is page.new_button  # type: ignore[attr-defined]


def test_f6_reaches_the_open_case(qtbot: QtBot, window: MainWindow, case_ids: list[int]) -> None:
    view = open_case(qtbot, window, case_ids[0])
    window.nav_buttons["cases"].setFocus()
    qtbot.keyClick(window.nav_buttons["cases"], Qt.Key.Key_F6)
    focus = QApplication.focusWidget()
    assert focus is not None and view.isAncestorOf(focus)
