"""The contacts timeline of a case as a model and its list view (``contacts_tab`` shows it).

A heavy case has hundreds of notes, some of megabytes: the notes are read, and each one's first
line cut out, in a worker (``TimelineModel.prepare``); the UI thread only puts the prepared rows in
the model.  A row's text (dates, words of the current language, what the note still lacks) is made
in ``data()``, for the rows the view asks about, and kept until the language or the note changes.
The view lays the rows out in batches (``QListView.LayoutMode.Batched``): a few hundred rows of
two or three wrapped lines are measured a slice at a time, between other events.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView, QWidget

from trustdesk.domain.models import Contact
from trustdesk.ui.kit.risk_badge import risk_icon

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole
# Qt's roles as plain ints, looked up once: the view asks a dozen roles of every row it lays out, and
# comparing an int with a PySide enum member costs ten times comparing two ints
_DISPLAY, _ACCESSIBLE, _DECORATION, _CONTACT_ID = (int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DecorationRole, CONTACT_ID_ROLE))
_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _DECORATION, _CONTACT_ID})
PREVIEW_CHARS = 90
LAYOUT_BATCH = 40  # rows the view measures at a time (Batched layout)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_FIRST_LINE = re.compile(r"[^\s][^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")


def first_line_of(text: str) -> str:
    """The first line that is not blank, stripped; reads no further than that line (a note may be 10 MB)."""
    found = _FIRST_LINE.search(text)
    return found.group(0).strip() if found else ""


def preview_of(notes: str) -> str:
    """The note's first line as the timeline shows it (cut after ``PREVIEW_CHARS``); "" for no notes."""
    line = first_line_of(notes)
    return line[:PREVIEW_CHARS].rstrip() + "…" if len(line) > PREVIEW_CHARS else line


class TimelineRow(NamedTuple):
    contact: Contact
    preview: str  # the first line of its notes, cut (made in the worker: the notes may be megabytes)


class TimelineModel(QAbstractListModel):
    """One row per contact, newest first; ``text_of(row)`` makes a row's text when it is first shown."""

    def __init__(self, text_of: Callable[[TimelineRow], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_of = text_of
        self.rows: list[TimelineRow] = []
        self._texts: dict[int, str] = {}  # row -> its text, made on demand

    @staticmethod
    def prepare(contacts: Sequence[Contact]) -> list[TimelineRow]:
        """In the worker: every contact with the preview of its notes."""
        return [TimelineRow(contact, preview_of(contact.notes)) for contact in contacts]

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._texts = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    @property
    def made_texts(self) -> int:
        """How many row texts were made since the rows were set (the view asks only for what it shows)."""
        return len(self._texts)

    def contacts(self) -> list[Contact]:
        return [row.contact for row in self.rows]

    def contact_at(self, row: int) -> Contact | None:
        return self.rows[row].contact if 0 <= row < len(self.rows) else None

    def row_of(self, contact_id: int | None) -> int:
        if contact_id is None:
            return -1
        return next((i for i, row in enumerate(self.rows) if row.contact.id == contact_id), -1)

    def update_contact(self, contact: Contact) -> bool:
        """Put a newer version of a listed contact in its row; False when it is not listed."""
        row = self.row_of(contact.id)
        if row < 0:
            return False
        self.rows[row] = TimelineRow(contact, preview_of(contact.notes))
        self._texts.pop(row, None)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def texts_changed(self) -> None:
        """The words changed (language, a plan saved): every row's text is made again when shown."""
        self._texts = {}
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def text(self, row: int) -> str:
        made = self._texts.get(row)
        if made is None:
            made = self._texts[row] = self.text_of(self.rows[row])
        return made

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # most of what the view asks (fonts, colours, alignment, size) is left to it
        row = index.row()
        if not 0 <= row < len(self.rows):
            return None
        if role == _DISPLAY:
            return self.text(row)
        if role == _ACCESSIBLE:
            return self.text(row).replace("\n", ". ")
        if role == _DECORATION:
            return risk_icon(self.rows[row].contact.risk)
        return self.rows[row].contact.id


class TimelineView(QListView):
    """The timeline's list: wrapped rows of their own heights, laid out a batch at a time."""

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_timeline")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setMinimumWidth(240)
        self.setSpacing(3)
        self.setModel(model)
        self.timeline_model = model

    def count(self) -> int:
        return self.timeline_model.rowCount()

    def row_text(self, row: int) -> str:
        return self.timeline_model.text(row)

    def set_current_row(self, row: int) -> None:
        if 0 <= row < self.count():
            index = self.timeline_model.index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)
        else:
            self.setCurrentIndex(QModelIndex())
            self.clearSelection()
