"""A case's contact moments: the timeline (newest first) beside the note editor.

Embedded by the case view.  ``Ctrl+Shift+N`` (``new_contact_action``) starts a new note; choosing
a note in the timeline saves the one being typed first, then shows the chosen one.
``select_contact(contact_id)`` is how a search hit or the Today page opens a note.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Contact
from trustdesk.domain.safety import NoteGap, SafetyPlan
from trustdesk.ui.case.contact_editor import ContactEditor, mode_text
from trustdesk.ui.case.revision_history import RevisionHistoryDialog
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.kit.retire import retire
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.risk_badge import risk_icon, risk_text
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change

NEW_CONTACT_SHORTCUT = "Ctrl+Shift+N"
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 90


_FIRST_LINE = re.compile(r"[^\s][^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")


def first_line_of(text: str) -> str:
    """The first line that is not blank, stripped; reads no further than that line (a note may be 10 MB)."""
    found = _FIRST_LINE.search(text)
    return found.group(0).strip() if found else ""


class ContactsTab(Retranslates, QWidget):
    """Timeline + editor for the contacts of one case."""

    loaded = Signal()  # what refresh() read (at once, or in a worker) is on screen

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_tab")
        self.session = session
        self.case_id = case_id
        self.contacts: list[Contact] = []
        self._history: RevisionHistoryDialog | None = None
        self._reading = False  # a background read of the timeline runs
        self._read_again = False  # a change came meanwhile: read once more after it

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("contact_new")
        self.timeline_label = QLabel(self)
        self.timeline_label.setWordWrap(True)  # large fonts: the list may get narrow
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("contact_timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setUniformItemSizes(False)
        self.timeline.setMinimumWidth(240)
        self.timeline.setSpacing(3)
        self.timeline_label.setBuddy(self.timeline)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("contact_timeline_empty")
        self.empty_label.setWordWrap(True)
        self.editor = ContactEditor(session, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.timeline_label, 1)
        header.addWidget(self.new_button)
        left_layout.addLayout(header)
        left_layout.addWidget(self.timeline, 1)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("contacts_splitter")
        self.splitter.addWidget(left)
        # The editor scrolls when the window is small for it (a large system font on a 1366x768 screen
        # otherwise squeezes its rows until text is clipped).
        self.editor_area = QScrollArea(self)
        self.editor_area.setObjectName("contact_editor_area")
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        self.editor_area.setWidget(self.editor)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.new_contact_action = QAction(self)
        self.new_contact_action.setObjectName("action_new_contact")
        self.new_contact_action.setShortcut(QKeySequence(NEW_CONTACT_SHORTCUT))
        self.new_contact_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_contact_action.triggered.connect(self.new_contact)
        self.addAction(self.new_contact_action)
        self.new_button.clicked.connect(self.new_contact)
        self.timeline.currentItemChanged.connect(self._chosen)
        self.editor.saved.connect(self._on_saved)
        self.editor.completed.connect(self._on_completed)
        self.editor.history_requested.connect(self.show_history)
        session.changed.connect(self._on_change)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New contact"))
        self.new_button.setToolTip(self.tr("New contact ({shortcut})").format(shortcut=NEW_CONTACT_SHORTCUT))
        self.new_button.setAccessibleName(self.tr("New contact"))
        self.new_contact_action.setText(self.tr("New contact"))
        self.timeline_label.setText(self.tr("&Contacts, newest first"))
        self.timeline.setAccessibleName(self.tr("Contacts, newest first"))
        self.empty_label.setText(self.tr("No contacts yet. Type the first note on the right; it is saved "
                                         "as you type."))

    # -- page contract -------------------------------------------------------------------------

    def refresh(self, *, background: bool = False) -> None:
        """Reload the timeline; the editor keeps what it shows (it saved it itself).

        ``background``: read in a worker (a change told by the vault: the notes may be megabytes)."""
        if not self.session.is_unlocked:
            self.clear()
            return
        first_load = not self.contacts and self.editor.case_id is None
        op = VaultOp(self, self._read).success(lambda read: self._fill_read(read, first_load))
        if background:
            if self._reading:
                self._read_again = True
                return
            self._reading = True
            op.finished(self._read_done).run_in_background()
        else:
            op.run()

    def _read_done(self) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh(background=True)

    def clear(self) -> None:
        """Drop every case datum (lock)."""
        if self._history is not None:
            self._history.close()
            self._history = None
        self.editor.clear()
        self.contacts = []
        with QSignalBlocker(self.timeline):
            self.timeline.clear()

    def flush(self) -> None:
        self.editor.flush()

    # -- actions -------------------------------------------------------------------------------

    def new_contact(self) -> None:
        if not self.session.is_unlocked:
            return
        self.editor.start_new(self.case_id)
        with QSignalBlocker(self.timeline):
            self.timeline.setCurrentRow(-1)
            self.timeline.clearSelection()

    def select_contact(self, contact_id: int) -> bool:
        """Show the note ``contact_id`` (from a search hit); False when it is not in this case."""
        for row in range(self.timeline.count()):
            item = self.timeline.item(row)
            if item.data(CONTACT_ID_ROLE) == contact_id:
                self.timeline.setCurrentItem(item)
                self.timeline.scrollToItem(item)
                return True
        return False

    def show_history(self, contact_id: int) -> None:
        if self._history is not None:
            self._history.close()
        self._history = RevisionHistoryDialog(self.session, contact_id, self)
        self._history.finished.connect(self._history_closed)
        self._history.open()

    # -- internals -----------------------------------------------------------------------------

    def _read(self, vault: Vault) -> tuple[list[Contact], SafetyPlan | None]:
        return vault.contacts.for_case(self.case_id), vault.safety_plans.current(self.case_id)

    def _fill_read(self, read: tuple[list[Contact], SafetyPlan | None], first_load: bool) -> None:
        """The notes and the case's current plan read together: a plan saved anywhere (the note's
        dialog, the Safety plan tab) clears the "safety plan missing" marks at once."""
        contacts, plan = read
        if self.editor.case_id == self.case_id:
            self.editor.set_plan(plan)
        self._fill(contacts, first_load)
        self.loaded.emit()

    def _fill(self, contacts: list[Contact], first_load: bool = False) -> None:
        if not self.session.is_unlocked:
            return  # a background read that finished after the lock
        mine = self.editor.stored_contact  # saved after this list may have been read: it is newer
        if mine is not None:
            contacts = [mine if c.id == mine.id else c for c in contacts]
        self.contacts = contacts
        keep = self.editor.contact_id
        with QSignalBlocker(self.timeline):
            self.timeline.clear()
            for contact in contacts:
                item = QListWidgetItem(self.timeline)
                self._show_item(item, contact)
                if contact.id == keep:
                    self.timeline.setCurrentItem(item)
        self.empty_label.setVisible(not contacts)
        if first_load:
            if contacts:
                self.timeline.setCurrentRow(0)
            else:
                self.editor.start_new(self.case_id)

    def _show_item(self, item: QListWidgetItem, contact: Contact) -> None:
        item.setText(self._item_text(contact))
        item.setIcon(risk_icon(contact.risk))
        item.setData(CONTACT_ID_ROLE, contact.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text().replace("\n", ". "))

    def _item_text(self, contact: Contact) -> str:
        head = " · ".join(part for part in (
            datetime_text(contact.at), mode_text(contact.mode),
            self.tr("{minutes} min").format(minutes=contact.duration_min) if contact.duration_min else "",
            self.tr("Risk: {risk}").format(risk=risk_text(contact.risk))
            if contact.risk not in (RiskLevel.NONE, RiskLevel.NOT_ASSESSED) else risk_text(contact.risk),
        ) if part)
        first_line = first_line_of(contact.notes)
        if len(first_line) > PREVIEW_CHARS:
            first_line = first_line[:PREVIEW_CHARS].rstrip() + "…"
        lines = [head, first_line or self.tr("(no notes yet)")]
        gaps = self.editor.gaps(contact)
        if NoteGap.RISK in gaps:
            lines.append(self.tr("⚠ Risk not assessed"))
        elif NoteGap.SAFETY_PLAN in gaps:
            lines.append(self.tr("⚠ Safety plan missing"))
        return "\n".join(lines)

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        contact_id = current.data(CONTACT_ID_ROLE)
        contact = next((c for c in self.contacts if c.id == contact_id), None)
        if contact is not None and contact.id != self.editor.contact_id:
            self.editor.load(contact)

    def _on_saved(self, contact: Contact) -> None:
        """Show the saved note in the timeline now (the change feed refreshes it again later)."""
        if contact.id not in {c.id for c in self.contacts}:
            self.refresh()
            return
        self.contacts = [contact if c.id == contact.id else c for c in self.contacts]
        for row in range(self.timeline.count()):
            item = self.timeline.item(row)
            if item.data(CONTACT_ID_ROLE) == contact.id:
                self._show_item(item, contact)

    def _on_completed(self, contact: Contact) -> None:
        if contact.id is not None:
            self.select_contact(contact.id)
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_change(self, change: Change) -> None:
        if change.concerns(self.case_id, Table.CONTACTS, Table.SAFETY_PLANS):
            self.refresh(background=True)

    def _history_closed(self) -> None:
        if self._history is not None:
            retire(self._history)  # under the kit's holder: never a deferred delete that outlives this tab
            self._history = None

    def on_language_change(self) -> None:
        self.retranslate()
        self.editor.retranslate()
        self._fill(self.contacts)
