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
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QToolButton

from trustdesk.ui.kit.session import VaultSession

D = TypeVar("D", bound=QDialog)


class ToolbarMenu(QObject):
    def __init__(self, window: QMainWindow, session: VaultSession, button_name: str, menu_name: str,
                 toolbar_before: QAction | None = None) -> None:
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
        window.installEventFilter(self)

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
