"""Add the total of a PHQ-9 or GAD-7 the doctor completed, with its date (only the total, the date
and the PHQ-9's item 9 are kept; the questionnaire is not reproduced).  The standard severity band
is shown as words.  Any answer above 0 on PHQ-9 item 9 (thoughts of being better off dead or of
self-harm) asks for a risk assessment and offers the safety plan, whatever the total."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.scores import MAXIMUM, Instrument, Score, severity
from trustdesk.ui.kit.appearance import save_cancel
from trustdesk.ui.kit.case_labels import date_format
from trustdesk.ui.kit.date_field import DateField
from trustdesk.ui.kit.lock_bound import ClosesOnLock, typed_in
from trustdesk.ui.kit.screen import grow_to_fit
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.kit.tab_order import tab_chain
from trustdesk.ui.safety.labels import instrument_text, severity_text


class ScoreDialog(ClosesOnLock, QDialog):
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
        self.taken_on = DateField(self)
        self.taken_on.past_event()
        self.taken_on.setObjectName("score_date")
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setDisplayFormat(date_format())
        self.taken_on.setMaximumDate(QDate.currentDate())
        self.taken_on.setDate(QDate.currentDate())
        self.item9 = QComboBox(self)
        self.item9.setObjectName("score_item9")
        for value in (None, 0, 1, 2, 3):
            self.item9.addItem("", value)
        self.item9_label = QLabel(self)
        self.item9_label.setBuddy(self.item9)
        self.item9_hint = QLabel(self)
        self.item9_hint.setObjectName("score_item9_hint")
        self.item9_hint.setWordWrap(True)
        self.item9_prompt: QMessageBox | None = None
        self.plan_dialog: QWidget | None = None
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
        form.addRow(self.item9_label, self.item9)
        form.addRow("", self.item9_hint)
        form.addRow(self.date_label, self.taken_on)
        self.buttons, self.save_button, self.cancel_button = save_cancel(self, "score", self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        tab_chain(self.instrument, self.total, self.item9, self.taken_on)  # the form's order
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.total.valueChanged.connect(self._show_band)
        self.item9.currentIndexChanged.connect(self._show_item9)
        self.close_on_lock(session)
        self.retranslate()
        self._instrument_changed()
        self.setMinimumWidth(420)
        self._untouched = self.score()

    def draft_changed(self) -> bool:
        """A score changed and not saved (kit/lock_bound.py): a spin box forgets it was typed in once it
        loses the focus, so the values are compared."""
        return self.stored is None and (self.score() != self._untouched or typed_in(self))

    def chosen(self) -> Instrument:
        return Instrument(self.instrument.currentData())

    def _instrument_changed(self) -> None:
        self.total.setRange(0, MAXIMUM[self.chosen()])
        phq9 = self.chosen() is Instrument.PHQ9
        self.item9_label.setVisible(phq9)
        self.item9.setVisible(phq9)
        if not phq9:
            self.item9.setCurrentIndex(0)
        self._show_band()
        self._show_item9()

    def item9_value(self) -> int | None:
        value = self.item9.currentData()
        return value if isinstance(value, int) and self.chosen() is Instrument.PHQ9 else None

    def _show_item9(self) -> None:
        value = self.item9_value()
        text = self.tr("⚠ Any answer above 0 on item 9 asks for a risk assessment and the safety plan, "
                       "whatever the total.") if value else ""
        self.item9_hint.setText(text)
        self.item9_hint.setVisible(bool(value))
        if value:
            grow_to_fit(self)  # the warning wraps: the dialog grows to show it whole (never clipped)
        if value is not None and self.total.value() < value:
            self.total.setValue(value)  # the item is part of the total

    def _show_band(self) -> None:
        text = self.tr("Standard band: %1").replace("%1", severity_text(severity(self.chosen(), self.total.value())))
        self.band.setText(text)
        self.band.setAccessibleName(text)

    def score(self) -> Score:
        q = self.taken_on.date()
        return Score(case_id=self.case_id, instrument=self.chosen(), total=self.total.value(),
                     taken_on=date(q.year(), q.month(), q.day()), item9=self.item9_value())

    def save(self) -> None:
        score = self.score()
        VaultOp(self, lambda v: v.scores.add(score), session=self.session).success(self._saved).failure(
            lambda _exc, message: self.error.setText(message)).run()

    def _saved(self, score: Score) -> None:
        self.stored = score
        if score.item9_positive:
            self._ask_for_assessment(score)
            return
        self.accept()

    def _ask_for_assessment(self, score: Score) -> None:
        """Item 9 above 0: say what it asks for and offer the safety plan, whatever the total."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("PHQ-9 item 9 is positive"),
                          self.tr("The doctor answered %1 on item 9 (thoughts of being better off dead or of "
                                  "hurting themselves), with a total of %2. Assess the suicide risk now, record it "
                                  "in a contact note, and make or review the safety plan with the doctor.")
                          .replace("%1", str(score.item9)).replace("%2", str(score.total)), parent=self)
        box.setObjectName("score_item9_prompt")
        plan = box.addButton(self.tr("Open the &safety plan…"), QMessageBox.ButtonRole.AcceptRole)
        plan.setObjectName("score_item9_plan")
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("score_item9_later")
        box.setDefaultButton(plan)
        box.buttonClicked.connect(lambda button: self._prompt_answered(button is plan))
        self.item9_prompt = box
        box.open()

    def _prompt_answered(self, open_plan: bool) -> None:
        self.item9_prompt = None
        if open_plan:
            from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog

            # Item 9 asks about thoughts (of being better off dead, of self-harm), not behaviour: the plan is
            # offered, and it is required only by the risk the trust person assessed (the case's current
            # risk), never by the answer alone.
            case_id = self.case_id
            risk: list[RiskLevel] = []
            VaultOp(self, lambda v: v.contacts.current_risk(case_id), session=self.session).success(risk.append).run()
            dialog = SafetyPlanDialog(self.session, self.case_id, risk=risk[0] if risk else None,
                                      parent=self.parentWidget())
            dialog.finished.connect(dialog.deleteLater)
            self.plan_dialog = dialog
            dialog.open()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a score"))
        self.setAccessibleName(self.tr("Add a score"))
        self.intro.setText(self.tr("The total of a questionnaire the doctor completed, and when. Only the total "
                                   "(and, for the PHQ-9, the answer to item 9) is kept."))
        self.instrument_label.setText(self.tr("&Questionnaire:"))
        self.instrument.setAccessibleName(self.tr("Questionnaire"))
        self.total_label.setText(self.tr("&Total:"))
        self.total.setAccessibleName(self.tr("Total score"))
        self.date_label.setText(self.tr("&Completed on:"))
        self.item9_label.setText(self.tr("Item &9:"))
        self.item9.setAccessibleName(self.tr("PHQ-9 item 9: thoughts of being better off dead or of self-harm"))
        self.item9.setToolTip(self.tr("Thoughts that you would be better off dead, or of hurting yourself in some way"))
        for index, text in enumerate((self.tr("not recorded"), self.tr("0 – not at all"), self.tr("1 – several days"),
                                      self.tr("2 – more than half the days"), self.tr("3 – nearly every day"))):
            self.item9.setItemText(index, text)
        self._show_item9()
        self.taken_on.setAccessibleName(self.tr("Date completed"))
        self.save_button.setAccessibleName(self.tr("Save the score"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

