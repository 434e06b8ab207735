"""Today's arrow keys walk every line one acts on, across its sections, never stopping on a section's
title (issue 18 follow-up: Down stopped on "Coming days"; kit/section_rows.SectionTree).  Keys are sent
to the list with the focus in it, as a person presses them; over a spread of section sizes."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case, Task
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def _lines(page: TodayPage) -> list[QTreeWidgetItem]:
    """Every line one can choose, top to bottom (the section titles left out)."""
    lines = []
    for g in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(g)
        assert group is not None and not group.flags() & Qt.ItemFlag.ItemIsSelectable
        lines += [group.child(c) for c in range(group.childCount())]
    return lines


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(due=st.integers(0, 3), coming=st.integers(0, 3), silent=st.integers(0, 2))
def test_up_and_down_walk_every_line_across_the_sections(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                         due: int, coming: int, silent: int) -> None:
    tag = f"{due}{coming}{silent}"
    with vault.transaction():
        for n in range(due):
            vault.tasks.add(Task(title=f"Bellen {tag} {n}", due_on=date.today() - timedelta(days=n)))
        for n in range(coming):
            vault.tasks.add(Task(title=f"Later {tag} {n}", due_on=date.today() + timedelta(days=1 + n)))
        for _n in range(silent):  # no first contact after 15 days: needs attention
            vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=15)))
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    lines = _lines(page)
    if len(lines) < 2:
        return
    page.activateWindow()
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)
    page.tree.setCurrentItem(lines[0])
    walked = [page.tree.currentItem()]
    for _ in range(len(lines)):  # one more than needed: the last line stays chosen
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        walked.append(page.tree.currentItem())
    assert walked == [*lines, lines[-1]], [item.text(0) for item in walked if item is not None]
    back = []
    for _ in range(len(lines)):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
        back.append(page.tree.currentItem())
    assert back == [*lines[-2::-1], lines[0]]
    for key, expected in ((Qt.Key.Key_End, lines[-1]), (Qt.Key.Key_Home, lines[0]),
                          (Qt.Key.Key_PageDown, None), (Qt.Key.Key_PageUp, lines[0])):
        QTest.keyClick(QApplication.focusWidget(), key)
        current = page.tree.currentItem()
        assert current in lines, (key, current.text(0) if current is not None else None)
        assert expected is None or current is expected, key
    page.close()
