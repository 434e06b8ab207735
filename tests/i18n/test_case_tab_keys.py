"""Ctrl+PgDn / Ctrl+PgUp switch a case's tabs from every widget of the case view that takes the focus:
the header (back, status, copy…), the tab bar itself and every control of every tab, combo boxes, spin
boxes and date fields included (issue 18 follow-up: the tab bar and the PHQ-9 combo kept the keys).
The keys are sent to the widget that has the focus, as a person's keyboard does (kit/tab_keys.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import open_case
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _focusable(view: CaseView) -> list[QWidget]:
    return [w for w in view.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and w.window() is view.window()]


def _send(qtbot: QtBot, view: CaseView, widget: QWidget, key: Qt.Key) -> int | None:
    """The tab shown after ``key`` (with Ctrl) was pressed with the focus on ``widget`` (None: no focus)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    focus = QApplication.focusWidget()
    if focus is None or not (focus is widget or widget.isAncestorOf(focus)):
        return None  # it gives the focus to another (a spin box to its text)
    QTest.keyClick(focus, key, CTRL)
    return view.tabs.currentIndex()


def test_ctrl_page_keys_switch_the_case_tabs_from_every_widget(qtbot: QtBot, window: MainWindow,
                                                               sample: Sample) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    view = open_case(qtbot, window, sample.dutch_case)
    count = view.tabs.count()
    problems: list[str] = []
    tried = 0
    kinds: set[str] = set()
    for index in range(count):
        view.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: view.tabs.currentWidget().isVisible())
        for widget in _focusable(view):
            for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
                view.tabs.setCurrentIndex(index)
                if not widget.isVisible():  # a confirmation bar that went with the previous key
                    continue
                shown = _send(qtbot, view, widget, key)
                if shown is None:
                    continue
                tried += 1
                kinds.add(type(widget).__name__)
                if shown != (index + step) % count:
                    problems.append(f"tab {index}: {type(widget).__name__} {widget.objectName()!r}: "
                                    f"Ctrl+{key.name[4:]} showed tab {shown}")
                elif not view.isAncestorOf(QApplication.focusWidget()):
                    problems.append(f"tab {index}: {widget.objectName()!r}: the focus left the case")
    view.tabs.setCurrentIndex(0)
    assert tried >= 60, tried
    assert {"QTabBar", "QComboBox", "DateField", "DateTimeField", "QSpinBox", "QPushButton", "QPlainTextEdit",
            "QLineEdit", "QCheckBox", "QRadioButton", "QListWidget", "QTreeWidget"} <= kinds, kinds
    assert not problems, "\n".join(problems)
