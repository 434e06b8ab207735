"""Alt never types a letter: ``install_alt_guard(app)``, once, by every entry point (as ``apply_look``).

Alt+letter is a mnemonic. When no button, label or menu of the window has that letter, Qt hands the key
on to the focused widget, and a text field types the plain letter into the note ("Alt+O" puts an "o" in
a referral's notes). This application event filter drops such a key press: Alt held (not Ctrl), the
character the key gives without modifiers. It only sees key presses that no shortcut took, so every
mnemonic and shortcut works as before.

Characters typed WITH AltGr stay: on Windows AltGr is Ctrl+Alt (Ctrl is held), on Linux it is its own
key (no Alt modifier, or the group-switch modifier), on macOS Option gives another character ("@", "œ",
a dead key) than the key's own letter. Only a key press whose text is the key's own letter or digit is
dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from trustdesk.ui.kit.app_filters import install_once

_KEEP = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.GroupSwitchModifier
_KEY_PRESS = QEvent.Type.KeyPress  # looked up once: the filter sees every event of the application


def types_a_letter_with_alt(event: QKeyEvent) -> bool:
    """Alt (without Ctrl or AltGr) and the key's own letter or digit as its text."""
    modifiers = event.modifiers()
    if not modifiers & Qt.KeyboardModifier.AltModifier or modifiers & _KEEP:
        return False
    text = event.text()
    return len(text) == 1 and text.isalnum() and event.key() == ord(text.upper())


class AltGuard(QObject):
    """Sees every key press of the app (through kit/app_filters.py): drops a key press that would type its letter because Alt found no mnemonic."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # the class first (a C check): asking any event its type() makes a Python enum member
        if isinstance(event, QKeyEvent) and event.type() == _KEY_PRESS:
            return types_a_letter_with_alt(event)
        return False


def install_alt_guard(app: QObject) -> None:
    """Once per application (idempotent)."""
    install_once(AltGuard, app, QKeyEvent)  # through the application's one filter (kit/app_filters.py)
