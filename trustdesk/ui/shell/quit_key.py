"""The platform's Quit key (``QKeySequence.Quit``; Ctrl+Q where the platform defines none) quits from
every window of the app: the unlock window, the first-run and restore wizards, the main window and any
dialog over it.

It is one more filter on the application's one filter (``kit/app_filters.py``, key events only), so a
dialog that blocks the main window's shortcuts does not block it.  What it does is the Shell's
``quit_by_key``: with the main window open, exactly what closing that window does (its drafts kept or
named as a lock says, the vault locked with "quit", the automatic backup); without one, the windows
close and the app ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from trustdesk.ui.kit import app_filters

if TYPE_CHECKING:
    from PySide6.QtCore import QKeyCombination

FALLBACK = "Ctrl+Q"


def quit_combinations() -> tuple[QKeyCombination, ...]:
    """The key combinations that quit: the platform's Quit bindings, else Ctrl+Q."""
    from PySide6.QtGui import QKeySequence  # at the first key pressed, not before the first paint

    bindings = [b for b in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if not b.isEmpty()]
    if not bindings:
        bindings = [QKeySequence(FALLBACK)]
    return tuple(b[0] for b in bindings)  # type: ignore[index]  # (QKeySequence is indexable)


class QuitKey(QObject):
    pressed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._combinations: tuple[QKeyCombination, ...] | None = None  # learnt at the first key

    @property
    def combinations(self) -> tuple[QKeyCombination, ...]:
        if self._combinations is None:
            self._combinations = quit_combinations()
        return self._combinations

    def listen(self) -> None:
        app_filters.register(self, QKeyEvent)

    def stop(self) -> None:
        app_filters.unregister(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() != Qt.KeyboardModifier.NoModifier \
                and event.keyCombination() in self.combinations:
            if not event.isAutoRepeat():
                self.pressed.emit()
            return True
        return False
