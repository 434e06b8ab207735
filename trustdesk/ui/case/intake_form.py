"""The intake fields of a case (ARCHITECTURE.md, The UI by feature), shared by the new-case dialog and the Details tab.

The doctor's name, phone, e-mail and workplace sit apart in a framed group with a padlock and one
sentence saying where they live: only in this vault, never in pseudonymised documents.  In the Details tab that group is veiled while aliases are hidden
(``kit.alias.identity_hidden``): a sentence stands in its place and none of its values is on screen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import Initiator, KnowledgeDomain, Language, Profession, Province
from trustdesk.domain.models import Case
from trustdesk.ui.kit.alias import HIDE_SHORTCUT, aliases, identity_hidden
from trustdesk.ui.kit.case_labels import (
    date_format,
    domain_text,
    initiator_text,
    language_text,
    profession_text,
    region_text,
)
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.date_field import DateField
from trustdesk.ui.kit.retranslates import Retranslates


def padlock_pixmap(size: int = 20, colour: str = "#5a5f66") -> QPixmap:
    """A small closed padlock (drawn, so it needs no icon theme)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    pen = QPen(QColor(colour), max(1.5, s / 10))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.5), 0, 180 * 16)
    painter.drawLine(QPointF(s * 0.28, s * 0.33), QPointF(s * 0.28, s * 0.45))
    painter.drawLine(QPointF(s * 0.72, s * 0.33), QPointF(s * 0.72, s * 0.45))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.45, s * 0.68, s * 0.48), s * 0.08, s * 0.08)
    painter.end()
    return pixmap


