"""A page shown by its key (Ctrl+1…) has the focus where its words say the keyboard is -- its list when it
has lines (the first, most urgent one chosen), else its first action -- also when its lines arrive after
it was shown (its read runs in a worker).  Outside tester: a new case made with Ctrl+N, then Ctrl+1, and
Return did nothing: the focus was on "New task…" and Today's list two Shift+Tabs away."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.waits import active_window
from trustdesk.domain.enums import CaseStatus, RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.today_page import CASE_ROLE, TodayPage
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]


def _acute_case(vault: Vault) -> int:
    with vault.transaction():
        case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=3), status=CaseStatus.ACTIVE))
        assert case.id is not None
        vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=2), risk=RiskLevel.ACUTE,
                                   notes="Derde contact"))
    return case.id


def _expected(window: MainWindow) -> QWidget | None:
    page = window.stack.currentWidget()
    primary = getattr(page, "primary_widget", None)
    return primary() if callable(primary) else None


def test_a_page_shown_by_its_key_has_the_focus_where_its_words_say(qtbot: QtBot, vault: Vault,
                                                                   session: VaultSession, prefs: Preferences) -> None:
    window = active_window(qtbot, MainWindow(session, prefs))
    today = window.pages["today"]
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: today.count is not None)
    keys = list(window.pages)
    rng = random.Random(11)
    for step in range(14):
        away = rng.choice([k for k in keys if k != "today"])
        QTest.keyClick(window, DIGITS[keys.index(away)], CTRL)
        assert window.current_key() == away
        qtbot.waitUntil(lambda: _expected(window) is not None and QApplication.focusWidget() is _expected(window)
                        or _expected(window) is None and window.stack.currentWidget().isAncestorOf(
                            QApplication.focusWidget()), timeout=5000)
        added = step % 3 != 1 and _acute_case(vault)  # the lines come while Today is out of sight (or not)
        QTest.keyClick(window, Qt.Key.Key_1, CTRL)
        assert window.current_key() == "today"
        if not added and today.count is not None and today.tree.isHidden():
            qtbot.waitUntil(lambda: QApplication.focusWidget() is today.new_button, timeout=5000)
            continue
        qtbot.waitUntil(lambda: QApplication.focusWidget() is today.tree, timeout=5000)
        first = today.tree.topLevelItem(0).child(0)
        assert today.tree.currentItem() is first and first.isSelected()
        chosen = first.data(0, CASE_ROLE)
        QTest.keyClick(today.tree, Qt.Key.Key_Return)  # "Enter or double-click opens the case"
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda v=view, c=chosen: window.current_key() == "cases"  # type: ignore[misc]
                        and v.case_id == c, timeout=5000)
