"""Copying case text without leaving it behind (ARCHITECTURE.md, Where plaintext may leave).

One mechanism, the application's :class:`ClipboardGuard`, for every way text leaves a window:

- ``copy_secret(text)`` puts ``text`` on the clipboard **marked secret** for clipboard managers on each
  platform (X11/Wayland: ``x-kde-passwordManagerHint: secret``, honoured by Klipper, CopyQ, GPaste…;
  Windows: ``ExcludeClipboardContentFromMonitorProcessing`` plus ``CanIncludeInClipboardHistory`` and
  ``CanUploadToCloudClipboard`` = 0, so Win+V history and cloud clipboard skip it; macOS:
  ``org.nspasteboard.ConcealedType``) and clears it again after ``seconds`` (the vault setting
  ``clipboard.clear_seconds``, default 30) — only when the clipboard still holds *our* text: something
  the user copied since stays.  ``forget_secret()`` clears it at once (on lock).
- **Every editor that shows case data** goes through :func:`guard_text` when it is made (a test walks
  every page, tab and dialog and fails on one that did not): Copy/Cut — keys and context menu — go
  through ``copy_secret``; a mouse press inside the selection drops the selection first, so no text
  can be dragged out; a line edit never drags.  Copying the **whole** of a note, letter or plan
  (``guard_text(edit, document=True)``), or more than ``EXPORT_CHARS`` characters from any field, is
  an export: the passphrase is asked (as for a PDF) and an audit entry is written, or nothing is copied
  (the exporter that does so lives in ``output/clipboard_export.py``; the shell installs it).
- **The other doors** (Ctrl+C in a list or table, a selectable label, a message box) are watched at the
  clipboard itself: whatever this process puts on the CLIPBOARD unmarked is replaced at once, before
  any other program can ask for it, by the same text marked secret and on the same timer.  The X11
  PRIMARY selection (what a mere selection offers to a middle click) is never left holding our text:
  it is emptied the moment this process takes it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QInputEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from trustdesk.ui.kit.queries import clear_seconds

if TYPE_CHECKING:
    # imported where they are used, not here: the unlock window's field is guarded before its first paint,
    # and PySide6 makes each class (with its enums) on first use (start-up budget, ui/kit/first_paint.py)
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

    from trustdesk.ui.kit.session import VaultSession
    from trustdesk.vault import Vault

SECRET_HINT = "x-kde-passwordManagerHint"
SECRET_VALUE = b"secret"
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'  # Qt registers the named native clipboard format
WINDOWS_EXCLUDE = _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing")
WINDOWS_HISTORY = _WINDOWS.format("CanIncludeInClipboardHistory")
WINDOWS_CLOUD = _WINDOWS.format("CanUploadToCloudClipboard")
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
MAC_CONCEALED_UTI = "org.nspasteboard.ConcealedType"
DWORD_ZERO = b"\x00\x00\x00\x00"

DEFAULT_CLEAR_SECONDS = 30  # = vault.settings.CLIPBOARD_CLEAR_SECONDS.default (the vault loads after this module)
EXPORT_CHARS = 1000  # copying more than this at once is an export (re-auth + audit)

GUARD_PROPERTY = "trustdeskCaseText"  # "field" or "document" on every guarded editor
IN_PROCESS_PLATFORMS = frozenset({"offscreen", "minimal"})  # a clipboard no other program can read

W = TypeVar("W", bound=QWidget)



def secret_formats(platform: str = sys.platform) -> dict[str, bytes]:
    """The formats that tell ``platform``'s clipboard managers and histories to keep this to themselves."""
    if platform == "win32":
        return {WINDOWS_EXCLUDE: b"\x01\x00\x00\x00", WINDOWS_HISTORY: DWORD_ZERO, WINDOWS_CLOUD: DWORD_ZERO}
    if platform == "darwin":
        return {MAC_CONCEALED: SECRET_VALUE}
    return {SECRET_HINT: SECRET_VALUE}


def secret_mime(text: str, platform: str = sys.platform) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    for name, value in secret_formats(platform).items():
        mime.setData(name, QByteArray(value))
    return mime


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and any(mime.hasFormat(name) for name in secret_formats())


