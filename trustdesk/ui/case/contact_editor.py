"""The contact note editor: one contact moment, saved by itself while the trust person types.

The first save of a new note adds it (``vault.contacts.add``), every later one updates it
(``vault.contacts.update``; the vault keeps the old text as a revision when the note is older than
24 h).  The risk starts at *not assessed*: *Done* asks for an explicit level.  A high or acute risk needs a safety plan: the editor says so and *Done* refuses to finish
the note without one, but whatever was typed is saved all the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from trustdesk.domain.enums import ContactMode, RiskLevel
from trustdesk.domain.models import Contact
from trustdesk.domain.safety import NoteGap, SafetyPlan, note_gaps, plan_missing
from trustdesk.ui.case.queries import write_contact
from trustdesk.ui.kit.autosave import Autosave
from trustdesk.ui.kit.case_labels import date_format, time_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.date_field import DateTimeField
from trustdesk.ui.kit.risk_badge import risk_icon, risk_text
from trustdesk.ui.kit.session import VaultSession


def mode_text(mode: ContactMode) -> str:
    return {
        ContactMode.PHONE: QCoreApplication.translate("ContactMode", "Phone"),
        ContactMode.VIDEO: QCoreApplication.translate("ContactMode", "Video call"),
        ContactMode.IN_PERSON: QCoreApplication.translate("ContactMode", "In person"),
        ContactMode.WRITTEN: QCoreApplication.translate("ContactMode", "Written"),
    }[mode]



class CompactText(QPlainTextEdit):
    """A text box that asks for its minimum height and grows into the room that is left: a text box's
    usual wish (~190 px) made the note form scroll on a 1366×768 laptop, Done and the risk out of
    sight (the scroll area sizes the form by its wishes, not by its minimums)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), self.minimumSizeHint().height()))


def _name(widget: QWidget, object_name: str, accessible: str) -> None:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)


