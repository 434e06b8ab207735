"""Today: what needs the trust person now (ARCHITECTURE.md, The UI by feature).

- a line when the last automatic backup failed, and a gentle one while there is no verified backup
  younger than ``BACKUP_NAG_DAYS`` days;
- tasks that are due or overdue, and every open one without a date, of a case or not (the page says so);
- tasks due in the coming ``UPCOMING_DAYS`` days (a call-back planned in 48 hours is on screen at once);
  the status line counts any open task due later, so "nothing" is said only when nothing is open;
- open cases that need attention (``rules.attention_reasons``): an acute risk (always), an acute or high
  risk assessed in the last ``rules.RECENT_CRISIS_DAYS`` days and lower since, high or acute
  risk without a contact in ``today.high_risk_days`` days (a vault setting, default 7), high or acute
  risk without a safety plan that counts, a note whose risk is not assessed (an unfinished note), or no
  first contact 14 days after opening (an overdue task is its own line).

Every row with a case opens it (Enter or double-click): ``open_case_requested(case_id, None)`` and,
when the window has one, ``window().open_case(case_id)``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain import rules
from trustdesk.ui.case.queries import Attention, TodayData, read_today
from trustdesk.ui.case.task_dialog import TaskDialog
from trustdesk.ui.case.tasks_tab import due_text
from trustdesk.ui.case.today_rows import (
    CASE_ROLE,
    GROUP_ROLE,
    KIND_ROLE,
    SHOW_AT_FIRST,
    TASK_ROLE,
    FittingTree,
    blank_icon,
    line_reasons,
    section,
)
from trustdesk.ui.kit.alias import CaseLabelDelegate, aliases, case_label, label_column_width
from trustdesk.ui.kit.case_labels import date_text, datetime_text
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.risk_badge import attention_icon, attention_text, risk_icon, risk_text
from trustdesk.ui.kit.rows_language import remake_on_switch
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.kit.undo_notice import UndoNotice
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.domain.models import Task
    from trustdesk.vault.events import Change

class TodayPage(Page):
    tables = (Table.TASKS, Table.CASES, Table.CONTACTS, Table.SETTINGS, Table.SCORES, Table.SAFETY_PLANS)
    open_case_requested = Signal(int, object)  # case id, contact id (None here)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("todayPage")
        self.data: TodayData | None = None
        self._reading = False
        self._read_again = False
        self._read_covers = 0  # the last change committed before the newest read began (it has it)
        self._read_pending = False  # a read is asked for and not begun: every change told meanwhile is in it
        self._limits: dict[str, int] = {}  # group -> lines shown ("Show more" raises it; reset on lock)
        self._visit = True  # the next read shown opens a visit: its most urgent line is chosen (_show_read)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count() > 1:  # keep the heading; the base's centred empty state makes way
            layout.takeAt(1)
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("today_backup_failed")
        self.backup_label.setWordWrap(True)
        self.backup_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.backup_label.setMargin(8)
        self.backup_label.hide()
        self.tree = FittingTree(self)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)  # its lines' height
        self.tree.setObjectName("today_list")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setItemsExpandable(False)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.Interactive)  # _size_label_column
        self.tree.setItemDelegateForColumn(1, CaseLabelDelegate(self.tree))  # a long alias is cut, never the code
        self.tree.header().setSectionResizeMode(2, self.tree.header().ResizeMode.ResizeToContents)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("today_open_case")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("today_task_done")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("today_new_task")
        # Undo of "Mark done" (Space on the button once completed a call-back unseen)
        self.undone_task: Task | None = None
        self.undo_bar = UndoNotice("today", self)
        self.undo_bar.undo_requested.connect(self.undo_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        layout.addWidget(self.backup_label)
        layout.addWidget(self.tree)
        layout.addWidget(self.state)
        layout.addWidget(self.hint)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)
        layout.addStretch(1)  # the room left over goes under the page, not into gaps between its sections
        self.state.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft)

        self.tree.itemActivated.connect(lambda item, _column: self.open_item(item))
        self.tree.currentItemChanged.connect(lambda _cur, _prev: self._update_buttons())
        self.open_button.clicked.connect(lambda: self.open_item(self.tree.currentItem()))
        self.done_button.clicked.connect(self.mark_current_done)
        self.new_button.clicked.connect(lambda: self.new_task())  # clicked(bool) would be taken for a task
        session.locked.connect(self.clear)
        # drawn again at once from what was read: aliases hidden (a read in a worker left the alias on screen
        # meanwhile), a language switch (the rows' words: kit/rows_language.py)
        aliases().changed.connect(self._fill_again)  # (a method: let go with the page, never called after it)
        remake_on_switch(self.tree, self._fill_again)
        self.retranslate()
        self._update_buttons()

    # -- page contract -------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        # In a worker (5,000 cases: make bench), one read at a time, begun once the asking event is done:
        # the main window is built with no worker contending for the interpreter, the unlock's own writes
        # are in it.  A change told meanwhile reads once more after it; ``loaded``: it is on screen.
        if self._reading:
            self._read_again = self._read_again or not self._read_pending  # one not begun reads it all
            return
        self._reading = self._read_pending = True
        QTimer.singleShot(0, self, self._start_read)

    def _start_read(self) -> None:
        self._read_pending = False
        if not self.session.is_unlocked:  # locked meanwhile
            self._reading = self._read_again = False
            return
        self._read_covers = self.session.committed
        day = date.today()
        VaultOp(self, lambda vault: read_today(vault, day)).success(  # an answer after the lock shows nothing
            self._show_read).finished(
            self._read_done).run_in_background()

    def _show_read(self, data: TodayData) -> None:
        """A read on screen (none after the lock).  The first of a visit -- the page shown again, the
        vault unlocked -- chooses the most urgent line; later ones, while the person works in the list,
        keep the line chosen (outside tester: back on Today, the line chosen on the last visit stayed
        chosen under a case that had since become acute above it)."""
        if not self.session.is_unlocked:
            return
        visit = self._visit
        if self.isVisible():
            self._visit = False
        self._fill(data, fresh=visit)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        if not event.spontaneous():  # left for another page (not the window minimized): a new visit next
            self._visit = True
        super().hideEvent(event)

    def _on_change(self, change: Change) -> None:
        """A change committed before the newest read began is in it: no second read of 5,000 cases."""
        if self._read_pending or self.session.telling <= self._read_covers:
            return
        super()._on_change(change)

    def _read_done(self) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()

    def clear(self) -> None:
        self.close_dialog()
        self.data = None
        self.count = None
        self._limits.clear()
        self._visit = True
        with QSignalBlocker(self.tree):
            self.tree.clear()
        self.undone_task = None  # a task's title is case data: gone with the key
        self.undo_bar.dismiss()
        self.backup_label.clear()
        self.backup_label.hide()
        self.state.clear()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Today")

    def empty_text(self) -> str:
        later = self.data.later if self.data is not None else 0
        if later:
            return self.tr("Nothing is due in the coming days; %n open task(s) planned later or without a date "
                           "(see the cases' Tasks tab).", "", later)
        return self.tr("Nothing is open: no task, and no case is waiting for you.")

    def hint_text(self) -> str:
        return self.tr("Enter or double-click opens the case. Tasks you add without a date stay here "
                       "until they are done.")

    def primary_widget(self) -> QWidget | None:
        """The list when it has lines, else "New task…"."""
        return self.tree if self.tree.isVisible() else self.new_button

    # -- actions -------------------------------------------------------------------------------

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(0, KIND_ROLE) == "more":
            self.show_more(str(item.data(0, GROUP_ROLE)))
            return
        case_id = item.data(0, CASE_ROLE)
        if not isinstance(case_id, int):
            self._edit_free_standing(item)
            return
        self.open_case_requested.emit(case_id, None)
        open_case = getattr(self.window(), "open_case", None)
        if callable(open_case):
            open_case(case_id)

    def mark_current_done(self) -> None:
        """Done, with an Undo beside the buttons for UNDO_SECONDS (Alt+U or Ctrl+Z), as a mail app does;
        the focus goes to the list, so a second key press never completes the next task unseen."""
        item = self.tree.currentItem()
        task_id = item.data(0, TASK_ROLE) if item is not None else None
        if isinstance(task_id, int):
            VaultOp(self, lambda vault: vault.tasks.mark_done(task_id)).success(self._marked_done).run()

    def _marked_done(self, task: Task) -> None:
        self.undone_task = task
        self.undo_bar.tell(self.tr("Marked done: %1").replace("%1", task.title))
        self.refresh()
        target = self.tree if self.tree.isVisible() else self.undo_bar.button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_done(self) -> None:
        """The task marked done last is open again (its due date as it was)."""
        task, self.undone_task = self.undone_task, None
        if task is not None and task.done_at is not None:
            reopened = replace(task, done_at=None)
            VaultOp(self, lambda vault: vault.tasks.update(reopened)).success(lambda _t: self.refresh()).run()
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)


    def new_task(self, task: Task | None = None) -> TaskDialog:  # ``task``: edit it (a search hit)
        return self._open_task(TaskDialog(self.session, task=task, parent=self))

    def _edit_free_standing(self, item: QTreeWidgetItem) -> None:
        """A follow-up without a case has nothing to open: Enter edits it instead."""
        task_id = item.data(0, TASK_ROLE)
        task = next((t for t, _code, _alias in self.data.tasks if t.id == task_id), None) if self.data else None
        if task is not None:
            self._open_task(TaskDialog(self.session, task=task, parent=self))

    def _open_task(self, dialog: TaskDialog) -> TaskDialog:
        dialog.saved.connect(lambda _task: self.refresh())
        return self.open_dialog(dialog)  # the focus comes back where it was, never onto "Mark done"

    def show_more(self, group: str) -> None:
        """The next lines of ``group`` (Enter on its "Show more" line), the first of them chosen."""
        if self.data is None:
            return
        shown = self._limit(group)
        self._limits[group] = shown + SHOW_AT_FIRST
        self._fill(self.data, current=(group, shown))

    # -- display -------------------------------------------------------------------------------

    def _limit(self, group: str) -> int:
        return self._limits.get(group, SHOW_AT_FIRST)

    def _more(self, parent: QTreeWidgetItem, group: str, total: int) -> bool:
        """Whether ``group`` shows another line; if not, its "Show more" line (once) instead."""
        shown = parent.childCount()
        if shown < self._limit(group):
            return True
        if shown == self._limit(group):
            item = QTreeWidgetItem(parent, [self.tr("Show more (%n not shown)…", "", total - shown)])
            item.setData(0, KIND_ROLE, "more")
            item.setData(0, GROUP_ROLE, group)
            self._accessible(item)
        return False

    def _fill(self, data: TodayData, current: tuple[str, int] | None = None, *, fresh: bool = False) -> None:
        """The groups, each at most its limit of lines (the most urgent first) and a "Show more" line;
        ``current``: (group, index) of the line to choose, else the one chosen before stays chosen --
        unless ``fresh`` (a visit's first read): then the first line, the most urgent."""
        self.data = data
        self.count = data.count
        chosen = None if fresh else self.tree.currentItem()
        keep = (chosen.data(0, KIND_ROLE), chosen.data(0, CASE_ROLE), chosen.data(0, TASK_ROLE)) \
            if chosen is not None else None
        groups: list[QTreeWidgetItem] = []  # built apart from the tree, put in at once (one layout, not one per line)
        with QSignalBlocker(self.tree):
            self.tree.clear()
            if data.tasks:
                group = section(self.tr("Tasks due"), "tasks", groups)
                for task, case_code, alias in data.tasks:
                    if not self._more(group, "tasks", len(data.tasks)):
                        break
                    code = case_label(case_code, alias)
                    item = QTreeWidgetItem(group, [task.title, code or self.tr("no case"),
                                                   due_text(task, data.day)])
                    item.setData(0, KIND_ROLE, "task")
                    item.setData(0, TASK_ROLE, task.id)
                    item.setData(0, CASE_ROLE, task.case_id)
                    overdue = task.due_on is not None and task.due_on < data.day
                    item.setIcon(0, attention_icon() if overdue else blank_icon())  # texts line up
                    self._accessible(item)
            if data.upcoming:
                group = section(self.tr("Coming days"), "upcoming", groups)
                for task, case_code, alias in data.upcoming:
                    if not self._more(group, "upcoming", len(data.upcoming)):
                        break
                    item = QTreeWidgetItem(group, [task.title, case_label(case_code, alias) or self.tr("no case"),
                                                   due_text(task, data.day)])
                    item.setData(0, KIND_ROLE, "task")
                    item.setData(0, TASK_ROLE, task.id)
                    item.setData(0, CASE_ROLE, task.case_id)
                    item.setIcon(0, blank_icon())
                    self._accessible(item)
            if data.attention:
                group = section(self.tr("Cases that need attention"), "attention", groups)
                for entry in data.attention:
                    if not self._more(group, "attention", len(data.attention)):
                        break
                    row = entry.row  # every reason on the line, most urgent first (an acute risk hid the rest)
                    reasons = [attention_text(r, row.item9_positive_on, row.unassessed_note_on, risk=row.current_risk,
                                              crisis_on=row.crisis_on, crisis_risk=row.crisis_risk, today=data.day)
                               for r in entry.reasons]
                    item = QTreeWidgetItem(group, [" · ".join(line_reasons(entry.reasons, reasons)),
                                                   case_label(row.code, row.alias),
                                                   self._attention_when(entry, data.day)])
                    item.setIcon(0, risk_icon(rules.shown_risk(row, data.day)))  # a recent crisis never green
                    item.setToolTip(0, "\n".join([self.tr("Current risk: {risk}").format(
                        risk=risk_text(row.current_risk)), *reasons]))
                    item.setData(0, KIND_ROLE, "case")
                    item.setData(0, CASE_ROLE, row.case_id)
                    self._accessible(item)
            if data.past_retention:
                group = section(self.tr("Closed cases past their retention period"), "retention", groups)
                for case in data.past_retention:
                    if not self._more(group, "retention", len(data.past_retention)):
                        break
                    closed = date_text(case.closed_on)
                    item = QTreeWidgetItem(group, [self.tr("⌛ Due for destruction: open it and choose Destroy…"),
                                                   case.code, self.tr("closed %1").replace("%1", closed)])
                    item.setData(0, KIND_ROLE, "retention")
                    item.setData(0, CASE_ROLE, case.id)
                    self._accessible(item)
            self.tree.insertTopLevelItems(0, groups)
            for group in groups:
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
            self._restore(keep, current)
        self._size_label_column()
        self.tree.updateGeometry()  # as tall as its new lines
        self.tree.setVisible(bool(data.tasks or data.upcoming or data.attention or data.past_retention))
        self._show_backup(data)
        self.retranslate()
        self._update_buttons()
        self.loaded.emit()

    def _fill_again(self, _hidden: bool = False) -> None:
        """The rows made again from what was read last (no read)."""
        if self.data is not None:
            self._fill(self.data)

    def _size_label_column(self) -> None:
        """The case column from its labels: the widest up to a cap, the code always whole."""
        groups = [self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount())]
        lines = [group.child(c) for group in groups if group is not None for c in range(group.childCount())]
        labels = [line.text(1) for line in lines if line is not None]
        self.tree.header().resizeSection(1, label_column_width(self.tree, labels, self.tree.headerItem().text(1)))

    def _accessible(self, item: QTreeWidgetItem) -> None:
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                     ", ".join(item.text(c) for c in range(3) if item.text(c)))

    def _attention_when(self, entry: Attention, day: date) -> str:
        row = entry.row
        if row.last_contact is not None:
            days = (day - row.last_contact).days
            if days <= 0:
                return self.tr("last contact today")
            return self.tr("last contact %1 (%n day(s) ago)", "", days).replace("%1", date_text(row.last_contact))
        return self.tr("opened {date}, no contact yet").format(date=date_text(row.opened_on))

    def _restore(self, keep: tuple[object, object, object] | None, current: tuple[str, int] | None) -> None:
        first: QTreeWidgetItem | None = None
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if current is not None and group is not None and group.data(0, GROUP_ROLE) == current[0] \
                    and (line := group.child(current[1])) is not None:
                self.tree.setCurrentItem(line)
                return
            children = [group.child(c) for c in range(group.childCount())] if group is not None else []
            for child in children:
                if child is None:
                    continue
                first = first or child
                if keep is not None and (child.data(0, KIND_ROLE), child.data(0, CASE_ROLE),
                                         child.data(0, TASK_ROLE)) == keep:
                    self.tree.setCurrentItem(child)
                    return
        if first is not None:
            self.tree.setCurrentItem(first)

    def _show_backup(self, data: TodayData) -> None:
        if data.backup_failed_at is None:
            self.backup_label.setToolTip("")
            self.backup_label.setAccessibleDescription("")
            if not data.backup_stale:
                self.backup_label.clear()
                self.backup_label.hide()
                return
            if data.last_backup is None:
                text = self.tr("No backup of your cases yet. Choose a backup folder on a USB stick or another "
                               "disk in Settings: TrustDesk then keeps a copy by itself.") \
                    if not data.backup_folder else self.tr("No backup of your cases yet: plug in the backup "
                                                           "disk, or make one now in Settings.")
            else:
                days = (data.day - data.last_backup.date()).days
                text = self.tr("Your last backup is %n day(s) old. Plug in the backup disk, or make one now in "
                               "Settings.", "", days)
            self.backup_label.setText(text)
            self.backup_label.setAccessibleName(text)
            self.backup_label.show()
            return
        text = self.tr("⚠ The last backup failed ({when}). Your cases are safe in the vault, but there is "
                       "no recent copy.").format(when=datetime_text(data.backup_failed_at))
        # The vault's reason is a technical English sentence: offered as a tooltip, not in the line.
        reason = self.tr("Reason: {reason}").format(reason=data.backup_error) if data.backup_error else ""
        self.backup_label.setText(text)
        self.backup_label.setToolTip(reason)
        self.backup_label.setAccessibleName(text)
        self.backup_label.setAccessibleDescription(reason)
        self.backup_label.show()

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "tree"):
            return
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Case"), self.tr("When")])
        self.tree.setAccessibleName(self.tr("Tasks due and cases that need attention"))
        self.open_button.setText(self.tr("&Open case"))
        self.open_button.setAccessibleName(self.tr("Open the case of the chosen line"))
        self.done_button.setText(self.tr("Mark &done"))
        self.done_button.setAccessibleName(self.tr("Mark the chosen task done"))
        self.new_button.setText(self.tr("New &task…"))
        self.new_button.setAccessibleName(self.tr("New task without a case"))
        if self.count:
            self.state.clear()
        data = getattr(self, "data", None)
        if data is not None:
            self._show_backup(data)  # its sentence follows the language too

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.open_button.setEnabled(item is not None and isinstance(item.data(0, CASE_ROLE), int))
        self.done_button.setEnabled(item is not None and isinstance(item.data(0, TASK_ROLE), int))

