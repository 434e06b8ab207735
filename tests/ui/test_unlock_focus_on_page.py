"""After the unlock the keyboard is where the first page's words say it is (outside tester: the focus was
on the navigation while Today said "Enter opens the case", so Enter did nothing of it): Today's list has
the focus with its first line chosen, and Enter opens that line's case; without a line, "New task…" has
it.  Unlocked through the unlock window, as a person does, over several kinds of Today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, RiskLevel
from trustdesk.domain.models import Case, Contact, Task
from trustdesk.ui.case.today_page import CASE_ROLE, TodayPage
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Vault

KINDS = {  # what Today holds: (due tasks of a case, acute cases, silent new cases, tasks without a case)
    "nothing": (0, 0, 0, 0),
    "tasks": (2, 0, 0, 0),
    "attention": (0, 1, 2, 0),
    "both": (1, 1, 1, 0),
    "free task first": (0, 1, 0, 1),
}


def _fill(vault: Vault, due: int, acute: int, silent: int, free: int) -> None:
    today = date.today()
    with vault.transaction():
        for n in range(due + acute + silent):
            case = vault.cases.add(Case(code="", opened_on=today - timedelta(days=30), status=CaseStatus.ACTIVE))
            assert case.id is not None
            if n < due:
                vault.tasks.add(Task(title=f"Terugbellen {n}", due_on=today - timedelta(days=n), case_id=case.id))
                vault.contacts.add(Contact(case_id=case.id, at=datetime.now(), risk=RiskLevel.LOW))
            elif n < due + acute:
                vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=2),
                                           risk=RiskLevel.ACUTE, safety_plan="1813 bellen"))
        for n in range(free):
            vault.tasks.add(Task(title=f"Verslag {n}", due_on=today))


def _first_line(page: TodayPage) -> QTreeWidgetItem | None:
    group = page.tree.topLevelItem(0)
    return group.child(0) if group is not None else None


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_focus_is_where_the_page_says_after_unlocking(
        qtbot: QtBot, unlocked_by_passphrase: Callable[..., tuple[Shell, MainWindow]], vault: Vault,
        kind: str) -> None:
    _fill(vault, *KINDS[kind])
    vault.lock()
    _shell, window = unlocked_by_passphrase()
    today = window.pages["today"]
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: today.count is not None, timeout=10_000)  # Today's read is on screen
    if kind == "nothing":
        qtbot.waitUntil(lambda: QApplication.focusWidget() is today.new_button)
        return
    first = _first_line(today)
    assert first is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.tree)
    assert today.tree.currentItem() is first and first.isSelected()
    case_id = first.data(0, CASE_ROLE)
    if not isinstance(case_id, int):  # a task without a case: Enter edits it (Today's words say so too)
        return
    QTest.keyClick(today.tree, Qt.Key.Key_Return)  # Enter does what the page says: opens the case
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.current_key() == "cases" and view.case_id == case_id, timeout=10_000)