class ContactEditor(QWidget):
    """Edits one contact; ``start_new(case_id)`` or ``load(contact)``; saves itself."""

    saved = Signal(object)  # the stored Contact
    completed = Signal(object)  # Done pressed on a complete note
    history_requested = Signal(int)  # contact id

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_editor")
        self.session = session
        self._case_id: int | None = None
        self._contact: Contact | None = None  # as last stored (None: not yet stored)
        self._loading = False
        self.plan: SafetyPlan | None = None  # the case's current structured safety plan
        self.plan_dialog: QWidget | None = None
        self._status_maker: Callable[[], str] | None = None
        self.autosave = Autosave(self, session, write=write_contact, snapshot=self.current, stored=self._stored)
        self.autosave.saved.connect(self._on_saved)
        self.autosave.failed.connect(self._on_failed)
        self._build()
        self.clear()

    # -- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.at_edit = DateTimeField(self)
        self.at_edit.past_event()  # a contact that happened: never after today
        self.at_edit.setDisplayFormat(f"{date_format()} HH:mm")  # the one date form of the language
        self.at_edit.setCalendarPopup(True)
        self.duration_edit = QSpinBox(self)
        self.duration_edit.setRange(0, 600)
        self.duration_edit.setSingleStep(5)
        self.mode_combo = QComboBox(self)
        for mode in ContactMode:
            self.mode_combo.addItem("", mode.value)
        self.present_edit = guard_text(QLineEdit(self))
        self.notes_edit = guard_text(CompactText(self), document=True)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(140)
        self.agreements_edit = guard_text(CompactText(self), document=True)
        self.agreements_edit.setTabChangesFocus(True)
        self.agreements_edit.setMinimumHeight(70)
        self.agreements_edit.setMaximumHeight(140)
        self.agreements_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the notes
        # get the room that is left
        self.risk_combo = QComboBox(self)
        for risk in RiskLevel:
            self.risk_combo.addItem("", risk.value)
        self.risk_hint = QLabel(self)
        self.risk_hint.setObjectName("contact_risk_hint")
        self.risk_hint.setWordWrap(True)
        self.safety_label = QLabel(self)
        self.safety_edit = guard_text(CompactText(self), document=True)
        self.safety_edit.setTabChangesFocus(True)
        self.safety_edit.setMinimumHeight(70)
        self.safety_edit.setMaximumHeight(140)
        self.plan_state = QLabel(self)
        self.plan_state.setObjectName("contact_safety_plan_state")
        self.plan_state.setWordWrap(True)
        self.plan_button = QPushButton(self)
        self.plan_button.clicked.connect(self.open_safety_plan)
        self.safety_warning = QLabel(self)
        self.safety_warning.setObjectName("contact_safety_warning")
        self.safety_warning.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("contact_save_status")
        self.status_label.setWordWrap(True)  # unwrapped, "Not finished: choose…" pushed Done off the screen
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.history_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.done_button.setDefault(False)

        top = QHBoxLayout()
        self.at_label, self.duration_label, self.mode_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.at_label, self.at_edit), (self.duration_label, self.duration_edit),
                             (self.mode_label, self.mode_combo)):
            label.setBuddy(field)
            top.addWidget(label)
            top.addWidget(field)
        top.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.present_label, self.notes_label = QLabel(self), QLabel(self)
        self.agreements_label, self.risk_label = QLabel(self), QLabel(self)
        form.addRow(self.present_label, self.present_edit)
        form.addRow(self.notes_label, self.notes_edit)
        form.addRow(self.agreements_label, self.agreements_edit)
        form.addRow(self.risk_label, self.risk_combo)
        form.addRow("", self.risk_hint)
        # The state on a row of its own: a word-wrapped label beside a button in one row is not given
        # the height its wrapped text needs (clipped at large system fonts).
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_button)
        plan_row.addStretch(1)
        self.plan_label = QLabel(self)
        self.plan_label.setBuddy(self.plan_button)
        form.addRow(self.plan_label, plan_row)
        form.addRow("", self.plan_state)
        form.addRow(self.safety_label, self.safety_edit)
        form.addRow("", self.safety_warning)
        self.present_label.setBuddy(self.present_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.agreements_label.setBuddy(self.agreements_edit)
        self.risk_label.setBuddy(self.risk_combo)
        self.safety_label.setBuddy(self.safety_edit)

        bottom = QHBoxLayout()  # the status on a row of its own (see plan_row): wrapped, it gets its height
        bottom.addStretch(1)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form, 1)
        foot = QVBoxLayout()  # the status right above the buttons, no gap
        foot.setSpacing(0)
        foot.addWidget(self.status_label)
        foot.addLayout(bottom)
        layout.addLayout(foot)

        for signal in (self.present_edit.textChanged, self.notes_edit.textChanged,
                       self.agreements_edit.textChanged, self.safety_edit.textChanged,
                       self.at_edit.dateTimeChanged, self.duration_edit.valueChanged,
                       self.mode_combo.currentIndexChanged):
            signal.connect(self._edited)
        self.risk_combo.currentIndexChanged.connect(self._risk_changed)
        self.safety_edit.textChanged.connect(self._update_safety)
        self.autosave.watch_focus(self.at_edit, self.duration_edit, self.mode_combo, self.present_edit,
                                  self.notes_edit, self.agreements_edit, self.risk_combo, self.safety_edit)
        self.history_button.clicked.connect(self._ask_history)
        self.done_button.clicked.connect(self.finish)
        self.retranslate()

    def retranslate(self) -> None:
        self.at_label.setText(self.tr("&When"))
        self.duration_label.setText(self.tr("D&uration"))
        self.duration_edit.setSuffix(self.tr(" min"))
        self.mode_label.setText(self.tr("&Mode"))
        for index, mode in enumerate(ContactMode):
            self.mode_combo.setItemText(index, mode_text(mode))
        for index, risk in enumerate(RiskLevel):
            self.risk_combo.setItemText(index, risk_text(risk))
            self.risk_combo.setItemIcon(index, risk_icon(risk))
        self.present_label.setText(self.tr("Pr&esent"))
        self.present_edit.setPlaceholderText(self.tr("Who took part, besides you and the doctor"))
        self.notes_label.setText(self.tr("N&otes"))
        self.agreements_label.setText(self.tr("A&greements"))
        self.risk_label.setText(self.tr("&Risk"))
        self.history_button.setText(self.tr("&History…"))
        self.done_button.setText(self.tr("&Done"))
        self.plan_label.setText(self.tr("Safety plan"))
        self.plan_button.setText(self.tr("Safety &plan…"))
        names = (
            (self.at_edit, "contact_at", self.tr("Date and time of the contact")),
            (self.duration_edit, "contact_duration", self.tr("Duration in minutes")),
            (self.mode_combo, "contact_mode", self.tr("Mode of contact")),
            (self.present_edit, "contact_present", self.tr("Who was present")),
            (self.notes_edit, "contact_notes", self.tr("Notes")),
            (self.agreements_edit, "contact_agreements", self.tr("Agreements")),
            (self.risk_combo, "contact_risk", self.tr("Risk level")),
            (self.safety_edit, "contact_safety_plan", self.tr("Earlier free-text safety plan")),
            (self.plan_button, "contact_safety_plan_button", self.tr("Open the case's safety plan")),
            (self.history_button, "contact_history", self.tr("Earlier versions of this note")),
            (self.done_button, "contact_done", self.tr("Finish this note")),
        )
        for widget, object_name, accessible in names:
            _name(widget, object_name, accessible)
        self._update_safety()
        if self._status_maker is not None:  # "Saved at 14:02" follows a language switch too
            self._set_status(self._status_maker)

    # -- public API ----------------------------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        return self._contact.id if self._contact else None

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def start_new(self, case_id: int, at: datetime | None = None, *, focus: bool = True) -> None:
        """An empty note for ``case_id``; nothing is stored until something is typed."""
        self.flush()
        self._case_id = case_id
        self._contact = None
        self._load_plan()
        self._fill(Contact(case_id=case_id, at=(at or datetime.now()).replace(second=0, microsecond=0)))
        self._set_status(lambda: self.tr("New note: it is saved as you type."))
        if focus:
            self.notes_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def untouched_new(self) -> bool:
        """A new note nothing was typed into yet (or no note at all): what the first read of a case's
        notes may replace by the newest note.  Anything typed makes it the person's, kept."""
        return self._contact is None and not self.autosave.dirty and not self.autosave.writing

    def load(self, contact: Contact) -> None:
        """Show a stored note (flushing whatever was being typed first)."""
        if contact.id is not None and contact.id == self.contact_id:
            return  # already shown; what the widgets hold is newer than ``contact``
        self.flush()
        self._case_id = contact.case_id
        self._contact = contact
        self._load_plan()
        self._fill(contact)
        self._show_saved_at(contact.updated_at)

    def flush(self) -> None:
        """Save what is typed before returning (another note chosen, *Done*, history, safety plan)."""
        self.autosave.flush(wait=True)

    @property
    def stored_contact(self) -> Contact | None:
        """The note as last stored by this editor (newer than any list read before that save)."""
        return self._contact

    def clear(self) -> None:
        """Drop every case datum (lock): nothing of the note stays in the widgets.

        Typed text is saved first while the vault is still open (on lock the vault's
        ``before_lock`` already did it; this covers a caller that clears without flushing)."""
        self.autosave.flush(wait=True)
        self.autosave.discard()
        self._case_id = None
        self._contact = None
        self.plan = None
        self.plan_state.clear()
        if self.plan_dialog is not None and isValid(self.plan_dialog):
            self.plan_dialog.close()
        self.plan_dialog = None
        self._loading = True
        try:
            for edit in (self.notes_edit, self.agreements_edit, self.safety_edit):
                edit.clear()
                edit.document().clearUndoRedoStacks()
            self.present_edit.setText("")  # setText, unlike clear(), also empties the undo history
            self.duration_edit.setValue(0)
            self.mode_combo.setCurrentIndex(0)
            self.risk_combo.setCurrentIndex(0)
            self.at_edit.setDateTime(QDateTime.currentDateTime())
        finally:
            self._loading = False
        self.status_label.clear()
        self._status_maker = None
        self.setEnabled(False)
        self._update_safety()

    def current(self) -> Contact | None:
        """The note as it stands in the widgets."""
        if self._case_id is None:
            return None
        base = self._contact or Contact(case_id=self._case_id, at=datetime.now())
        at = self.at_edit.dateTime().toPython()
        assert isinstance(at, datetime)
        if not self.at_edit.acceptable():  # a future or half-typed moment is never saved: the last good one is
            at = base.at
        return replace(
            base, case_id=self._case_id, at=at.replace(second=0, microsecond=0),
            duration_min=self.duration_edit.value(), mode=ContactMode(self.mode_combo.currentData()),
            present=self.present_edit.text().strip(), notes=self.notes_edit.toPlainText(),
            agreements=self.agreements_edit.toPlainText(), risk=RiskLevel(self.risk_combo.currentData()),
            safety_plan=self.safety_edit.toPlainText())

    def gaps(self, contact: Contact) -> tuple[NoteGap, ...]:
        return note_gaps(contact.risk, self.plan, contact.safety_plan)

    def finish(self) -> bool:
        """*Done*: save, and finish the note only when it is complete (a safety plan when needed)."""
        self.flush()
        contact = self.current()
        if contact is None:
            return False
        gaps = self.gaps(contact)
        if NoteGap.RISK in gaps:
            self._update_safety()
            self._set_status(lambda: self.tr("Not finished: choose the risk level you assessed (“No risk identified” is a "
                                     "choice too). What you typed is saved."))
            self.risk_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if NoteGap.SAFETY_PLAN in gaps:
            self._update_safety()
            self._set_status(lambda: self.tr("Not finished: high or acute risk needs a safety plan. "
                                     "What you typed is saved."))
            self.plan_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if self._contact is not None:
            self.completed.emit(self._contact)
        return True

    # -- saving ----------------------------------------------------------------------------------

    def _stored(self, stored: Contact | None) -> None:
        """A background save is done (on the UI thread): later saves update that row."""
        if stored is not None and stored.case_id == self._case_id and (
                self._contact is None or self._contact.id == stored.id):
            self._contact = stored

    def _edited(self) -> None:
        if self._loading or self._case_id is None or self.notes_edit.isReadOnly():  # a closed case's note
            return
        self.autosave.touch()
        self._set_status(lambda: self.tr("Editing…"))

    def _risk_changed(self) -> None:
        self._update_safety()
        self._edited()

    def _on_saved(self) -> None:
        if self._contact is not None:
            self._show_saved_at(self._contact.updated_at)
            self._update_history_button()
            self.saved.emit(self._contact)

    def _on_failed(self, message: str) -> None:
        self._set_status(lambda: self.tr("Not saved yet: {reason}").format(reason=message))

    # -- display -------------------------------------------------------------------------------

    def _fill(self, contact: Contact) -> None:
        self._loading = True
        try:
            self.at_edit.setDateTime(QDateTime(contact.at))
            self.duration_edit.setValue(contact.duration_min)
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(contact.mode.value))
            self.present_edit.setText(contact.present)
            for edit, text in ((self.notes_edit, contact.notes), (self.agreements_edit, contact.agreements),
                               (self.safety_edit, contact.safety_plan)):
                edit.setPlainText(text)
                edit.document().clearUndoRedoStacks()
            self.risk_combo.setCurrentIndex(self.risk_combo.findData(contact.risk.value))
        finally:
            self._loading = False
        self.setEnabled(True)
        self._update_history_button()
        self._update_safety()

    def _update_safety(self) -> None:
        risk = RiskLevel(self.risk_combo.currentData() or RiskLevel.NOT_ASSESSED.value)
        needed = risk.needs_safety_plan
        has_text = bool(self.safety_edit.toPlainText().strip())
        # The structured plan replaced the free text: older notes keep showing theirs.
        self.safety_label.setText(self.tr("Earlier free-text plan"))
        self.safety_label.setVisible(has_text)
        self.safety_edit.setVisible(has_text)
        # Labels of a fixed width: a longer one ("Safety plan (required)", the earlier plan's) moved every
        # field of the note sideways when the risk changed.  The requirement is said beside the button.
        self.plan_label.setText(self.tr("Safety plan"))
        self.plan_button.setAccessibleDescription(self.tr("Required for a high or acute risk") if needed else "")
        self.safety_label.setWordWrap(True)
        self.safety_label.setMaximumWidth(max(label.sizeHint().width() for label in (
            self.present_label, self.notes_label, self.agreements_label, self.risk_label, self.plan_label)))
        from trustdesk.ui.safety.labels import plan_state_text

        self.plan_state.setText(plan_state_text(self.plan) if self._case_id is not None else "")
        missing = plan_missing(risk, self.plan, self.safety_edit.toPlainText())
        self.plan_button.setDefault(missing)
        self.safety_warning.setVisible(missing)
        self.safety_warning.setText(
            self.tr("⚠ High or acute risk: make the safety plan with the doctor (Safety plan…), or say why "
                    "it is not applicable. The note is not finished without it.") if missing else "")
        unassessed = self._case_id is not None and not risk.assessed
        self.risk_hint.setVisible(unassessed)
        self.risk_hint.setText(self.tr("Risk not assessed yet: choose a level before the note is finished.")
                               if unassessed else "")
        self.done_button.setToolTip(self.tr("A safety plan is needed first") if missing
                                    else self.tr("Choose the risk level first") if unassessed else "")

    def _load_plan(self) -> None:
        case_id = self._case_id
        vault = self.session.vault
        self.plan = (vault.safety_plans.current(case_id)
                     if case_id is not None and vault is not None and not vault.is_locked else None)

    def open_safety_plan(self) -> QWidget | None:
        """The case's structured plan, written in this contact (the note is saved first)."""
        if self._case_id is None:
            return None
        from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog

        self.flush()
        contact = self.current()
        dialog = SafetyPlanDialog(self.session, self._case_id, contact_id=self.contact_id,
                                  risk=contact.risk if contact else None, parent=self)
        if self.notes_edit.isReadOnly():  # a closed case: its plan is read, not changed
            from trustdesk.ui.case.closed_notes import plan_read_only
            plan_read_only(dialog)
        dialog.saved.connect(self._plan_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def _plan_saved(self, plan: SafetyPlan) -> None:
        if plan.case_id == self._case_id:
            self.set_plan(plan)

    def set_plan(self, plan: SafetyPlan | None) -> None:
        """The case's current plan as just read (the change feed: a plan saved elsewhere)."""
        self.plan = plan
        self._update_safety()

    def _update_history_button(self) -> None:
        """*History* only for a note that has earlier versions (asked without reading their text:
        a long note's revisions are long too)."""
        contact_id = self.contact_id
        vault = self.session.vault
        has_versions = (contact_id is not None and vault is not None and not vault.is_locked
                        and vault.contacts.has_revisions(contact_id))
        self.history_button.setEnabled(has_versions)

    def _show_saved_at(self, stamp: datetime | None) -> None:
        if stamp is None:
            self._set_status(lambda: "")
        else:
            self._set_status(lambda: self.tr("Saved at {time}").format(time=time_text(stamp)))

    def _set_status(self, make: Callable[[], str]) -> None:
        """Show the status ``make()`` says; it is asked again when the interface language changes."""
        self._status_maker = make
        text = make()
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)

    def _ask_history(self) -> None:
        if self.contact_id is not None:
            self.flush()
            self.history_requested.emit(self.contact_id)
