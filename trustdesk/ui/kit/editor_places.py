"""Where the cursor was in each text editor, kept over a lock (``shell/place.py``): a lock empties and
deletes the main window, the unlock builds it again and the editors are filled again from the vault --
with the cursor at the start, so the next keys landed there (outside tester: "suiteTroisième contact…").
A spot is numbers only -- the cursor and its anchor (a selection), the text's length and the scroll
values -- kept in memory by the shell, never written anywhere; an editor is known again by the
objectNames on its way up to the window (its own and its named ancestors'), and given its spot back only
when it holds a text of the same length again (what it held is what the vault gave back)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QPlainTextEdit, QScrollArea, QTextEdit, QWidget
from shiboken6 import isValid

Editor = QLineEdit | QPlainTextEdit | QTextEdit | QScrollArea


class Spot(NamedTuple):
    anchor: int  # the selection's fixed end (== position without a selection)
    position: int  # the cursor
    length: int  # the text's length then (-1: a scroll area, no text)
    vertical: int  # the scroll bars' values
    horizontal: int


def _key(widget: QWidget, root: QWidget) -> str:
    names = []
    here: QWidget | None = widget
    while here is not None and here is not root:
        if here.objectName():
            names.append(here.objectName())
        here = here.parentWidget()
    return "/".join(reversed(names))


def _editors(root: QWidget) -> dict[str, Editor]:
    """The root's named editors and scroll areas by their key; a key two of them share names neither."""
    found: dict[str, Editor] = {}
    shared: set[str] = set()
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QScrollArea):
        widget: Editor
        for widget in root.findChildren(kind):  # type: ignore[assignment]  # (of that kind)
            if not widget.objectName() or widget.objectName().startswith("qt_"):  # (a spin box's own line)
                continue
            key = _key(widget, root)
            if key in found:
                shared.add(key)
            found[key] = widget
    return {key: widget for key, widget in found.items() if key not in shared}


def _length(editor: Editor) -> int:
    if isinstance(editor, QLineEdit):
        return len(editor.text())
    if isinstance(editor, QScrollArea):
        return -1
    return editor.document().characterCount() - 1  # (without the document's closing paragraph mark)


def spot_of(editor: Editor) -> Spot:
    vertical = editor.verticalScrollBar().value() if isinstance(editor, QAbstractScrollArea) else 0
    horizontal = editor.horizontalScrollBar().value() if isinstance(editor, QAbstractScrollArea) else 0
    if isinstance(editor, QLineEdit):
        position = editor.cursorPosition()
        anchor = position
        if editor.hasSelectedText():
            anchor = editor.selectionEnd() if position == editor.selectionStart() else editor.selectionStart()
        return Spot(anchor, position, len(editor.text()), 0, 0)
    if isinstance(editor, QScrollArea):
        return Spot(0, 0, -1, vertical, horizontal)
    cursor = editor.textCursor()
    return Spot(cursor.anchor(), cursor.position(), _length(editor), vertical, horizontal)


def capture(root: QWidget) -> dict[str, Spot]:
    """Every named editor's spot under ``root`` (numbers only)."""
    return {key: spot_of(editor) for key, editor in _editors(root).items()}


def _scroll(editor: Editor, spot: Spot) -> None:
    if isinstance(editor, QAbstractScrollArea):
        editor.verticalScrollBar().setValue(spot.vertical)
        editor.horizontalScrollBar().setValue(spot.horizontal)


def put(editor: Editor, spot: Spot) -> None:
    """The spot given back: the cursor and selection, then the scroll (again a turn later, once the
    editor has laid out its text: before that its scroll bars' range may be too short)."""
    if isinstance(editor, QLineEdit):
        if spot.anchor != spot.position:
            editor.setSelection(spot.anchor, spot.position - spot.anchor)  # (the cursor at its end)
        else:
            editor.setCursorPosition(spot.position)
    elif not isinstance(editor, QScrollArea):
        cursor = editor.textCursor()
        cursor.setPosition(spot.anchor)
        cursor.setPosition(spot.position, cursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
    _scroll(editor, spot)

    def again() -> None:
        if isValid(editor) and spot_of(editor)[:3] == spot[:3]:  # (not if the person went on meanwhile)
            _scroll(editor, spot)

    QTimer.singleShot(0, editor, again)


class PutBack:
    """Gives the spots back to the editors under ``root`` as their texts come back: now and at each
    ``attempt()`` (the owner calls it when a read is on screen); an editor gets its spot once, when its
    text has the length it had."""

    def __init__(self, root: QWidget, spots: dict[str, Spot]) -> None:
        self.root = root
        self.pending = dict(spots)

    def attempt(self) -> None:
        if not self.pending or not isValid(self.root):
            return
        editors = _editors(self.root)
        for key, spot in list(self.pending.items()):
            editor = editors.get(key)
            if spot.length >= 0 and editor is not None and _length(editor) == spot.length:
                del self.pending[key]
                put(editor, spot)
        texts_back = all(spot.length < 0 for spot in self.pending.values())
        for key, spot in list(self.pending.items()):  # the scroll areas: as far as the texts allow yet
            editor = editors.get(key)
            if spot.length < 0 and editor is not None:
                put(editor, spot)
                if texts_back:  # their contents are as tall as they were: done
                    del self.pending[key]
