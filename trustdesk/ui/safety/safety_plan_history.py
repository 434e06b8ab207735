"""Every saved version of a case's safety plan, newest first, with its date; read-only."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.safety import STEPS, SafetyPlan
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.safety.labels import step_title
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault.events import Change

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class SafetyPlanHistoryDialog(QDialog):
    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safety_plan_history_dialog")
        self.session = session
        self.case_id = case_id
        self.versions: list[SafetyPlan] = []

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("safety_plan_versions")
        self.list.setMinimumWidth(220)
        self.text = guard_text(QPlainTextEdit(self), document=True)
        self.text.setObjectName("safety_plan_version_text")
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("safety_plan_history_close")
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._chosen)
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_changed)
        self.retranslate()
        fit_to_screen(self, 820, 560)
        self.refresh()

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        VaultOp(self, lambda v: v.safety_plans.versions(self.case_id), session=self.session).success(
            self._fill).run()

    def _fill(self, versions: list[SafetyPlan]) -> None:
        self.versions = versions
        self.list.clear()
        for plan in versions:
            item = QListWidgetItem(self.version_text(plan), self.list)
            item.setData(VERSION_ROLE, plan.version)
        if versions:
            self.list.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("No version saved yet."))

    def version_text(self, plan: SafetyPlan) -> str:
        when = datetime_text(plan.saved_at)
        text = self.tr("Version %1 — %2").replace("%1", str(plan.version)).replace("%2", when)
        if plan.not_applicable_reason.strip():
            text += "\n" + self.tr("not applicable")
        return text

    def plan_text(self, plan: SafetyPlan) -> str:
        parts = []
        if plan.not_applicable_reason.strip():
            parts.append(self.tr("Not applicable, because: %1").replace("%1", plan.not_applicable_reason))
        for name in STEPS:
            value = getattr(plan, name).strip() or "—"
            parts.append(f"{step_title(name)}\n{value}")
        return "\n\n".join(parts)

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        version = current.data(VERSION_ROLE)
        plan = next((p for p in self.versions if p.version == version), None)
        if plan is not None:
            self.text.setPlainText(self.plan_text(plan))

    def _on_changed(self, change: Change) -> None:
        if change.concerns(self.case_id, Table.SAFETY_PLANS):
            self.refresh()

    def _on_locked(self) -> None:
        self.versions = []
        self.list.clear()
        self.text.clear()
        self.reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Safety plan: earlier versions"))
        self.setAccessibleName(self.tr("Safety plan: earlier versions"))
        self.intro.setText(self.tr("Every saved version is kept with its date, newest first."))
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.text.setAccessibleName(self.tr("The chosen version"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.locked.disconnect(self._on_locked)
            self.session.changed.disconnect(self._on_changed)
        super().done(result)
