"""Show where a search matched inside a text box (outside tester: a search hit opened the note at its top).

``show_match(edit, query)`` finds the first word the search's own folding matches (``vault.search.
match_span``: "eleve" finds "Élevé", "coeur" finds "cœur"), puts the cursor at its start, scrolls it
to the middle of the box and highlights the word.  The word is highlighted, not selected: the focus
goes to the note, and a key typed by a tired hand must not replace the very word that was searched
for (the note autosaves).  The highlight goes as soon as the text changes (typing, another note).
"""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from trustdesk.vault.search import match_span

_WATCHED = "find_in_text_watched"


def utf16_offset(text: str, index: int) -> int:
    """Qt's position (UTF-16 code units) of the Python index ``index`` (code points) in ``text``: a
    character beyond the BMP (an emoji) is two of Qt's."""
    head = text[:index]
    return index + sum(1 for ch in head if ord(ch) > 0xFFFF)


def show_match(edit: QPlainTextEdit, query: str) -> bool:
    """Cursor at, view on and highlight over the first match of ``query`` in ``edit``; False (nothing
    changed) when the text does not match."""
    text = edit.toPlainText()
    span = match_span(text, query)
    if span is None:
        return False
    start, end = utf16_offset(text, span[0]), utf16_offset(text, span[1])
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    edit.setTextCursor(cursor)
    edit.centerCursor()
    mark = QTextEdit.ExtraSelection()
    mark.cursor = QTextCursor(edit.document())
    mark.cursor.setPosition(start)
    mark.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    palette = edit.palette()
    mark.format.setBackground(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
    mark.format.setForeground(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText))
    edit.setExtraSelections([mark])
    if not edit.property(_WATCHED):
        edit.setProperty(_WATCHED, True)
        edit.textChanged.connect(lambda e=edit: clear_match(e))
    return True


def clear_match(edit: QPlainTextEdit) -> None:
    if edit.extraSelections():
        edit.setExtraSelections([])


def highlighted(edit: QPlainTextEdit) -> list[str]:
    """The texts highlighted as a match (tests, and what a screen shows)."""
    return [mark.cursor.selectedText() for mark in edit.extraSelections()]
