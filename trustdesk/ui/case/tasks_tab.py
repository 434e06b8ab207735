"""A case's follow-ups: open ones first (by due date), then the done ones.

Each follow-up is a checkable row: Space (or a click on the box) marks it done, or open again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.models import Task
from trustdesk.ui.case.task_dialog import TaskDialog
from trustdesk.ui.kit.case_labels import date_text
from trustdesk.ui.kit.case_tab import follow_session, refresh_tab
from trustdesk.ui.kit.focus_back import focus_back
from trustdesk.ui.kit.new_item import new_item
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.risk_badge import attention_icon
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change

TASK_ID_ROLE = Qt.ItemDataRole.UserRole


@lru_cache(maxsize=1)
def _blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def due_text(task: Task, today: date) -> str:
    """When a follow-up is due, in words (never colour alone)."""
    if task.done_at is not None:
        return QCoreApplication.translate("TaskDue", "done {date}").format(date=date_text(task.done_at.date()))
    if task.due_on is None:
        return QCoreApplication.translate("TaskDue", "no due date")
    when = date_text(task.due_on)
    if task.due_on < today:
        return QCoreApplication.translate("TaskDue", "overdue since {date}").format(date=when)
    if task.due_on == today:
        return QCoreApplication.translate("TaskDue", "due today")
    return QCoreApplication.translate("TaskDue", "due {date}").format(date=when)


class TasksTab(Retranslates, QWidget):
    """The follow-ups of one case."""

    loaded = Signal()  # refresh() has put what the vault holds for this tab on screen

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_tab")
        self.session = session
        self.case_id = case_id
        self.tasks: list[Task] = []
        self._dialog: TaskDialog | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("task_list")
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(16, 16))
        self.list_label = QLabel(self)
        self.list_label.setBuddy(self.list)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("task_list_empty")
        self.empty_label.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("task_new")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("task_edit")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.new_button.clicked.connect(self.new_task)
        self.edit_button.clicked.connect(self.edit_current)
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        self.list.itemChanged.connect(self._checked)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        session.unlocked.connect(self.refresh)
        follow_session(self, self._on_change)

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("&Tasks (tick when done)"))
        self.list.setAccessibleName(self.tr("Tasks of this case; Space marks one done"))
        self.empty_label.setText(self.tr("No tasks for this case."))
        new_item(self.new_button, self.tr("&New task…"), self.tr("New task"))  # Alt+N, as every tab's new item
        self.new_button.setAccessibleName(self.tr("New task"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen task"))

    # -- page contract -------------------------------------------------------------------------

    def refresh(self) -> None:
        refresh_tab(self, self._read, self._fill)

    def clear(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None
        self.tasks = []
        with QSignalBlocker(self.list):
            self.list.clear()
        self._update_buttons()

    # -- actions -------------------------------------------------------------------------------

    def new_task(self) -> TaskDialog:
        return self._open_dialog(TaskDialog(self.session, case_id=self.case_id, parent=self))

    def edit_current(self) -> TaskDialog | None:
        task = self.current_task()
        if task is None:
            return None
        return self._open_dialog(TaskDialog(self.session, task=task, parent=self))

    def current_task(self) -> Task | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((t for t in self.tasks if t.id == item.data(TASK_ID_ROLE)), None)

    def set_done(self, task_id: int, done: bool) -> None:
        def store(vault: Vault) -> Task:
            if done:
                return vault.tasks.mark_done(task_id)
            task = vault.tasks.get(task_id)
            if task is None:
                raise KeyError(task_id)
            return vault.tasks.update(replace(task, done_at=None))

        VaultOp(self, store).success(lambda _task: self.refresh()).run()

    # -- internals -----------------------------------------------------------------------------

    def _open_dialog(self, dialog: TaskDialog) -> TaskDialog:
        if self._dialog is not None:
            self._dialog.close()
        self._dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        focus_back(dialog, self, land=self._chosen_row)  # the task just saved, never the case's tab bar
        dialog.open()
        return dialog

    def _saved(self, task: Task) -> None:
        """The task just saved is the chosen row (its list is read again now: the change comes later)."""
        self.refresh()
        self.select_task(task.id)

    def select_task(self, task_id: int | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(TASK_ID_ROLE) == task_id:
                self.list.setCurrentItem(item)
                return

    def _chosen_row(self) -> QWidget | None:
        return self.list if self.list.currentItem() is not None else None

    def _dialog_closed(self, dialog: TaskDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _read(self, vault: Vault) -> list[Task]:
        return vault.tasks.for_case(self.case_id)

    def _fill(self, tasks: list[Task]) -> None:
        keep = self.current_task()
        self.tasks = sorted(tasks, key=lambda t: t.done)  # stable: open first, each in due order
        today = date.today()
        with QSignalBlocker(self.list):
            self.list.clear()
            for task in self.tasks:
                item = QListWidgetItem(f"{task.title} — {due_text(task, today)}", self.list)
                item.setData(TASK_ID_ROLE, task.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
                if task.notes:
                    item.setToolTip(task.notes)
                overdue = not task.done and task.due_on is not None and task.due_on < today
                item.setIcon(attention_icon() if overdue else _blank_icon())  # overdue: the words say it too
                if task.done:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                if keep is not None and task.id == keep.id:
                    self.list.setCurrentItem(item)
        self.empty_label.setVisible(not tasks)
        self._update_buttons()

    def _checked(self, item: QListWidgetItem) -> None:
        task_id = item.data(TASK_ID_ROLE)
        task = next((t for t in self.tasks if t.id == task_id), None)
        done = item.checkState() == Qt.CheckState.Checked
        if task is not None and task.done != done:
            self.set_done(task_id, done)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.current_task() is not None)

    def _on_change(self, change: Change) -> None:
        if change.concerns(self.case_id, Table.TASKS):
            self.refresh()

    def on_language_change(self) -> None:
        self.retranslate()
        self._fill(self.tasks)
