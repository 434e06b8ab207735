"""Hidden aliases hide who the doctor is, everywhere (ARCHITECTURE.md, Hidden aliases): with the switch on,
no visible widget of any page, case tab or open window shows the alias, the doctor's name, phone, e-mail or
workplace (``kit.alias.IDENTIFYING_FIELDS``); the switch says what pressing it does now."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case, Task
from trustdesk.ui.kit.alias import IDENTIFYING_FIELDS, aliases
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault

MARKERS = {"alias": "Qzalias", "doctor_name": "Jean-François Zorblax", "doctor_phone": "+32 470 91 82 73",
           "doctor_email": "zorblax@example.org", "workplace": "Clinique Qwyxa"}
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


@pytest.fixture(autouse=True)
def shown() -> Iterator[None]:
    aliases().set_hidden(False)
    yield
    aliases().set_hidden(False)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model, texts = view.model(), []
    if model is None:
        return texts
    pending = [QModelIndex()]
    while pending and len(texts) < 20_000:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model keeps it private: one column
                columns = 1
            for column in range(columns):
                index = model.index(row, column, parent)
                texts.extend(str(index.data(role)) for role in ROLES if index.data(role))
                if column == 0 and model.rowCount(index) > 0:
                    pending.append(index)
    return texts


def visible_texts() -> list[str]:
    """Every text a person or a screen reader meets on screen now: labels, fields, lists, buttons,
    tooltips, accessible names and window titles of every visible window."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                texts.append(widget.text())
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            elif isinstance(widget, QAbstractItemView):
                texts += _model_texts(widget)
            elif isinstance(widget, QTabWidget):
                texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def leaks() -> set[str]:
    seen = "\n".join(visible_texts())
    return {field for field, marker in MARKERS.items() if marker in seen}


def test_hidden_aliases_leave_nothing_that_identifies_the_doctor(qtbot: QtBot, session: VaultSession,
                                                                 vault: Vault, prefs: Preferences) -> None:
    assert set(MARKERS) == set(IDENTIFYING_FIELDS)
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=20), **MARKERS))
    assert case.id is not None
    vault.tasks.add(Task(title="Bellen", case_id=case.id, due_on=date.today()))
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)

    def walk(hidden: bool) -> None:
        for key in list(window.nav_actions):
            window.navigate(key)
            if key in ("today", "cases"):  # the case is listed there: wait for it, then look
                qtbot.waitUntil(lambda: any(case.code in t for t in visible_texts()), timeout=10_000)
            assert not hidden or not leaks(), key
        assert window.open_case(case.id)  # type: ignore[arg-type]
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        for i in range(view.tabs.count()):
            view.tabs.setCurrentIndex(i)
            if not hidden and view.tabs.tabText(i) == "Details":  # the walk sees what the tab shows
                qtbot.waitUntil(lambda: leaks() == set(MARKERS), timeout=10_000)
            assert not hidden or not leaks(), view.tabs.tabText(i)

    walk(hidden=False)
    window.hide_aliases_action.trigger()
    assert aliases().hidden
    walk(hidden=True)
    window.hide_aliases_action.trigger()
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    view.tabs.setCurrentIndex(next(i for i in range(view.tabs.count()) if view.tabs.tabText(i) == "Details"))
    assert leaks() == set(MARKERS)  # shown again at once


def test_the_switch_says_what_pressing_it_does(qtbot: QtBot, session: VaultSession, prefs: Preferences) -> None:
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    button = window.hide_aliases_button
    for hidden in (False, True, False, True, False):
        aliases().set_hidden(hidden)
        action = window.hide_aliases_action
        expected = "Show aliases" if hidden else "Hide aliases"
        assert action.isCheckable() and action.isChecked() is hidden
        assert action.text() == expected and button.accessibleName() == expected
        assert ("show them again" in action.toolTip()) is hidden and "Ctrl+Shift+H" in action.toolTip()
