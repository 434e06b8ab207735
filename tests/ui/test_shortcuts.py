"""Every advertised shortcut, SENT as a key press after a language switch (nl, fr, en): Ctrl+1…6 switch
pages, Alt+Left goes back to the place before (shell/history.py); the Cases entry leaves an open case; Ctrl+N then Cancel returns to where
the user was; lock → unlock returns to the case and tab that were open (issue 18, keyboard)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.waits import active_window
from trustdesk.domain.models import Case
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]


def _window(qtbot: QtBot, session: VaultSession, prefs: Preferences) -> MainWindow:
    window = active_window(qtbot, MainWindow(session, prefs))
    return window


def _case(vault: Vault) -> int:
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    return case.id


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_advertised_shortcut_works_after_a_language_switch(
        qtbot: QtBot, vault: Vault, session: VaultSession, prefs: Preferences, translations: Translations,
        language: str) -> None:
    case_id = _case(vault)
    window = _window(qtbot, session, prefs)
    for lang in ("nl", "fr", language):  # switch at least twice: each switch runs retranslate()
        translations.install(lang)
        QApplication.processEvents()
    keys = list(window.pages)
    assert len(keys) == 6
    for index in [5, 0, 3, 1, 4, 2, 5, 0]:
        qtbot.keyClick(window, DIGITS[index], CTRL)
        assert window.current_key() == keys[index]
        button = window.nav_buttons[keys[index]]
        assert window.is_current(keys[index]) and button.accessibleDescription()
        shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
        assert button.toolTip().endswith(f"({shortcut})")  # the tooltip advertises what works

    cases = window.pages["cases"]
    view = cases.case_view  # type: ignore[attr-defined]
    before = window._here()  # noqa: SLF001 - the place shown before the case
    assert window.open_case(case_id)
    qtbot.waitUntil(lambda: view.isVisible())
    view.tabs.setFocus()
    advertised = window.back_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert advertised and advertised in view.back_button.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)  # back where the case was opened from, as in a browser
    assert window._here() == before  # noqa: SLF001
    assert window.open_case(case_id)
    view.back_button.click()  # the button still leaves the case for the list
    assert view.case_id is None and cases.stack.currentWidget() is cases.list_panel  # type: ignore[attr-defined]

    # The Cases entry (Ctrl+2, or its button) leaves an open case for the list.
    for leave in (lambda: qtbot.keyClick(window, Qt.Key.Key_2, CTRL),
                  lambda: qtbot.mouseClick(window.nav_buttons["cases"], Qt.MouseButton.LeftButton)):
        assert window.open_case(case_id)
        assert view.case_id == case_id
        leave()
        assert view.case_id is None and window.current_key() == "cases"

    # Ctrl+N, then Cancel: back to the page the user was on.
    for key in ("today", "providers", "audit"):
        window.show_page(key)
        qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
        dialog = cases.new_case_dialog  # type: ignore[attr-defined]
        assert isinstance(dialog, QDialog) and dialog.isVisible()
        dialog.reject()
        assert window.current_key() == key
    translations.install("en")


def test_lock_then_unlock_returns_to_the_case_and_tab(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                     vault: Vault, data_dir: Path, keychain: Keychain) -> None:
    case_id = _case(vault)
    shell = make_shell()
    shell.start()
    shell.session.open(vault)
    window = shell.main_window
    assert window is not None
    for tab in (3, 0, 5):
        assert window.open_case(case_id)
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        view.tabs.setCurrentIndex(tab)
        shell.session.lock()
        qtbot.waitUntil(lambda: shell.unlock_window is not None)
        shell.session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
        window = shell.main_window
        assert window is not None and window.current_key() == "cases"
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        assert view.case_id == case_id and view.tabs.currentIndex() == tab
    # ... and the control that had the focus (outside tester: the tab bar, not the Safety plan button)
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    view.tabs.setCurrentWidget(view.contacts)
    qtbot.waitUntil(lambda: view.contacts is not None and not view.contacts.reading)
    for pick in (lambda e: e.plan_button, lambda e: e.notes_edit):
        control = pick(view.contacts.editor)
        name = control.objectName()
        control.setFocus()
        qtbot.waitUntil(lambda c=control, w=window: w.focusWidget() is c)  # type: ignore[misc]
        shell.session.lock()
        shell.session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
        window = shell.main_window
        assert window is not None
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda n=name, w=window: w.focusWidget() is not None  # type: ignore[misc]
                        and w.focusWidget().objectName() == n, timeout=5000)
        assert view.contacts.editor.isAncestorOf(window.focusWidget())
    # locked with the safety plan open (the focus in the dialog): back on the button that opened it
    editor = view.contacts.editor
    editor.plan_button.setFocus()
    qtbot.waitUntil(lambda w=window, e=editor: w.focusWidget() is e.plan_button)  # type: ignore[misc]
    editor.plan_button.click()
    qtbot.waitUntil(lambda e=editor: e.plan_dialog is not None and e.plan_dialog.isVisible())  # type: ignore[misc]
    shell.session.lock()
    shell.session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
    window = shell.main_window
    assert window is not None
    qtbot.waitUntil(lambda w=window: w.focusWidget() is not None  # type: ignore[misc]
                    and w.focusWidget().objectName() == "contact_safety_plan_button", timeout=5000)
    # A page without a case comes back as that page.
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    window.show_page("providers")
    shell.session.lock()
    shell.session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
    assert shell.main_window is not None and shell.main_window.current_key() == "providers"
    shell.session.lock()


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_down_or_return_in_a_filter_moves_to_the_results(qtbot: QtBot, vault: Vault, session: VaultSession,
                                                         prefs: Preferences, key: Qt.Key) -> None:
    for _ in range(3):
        _case(vault)
    window = _window(qtbot, session, prefs)
    for page_key, field_name in (("cases", "text_filter"), ("audit", "case_filter")):
        window.show_page(page_key)
        page = window.pages[page_key]
        field, table = getattr(page, field_name), page.table  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda t=table: t.model().rowCount() > 0, timeout=5000)
        table.setCurrentIndex(table.model().index(-1, -1))
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, key)
        assert table.hasFocus(), page_key
        assert table.currentIndex().isValid() and table.currentIndex().row() == 0, page_key


def test_the_navigation_reads_as_buttons_whose_press_switches_the_page(qtbot: QtBot, session: VaultSession,
                                                                      prefs: Preferences) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    window = _window(qtbot, session, prefs)
    for key in reversed(list(window.pages)):
        iface = QAccessible.queryAccessibleInterface(window.nav_buttons[key])
        assert iface is not None and iface.role() == QAccessible.Role.Button  # not a check box
        actions = iface.actionInterface()
        assert actions is not None
        press = QAccessibleActionInterface.pressAction()
        assert press in actions.actionNames()
        actions.doAction(press)  # an animated click: the page switches when it ends
        qtbot.waitUntil(lambda k=key: window.current_key() == k)
        assert window.is_current(key)
        assert not iface.state().checkable
