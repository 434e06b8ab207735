"""Every page opens its dialogs one way (Page.open_dialog): one dialog of the page at a time, the page
reads again when it closes, and the focus comes back where it was -- never onto the action button that
opened it, where one key (Space) would act again unseen.  Today, the providers and the templates pages
each had their own copy of the bookkeeping; only Today brought the focus back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from trustdesk.domain.enums import ProviderKind
from trustdesk.domain.models import Case, Provider, Task
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault

PAGES = ["today", "providers", "templates"]


def _page(qtbot: QtBot, session: VaultSession, prefs: Preferences, vault: Vault, key: str) -> tuple[MainWindow, Page]:
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    vault.tasks.add(Task(case_id=case.id, title="Call back", due_on=date.today()))
    vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Marie Dubois"))
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    page = window.pages[key]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show()
        window.show_page(key)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    return window, page


def _open_from_the_button(qtbot: QtBot, window: MainWindow, page: Page) -> QDialog:
    button = page.new_button  # type: ignore[attr-defined]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    return dialog


@pytest.mark.parametrize("key", PAGES)
def test_after_a_dialog_the_focus_is_on_the_page_not_on_its_button(
        qtbot: QtBot, session: VaultSession, prefs: Preferences, vault: Vault, key: str) -> None:
    window, page = _page(qtbot, session, prefs, vault, key)
    dialog = _open_from_the_button(qtbot, window, page)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert page.dialog is None
    window.activateWindow()  # as the window manager does when the dialog goes
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    focus = QApplication.focusWidget()
    assert focus is page.primary_widget() and focus is not page.new_button, focus  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not isValid(dialog))  # let go


@pytest.mark.parametrize("key", PAGES)
def test_one_dialog_of_a_page_at_a_time_and_none_after_clear(
        qtbot: QtBot, session: VaultSession, prefs: Preferences, vault: Vault, key: str) -> None:
    window, page = _page(qtbot, session, prefs, vault, key)
    first = _open_from_the_button(qtbot, window, page)
    second = page.new_button.click() or page.dialog  # type: ignore[attr-defined]
    assert second is not None and second is not first
    assert not isValid(first) or not first.isVisible()
    page.clear()
    assert page.dialog is None
    assert not isValid(second) or not second.isVisible()
