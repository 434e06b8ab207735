"""Opening a ``.tdintake`` from the coordinator: file → preview of what it holds → a new case
(origin: coordinator) with a follow-up to contact the doctor.  Every refusal (for someone else,
changed on the way, not signed by the coordinator, replayed, expired, cut short, too large) is one
sentence and nothing is changed: ``open_intake`` writes nothing and ``import_intake`` is one
transaction that refuses a replay again.  The doctor's workplace, when the intake carries one, goes
through the conflict-of-interest check of a case typed in by hand: the same panel asks to keep the
case (with a reason) or return it to the coordinator before the case is made.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.lock_bound import ClosesOnLock, saved
from trustdesk.ui.kit.path_field import PathField, enter_does, outside_file_problem
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.vault.files import read_outside_prefix

if TYPE_CHECKING:
    from trustdesk.domain.models import Case
    from trustdesk.exchange.intake import IntakePreview

MAX_READ = 64 * 1024 + 4096  # = trustdesk.exchange.intake.MAX_BYTES and its header, + 1 byte more is refused


class IntakeDialog(ClosesOnLock, QDialog):
    case_created = Signal(int)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake_dialog")
        self.session = session
        self.preview: IntakePreview | None = None
        self.created: Case | None = None
        self._loaded = False
        self._path: Path | None = None  # the file read last, and the one a case was made from
        self._made_from: Path | None = None
        self.return_dialog: QDialog | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        # the file: typed, pasted or chosen (ui.kit.path_field; "Choose…" is never the default button)
        self.file_field = PathField(self, "intake_file", choose=lambda _current: self._ask_path(),
                                    check=outside_file_problem)
        self.file_button = self.file_field.button
        self.file_button.setObjectName("intake_choose_file")
        self.file_edit = self.file_field.edit
        self.file_field.chosen.connect(self.load_file)
        enter_does(self.file_edit, self.load_file)  # Enter in the path: open it, nothing else
        self.form = QFormLayout()
        self.rows: dict[str, QLabel] = {}
        for key in ("reference", "initiator", "language", "profession", "region", "domains", "contact", "consent", "doctor",
                    "workplace", "valid", "signed"):
            value = QLabel(self)
            value.setObjectName(f"intake_{key}")
            value.setWordWrap(True)
            self.rows[key] = value
            self.form.addRow(QLabel(self), value)
        from trustdesk.ui.case.conflict import ConflictPanel

        self.conflict = ConflictPanel(self)  # the check of a case typed in by hand
        self.conflict.changed.connect(self._decided)
        self.message = QLabel(self)
        self.message.setObjectName("intake_message")
        self.message.setWordWrap(True)
        self.create_button = named_button(self, "intake_create", self.create_case)
        self.create_button.setEnabled(False)
        self.close_button = named_button(self, "intake_close", self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.file_field)
        layout.addLayout(self.form)
        layout.addWidget(self.conflict)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.close_on_lock(session)
        self.retranslate()
        self._show_rows(False)
        fit_to_screen(self, 620, 480)

    def _ask_path(self) -> Path | None:
        from trustdesk.ui.exchange.exchange_files import ask_open_path

        return ask_open_path(self, self.tr("Open an intake from the coordinator"),
                             self.tr("TrustDesk intake (*.tdintake);;All files (*)"))

    def choose_file(self) -> bool:
        return self.file_field.choose() and self._loaded

    def load_file(self) -> bool:
        """Read and open the file named in the field (typed or chosen)."""
        self._loaded = False
        path = self.file_field.path()
        if path is None:
            return False
        if self.created is not None and path == self._made_from:  # read again (Enter): the case is made,
            self.close_button.setFocus()  # its confirmation stays (not "already opened" in its place)
            return False
        self._path = path
        problem = self.file_field.show_problem()
        if problem:
            self._tell(problem)
            return False
        try:
            data = read_outside_prefix(path, MAX_READ + 1)  # never a device or FIFO (vault.files)
        except OSError:
            self._tell(self.tr("That file cannot be read."))
            return False
        self._loaded = True
        self.open_data(data)
        return True

    def open_data(self, data: bytes) -> None:
        from trustdesk.exchange.intake import open_intake
        from trustdesk.ui.case.queries import read_affiliations

        self._forget()
        VaultOp(self, lambda v: (open_intake(v, data), read_affiliations(v)), session=self.session).success(
            self._opened).failure(self._refused).run_in_background()

    def _opened(self, found: tuple[IntakePreview, list[str]]) -> None:
        preview, affiliations = found
        self.conflict.affiliations = affiliations
        self._previewed(preview)
        self.conflict.check(preview.form.workplace)

    def _decided(self) -> None:
        if self.preview is not None:
            self.message.setText(self.conflict.problem() or self._check_text())

    def _check_text(self) -> str:
        return self.tr("Check what the coordinator sent. Nothing is in your vault until you create the case.")

    def _previewed(self, preview: IntakePreview) -> None:
        from trustdesk.ui.case.contact_editor import mode_text
        from trustdesk.ui.kit.case_labels import (
            date_text,
            domains_text,
            initiator_text,
            language_text,
            profession_text,
            province_text,
        )

        self.preview = preview
        form = preview.form
        when = f", {form.contact_when}" if form.contact_when else ""
        details = [v for v in (form.doctor_name, form.doctor_phone, form.doctor_email) if v]
        values = {
            "reference": form.coordinator_ref,
            "initiator": initiator_text(form.initiator),
            "language": language_text(form.language),
            "profession": profession_text(form.profession),
            "region": province_text(form.region) if form.region else "–",
            "domains": domains_text(form.domains) or "–",
            "contact": mode_text(form.contact_mode) + when,
            "consent": self.tr("yes, the doctor agreed to be contacted") if form.consent_to_contact
            else self.tr("no: wait until the doctor contacts you"),
            "doctor": ", ".join(details) if details else "–",
            "workplace": form.workplace or "–",
            "valid": date_text(preview.expires),
            "signed": f"{preview.sender.name} ({preview.sender.fingerprint})",
        }
        for key, text in values.items():
            self.rows[key].setText(text)
        self._show_rows(True)
        self.message.setText(self._check_text())
        self.create_button.setEnabled(True)
        self.create_button.setDefault(True)

    def _refused(self, exc: BaseException, message: str) -> None:
        from trustdesk.exchange.errors import ExchangeRejected
        from trustdesk.ui.exchange.exchange_files import refusal_text

        self._tell(refusal_text(exc.reason, exc.found) if isinstance(exc, ExchangeRejected) else message)

    def create_case(self) -> None:
        preview = self.preview
        if preview is None:
            return
        problem = self.conflict.problem()
        if problem:
            self.message.setText(problem)
            return
        from trustdesk.exchange.intake import import_intake

        title = self.tr("Contact the doctor (intake %1)").replace("%1", preview.form.coordinator_ref)
        notes = preview.form.contact_when
        decision, note = self.conflict.decision()
        returned = self.tr("Returned to the coordinator: possible conflict of interest.")
        self.create_button.setEnabled(False)
        VaultOp(self, lambda v: import_intake(v, preview, task_title=title, task_notes=notes, decision=decision,
                                              conflict_note=note, returned_note=returned),
                session=self.session).success(self._created).failure(self._refused).run()

    def _created(self, case: Case) -> None:
        from trustdesk.domain.enums import ConflictDecision

        self.created = case
        self.preview = None
        self.conflict.clear()
        if case.conflict_decision is ConflictDecision.RETURN:
            from trustdesk.ui.case.conflict import ReturnNoteDialog

            self.message.setText(self.tr("Case %1 was returned to the coordinator; nothing about the doctor was "
                                         "kept.").replace("%1", case.code))
            self.return_dialog = ReturnNoteDialog(case, self)
            self.return_dialog.open()
        else:
            self.message.setText(self.tr("Case %1 created, with a task to contact the doctor today.")
                                 .replace("%1", case.code))
        self.close_button.setText(self.tr("&Done"))
        saved(self)  # the case holds what was typed: Done and Esc close without asking
        self._made_from = self._path
        self.close_button.setDefault(True)  # Enter now closes; the path field keeps no focus to re-read it
        self.close_button.setFocus()
        if case.id is not None:
            self.case_created.emit(case.id)

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.create_button.setEnabled(False)

    def _forget(self) -> None:
        self.preview = None
        self.conflict.clear()
        self.create_button.setEnabled(False)
        self.message.clear()
        for value in self.rows.values():
            value.clear()
        self._show_rows(False)

    def _show_rows(self, visible: bool) -> None:
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, visible)

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Intake from the coordinator"))
        self.setAccessibleName(self.tr("Intake from the coordinator"))
        self.intro.setText(self.tr(
            "Open the intake file your coordinator sent you. You see what it holds before a case is made; a file "
            "meant for someone else, changed on the way, expired or already opened is refused."))
        self.file_field.set_texts(accessible=self.tr("Intake file"), button=self.tr("Choose &file…"),
                                  button_accessible=self.tr("Choose the intake file"),
                                  placeholder=self.tr("the .tdintake file: type its path or choose it"))
        labels = {"reference": self.tr("Coordinator reference:"), "initiator": self.tr("Who called:"),
                  "language": self.tr("Language:"), "profession": self.tr("Profession:"),
                  "region": self.tr("Region:"),
                  "domains": self.tr("Knowledge domains:"), "contact": self.tr("How and when to contact:"),
                  "consent": self.tr("Consent to be contacted:"), "doctor": self.tr("Contact details:"),
                  "workplace": self.tr("Workplace:"),
                  "valid": self.tr("Valid until:"), "signed": self.tr("Signed by:")}
        for row, key in enumerate(self.rows):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel):
                widget.setText(labels[key])
        self.create_button.setText(self.tr("C&reate the case"))
        self.create_button.setAccessibleName(self.tr("Create the case from this intake"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