def _install_mac_converter() -> None:
    """macOS: Qt names unknown formats ``com.trolltech.anymime.…``; clipboard managers look for the
    ``org.nspasteboard.ConcealedType`` type, so map ours onto it (when this Qt offers converters)."""
    if sys.platform != "darwin":
        return
    from PySide6 import QtGui

    base = getattr(QtGui, "QUtiMimeConverter", None)
    if base is None:
        return

    class Concealed(base):  # type: ignore[misc,valid-type]
        def utiForMime(self, mime: str) -> str:  # noqa: N802 - Qt API
            return MAC_CONCEALED_UTI if mime == MAC_CONCEALED else ""

        def mimeForUti(self, uti: str) -> str:  # noqa: N802 - Qt API
            return MAC_CONCEALED if uti == MAC_CONCEALED_UTI else ""

        def convertFromMime(self, _mime: str, data: object, _uti: str) -> list[QByteArray]:  # noqa: N802
            return [QByteArray(data if isinstance(data, (bytes, QByteArray)) else SECRET_VALUE)]

        def convertToMime(self, _mime: str, data: list[QByteArray], _uti: str) -> object:  # noqa: N802
            return data[0] if data else QByteArray()

    _MAC_CONVERTERS.append(Concealed())


_MAC_CONVERTERS: list[object] = []


