"""Making an intake: the short form of the coordinator's analysis, sealed to the chosen trust person's
card (``exchange.intake.make_intake``) and saved as a ``.tdintake`` file.  Contact details can be
typed only once the doctor's consent is ticked.  Nothing of the form stays in the desk: the form is
emptied after the file is written, and the desk's audit log keeps the reference, date and recipient."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import ContactMode, Initiator, KnowledgeDomain, Language, Province
from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.retranslates import Retranslates

if TYPE_CHECKING:
    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.exchange.intake import IntakeForm

INITIATORS = (Initiator.DOCTOR, Initiator.COLLEAGUE, Initiator.FAMILY, Initiator.OTHER)
LANGUAGES = (Language.NL, Language.FR)


class IntakeEditor(Retranslates, QWidget):
    def __init__(self, desk: CoordinatorDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskIntakeTab")
        self.desk = desk
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("deskIntakeRecipient")
        self.reference = self._line("deskIntakeReference", 40)
        self.initiator = QComboBox(self)
        self.initiator.setObjectName("deskIntakeInitiator")
        self.language = QComboBox(self)
        self.language.setObjectName("deskIntakeLanguage")
        self.region = QComboBox(self)
        self.region.setObjectName("deskIntakeRegion")
        self.domains: dict[KnowledgeDomain, QCheckBox] = {}
        domains_box = QWidget(self)
        grid = QGridLayout(domains_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, domain in enumerate(KnowledgeDomain):
            box = QCheckBox(domains_box)
            box.setObjectName(f"deskIntakeDomain_{domain.value}")
            self.domains[domain] = box
            grid.addWidget(box, index // 3, index % 3)
        self.contact_mode = QComboBox(self)
        self.contact_mode.setObjectName("deskIntakeContactMode")
        self.contact_when = self._line("deskIntakeWhen", 200)
        self.workplace = self._line("deskIntakeWorkplace", 160)
        self.consent = QCheckBox(self)
        self.consent.setObjectName("deskIntakeConsent")
        self.doctor_name = self._line("deskIntakeDoctorName", 120)
        self.doctor_phone = self._line("deskIntakeDoctorPhone", 40)
        self.doctor_email = self._line("deskIntakeDoctorEmail", 120)
        self.consent.toggled.connect(self._consent_changed)
        self.make_button = named_button(self, "deskMakeIntake", self.make_intake)
        self.message = QLabel(self)
        self.message.setObjectName("deskIntakeMessage")
        self.message.setWordWrap(True)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("recipient", self.recipient), ("reference", self.reference),
                            ("initiator", self.initiator), ("language", self.language), ("region", self.region),
                            ("domains", domains_box), ("contact_mode", self.contact_mode),
                            ("contact_when", self.contact_when), ("workplace", self.workplace),
                            ("consent", self.consent), ("doctor_name", self.doctor_name),
                            ("doctor_phone", self.doctor_phone), ("doctor_email", self.doctor_email)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.intro)
        inner_layout.addLayout(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("deskIntakeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the stops (it follows them), not itself
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh_recipients()
        self._consent_changed(False)

    def _line(self, name: str, limit: int) -> QLineEdit:
        edit = guard_text(QLineEdit(self))
        edit.setObjectName(name)
        edit.setMaxLength(limit)
        return edit

    def _consent_changed(self, on: bool) -> None:
        for edit in (self.doctor_name, self.doctor_phone, self.doctor_email):
            edit.setEnabled(on)
            if not on:
                edit.clear()

    def refresh_recipients(self) -> None:
        current = self.recipient.currentData()
        self.recipient.clear()
        for card in sorted(self.desk.cards().values(), key=lambda c: c.name.casefold()):
            self.recipient.addItem(f"{card.name} ({card.fingerprint[:11]}…)", card.key_id)
        index = self.recipient.findData(current)
        if index >= 0:
            self.recipient.setCurrentIndex(index)

    def form_value(self) -> IntakeForm:
        from trustdesk.exchange.intake import IntakeForm

        region = self.region.currentData()
        return IntakeForm(
            coordinator_ref=self.reference.text().strip(), initiator=Initiator(self.initiator.currentData()),
            language=Language(self.language.currentData()), region=Province(region) if region else None,
            domains=frozenset(d for d, box in self.domains.items() if box.isChecked()),
            contact_mode=ContactMode(self.contact_mode.currentData()), contact_when=self.contact_when.text().strip(),
            consent_to_contact=self.consent.isChecked(), doctor_name=self.doctor_name.text().strip(),
            doctor_phone=self.doctor_phone.text().strip(), doctor_email=self.doctor_email.text().strip(),
            workplace=self.workplace.text().strip())

    def make_intake(self) -> None:
        from trustdesk.exchange.intake import make_intake
        from trustdesk.ui.exchange.exchange_files import ask_save_path, write_file

        cards = self.desk.cards()
        card = cards.get(self.recipient.currentData() or "")
        if card is None:
            self.message.setText(self.tr("Add the trust person's card first (Contact cards)."))
            return
        form = self.form_value()
        if form.problems():
            self.message.setText(self.tr("Fill in the coordinator's reference; contact details need the doctor's "
                                         "consent."))
            return
        path = ask_save_path(self, self.tr("Save the intake"), self.file_name(),
                             self.tr("TrustDesk intake (*.tdintake)"))
        if path is None:
            return
        from trustdesk.exchange.coordinator import DeskBusy
        from trustdesk.ui.desk.desk_watch import busy_text

        data, intake_id = make_intake(form, self.desk.identity, card)
        try:
            with self.desk.writing():  # the file and its audit line, or neither
                write_file(path, data)
                self.desk.audit_intake_sent(intake_id, card)
        except DeskBusy:
            self.message.setText(busy_text())
            return
        except OSError:
            self.message.setText(self.tr("The intake could not be saved there."))
            return
        self.clear_form()
        self.message.setText(self.tr("Intake %1 saved for %2 as %3. Send the file to them; only the intake's "
                                     "random id, the date and the recipient stay here.").replace("%1", form.coordinator_ref)
                             .replace("%2", card.name).replace("%3", path.name))

    def file_name(self) -> str:
        """The name proposed for the intake's file: the word in the desk's language and today's date.
        Never the coordinator's reference (free text: a name, a hospital), which the file's name would
        carry through every mailbox and folder it passes."""
        from datetime import date

        word = self.tr("intake", "file name: plain ASCII letters, no spaces")
        safe = "".join(c if c.isascii() and (c.isalnum() or c == "-") else "-" for c in word).strip("-") or "intake"
        return f"{safe}-{date.today().isoformat()}.tdintake"

    def clear_form(self) -> None:
        for edit in (self.reference, self.contact_when, self.workplace, self.doctor_name, self.doctor_phone,
                     self.doctor_email):
            edit.clear()
        for box in self.domains.values():
            box.setChecked(False)
        self.consent.setChecked(False)

    def retranslate(self) -> None:
        from trustdesk.ui.case.contact_editor import mode_text
        from trustdesk.ui.kit.case_labels import domain_text, initiator_text, language_text, province_text

        self.intro.setText(self.tr(
            "Fill in what the trust person needs to contact the doctor. The file is sealed to the trust person's "
            "card and signed by you; only that trust person can open it."))
        for combo, items in ((self.initiator, [(initiator_text(i), i.value) for i in INITIATORS]),
                             (self.language, [(language_text(lang), lang.value) for lang in LANGUAGES]),
                             (self.region, [("–", ""), *((province_text(p), p.value) for p in Province)]),
                             (self.contact_mode, [(mode_text(m), m.value) for m in ContactMode])):
            chosen = combo.currentData()
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            if chosen is not None and combo.findData(chosen) >= 0:
                combo.setCurrentIndex(combo.findData(chosen))
        for domain, box in self.domains.items():
            box.setText(domain_text(domain))
            box.setAccessibleName(domain_text(domain))
        texts = {"recipient": (self.tr("&To:"), self.tr("Trust person who receives the intake")),
                 "reference": (self.tr("&Reference:"), self.tr("Coordinator's reference")),
                 "initiator": (self.tr("Who &called:"), self.tr("Who called")),
                 "language": (self.tr("&Language:"), self.tr("Language of the doctor")),
                 "region": (self.tr("Re&gion:"), self.tr("Region")),
                 "domains": (self.tr("Knowledge domains:"), self.tr("Knowledge domains")),
                 "contact_mode": (self.tr("Contact &by:"), self.tr("How the doctor wishes to be contacted")),
                 "contact_when": (self.tr("W&hen:"), self.tr("When the doctor wishes to be contacted")),
                 "workplace": (self.tr("&Workplace:"), self.tr("The doctor's workplace (conflict-of-interest "
                                                               "check)")),
                 "consent": ("", self.tr("The doctor agreed to be contacted")),
                 "doctor_name": (self.tr("&Name:"), self.tr("Doctor's name")),
                 "doctor_phone": (self.tr("&Phone:"), self.tr("Doctor's phone")),
                 "doctor_email": (self.tr("E-&mail:"), self.tr("Doctor's e-mail"))}
        widgets = {"recipient": self.recipient, "reference": self.reference, "initiator": self.initiator,
                   "language": self.language, "region": self.region, "contact_mode": self.contact_mode,
                   "contact_when": self.contact_when, "workplace": self.workplace, "consent": self.consent,
                   "doctor_name": self.doctor_name, "doctor_phone": self.doctor_phone,
                   "doctor_email": self.doctor_email}
        for key, (label, accessible) in texts.items():
            self.labels[key].setText(label)
            if key in widgets:
                widgets[key].setAccessibleName(accessible)
        self.consent.setText(self.tr("The doctor e&xplicitly agreed to be contacted"))
        self.make_button.setText(self.tr("Make the intake &file…"))
        self.make_button.setAccessibleName(self.tr("Make the intake file"))
