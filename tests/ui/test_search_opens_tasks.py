"""A task found by the search opens as the task itself, with or without a case (outside tester: a task
without a case was indexed but never shown, having no case to open).  Ctrl+F, the task's word, Enter:
Today shows the task's dialog with its title; the hit of a caseless task says it has no case."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.waits import active_window
from trustdesk.domain.models import Case, Task
from trustdesk.ui.case.task_dialog import TaskDialog
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


@pytest.mark.parametrize("with_case", [False, True])
def test_a_task_hit_opens_the_task(qtbot: QtBot, vault: Vault, prefs: Preferences, with_case: bool) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=3))) if with_case else None
    other = vault.tasks.add(Task(title="Verslag nalezen", case_id=None, due_on=date.today()))
    task = vault.tasks.add(Task(title="Zorgkompas terugbellen", notes="over de wachtlijst",
                                case_id=case.id if case else None, due_on=date.today() + timedelta(days=2)))
    assert other.id is not None and task.id is not None
    session = VaultSession()
    session.open(vault)
    window = active_window(qtbot, MainWindow(session, prefs))
    window.show_page("cases")

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query_edit, "wachtlijst")
    qtbot.waitUntil(lambda: len(dialog.hits) == 1, timeout=3000)
    shown = dialog.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert (case.code if case else dialog.tr("No case")) in shown, shown
    assert dialog.tr("Task") in shown
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)

    assert window.current_key() == "today"
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(TaskDialog)), timeout=3000)
    opened = next(d for d in window.findChildren(TaskDialog) if d.isVisible())
    assert opened.title_edit.text() == "Zorgkompas terugbellen"
    assert opened.notes_edit.toPlainText() == "over de wachtlijst"
    opened.reject()
    session.lock()
