"""A follow-up (task): a title, an optional due date and notes, on a case or free-standing.

    TaskDialog(session, case_id=3, parent=self).open()      # new follow-up on case 3
    TaskDialog(session, task=existing, parent=self).open()  # edit

*Save* stores it through the vault (add or update) and closes; a failure is shown in the dialog
and nothing is lost.  Esc cancels; with something typed it first asks (kit/lock_bound.py).  A lock
with something typed and a title stores the task as typed (``keep_draft``) and the unlock says so.

A new task's due date is proposed from the case's current risk (``rules.default_due_on``: acute today,
high tomorrow, moderate or not assessed in 2 days, otherwise a week).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain import rules
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Task
from trustdesk.ui.kit.appearance import save_cancel
from trustdesk.ui.kit.case_labels import date_format
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.date_field import DateField
from trustdesk.ui.kit.lock_bound import AsksBeforeDiscard
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault


class TaskDialog(AsksBeforeDiscard, QDialog):
    saved = Signal(object)  # the stored Task

    def __init__(self, session: VaultSession, *, case_id: int | None = None, task: Task | None = None,
                 case_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_dialog")
        self.session = session
        self._task = task
        self._case_id = task.case_id if task is not None else case_id
        self.title_edit = guard_text(QLineEdit(self))
        self.title_edit.setObjectName("task_title")
        self.has_due = QCheckBox(self)
        self.has_due.setObjectName("task_has_due")
        self.due_edit = DateField(self)
        self.due_edit.setObjectName("task_due")
        self.due_edit.setDisplayFormat(date_format())  # the interface's locale, as every date field
        self.due_edit.setCalendarPopup(True)
        self.notes_edit = guard_text(QPlainTextEdit(self))
        self.notes_edit.setObjectName("task_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.case_label = QLabel(case_code, self)
        self.case_label.setObjectName("task_case")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("task_error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons, self.save_button, self.cancel_button = save_cancel(self, "task", self.save)

        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_edit, 1)
        self.form = QFormLayout()
        self.title_caption, self.due_caption = QLabel(self), QLabel(self)
        self.notes_caption, self.case_caption = QLabel(self), QLabel(self)
        self.title_caption.setBuddy(self.title_edit)
        self.due_caption.setBuddy(self.has_due)
        self.notes_caption.setBuddy(self.notes_edit)
        self.form.addRow(self.title_caption, self.title_edit)
        self.form.addRow(self.due_caption, due_row)
        self.form.addRow(self.notes_caption, self.notes_edit)
        self.form.addRow(self.case_caption, self.case_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.title_edit.textChanged.connect(self._update_buttons)
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        session.locked.connect(self._on_locked)
        self.risk: RiskLevel | None = None  # the case's current risk (a new task's due date follows it)
        self._fill(task)
        self.retranslate()
        if self._case_id is not None and not case_code:  # the row names its case, never stays empty
            case_id = self._case_id
            VaultOp(self, lambda v: getattr(v.cases.get(case_id), "code", ""), session=session).success(
                self.case_label.setText).run()
        if task is None and self._case_id is not None:
            risk_of = self._case_id
            VaultOp(self, lambda v: v.contacts.current_risk(risk_of), session=session).success(self._risk_known).run()
        fit_to_screen(self, 460, 320)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit task") if self._task else self.tr("New task"))
        self.title_caption.setText(self.tr("&What"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Call back about the appointment"))
        self.title_edit.setAccessibleName(self.tr("What to do"))
        self.due_caption.setText(self.tr("D&ue"))
        self.has_due.setText(self.tr("on"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.notes_caption.setText(self.tr("&Notes"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.case_caption.setText(self.tr("Case"))
        if self._case_id is None:
            self.case_label.setText(self.tr("None (a free-standing task)"))
        self.save_button.setAccessibleName(self.tr("Save the task"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def _risk_known(self, risk: RiskLevel) -> None:
        """A new task on a case: the due date the case's risk calls for (``rules.default_due_on``)."""
        self.risk = risk
        self.due_edit.setDate(QDate(rules.default_due_on(risk, date.today())))

    def _fill(self, task: Task | None) -> None:
        due = task.due_on if task is not None else rules.default_due_on(None, date.today())
        self.title_edit.setText(task.title if task else "")
        self.has_due.setChecked(due is not None)
        self.due_edit.setEnabled(due is not None)
        self.due_edit.setDate(QDate(due) if due else QDate.currentDate())
        self.notes_edit.setPlainText(task.notes if task else "")
        self._update_buttons()

    def task(self) -> Task:
        """The follow-up as it stands in the dialog."""
        picked = self.due_edit.date().toPython()
        due = picked if self.has_due.isChecked() and isinstance(picked, date) else None
        base = self._task or Task(title="", case_id=self._case_id)
        return replace(base, title=self.title_edit.text().strip(), due_on=due,
                       notes=self.notes_edit.toPlainText().strip())

    def save(self) -> None:
        task = self.task()
        if not task.title:
            return

        def store(vault: Vault) -> Task:
            return vault.tasks.update(task) if task.id is not None else vault.tasks.add(task)

        VaultOp(self, store, session=self.session).success(self._stored).failure(self._failed).run()

    def _stored(self, task: Task) -> None:
        self._task = task
        self.saved.emit(task)
        self.accept()

    def _failed(self, _exc: BaseException, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.title_edit.text().strip()))

    def keep_draft(self, vault: Vault) -> str | None:
        """At a lock (kit/lock_bound.py): the task as typed is stored, as Save stores it; without a
        title there is no task to store, and the lock says it was not kept."""
        task = self.task()
        if not task.title:
            return None
        stored = vault.tasks.update(task) if task.id is not None else vault.tasks.add(task)
        self._task = stored
        self.title_edit.setModified(False)
        self.notes_edit.document().setModified(False)
        return self.tr("what you typed was saved as the task “%1”").replace("%1", stored.title)

    def _on_locked(self) -> None:
        self.title_edit.setText("")  # setText also empties the undo history
        self.notes_edit.clear()
        self.reject()
