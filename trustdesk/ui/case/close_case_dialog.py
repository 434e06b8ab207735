"""Closing a case: a reason and a date, and -- before confirming -- how long the case will be kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain import rules
from trustdesk.domain.enums import HANDED_OVER_REASONS, CaseStatus, CloseReason
from trustdesk.domain.models import Case
from trustdesk.ui.kit.case_labels import CLOSE_REASONS_OFFERED, close_reason_text, date_format, date_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.date_field import DateField
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.session import VaultOp, VaultSession


class CloseCaseDialog(ClosesOnLock, QDialog):
    """Asks why and when the case ends; closes it through a VaultOp. ``closed_case`` after accept."""

    def __init__(self, session: VaultSession, case: Case, years: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_case_dialog")
        self.session = session
        self.case = case
        self.years = years
        self.closed_case: Case | None = None
        self.setWindowTitle(self.tr("Close case %1").replace("%1", case.code))

        intro = QLabel(self.tr("Closing ends the follow-up of %1. You can reopen it while it is kept, unless it is "
                               "closed as handed over.")
                       .replace("%1", case.code), self)
        intro.setWordWrap(True)

        self.reason = QComboBox(self)
        self.reason.setObjectName("close_reason")
        self.reason.setAccessibleName(self.tr("Reason for closing"))
        self.reason.setPlaceholderText(self.tr("Choose a reason"))
        for reason in CLOSE_REASONS_OFFERED:
            self.reason.addItem(close_reason_text(reason), reason)
        self.reason.setCurrentIndex(-1)

        opened = case.opened_on
        self.date = DateField(self)
        self.date.past_event()
        self.date.setObjectName("close_date")
        self.date.setAccessibleName(self.tr("Date of closing"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        # never before the case's reopening: a re-closing does not go back in time
        vault = session.vault
        last = vault.cases.last_reopening(case.id) if vault is not None and case.id is not None else None
        earliest = max(opened, last) if last is not None else opened
        self.date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.date.setToolTip(self.tr("Not before %1: the case was opened or reopened that day.").replace("%1", date_text(earliest)))
        self.date.setMaximumDate(max(QDate.currentDate(), self.date.minimumDate()))
        self.date.setDate(self.date.maximumDate())

        self.note = guard_text(QPlainTextEdit(self), document=True)
        self.note.setObjectName("close_note")
        self.note.setAccessibleName(self.tr("Closing note"))
        self.note.setPlaceholderText(self.tr("Optional: what was agreed at the end"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)

        self.retention = QLabel(self)
        self.retention.setObjectName("close_retention")
        self.retention.setWordWrap(True)
        self.final = QLabel(self)  # a reason that hands the case over makes it read-only for good
        self.final.setObjectName("close_final")
        self.final.setWordWrap(True)
        self.final.hide()
        self.error = QLabel(self)
        self.error.setObjectName("close_error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.close_button = self.buttons.addButton(self.tr("Close case"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("close_confirm")
        self.close_button.setAccessibleName(self.tr("Close case"))
        self.close_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("close_cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Closed on"), self.date)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.retention)
        layout.addWidget(self.final)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.setMinimumWidth(460)
        self.reason.currentIndexChanged.connect(self._update)
        self.date.dateChanged.connect(self._update)
        self.close_on_lock(session)  # typed data never outlives the key
        self._update()
        self.reason.setFocus()

    def closed_on(self) -> date:
        q = self.date.date()
        return date(q.year(), q.month(), q.day())

    def chosen_reason(self) -> CloseReason | None:
        data = self.reason.currentData()
        return CloseReason(data) if data else None

    def _update(self) -> None:
        reason = self.chosen_reason()
        self.close_button.setEnabled(reason is not None)
        final = reason in HANDED_OVER_REASONS
        self.final.setText(self.tr("Closed for this reason, the case becomes read-only: it cannot be reopened or "
                                   "changed afterwards (a new request is a new case).") if final else "")
        self.final.setVisible(final)
        until = rules.retention_until(self.closed_on(), self.years)
        self.retention.setText(self.tr(
            "After closing, the case is kept until %1 (%n year(s)), then TrustDesk reminds you to destroy it. "
            "Nothing is destroyed without you.", "", self.years).replace("%1", date_text(until)))

    def _confirm(self) -> None:
        reason = self.chosen_reason()
        if reason is None or self.case.id is None:
            return
        case_id, on, note = self.case.id, self.closed_on(), self.note.toPlainText().strip()
        self.close_button.setEnabled(False)
        from trustdesk.vault.case_status import change_case_status

        (VaultOp(self, lambda v: change_case_status(v, case_id, CaseStatus.CLOSED, on=on, reason=reason,
                                                    note=note), session=self.session)
         .success(self._closed).failure(self._failed).run_in_background())

    def _closed(self, case: Case) -> None:
        self.closed_case = case
        self.accept()

    def _failed(self, _exc: BaseException, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self._update()

