"""Copying case text without leaving it behind (DESIGN §3, clipboard pitfall).

``copy_secret(text)`` puts ``text`` on the clipboard marked as secret for clipboard managers
(``x-kde-passwordManagerHint: secret``: Klipper and others then keep it out of their history) and
clears it again after ``seconds`` (the vault setting ``clipboard.clear_seconds``, default 30) —
but only when the clipboard still holds *our* text: something the user copied since stays.
``forget_secret()`` clears it at once (on lock).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

if TYPE_CHECKING:
    from trustdesk.vault import Vault

SECRET_HINT = "x-kde-passwordManagerHint"
SECRET_VALUE = b"secret"
DEFAULT_CLEAR_SECONDS = 30
SETTING_CLEAR_SECONDS = "clipboard.clear_seconds"
MIN_SECONDS, MAX_SECONDS = 5, 300


def clear_seconds(vault: Vault) -> int:
    value = vault.settings.get(SETTING_CLEAR_SECONDS, DEFAULT_CLEAR_SECONDS)
    if isinstance(value, int) and not isinstance(value, bool) and MIN_SECONDS <= value <= MAX_SECONDS:
        return value
    return DEFAULT_CLEAR_SECONDS


class ClipboardGuard(QObject):
    """One per application: remembers what we copied and clears it when its time is up."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("clipboardGuard")
        self._text: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.forget)

    @property
    def holding(self) -> bool:
        return self._text is not None

    def copy(self, text: str, milliseconds: int) -> QMimeData:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(SECRET_HINT, QByteArray(SECRET_VALUE))
        _clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._text = text
        self.timer.start(max(0, milliseconds))
        return mime

    def forget(self) -> None:
        """Clear the clipboard if it still holds what we put there."""
        self.timer.stop()
        if self._text is None:
            return
        clipboard = _clipboard()
        current = clipboard.mimeData(QClipboard.Mode.Clipboard)
        if current is not None and current.hasFormat(SECRET_HINT) and clipboard.text() == self._text:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._text = None


def _clipboard() -> QClipboard:
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None
    return clipboard


def guard() -> ClipboardGuard:
    app = QGuiApplication.instance()
    assert app is not None
    found = app.findChild(ClipboardGuard, "clipboardGuard")
    return found if isinstance(found, ClipboardGuard) else ClipboardGuard(app)


def copy_secret(text: str, seconds: float = DEFAULT_CLEAR_SECONDS) -> QMimeData:
    """Copy case text, marked secret, cleared after ``seconds`` unless replaced meanwhile."""
    return guard().copy(text, int(seconds * 1000))


def forget_secret() -> None:
    guard().forget()