class IntakeForm(Retranslates, QWidget):
    """Every intake field of a case; ``set_case`` fills it, ``apply_to`` writes it onto a case."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_background: bool = False, veil: bool = False) -> None:
        super().__init__(parent)
        self._legacy_region = ""

        self.opened_on = DateField(self)
        self.opened_on.past_event()
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setDisplayFormat(date_format())
        self.opened_on.setMaximumDate(QDate.currentDate())
        self.opened_on.setDate(QDate.currentDate())
        self.opened_on.setObjectName("intake_opened_on")

        self.initiator = QComboBox(self)
        for initiator in Initiator:
            self.initiator.addItem("", initiator)
        self.initiator.setObjectName("intake_initiator")

        self.coordinator_ref = guard_text(QLineEdit(self))
        self.coordinator_ref.setMaxLength(60)
        self.coordinator_ref.setObjectName("intake_coordinator_ref")

        self.language = QComboBox(self)
        for language in Language:
            self.language.addItem("", language)
        self.language.setObjectName("intake_language")

        self.region = QComboBox(self)
        self.region.addItem("", "")
        for province in Province:
            self.region.addItem("", province.value)
        self.region.setObjectName("intake_region")

        self.profession = QComboBox(self)
        for profession in Profession:
            self.profession.addItem("", profession)
        self.profession.setObjectName("intake_profession")

        self.specialty = guard_text(QLineEdit(self))
        self.specialty.setMaxLength(100)
        self.specialty.setObjectName("intake_specialty")

        self.domain_boxes: dict[KnowledgeDomain, QCheckBox] = {}
        domains_group = QGroupBox(self)
        domains_group.setObjectName("intake_domains")
        self.domains_group = domains_group
        domains_grid = QGridLayout(domains_group)
        for i, domain in enumerate(KnowledgeDomain):
            box = QCheckBox(domains_group)
            box.setObjectName(f"intake_domain_{domain.value}")
            self.domain_boxes[domain] = box
            domains_grid.addWidget(box, i // 2, i % 2)

        self.consent = QCheckBox(self)
        self.consent.setObjectName("intake_consent")

        sensitive = QFrame(self)
        sensitive.setObjectName("intake_sensitive")
        sensitive.setFrameShape(QFrame.Shape.StyledPanel)
        sensitive.setStyleSheet("QFrame#intake_sensitive { border: 2px dashed palette(mid); border-radius: 6px; }")
        lock = QLabel(sensitive)
        lock.setPixmap(padlock_pixmap(20))
        self.padlock = lock
        title = QLabel(sensitive)
        self.sensitive_title = title
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        note = QLabel(sensitive)
        self.sensitive_note = note
        note.setWordWrap(True)
        note.setObjectName("intake_sensitive_note")
        self.alias = guard_text(QLineEdit(sensitive))
        self.alias.setMaxLength(40)
        self.alias.setObjectName("intake_alias")
        self.doctor_name = guard_text(QLineEdit(sensitive))
        self.doctor_name.setMaxLength(120)
        self.doctor_name.setObjectName("intake_doctor_name")
        self.doctor_phone = guard_text(QLineEdit(sensitive))
        self.doctor_phone.setMaxLength(40)
        self.doctor_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.doctor_phone.setObjectName("intake_doctor_phone")
        self.doctor_email = guard_text(QLineEdit(sensitive))
        self.doctor_email.setMaxLength(120)
        self.doctor_email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.doctor_email.setObjectName("intake_doctor_email")
        self.workplace = guard_text(QLineEdit(sensitive))
        self.workplace.setMaxLength(160)
        self.workplace.setObjectName("intake_workplace")

        heading = QHBoxLayout()
        heading.addWidget(lock)
        heading.addWidget(title, 1)
        # the identifying fields, in one widget the veil replaces while aliases are hidden
        self.identity_fields = QWidget(sensitive)
        self.identity_fields.setObjectName("intake_identity_fields")
        sensitive_form = QFormLayout(self.identity_fields)
        sensitive_form.setContentsMargins(0, 0, 0, 0)
        self.identity_veil = QLabel(sensitive)
        self.identity_veil.setObjectName("intake_identity_veil")
        self.identity_veil.setWordWrap(True)
        self.identity_veil.hide()
        self.row_labels: dict[str, QLabel] = {}
        field: QWidget
        for key, field in (("alias", self.alias), ("name", self.doctor_name), ("phone", self.doctor_phone),
                           ("email", self.doctor_email), ("workplace", self.workplace)):
            self.row_labels[key] = QLabel(self.identity_fields)
            self.row_labels[key].setBuddy(field)
            sensitive_form.addRow(self.row_labels[key], field)
        sensitive_layout = QVBoxLayout(sensitive)
        sensitive_layout.addLayout(heading)
        sensitive_layout.addWidget(note)
        sensitive_layout.addWidget(self.identity_fields)
        sensitive_layout.addWidget(self.identity_veil)

        self.background: QPlainTextEdit | None = None
        self.background_label: QLabel | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in (("opened", self.opened_on), ("initiator", self.initiator),
                           ("coordinator", self.coordinator_ref), ("language", self.language),
                           ("region", self.region), ("profession", self.profession), ("specialty", self.specialty)):
            self.row_labels[key] = QLabel(self)
            self.row_labels[key].setBuddy(field)
            form.addRow(self.row_labels[key], field)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(domains_group)
        left.addWidget(self.consent)
        if with_background:  # the Details tab: two columns, who-the-doctor-is beside the background
            self.background = guard_text(QPlainTextEdit(self), document=True)
            self.background.setTabChangesFocus(True)
            self.background.setObjectName("intake_background")
            background_label = QLabel(self)
            self.background_label = background_label
            background_label.setBuddy(self.background)
            left.addStretch(1)
            right = QVBoxLayout()
            right.addWidget(sensitive)
            right.addWidget(background_label)
            right.addWidget(self.background, 1)
            columns = QHBoxLayout(self)
            columns.addLayout(left, 1)
            columns.addSpacing(16)
            columns.addLayout(right, 1)
        else:
            left.addWidget(sensitive)
            left.addStretch(1)
            self.setLayout(left)

        for combo in (self.initiator, self.language, self.region, self.profession):
            combo.currentIndexChanged.connect(self.edited)
        for line in (self.coordinator_ref, self.specialty, self.alias, self.doctor_name, self.doctor_phone,
                     self.doctor_email, self.workplace):
            line.textEdited.connect(self.edited)
        for box in (*self.domain_boxes.values(), self.consent):
            box.toggled.connect(self.edited)
        self.opened_on.dateChanged.connect(self.edited)
        if self.background is not None:
            self.background.textChanged.connect(self.edited)
        self.retranslate()
        if veil:
            aliases().changed.connect(self._veil)
            self._veil(identity_hidden())

    def _veil(self, hidden: bool) -> None:
        """While aliases are hidden the identifying fields leave the screen (their values stay, and are
        saved as they were); the sentence says how to show them again."""
        self.identity_fields.setVisible(not hidden)
        self.identity_veil.setVisible(hidden)

    def retranslate(self) -> None:
        """Every text of the form in the interface language (at start and on LanguageChange)."""
        labels = self.row_labels
        labels["opened"].setText(self.tr("Opened on"))
        labels["initiator"].setText(self.tr("First call by"))
        labels["coordinator"].setText(self.tr("Coordinator reference"))
        labels["language"].setText(self.tr("Language"))
        labels["region"].setText(self.tr("Region"))
        labels["profession"].setText(self.tr("Profession"))
        labels["specialty"].setText(self.tr("Specialty"))
        labels["alias"].setText(self.tr("Your alias"))
        self.alias.setAccessibleName(self.tr("Your private alias or initials for this case"))
        self.alias.setPlaceholderText(self.tr("Initials or a word, for your eyes only"))
        self.alias.setToolTip(self.tr("Shown beside the code in your lists, never in pseudonymised documents. "
                                      "%1 hides every alias while you share your screen.").replace("%1", "Ctrl+Shift+H"))
        labels["name"].setText(self.tr("Name"))
        labels["phone"].setText(self.tr("Phone"))
        labels["email"].setText(self.tr("E-mail"))
        labels["workplace"].setText(self.tr("Workplace"))
        self.opened_on.setAccessibleName(self.tr("Opened on"))
        self.initiator.setAccessibleName(self.tr("Who made the first call"))
        self.coordinator_ref.setPlaceholderText(self.tr("As given by the coordinator"))
        self.coordinator_ref.setAccessibleName(self.tr("Coordinator reference"))
        self.language.setAccessibleName(self.tr("Language of the contacts"))
        self.region.setAccessibleName(self.tr("Region or province"))
        self.profession.setAccessibleName(self.tr("Profession"))
        self.specialty.setPlaceholderText(self.tr("For example: general practice, anaesthesia"))
        self.specialty.setAccessibleName(self.tr("Specialty"))
        for combo, text in ((self.initiator, initiator_text), (self.language, language_text),
                            (self.profession, profession_text)):
            for i in range(combo.count()):
                combo.setItemText(i, text(combo.itemData(i)))
        for i in range(self.region.count()):
            value = self.region.itemData(i)
            self.region.setItemText(i, region_text(value) if value else self.tr("Not recorded"))
        self.domains_group.setTitle(self.tr("Knowledge domains"))
        for domain, box in self.domain_boxes.items():
            box.setText(domain_text(domain))
            box.setAccessibleName(domain_text(domain))
        self.consent.setText(self.tr("The doctor agrees to be contacted by me"))
        self.consent.setAccessibleName(self.tr("Consent to be contacted"))
        self.padlock.setAccessibleName(self.tr("Padlock"))
        self.sensitive_title.setText(self.tr("Most sensitive: who the doctor is (optional)"))
        self.identity_veil.setText(self.tr("Hidden while aliases are hidden (for instance while you share your "
                                           "screen). To show them again: %1.").replace("%1", HIDE_SHORTCUT))
        self.sensitive_note.setText(self.tr("Kept only in this vault, never in pseudonymised documents or the "
                                            "anonymous figures. Leave empty when the code is enough."))
        self.doctor_name.setAccessibleName(self.tr("Doctor's name (most sensitive)"))
        self.doctor_phone.setAccessibleName(self.tr("Doctor's phone (most sensitive)"))
        self.doctor_email.setAccessibleName(self.tr("Doctor's e-mail (most sensitive)"))
        self.workplace.setAccessibleName(self.tr("Workplace (most sensitive)"))
        if self.background is not None and self.background_label is not None:
            self.background.setPlaceholderText(self.tr("What the coordinator passed on, the question "
                                                       "for help, context that stays true over time"))
            self.background.setAccessibleName(self.tr("Background"))
            self.background_label.setText(self.tr("&Background"))

    # -- values -----------------------------------------------------------------------------------

    def set_case(self, case: Case) -> None:
        """Show ``case`` (signals blocked: filling is not editing)."""
        widgets: list[QWidget] = [self.opened_on, self.initiator, self.coordinator_ref, self.language,
                                  self.region, self.profession, self.specialty, self.consent,
                                  self.alias, self.doctor_name, self.doctor_phone, self.doctor_email, self.workplace,
                                  *self.domain_boxes.values()]
        if self.background is not None:
            widgets.append(self.background)
        blocked = [(w, w.blockSignals(True)) for w in widgets]
        try:
            opened = case.opened_on
            self.opened_on.setMaximumDate(max(QDate.currentDate(), QDate(opened.year, opened.month, opened.day)))
            self.opened_on.setDate(QDate(opened.year, opened.month, opened.day))
            self._select(self.initiator, case.initiator)
            self.coordinator_ref.setText(case.coordinator_ref)
            self._select(self.language, case.language)
            self._set_region(case.region)
            self._select(self.profession, case.profession)
            self.specialty.setText(case.specialty)
            for domain, box in self.domain_boxes.items():
                box.setChecked(domain in case.domains)
            self.consent.setChecked(case.consent_to_contact)
            self.alias.setText(case.alias)
            self.doctor_name.setText(case.doctor_name)
            self.doctor_phone.setText(case.doctor_phone)
            self.doctor_email.setText(case.doctor_email)
            self.workplace.setText(case.workplace)
            if self.background is not None:
                self.background.setPlainText(case.details)
        finally:
            for widget, was in blocked:
                widget.blockSignals(was)

    def apply_to(self, case: Case) -> Case:
        """``case`` with the intake fields of this form (status, code and closing are left alone)."""
        qdate = self.opened_on.date()
        changed = replace(
            case,
            opened_on=date(qdate.year(), qdate.month(), qdate.day()),
            initiator=Initiator(self.initiator.currentData()),
            coordinator_ref=self.coordinator_ref.text().strip(),
            language=Language(self.language.currentData()),
            region=str(self.region.currentData() or ""),
            profession=Profession(self.profession.currentData()),
            specialty=self.specialty.text().strip(),
            domains=frozenset(d for d, box in self.domain_boxes.items() if box.isChecked()),
            consent_to_contact=self.consent.isChecked(),
            alias=self.alias.text().strip(),
            doctor_name=self.doctor_name.text().strip(),
            doctor_phone=self.doctor_phone.text().strip(),
            doctor_email=self.doctor_email.text().strip(),
            workplace=self.workplace.text().strip(),
        )
        if self.background is not None:
            changed = replace(changed, details=self.background.toPlainText())
        return changed

    def clear(self) -> None:
        """Forget every value (the vault was locked)."""
        blank = Case(code="", opened_on=date.today())
        self.set_case(blank)
        self._drop_legacy_region()

    # -- helpers ----------------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _drop_legacy_region(self) -> None:
        if self._legacy_region:
            index = self.region.findData(self._legacy_region)
            if index >= 0:
                self.region.removeItem(index)
            self._legacy_region = ""

    def _set_region(self, region: str) -> None:
        self._drop_legacy_region()
        index = self.region.findData(region)
        if index < 0:  # free text from an older record: keep it selectable, never lose it
            self._legacy_region = region
            self.region.addItem(region_text(region), region)
            index = self.region.count() - 1
        self.region.setCurrentIndex(index)
