"""A case's code is never cut in a list (issue 18, layout: the code column read "TD-2026-000…").

The case list and Today show ``case_label(code, alias)`` = "code · alias".  Their label column is
sized from what it shows (header, widest label, a cap) and draws through ``CaseLabelDelegate``,
which cuts the alias, never the code.  Checked with long aliases in Dutch and French in a
1366×768 window: every row's shown text begins with its whole code and fits its cell.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.waits import show_page, switch_language
from trustdesk.domain.enums import CaseStatus
from trustdesk.domain.models import Case, Task
from trustdesk.ui.case.cases_model import Column
from trustdesk.ui.case.cases_page import CasesPage
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.alias import SEPARATOR, shown_label
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault

ALIASES = ["AP", "Dr. Anne-Marie Vandenbroucke-Dewitte, huisarts te Sint-Martens-Latem",
           "Mme WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "Médecin généraliste à Braine-l'Alleud (collègue de M.)",
           "Zwaluw", ""]


def _shown(view: QAbstractItemView, index: QModelIndex) -> tuple[str, int]:
    """The text the view's delegate draws in the cell at ``index``, and the width it has for it."""
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(index)
    option.widget = view
    view.itemDelegateForIndex(index).initStyleOption(option, index)  # type: ignore[attr-defined]
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width() \
        - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    return option.text, room


@pytest.fixture
def codes(vault: Vault) -> list[str]:
    made = []
    for number, alias in enumerate(ALIASES):
        case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=number), alias=alias))
        assert case.id is not None
        vault.cases.change_status(case.id, CaseStatus.ACTIVE)
        vault.tasks.add(Task(title="Terugbellen", due_on=date.today() - timedelta(days=1), case_id=case.id))
        made.append(case.code)
    return made


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_code_is_never_cut_in_the_case_list_or_today(qtbot: QtBot, session: VaultSession, prefs: Preferences,
                                                         translations: Translations, codes: list[str],
                                                         language: str) -> None:
    switch_language(translations, language)
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 740)  # a 1366×768 laptop, less the panel
    window.show()
    cases = show_page(qtbot, window, "cases")
    today = show_page(qtbot, window, "today")
    assert isinstance(cases, CasesPage) and isinstance(today, TodayPage)
    show_page(qtbot, window, "cases")
    checked: list[str] = []
    for row in range(cases.model.rowCount()):
        checked.append(_check(cases.table, cases.model.index(row, Column.CODE)))
    show_page(qtbot, window, "today")
    tasks = today.tree.topLevelItem(0)
    assert tasks is not None and tasks.childCount() == len(codes)
    for child in range(tasks.childCount()):
        checked.append(_check(today.tree, today.tree.model().index(child, 1, today.tree.model().index(0, 0))))
    assert sorted(text.split(SEPARATOR)[0] for text in checked) == sorted(codes * 2)
    # short labels are shown whole; the long ones were cut at their alias
    assert any(text == f"{codes[0]}{SEPARATOR}AP" for text in checked)
    assert any(text.endswith("…") for text in checked)
    # and the column is no wider than the cap: the other columns keep their room at 1366 px
    assert cases.table.columnWidth(Column.CODE) < cases.table.viewport().width() // 3


def _check(view: QAbstractItemView, index: QModelIndex) -> str:
    label = str(index.data())
    code = label.split(SEPARATOR)[0]
    text, room = _shown(view, index)
    assert text.startswith(code) and (text == label or text.endswith("…") or text == code), (label, text)
    assert view.fontMetrics().horizontalAdvance(text) <= room, (text, room)
    return text


@example(code="TD-2020-0000", alias="0", width=99)  # a one-letter alias: Qt's elision gives it back whole
@given(code=st.from_regex(r"TD-20[2-3][0-9]-[0-9]{4}", fullmatch=True),
       alias=st.text(st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]), max_size=80),
       width=st.integers(min_value=0, max_value=600))
def test_shown_label_cuts_the_alias_never_the_code_while_the_code_fits(qapp: QApplication, code: str, alias: str,
                                                                       width: int) -> None:
    metrics = QFontMetrics(QFont())
    label = f"{code}{SEPARATOR}{alias}" if alias.strip() else code
    text = shown_label(metrics, label, width)
    if metrics.horizontalAdvance(label) <= width:
        assert text == label
    elif metrics.horizontalAdvance(code) <= width:
        assert text.startswith(code) and metrics.horizontalAdvance(text) <= width
