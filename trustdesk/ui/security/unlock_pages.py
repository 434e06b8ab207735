"""The unlock window's second and third pages: the recovery code, then a new passphrase after it (built
here so that ``unlock.py`` holds the window's flow; the widgets are the window's attributes, as before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from trustdesk.ui.kit.clipboard import guard_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from trustdesk.ui.security.unlock import UnlockWindow


def add_recovery_pages(window: UnlockWindow) -> None:
    """The recovery code's page and the new passphrase's page (its fields built when first needed)."""
    from PySide6.QtWidgets import QLabel

    # Page 2: the recovery code.
    page = QWidget(window.stack)
    window.recovery_intro = QLabel(page)
    window.recovery_intro.setWordWrap(True)
    window.recovery_code = guard_text(QLineEdit(page))
    window.recovery_code.setObjectName("recoveryCodeEdit")
    window.recovery_code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX")
    window.recovery_code.setEchoMode(QLineEdit.EchoMode.Password)  # a key to the vault: hidden like one
    window.recovery_show = QCheckBox(page)
    window.recovery_show.setObjectName("recoveryCodeShow")
    window.recovery_show.toggled.connect(window._show_recovery_code)
    window.recovery_back = QPushButton(page)  # made in layout order (left to right): the Tab order
    window.recovery_back.setObjectName("recoveryBackButton")
    window.recovery_continue = QPushButton(page)
    window.recovery_continue.setObjectName("recoveryContinueButton")
    buttons = QHBoxLayout()
    buttons.addWidget(window.recovery_back)
    buttons.addStretch(1)
    buttons.addWidget(window.recovery_continue)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(window.recovery_intro)
    layout.addWidget(window.recovery_code)
    layout.addWidget(window.recovery_show)
    layout.addLayout(buttons)
    window.stack.addWidget(page)

    # Page 3: a new passphrase after the recovery code (built when first needed).
    window._reset_page = QWidget(window.stack)
    window.reset_intro = QLabel(window._reset_page)
    window.reset_intro.setWordWrap(True)
    window.reset_fields = None
    window.reset_save = QPushButton(window._reset_page)
    window.reset_save.setObjectName("saveNewPassphraseButton")
    window.reset_save.setEnabled(False)
    window._reset_layout = QVBoxLayout(window._reset_page)
    window._reset_layout.setContentsMargins(0, 0, 0, 0)
    window._reset_layout.addWidget(window.reset_intro)
    save_row = QHBoxLayout()
    save_row.addStretch(1)
    save_row.addWidget(window.reset_save)
    window._reset_layout.addLayout(save_row)
    window.stack.addWidget(window._reset_page)


def add_lock_key(window: QWidget | None, lock: Callable[[], None]) -> None:
    """Ctrl+L (the main window's lock key) on the unlock ``window``, once: ``lock``."""
    if window is not None and window.findChild(QObject, "unlockLockAction") is None:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(window)
        action.setObjectName("unlockLockAction")
        action.setShortcut(QKeySequence("Ctrl+L"))
        action.triggered.connect(lock)
        window.addAction(action)
