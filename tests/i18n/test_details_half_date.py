"""A half-typed date in a case's Details tab is never dropped silently (issue 18 follow-up: "Opened on"
went back to its old date when left with Ctrl+PgDn).  Left by every route -- Ctrl+PgDn, another tab,
another page, the lock -- the typing stays in the field, the tab says why (its state line, Save now
held), the case view says so from the other tabs (the tab's title marked, a line), the vault keeps the
old date, and a lock names it after the unlock; leaving the case (its list, another case), whose tabs
go, says it in a box.  Esc puts the old date back and every mark goes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import open_case, show_page
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

ROUTES = ("ctrl+pgdn", "ctrl+pgup", "another tab", "another page", "lock", "the list", "another case")


def _type_half(qtbot: QtBot, view: CaseView, typed: str, over_all: bool) -> None:
    details = view.details
    assert details is not None
    view.tabs.setCurrentWidget(details)
    field = details.form.opened_on
    qtbot.waitUntil(field.isVisible)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (field, field.lineEdit()))
    if over_all:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), typed)
    else:  # section by section: the year cut short ("27/10/20")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
        for _ in typed:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    assert not field.lineEdit().hasAcceptableInput() or field.typed is not None, field.lineEdit().text()


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize(("typed", "over_all"), [("8/04/", True), ("31/02/2026", True), ("26", False)])
def test_a_half_date_in_details_is_kept_and_said_by_every_route(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, route: str, typed: str,
        over_all: bool) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    vault = session.require()
    stored = vault.cases.get(sample.dutch_case).opened_on  # type: ignore[union-attr]
    view = open_case(qtbot, window, sample.dutch_case)
    _type_half(qtbot, view, typed, over_all)
    details = view.details
    assert details is not None
    field = details.form.opened_on
    shown = field.lineEdit().text()
    index = view.tabs.indexOf(details)
    if route == "lock":
        session.lock()
        said = [f"{fate.title}: {fate.fate}" for fate in session.drafts_at_lock]
        assert any(shown in line and not fate.kept for line, fate in zip(said, session.drafts_at_lock, strict=True)), said
        return
    if route in ("the list", "another case"):  # the tabs go with the case: the typing is said in a box
        if route == "the list":
            window.pages["cases"].show_list()  # type: ignore[attr-defined]  # ← Cases, Alt+Left
        else:
            assert window.open_case(sample.french_case)
        box = view.half_date_box
        assert box is not None and box.isVisible() and shown in box.text() and "Details" in box.text()  # type: ignore[attr-defined]
        assert vault.cases.get(sample.dutch_case).opened_on == stored  # type: ignore[union-attr]
        box.close()
        return
    if route.startswith("ctrl"):
        key = Qt.Key.Key_PageDown if route == "ctrl+pgdn" else Qt.Key.Key_PageUp
        QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
        assert view.tabs.currentWidget() is not details, "the key reached the tabs"
    elif route == "another tab":
        view.tabs.setCurrentIndex(0)
    else:
        show_page(qtbot, window, "today")
        show_page(qtbot, window, "cases")
        assert view.case_id == sample.dutch_case
    assert field.lineEdit().text() == shown, "the typing stays"
    assert field.half_typed() and not field.acceptable() and field.problem
    assert details.date_problem and details.state.text() == details.date_problem
    assert not details.save_button.isEnabled()
    if view.tabs.currentWidget() is not details:
        assert "⚠" in view.tabs.tabText(index) and view.message.isVisible() and "Details" in view.message.text()
    details.flush(vault)
    assert vault.cases.get(sample.dutch_case).opened_on == stored  # type: ignore[union-attr]

    view.tabs.setCurrentWidget(details)  # back to it: Esc gives the typing up, every mark goes
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (field, field.lineEdit()))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert field.acceptable() and not details.date_problem and not field.problem
    assert "⚠" not in view.tabs.tabText(index) and not view.message.isVisible()
