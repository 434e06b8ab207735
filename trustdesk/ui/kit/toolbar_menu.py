"""A main-window toolbar button with a drop-down menu (Coordinator, Handover), retranslated live.

    class HandoverMenu(ToolbarMenu):
        def __init__(self, window, session, toolbar_before=None):
            super().__init__(window, session, "handoverButton", "handoverMenu", toolbar_before)
            self.send_action = self.entry("handOverAction", self.hand_over)
            self.retranslate()

Each entry opens a dialog through ``show_dialog``: window-modal, kept in ``dialog`` (tests reach it
there) and deleted when it is finished.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QToolButton

from trustdesk.ui.kit.session import VaultSession

D = TypeVar("D", bound=QDialog)


class ToolbarMenu(QObject):
    def __init__(self, window: QMainWindow, session: VaultSession, button_name: str, menu_name: str,
                 toolbar_before: QAction | None = None, *, shortcut: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.menu = QMenu(window)
        self.menu.setObjectName(menu_name)
        self.button = QToolButton(window)
        self.button.setObjectName(button_name)
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            if toolbar_before is not None:
                toolbar.insertWidget(toolbar_before, self.button)
            else:
                toolbar.addWidget(self.button)
        self.dialog: QDialog | None = None
        # The keyboard opens the menu from anywhere in the window (its tooltip says how: ``tip``)
        self.open_action = QAction(window)
        self.open_action.setObjectName(f"{button_name}Open")
        if shortcut:
            self.open_action.setShortcut(QKeySequence(shortcut))
        self.open_action.triggered.connect(self.open_menu)
        window.addAction(self.open_action)
        window.installEventFilter(self)

    def open_menu(self) -> None:
        """The menu under its button, its first entry chosen (not blocking: the menu is a popup)."""
        self.menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))
        actions = [a for a in self.menu.actions() if a.isEnabled() and a.isVisible()]
        if actions:
            self.menu.setActiveAction(actions[0])

    def tip(self) -> None:
        """The button's tooltip: its name and its shortcut (call at the end of ``retranslate``)."""
        keys = self.open_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.button.setToolTip(f"{self.button.text()} ({keys})" if keys else self.button.text())

    def entry(self, name: str, slot: Callable[[], object]) -> QAction:
        """The next menu entry (objectName ``name``), calling ``slot()`` when chosen."""
        action = QAction(self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def show_dialog(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        raise NotImplementedError
