"""Every toolbar command is reachable by the keyboard (issue 18 follow-up): Search Ctrl+F, Handover
Ctrl+Shift+O, Hide aliases Ctrl+Shift+H, Coordinator Ctrl+Shift+K, Settings Ctrl+, and Lock Ctrl+L,
each sent as a person types it (to the window), and each button's tooltip names its keys."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.alias import aliases
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow


def _press(window: MainWindow, keys: str) -> None:
    sequence = QKeySequence(keys)[0]
    QTest.keyClick(window.windowHandle(), sequence.key(), sequence.keyboardModifiers())


def test_every_toolbar_command_has_its_keys(qtbot: QtBot, session: VaultSession, prefs: Preferences) -> None:
    window = MainWindow(session, prefs, pages=[])
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    buttons = window.toolbar_buttons()
    assert len(buttons) == 6
    for button in buttons:  # a tooltip or the action says the keys
        assert "Ctrl+" in button.toolTip(), (button.objectName(), button.toolTip())

    _press(window, "Ctrl+F")
    dialog = window.search.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())

    for keys, menu in (("Ctrl+Shift+O", window.handover.menu), ("Ctrl+Shift+K", window.exchange.menu)):
        _press(window, keys)
        qtbot.waitUntil(menu.isVisible)
        assert menu.activeAction() is not None, "the first entry is chosen: Enter opens it"
        menu.close()
        window.activateWindow()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())

    hidden = aliases().hidden
    _press(window, "Ctrl+Shift+H")
    assert aliases().hidden is not hidden
    _press(window, "Ctrl+Shift+H")
    assert aliases().hidden is hidden

    with qtbot.waitSignal(window.settings_requested, timeout=2000):
        _press(window, "Ctrl+,")

    _press(window, "Ctrl+L")
    assert not session.is_unlocked
    assert QApplication.focusWidget() is None or not window.isVisible()