class ClipboardGuard(QObject):
    """One per application: marks, times and clears what we copy, and watches every other door."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("clipboardGuard")
        self._text: str | None = None
        self._busy = False  # our own change of the clipboard is under way
        self.session: VaultSession | None = None  # the app's session (the shell sets it); editors find theirs
        self.exporter: Callable[[QWidget, str], bool] | None = None  # a whole-text copy (the shell sets it)
        self.seconds = DEFAULT_CLEAR_SECONDS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # precise: set at the first copy (Qt.* is not touched before the first window)
        self.timer.timeout.connect(self.forget)
        self.editors = editors_filter()
        _install_mac_converter()
        _clipboard().changed.connect(self._changed)

    @property
    def holding(self) -> bool:
        return self._text is not None

    def copy(self, text: str, milliseconds: int | None = None) -> QMimeData:
        mime = secret_mime(text)
        self._busy = True
        try:
            _clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        finally:
            self._busy = False
        self._text = text
        from PySide6.QtCore import Qt

        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.start(max(0, self._seconds() * 1000 if milliseconds is None else milliseconds))
        return mime

    def _seconds(self) -> int:
        session = self.session
        vault = session.vault if session is not None else None
        return clear_seconds(vault) if vault is not None and not vault.is_locked else self.seconds

    def forget(self) -> None:
        """Clear the clipboard if it still holds what we put there; never leave PRIMARY holding ours."""
        self.timer.stop()
        clipboard = _clipboard()
        if clipboard.supportsSelection() and _owns(clipboard, QClipboard.Mode.Selection):
            self._clear(QClipboard.Mode.Selection)
        if self._text is None:
            return
        if (_owns(clipboard, QClipboard.Mode.Clipboard) and is_marked(clipboard.mimeData(QClipboard.Mode.Clipboard))
                and clipboard.text(QClipboard.Mode.Clipboard) == self._text):
            self._clear(QClipboard.Mode.Clipboard)
        self._text = None

    def _clear(self, mode: QClipboard.Mode) -> None:
        self._busy = True
        try:
            _clipboard().clear(mode)
        finally:
            self._busy = False

    def _changed(self, mode: QClipboard.Mode) -> None:
        """Runs inside the call that changed the clipboard, before any other program can ask for it."""
        if self._busy:
            return
        clipboard = _clipboard()
        if mode == QClipboard.Mode.Selection:
            if _owns(clipboard, mode):
                self._clear(mode)  # no PRIMARY selection of ours, ever
            return
        if mode != QClipboard.Mode.Clipboard or not _owns(clipboard, mode):
            return  # another program's copy: not ours to touch
        mime = clipboard.mimeData(mode)
        if mime is None or is_marked(mime):
            return
        text = mime.text()
        if text:
            self.copy(text)  # the same text, marked secret, on the timer
        elif mime.formats():
            self._clear(mode)  # something of ours we cannot mark: it does not stay


def _owns(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    if QGuiApplication.platformName() in IN_PROCESS_PLATFORMS:
        return bool(clipboard.mimeData(mode) is not None and clipboard.mimeData(mode).formats())
    if mode == QClipboard.Mode.Selection:
        return clipboard.ownsSelection()
    return clipboard.ownsClipboard()


def _clipboard() -> QClipboard:
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None
    return clipboard


def guard() -> ClipboardGuard:
    app = QGuiApplication.instance()
    assert app is not None
    found = app.findChild(ClipboardGuard, "clipboardGuard")
    return found if isinstance(found, ClipboardGuard) else ClipboardGuard(app)


def editors_filter() -> CaseTextFilter:
    """The application's one filter of guarded editors (``guard_text``; the guard's ``editors``)."""
    app = QGuiApplication.instance()
    assert app is not None
    found = app.findChild(CaseTextFilter, "caseTextFilter")
    return found if isinstance(found, CaseTextFilter) else CaseTextFilter(app)


def copy_secret(text: str, seconds: float | None = None) -> QMimeData:
    """Copy case text, marked secret, cleared after ``seconds`` unless replaced meanwhile."""
    return guard().copy(text, None if seconds is None else int(seconds * 1000))


def forget_secret() -> None:
    guard().forget()


# -- editors that show case data -------------------------------------------------------------------

if TYPE_CHECKING:
    TextEditor = QLineEdit | QPlainTextEdit | QTextEdit


def _editor_classes() -> tuple[type[QWidget], ...]:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    return (QLineEdit, QPlainTextEdit, QTextEdit)


def guard_text(widget: W, *, document: bool = False) -> W:
    """Every editor showing case data is made through this (``guard_text(QPlainTextEdit(self))``).

    ``document``: a note, letter or plan — copying all of it is an export (re-auth + audit)."""
    if not isinstance(widget, QLineEdit) and not isinstance(widget, _editor_classes()):
        raise TypeError(f"guard_text guards text editors, not {type(widget).__name__}")
    # the editors' filter only: the guard itself (the platform clipboard, its watch) comes with the
    # first copy, the app's first paint or the unlock, not with the first window's fields (start-up budget)
    filter_ = editors_filter()
    widget.setProperty(GUARD_PROPERTY, "document" if document else "field")
    widget.installEventFilter(filter_)
    if isinstance(widget, QLineEdit):
        widget.setDragEnabled(False)
    else:
        cast("QPlainTextEdit | QTextEdit", widget).viewport().installEventFilter(filter_)
    return widget


def is_guarded(widget: QWidget) -> bool:
    return widget.property(GUARD_PROPERTY) in ("field", "document")


def _selection(editor: TextEditor) -> tuple[str, str]:
    """(selected text, the editor's whole text) as plain text."""
    if isinstance(editor, QLineEdit):
        if editor.echoMode() != QLineEdit.EchoMode.Normal:
            return "", ""  # a passphrase is never copied
        return editor.selectedText(), editor.text()
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        return "", ""
    return cursor.selection().toPlainText(), editor.toPlainText()


def is_export(editor: QWidget, selected: str, whole: str) -> bool:
    """More than EXPORT_CHARS characters, or all of a document field, leaves only as an export."""
    if len(selected) > EXPORT_CHARS:
        return True
    kept = whole.strip()
    return editor.property(GUARD_PROPERTY) == "document" and bool(kept) and selected.strip() == kept


def _found(widget: QWidget, names: tuple[str, ...], kind: type) -> object | None:
    current: QObject | None = widget
    while current is not None:
        for name in names:
            value = getattr(current, name, None)
            if isinstance(value, kind) and not isinstance(value, bool):
                return value
        current = current.parent()
    return None


def session_of(widget: QWidget) -> VaultSession | None:
    from trustdesk.ui.kit.session import VaultSession

    found = _found(widget, ("session", "_session"), VaultSession)
    return found if isinstance(found, VaultSession) else guard().session


def case_code_of(widget: QWidget, vault: Vault) -> str:
    code = _found(widget, ("case_code",), str)
    if isinstance(code, str):
        return code
    case_id = _found(widget, ("case_id", "_case_id"), int)
    if isinstance(case_id, int):
        case = vault.cases.get(case_id)
        if case is not None:
            return case.code
    return ""


# looked up once: the filter sees every event of every guarded editor and its viewport (paints included)
_KEY_PRESS, _CONTEXT_MENU, _MOUSE_PRESS = (QEvent.Type.KeyPress, QEvent.Type.ContextMenu,
                                           QEvent.Type.MouseButtonPress)


def _left_button() -> object:
    # Qt not at import: the unlock window's field is guarded before its first paint (kit/first_paint.py)
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


class CaseTextFilter(QObject):
    """The shared behaviour of every guarded editor (installed by :func:`guard_text`)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("caseTextFilter")

    @staticmethod
    def _editor(watched: QObject) -> TextEditor | None:
        for candidate in (watched, watched.parent()):
            if isinstance(candidate, _editor_classes()) and is_guarded(candidate):
                return candidate  # type: ignore[return-value]  # one of the three editors
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # the class first (a C check): asking every event its type() makes a Python enum member; and only
        # input events (none reach the field before the first paint) bring in the classes of the rest
        if not isinstance(event, QInputEvent):
            return False
        from PySide6.QtGui import QContextMenuEvent, QKeySequence
        from PySide6.QtWidgets import QAbstractScrollArea

        if not isinstance(event, (QKeyEvent, QContextMenuEvent, QMouseEvent)):
            return False
        kind = event.type()
        if kind is not _KEY_PRESS and kind is not _CONTEXT_MENU and kind is not _MOUSE_PRESS:
            return False
        editor = self._editor(watched)
        if editor is None:
            return False
        if kind is _KEY_PRESS and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy(editor)
                return True
            if event.matches(QKeySequence.StandardKey.Cut):
                self.cut(editor)
                return True
            return False
        if kind is _CONTEXT_MENU and isinstance(event, QContextMenuEvent):
            self.context_menu(editor, event)
            return True
        if (kind is _MOUSE_PRESS and isinstance(event, QMouseEvent)
                and isinstance(editor, QAbstractScrollArea) and watched is editor.viewport()
                and event.button() == _left_button()):
            self._no_drag(editor, event)
        return False

    def copy(self, editor: TextEditor) -> bool:
        """Copy the selection through the guard; True when something was copied."""
        selected, whole = _selection(editor)
        if not selected:
            return False
        if is_export(editor, selected, whole) and not self._export(editor, selected):
            return False
        session = session_of(editor)
        vault = session.vault if session is not None else None
        copy_secret(selected, clear_seconds(vault) if vault is not None and not vault.is_locked else None)
        return True

    def cut(self, editor: TextEditor) -> None:
        if editor.isReadOnly():
            self.copy(editor)
            return
        if not self.copy(editor):
            return
        if isinstance(editor, QLineEdit):
            editor.del_()
        else:
            cursor = editor.textCursor()
            cursor.removeSelectedText()
            editor.setTextCursor(cursor)

    def context_menu(self, editor: TextEditor, event: QContextMenuEvent) -> QMenu:
        menu = editor.createStandardContextMenu()
        menu.setObjectName("caseTextMenu")
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-copy", "edit-cut"):
                action.triggered.disconnect()
                handler = self.copy if name == "edit-copy" else self.cut
                action.triggered.connect(lambda _checked=False, e=editor, h=handler: h(e))
            elif name == "link-copy":
                action.setVisible(False)
        from PySide6.QtCore import Qt

        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        return menu

    @staticmethod
    def _no_drag(editor: QPlainTextEdit | QTextEdit, event: QMouseEvent) -> None:
        """A press inside the selection would start dragging it out: drop the selection first."""
        cursor = editor.textCursor()
        if not cursor.hasSelection():
            return
        at = editor.cursorForPosition(event.position().toPoint()).position()
        if cursor.selectionStart() <= at <= cursor.selectionEnd():
            cursor.clearSelection()
            editor.setTextCursor(cursor)

    def _export(self, editor: TextEditor, text: str) -> bool:
        """The whole text leaves the vault: only through the exporter the shell installs (passphrase and
        an audit entry, ``trustdesk/ui/output/clipboard_export.py``); without one, it is not possible."""
        exporter = guard().exporter
        return exporter is not None and exporter(editor, text)
