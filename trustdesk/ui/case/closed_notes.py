"""A closed case's notes: shown (a search hit still lands on its match), never edited by a stray key.

A case closed by the trust person stays writable in the vault and can be reopened (SECURITY.md: only
a case handed over is refused by the vault).  On screen its notes open read-only: the Contacts tab
says so in a line above the notes, with *Reopen the case…* beside it (Tab reaches it; it asks before
it reopens, as the status box does).  Reopened, the notes are editable again.  This is what keeps a
keystroke meant for the search window out of a note of a case closed years ago (and out of its
history).  The text boxes stay selectable from the keyboard: reading and copying is not editing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

if TYPE_CHECKING:
    from trustdesk.ui.case.contact_editor import ContactEditor
    from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog

_READING = Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse


class ClosedNotice(QFrame):
    """"This case is closed — reopen it to change it." and the button that asks to reopen it."""

    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_closed_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName("contacts_closed_text")
        self.label.setWordWrap(True)
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("contacts_reopen_case")
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.reopen_requested)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.reopen_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("This case is closed — reopen it to change it. Its notes are shown read-only."))
        self.reopen_button.setText(self.tr("Reopen &the case…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen this closed case"))


def set_editor_read_only(editor: ContactEditor, read_only: bool) -> None:
    """Every input of the note editor read-only (or editable again); nothing of it can start a save."""
    for text in (editor.notes_edit, editor.agreements_edit, editor.safety_edit):
        if text.isReadOnly() != read_only:
            text.setReadOnly(read_only)
        if read_only:  # the cursor keys still move and select (a search hit's match is read from there)
            text.setTextInteractionFlags(_READING)
    for field in (editor.present_edit, editor.at_edit, editor.duration_edit):
        if field.isReadOnly() != read_only:
            field.setReadOnly(read_only)
    for control in (editor.mode_combo, editor.risk_combo, editor.done_button):
        control.setEnabled(not read_only)
    # *Safety plan…* stays: a closed case's plan is read there (a search hit on a plan lands on it),
    # opened read-only (``plan_read_only``).


def plan_read_only(dialog: SafetyPlanDialog) -> None:
    """The safety plan of a closed case, opened from its notes: read (and made into the doctor's page),
    never changed: its fields read-only, *Save* off."""
    for field in dialog.editor.findChildren(QLineEdit) + dialog.editor.findChildren(QPlainTextEdit):
        field.setReadOnly(True)
    for box in dialog.editor.findChildren(QCheckBox):
        box.setEnabled(False)
    dialog.save_button.setEnabled(False)

