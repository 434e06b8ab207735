"""Add the total of a PHQ-9 or GAD-7 the doctor completed, with its date (only the total and the
date are kept; the questionnaire is not reproduced).  The standard severity band is shown as words."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.scores import MAXIMUM, Instrument, Score, severity
from trustdesk.ui.case_labels import date_format
from trustdesk.ui.session import VaultOp, VaultSession
from trustdesk.ui.timeline_chart import instrument_text, severity_text


class ScoreDialog(QDialog):
    """``stored`` holds the saved score after *Save*."""

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score_dialog")
        self.session = session
        self.case_id = case_id
        self.stored: Score | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.instrument = QComboBox(self)
        self.instrument.setObjectName("score_instrument")
        for instrument in Instrument:
            self.instrument.addItem(instrument_text(instrument), instrument.value)
        self.total = QSpinBox(self)
        self.total.setObjectName("score_total")
        self.taken_on = QDateEdit(self)
        self.taken_on.setObjectName("score_date")
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setDisplayFormat(date_format())
        self.taken_on.setMaximumDate(QDate.currentDate())
        self.taken_on.setDate(QDate.currentDate())
        self.band = QLabel(self)
        self.band.setObjectName("score_band")
        self.error = QLabel(self)
        self.error.setObjectName("score_error")
        self.error.setWordWrap(True)
        self.instrument_label, self.total_label, self.date_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.instrument_label, self.instrument), (self.total_label, self.total),
                             (self.date_label, self.taken_on)):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.instrument_label, self.instrument)
        form.addRow(self.total_label, self.total)
        form.addRow("", self.band)
        form.addRow(self.date_label, self.taken_on)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("score_save")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("score_cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.total.valueChanged.connect(self._show_band)
        session.locked.connect(self.reject)
        self.retranslate()
        self._instrument_changed()
        self.setMinimumWidth(420)

    def chosen(self) -> Instrument:
        return Instrument(self.instrument.currentData())

    def _instrument_changed(self) -> None:
        self.total.setRange(0, MAXIMUM[self.chosen()])
        self._show_band()

    def _show_band(self) -> None:
        text = self.tr("Standard band: %1").replace("%1", severity_text(severity(self.chosen(), self.total.value())))
        self.band.setText(text)
        self.band.setAccessibleName(text)

    def score(self) -> Score:
        q = self.taken_on.date()
        return Score(case_id=self.case_id, instrument=self.chosen(), total=self.total.value(),
                     taken_on=date(q.year(), q.month(), q.day()))

    def save(self) -> None:
        score = self.score()
        VaultOp(self, lambda v: v.scores.add(score), session=self.session).success(self._saved).failure(
            lambda _exc, message: self.error.setText(message)).run()

    def _saved(self, score: Score) -> None:
        self.stored = score
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a score"))
        self.setAccessibleName(self.tr("Add a score"))
        self.intro.setText(self.tr("The total of a questionnaire the doctor completed, and when. Only the total is "
                                   "kept."))
        self.instrument_label.setText(self.tr("&Questionnaire:"))
        self.instrument.setAccessibleName(self.tr("Questionnaire"))
        self.total_label.setText(self.tr("&Total:"))
        self.total.setAccessibleName(self.tr("Total score"))
        self.date_label.setText(self.tr("&Completed on:"))
        self.taken_on.setAccessibleName(self.tr("Date completed"))
        self.save_button.setAccessibleName(self.tr("Save the score"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.locked.disconnect(self.reject)
        super().done(result)
