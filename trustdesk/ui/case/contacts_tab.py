"""A case's contact moments: the timeline (newest first) beside the note editor.

Embedded by the case view.  ``Ctrl+Shift+N`` (``new_contact_action``) starts a new note; choosing
a note in the timeline saves the one being typed first, then shows the chosen one.
``select_contact(contact_id)`` is how a search hit or the Today page opens a note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Contact
from trustdesk.domain.rules import ContactHolds
from trustdesk.domain.safety import NoteGap, SafetyPlan, note_gaps
from trustdesk.ui.case.closed_notes import ClosedNotice, set_editor_read_only
from trustdesk.ui.case.contact_editor import ContactEditor, mode_text
from trustdesk.ui.case.contact_timeline import TimelineModel, TimelineRow, TimelineView
from trustdesk.ui.case.revision_history import RevisionHistoryDialog
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.kit.focus_back import focus_back
from trustdesk.ui.kit.new_item import new_item, new_item_key
from trustdesk.ui.kit.retire import retire
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.risk_badge import risk_text
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.vault.contact_removal import ContactNotEmpty, remove_empty_contact, what_contact_holds
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change

NEW_CONTACT_SHORTCUT = "Ctrl+Shift+N"
SPLIT = (360, 640)  # the timeline and the note, as a case opens
Index = QModelIndex | QPersistentModelIndex


class ContactsTab(Retranslates, QWidget):
    """Timeline + editor for the contacts of one case."""

    loaded = Signal()  # what refresh() read (at once, or in a worker) is on screen

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_tab")
        self.session = session
        self.case_id = case_id
        self.plan: SafetyPlan | None = None  # the case's current plan, as last read with the notes
        self._history: RevisionHistoryDialog | None = None
        self._reading = False  # a background read of the timeline runs
        self._read_again = False  # a change came meanwhile: read once more after it
        self._generation = 0  # the newest read: an older one's answer is dropped
        self._filling = False  # the rows are being put in: a current row set meanwhile loads no note
        self._wanted: int | None = None  # a note asked for (select_contact) before the rows were read
        self._aside = False  # cleared and kept by the case view for the next case (set_aside / reopen)
        self.closed = False  # the case is closed: its notes are read, not edited (closed_notes.py)
        self.closed_notice = ClosedNotice(self)

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("contact_new")
        self.timeline_label = QLabel(self)
        self.timeline_label.setWordWrap(True)  # large fonts: the list may get narrow
        self.model = TimelineModel(self._item_text, self)
        self.timeline = TimelineView(self.model, self)
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
        self.splitter.setSizes(list(SPLIT))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.closed_notice)
        layout.addWidget(self.splitter)

        self.new_contact_action = QAction(self)
        self.new_contact_action.setObjectName("action_new_contact")
        self.new_contact_action.setShortcut(QKeySequence(NEW_CONTACT_SHORTCUT))
        self.new_contact_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_contact_action.triggered.connect(self.new_contact)
        self.addAction(self.new_contact_action)
        # A contact made by mistake (nothing in it) goes with Delete on the list, or its menu (Menu key)
        self.remove_action = QAction(self)
        self.remove_action.setObjectName("action_remove_empty_contact")
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_current)
        self.timeline.addAction(self.remove_action)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.new_button.clicked.connect(self.new_contact)
        self.timeline.selectionModel().currentChanged.connect(self._chosen)
        self.editor.saved.connect(self._on_saved)
        self.editor.completed.connect(self._on_completed)
        self.editor.history_requested.connect(self.show_history)
        session.changed.connect(self._on_change)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.refresh)
        self.retranslate()
        # The editor holds a new note from the first moment: what is typed before the notes are read is
        # kept (the read then shows the newest note only in place of an untouched new one).
        self.editor.start_new(case_id, focus=False)
        self.refresh(background=True)  # a case opens at once; its notes come from a worker

    @property
    def contacts(self) -> list[Contact]:
        return self.model.contacts()

    @property
    def reading(self) -> bool:
        """A read of the notes is under way (the case just opened, a change came)."""
        return self._reading

    def retranslate(self) -> None:
        new_item(self.new_button, self.tr("&New contact"), self.tr("New contact"))  # Alt+N, as every tab's new item
        self.new_button.setToolTip(self.tr("New contact ({key}; from every tab of the case: {shortcut})").format(
            key=new_item_key(), shortcut=NEW_CONTACT_SHORTCUT))
        self.new_button.setAccessibleName(self.tr("New contact"))
        self.new_contact_action.setText(self.tr("New contact"))
        self.remove_action.setText(self.tr("&Remove empty contact"))
        self.remove_action.setToolTip(self.tr("Remove the chosen contact if nothing was written in it (Delete)"))
        self.timeline_label.setText(self.tr("&Contacts, newest first"))
        self.timeline.setAccessibleName(self.tr("Contacts, newest first"))
        self.empty_label.setText(self.tr("No contacts yet. Type the first note on the right; it is saved "
                                         "as you type."))

    # -- page contract -------------------------------------------------------------------------

    def refresh(self, *, background: bool = False) -> None:
        """Reload the timeline; the editor keeps what it shows (it saved it itself).

        ``background``: read in a worker (the case opened, a change told by the vault: the notes may
        be megabytes), which also cuts each note's preview; ``loaded`` says when the rows are in."""
        if not self.session.is_unlocked:
            self.clear()
            return
        if self._aside:
            return
        if background and self._reading:
            self._read_again = True
            return
        first_load = not self.model.rows and self.editor.untouched_new()
        self._generation += 1
        generation = self._generation
        case_id = self.case_id
        op = VaultOp(self, lambda v: self._read(v, case_id)).success(
            lambda read: self._fill_read(read, first_load, generation))
        if background:
            self._reading = True
            op.finished(self._read_done).run_in_background()
        else:
            op.run()

    def set_aside(self) -> None:
        """Cleared and out of the tab bar, kept for the next case the view opens (building this tab was
        half of opening a case): it reads nothing meanwhile."""
        self.clear()
        self._aside = True
        self.new_contact_action.setEnabled(False)  # its shortcut is the case view's: no case, no new note

    def reopen(self, case_id: int) -> None:
        """This tab, set aside, for ``case_id``: as a Contacts tab made for it would be."""
        self._aside = False
        self.new_contact_action.setEnabled(True)
        self.case_id = case_id
        self.plan = None
        self.splitter.setSizes(list(SPLIT))
        self.editor_area.verticalScrollBar().setValue(0)
        self.empty_label.show()  # as made: until the notes are in
        self.editor.start_new(case_id, focus=False)
        self.refresh(background=True)

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
        self._generation += 1  # a read under way is not shown
        self._wanted = None
        self.plan = None
        self.model.clear()

    def flush(self) -> None:
        self.editor.flush()

    # -- actions -------------------------------------------------------------------------------

    def set_closed(self, closed: bool) -> None:
        """The case view's word on the case: closed, its notes are shown read-only until it is reopened."""
        self.closed = closed
        self.closed_notice.setVisible(closed)
        self.new_button.setEnabled(not closed)
        self.new_contact_action.setEnabled(not closed and not self._aside)
        self.remove_action.setEnabled(not closed)
        set_editor_read_only(self.editor, closed)

    def new_contact(self) -> None:
        if not self.session.is_unlocked or self._aside or self.closed:
            return
        self.editor.start_new(self.case_id)
        self._wanted = None
        self._set_current(-1)

    def remove_current(self, *, confirm: bool = True) -> bool:
        """Remove the chosen contact when it holds nothing (asked once, default No); one that holds
        anything is kept, and the person is told why (``vault.contact_removal``)."""
        row = self.timeline.currentIndex().row()
        contact = self.model.contact_at(row)
        if contact is None or contact.id is None or not self.session.is_unlocked or self._aside or self.closed:
            return False
        contact_id = contact.id
        if contact_id == self.editor.contact_id:
            self.editor.flush()  # what was typed into it counts
        held: list[tuple[ContactHolds, ...]] = []
        VaultOp(self, lambda v: what_contact_holds(v, contact_id), session=self.session).success(
            held.append).failure(lambda _exc, sentence: self._tell(sentence)).run()
        if not held:
            return False
        if held[0]:
            self._tell_kept(held[0])
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Remove empty contact"),
                self.tr("Remove the contact of {when}? Nothing was written in it: no note, no risk assessment, "
                        "nothing attached. The removal is recorded in the audit log.").format(
                    when=datetime_text(contact.at)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the key was pressed
            return False
        removed: list[None] = []
        VaultOp(self, lambda v: remove_empty_contact(v, contact_id), session=self.session).success(
            removed.append).failure(self._removal_failed).run()
        if not removed:
            return False
        if self.editor.contact_id == contact_id:
            self.editor.start_new(self.case_id, focus=False)  # the removed note is not written again
        self.refresh()
        if self.model.rows:
            self.timeline.set_current_row(min(row, len(self.model.rows) - 1))
            self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.editor.notes_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _removal_failed(self, exc: BaseException, sentence: str) -> None:
        if isinstance(exc, ContactNotEmpty):
            self._tell_kept(exc.held)
        else:
            self._tell(sentence)

    def _tell_kept(self, held: tuple[ContactHolds, ...]) -> None:
        words = {ContactHolds.TEXT: self.tr("written text"), ContactHolds.RISK: self.tr("a risk assessment"),
                 ContactHolds.HISTORY: self.tr("earlier versions"),
                 ContactHolds.PLAN: self.tr("a safety plan saved from it")}
        self._tell(self.tr("This contact is kept: it holds {what}. Only a contact with nothing written in it "
                           "can be removed; a note is a record.").format(what=", ".join(words[h] for h in held)))

    def _tell(self, sentence: str) -> None:
        QMessageBox.information(self, self.tr("Remove empty contact"), sentence)
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_contact(self, contact_id: int) -> bool:
        """Show the note ``contact_id`` (from a search hit); False when it is not in this case.

        Asked while the notes are still being read (the case just opened): shown when they are in."""
        if self._reading and not self.model.rows:
            self._wanted = contact_id
            return True
        row = self.model.row_of(contact_id)
        if row < 0:
            return False
        self.timeline.set_current_row(row)
        return True

    def show_history(self, contact_id: int) -> None:
        if self._history is not None:
            self._history.close()
        self._history = RevisionHistoryDialog(self.session, contact_id, self)
        self._history.finished.connect(self._history_closed)
        focus_back(self._history, self)  # back to the note, never the case's tab bar
        self._history.open()

    # -- internals -----------------------------------------------------------------------------

    @staticmethod
    def _read(vault: Vault, case_id: int) -> tuple[list[TimelineRow], SafetyPlan | None]:
        """In a worker (or, asked for, now): the notes with their previews, and the current plan."""
        return TimelineModel.prepare(vault.contacts.for_case(case_id)), vault.safety_plans.current(case_id)

    def _fill_read(self, read: tuple[list[TimelineRow], SafetyPlan | None], first_load: bool,
                   generation: int) -> None:
        """The notes and the case's current plan read together: a plan saved anywhere (the note's
        dialog, the Safety plan tab) clears the "safety plan missing" marks at once."""
        if generation != self._generation or not self.session.is_unlocked:
            return  # a newer read, the lock or the case's end came meanwhile
        rows, plan = read
        self.plan = plan
        if self.editor.case_id == self.case_id:
            self.editor.set_plan(plan)
        self._fill(rows, first_load)
        self.loaded.emit()

    def _fill(self, rows: list[TimelineRow], first_load: bool = False) -> None:
        mine = self.editor.stored_contact  # saved after this list may have been read: it is newer
        if mine is not None:
            rows = [TimelineRow(mine, TimelineModel.prepare([mine])[0].preview) if r.contact.id == mine.id else r
                    for r in rows]
        self.model.set_rows(rows)
        self._set_current(self.model.row_of(self.editor.contact_id))
        self.empty_label.setVisible(not rows)
        wanted, self._wanted = self._wanted, None
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.timeline.set_current_row(self.model.row_of(wanted))  # loads it in the editor
        elif first_load and self.editor.untouched_new():  # nothing typed meanwhile: the newest note
            if rows:
                self.timeline.set_current_row(0)
            elif self.editor.case_id != self.case_id:  # cleared (a lock): a new note again
                self.editor.start_new(self.case_id)
            elif self._focus_on_the_tab_bar():
                self.editor.notes_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # no notes: the first is next

    def _focus_on_the_tab_bar(self) -> bool:
        """The focus is where opening the case put it (the case's tab bar): not moved by the person yet."""
        focus = QApplication.focusWidget()
        holder = focus.parentWidget() if isinstance(focus, QTabBar) else None
        return self.isVisible() and holder is not None and holder.isAncestorOf(self)

    def _set_current(self, row: int) -> None:
        """Mark the row the editor shows, without loading it again."""
        self._filling = True
        try:
            self.timeline.set_current_row(row)
        finally:
            self._filling = False

    def _item_text(self, row: TimelineRow) -> str:
        contact = row.contact
        head = " · ".join(part for part in (
            datetime_text(contact.at), mode_text(contact.mode),
            self.tr("{minutes} min").format(minutes=contact.duration_min) if contact.duration_min else "",
            self.tr("Risk: {risk}").format(risk=risk_text(contact.risk))
            if contact.risk not in (RiskLevel.NONE, RiskLevel.NOT_ASSESSED) else risk_text(contact.risk),
        ) if part)
        lines = [head, row.preview or self.tr("(no notes yet)")]
        plan = self.editor.plan if self.editor.case_id == self.case_id else self.plan
        gaps = note_gaps(contact.risk, plan, contact.safety_plan)
        if NoteGap.RISK in gaps:
            lines.append(self.tr("⚠ Risk not assessed"))
        elif NoteGap.SAFETY_PLAN in gaps:
            lines.append(self.tr("⚠ No complete safety plan"))
        return "\n".join(lines)

    def _chosen(self, current: Index, _previous: Index) -> None:
        if self._filling or not current.isValid():
            return
        contact = self.model.contact_at(current.row())
        if contact is not None and contact.id != self.editor.contact_id:
            self.editor.load(contact)

    def _on_saved(self, contact: Contact) -> None:
        """Show the saved note in the timeline now (the change feed refreshes it again later)."""
        if not self.model.update_contact(contact):
            self.refresh(background=True)

    def _on_completed(self, contact: Contact) -> None:
        if contact.id is not None:
            self.select_contact(contact.id)
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_change(self, change: Change) -> None:
        if not self._aside and change.concerns(self.case_id, Table.CONTACTS, Table.SAFETY_PLANS):
            self.refresh(background=True)

    def _history_closed(self) -> None:
        if self._history is not None:
            retire(self._history)  # under the kit's holder: never a deferred delete that outlives this tab
            self._history = None

    def on_language_change(self) -> None:
        self.retranslate()
        self.editor.retranslate()
        self.closed_notice.retranslate()
        self.model.texts_changed()
