"""A person's way to a note through search, shared by the tests that open a hit (test_search_more_and_match,
test_closed_case_notes): the main window at 1366x768, Ctrl+F, the words typed, Return on the one hit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.waits import active_window
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


def open_the_one_hit(qtbot: QtBot, vault: Vault, prefs: Preferences, words: str) -> MainWindow:
    """The main window over ``vault`` once Return was pressed on the single hit for ``words``."""
    session = VaultSession()
    session.open(vault)
    window = MainWindow(session, prefs)
    window.resize(1366, 768)
    window = active_window(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.query_edit, words)
    qtbot.waitUntil(lambda: len(dialog.hits) == 1, timeout=3000)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    return window
