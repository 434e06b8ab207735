"""Receiving cases from a predecessor: file → code → preview (how many cases, which sections) →
import.  Every refusal (wrong code, tampered, truncated, replayed, malformed, too large, newer
format) is told in one sentence and nothing is written (``import_handover`` is one transaction and
``read_handover`` writes nothing).  A file already imported into this vault is refused at once, when
it is opened, before any preview (``open_handover``), and that refusal is audited.  ``ask_open_path`` is a module function so tests can stand in
for the dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.models import Case
from trustdesk.ui.kit.appearance import busy_indicator, monospace, named_button
from trustdesk.ui.kit.case_labels import iso_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.path_field import PathField, enter_does, outside_file_problem
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.security.handover_dialogs import section_text
from trustdesk.vault.files import read_outside_prefix

if TYPE_CHECKING:
    from trustdesk.domain.conflicts import Overlap
    from trustdesk.domain.enums import ConflictDecision
    from trustdesk.vault.handover import HandoverPreview, HandoverReason

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

MAX_LISTED = 12  # cases listed one by one in the preview (the dialog fits a 1366×768 screen)
MAX_FILE_BYTES = 64 * 1024 * 1024  # = trustdesk.vault.handover.MAX_FILE_BYTES (read at most one byte more)


def included_text(key: str) -> str:
    """A section's name in the preview of what a file holds."""
    return {"intake": translate("Handover", "Intake"),
            "contacts": translate("Handover", "Full contact notes")}.get(key) or section_text(key)


def made_text(created: str) -> str:
    """When the file was made, in the interface's language ("" stays "")."""
    return iso_text(created)


def ask_open_path(parent: QWidget | None) -> Path | None:
    from trustdesk.ui.kit.file_dialogs import open_file
    from trustdesk.ui.output.document_output import documents_folder

    title = translate("Handover", "Open a handover file")
    kinds = translate("Handover", "TrustDesk handover (*.tdhandover);;All files (*)")
    return open_file(parent, title, documents_folder(), kinds)


def refusal_text(reason: HandoverReason) -> str:
    from trustdesk.vault.handover import HandoverReason

    return {
        HandoverReason.NOT_A_HANDOVER: translate(
            "Handover", "This is not a TrustDesk handover file. Nothing was imported."),
        HandoverReason.WRONG_CODE_OR_TAMPERED: translate(
            "Handover", "The code does not open this file, or the file was changed or cut short on the way. "
                        "Check the code with your predecessor, or ask for the file again. Nothing was imported."),
        HandoverReason.MALFORMED: translate(
            "Handover", "This handover file is damaged or incomplete. Ask for a new one. Nothing was imported."),
        HandoverReason.TOO_LARGE: translate(
            "Handover", "This file is far larger than a handover can be. Nothing was imported."),
        HandoverReason.REPLAYED: translate(
            "Handover", "This handover was already imported into this vault. Nothing was imported again."),
        HandoverReason.MALFORMED_CODE: translate(
            "Handover", "That is not a handover code: a code has 26 letters and digits, in groups of 4. Check "
                        "what you typed. Nothing was imported."),
        HandoverReason.NEWER_FORMAT: translate(
            "Handover", "This handover was made by a newer TrustDesk. Update TrustDesk, then try again. "
                        "Nothing was imported."),
    }[reason]


class ReceiveHandoverDialog(ClosesOnLock, QDialog):
    """File → code → preview → import. ``imported`` holds the new cases afterwards."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_receive_dialog")
        self.session = session
        self.data: bytes | None = None
        self.preview: HandoverPreview | None = None
        self.imported: list[Case] = []
        self.receipt = ""  # the receipt code of the last import ("" for a file made before receipts)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        # the file: typed, pasted or chosen (ui.kit.path_field; "Choose…" is never the default button)
        self.file_field = PathField(self, "handover_file", choose=lambda _current: ask_open_path(self),
                                    check=outside_file_problem)
        self.file_button = self.file_field.button
        self.file_button.setObjectName("handover_choose_file")
        self.file_edit = self.file_field.edit
        self.code_label = QLabel(self)
        self.code_edit = guard_text(QLineEdit(self))
        self.code_edit.setObjectName("handover_code_input")
        monospace(self.code_edit, 1.3)
        self.code_label.setBuddy(self.code_edit)
        self.check_button = named_button(self, "handover_check")
        self.check_button.setAutoDefault(False)
        self.busy = busy_indicator(self, "handover_receive_busy")
        self.busy.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("handover_preview")
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("handover_message")
        self.message.setWordWrap(True)
        # the conflict-of-interest question, asked before the import when an incoming workplace overlaps
        # one of your affiliations (vault.conflict, the check every new case goes through)
        self.conflicts: dict[str, list[str]] = {}
        self.conflict_panel = QFrame(self)
        self.conflict_panel.setObjectName("handover_conflict_panel")
        self.conflict_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_text = QLabel(self.conflict_panel)
        self.conflict_text.setObjectName("handover_conflict_text")
        self.conflict_text.setWordWrap(True)
        self.conflict_keep = QRadioButton(self.conflict_panel)
        self.conflict_keep.setObjectName("handover_conflict_keep")
        self.conflict_reason = guard_text(QLineEdit(self.conflict_panel))
        self.conflict_reason.setObjectName("handover_conflict_reason")
        self.conflict_reason.setMaxLength(300)
        self.conflict_return = QRadioButton(self.conflict_panel)
        self.conflict_return.setObjectName("handover_conflict_return")
        panel = QVBoxLayout(self.conflict_panel)
        panel.addWidget(self.conflict_text)
        panel.addWidget(self.conflict_keep)
        panel.addWidget(self.conflict_reason)
        panel.addWidget(self.conflict_return)
        self.conflict_panel.hide()
        self.import_button = named_button(self, "handover_import")
        self.import_button.setEnabled(False)
        self.close_button = named_button(self, "handover_receive_close")

        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.check_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        # What a file holds, the conflict question and the result scroll together in the space left, so a
        # long preview never pushes the buttons off a 1366×768 screen nor squeezes the fields above it.
        self.body = QScrollArea(self)
        self.body.setObjectName("handover_receive_body")
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields are the tab stops; it follows them
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.body)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.conflict_panel)
        column.addWidget(self.message)
        column.addStretch(1)
        self.body.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.file_field)
        layout.addLayout(code_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        self.file_field.chosen.connect(self.load_file)
        self.file_field.changed.connect(self._file_edited)
        enter_does(self.file_edit, self._file_entered)  # Enter: read the file, go on to the code
        self.check_button.clicked.connect(self.check)
        enter_does(self.code_edit, lambda: self.check())  # Enter in the code: open the file, nothing else
        self.code_edit.textEdited.connect(self._forget_preview)
        self.import_button.clicked.connect(self.import_cases)
        for widget in (self.conflict_keep, self.conflict_return):
            widget.toggled.connect(self._conflict_decided)
        self.conflict_reason.textChanged.connect(self._conflict_decided)
        self.close_button.clicked.connect(self.reject)
        self.close_on_lock(session)
        self.retranslate()
        fit_to_screen(self, 760, 600)

    def choose_file(self) -> bool:
        return self.file_field.choose() and self.data is not None

    def _file_edited(self) -> None:
        self.data = None  # read again from the path now in the field
        self._forget_preview()

    def _file_entered(self) -> None:
        if self.load_file():
            self.code_edit.setFocus()

    def load_file(self) -> bool:
        """Read the file named in the field (typed or chosen); the message says why when it cannot be."""
        path = self.file_field.path()
        self._forget_preview()
        self.data = None
        if path is None:
            self._tell(self.tr("Choose the handover file first."))
            return False
        problem = self.file_field.show_problem()
        if problem:
            self._tell(problem)
            return False
        try:
            data = read_outside_prefix(path, MAX_FILE_BYTES + 1)  # never a device or FIFO (vault.files)
        except OSError:
            self._tell(self.tr("That file cannot be read."))
            return False
        self.data = data
        self.message.clear()
        self.code_edit.setFocus()
        return True

    def check(self) -> None:
        if self.data is None and not self.load_file():
            return
        data, code = self.data, self.code_edit.text()
        if data is None:
            return
        from trustdesk.ui.security.queries import open_for_preview

        self.busy.show()
        self.check_button.setEnabled(False)
        self.message.clear()
        # writes nothing but the audit entry of a refused replay
        VaultOp(self, lambda v: open_for_preview(v, data, code), session=self.session).success(
            lambda found: self._previewed(*found)).failure(
            self._refused).finished(self._idle).run_in_background()

    def _idle(self) -> None:
        self.busy.hide()
        self.check_button.setEnabled(True)

    def case_lines(self, preview: HandoverPreview, here: dict[str, str]) -> list[str]:
        """One line per case in the file, in the order they will be imported: its code at the
        predecessor, when it was opened, its status and current risk there, and whether a case
        received under that code is already here."""
        from trustdesk.domain.enums import CaseStatus, RiskLevel
        from trustdesk.ui.kit.case_labels import date_text
        from trustdesk.ui.kit.risk_badge import risk_text, status_text
        from trustdesk.vault.handover import code_order

        lines = []
        for data in sorted(preview.cases, key=lambda c: code_order(str(c.get("code", "")))):
            code = str(data.get("code", ""))
            try:
                opened = date_text(date.fromisoformat(str(data.get("opened_on", ""))))
            except ValueError:
                opened = "—"
            line = self.tr("• %1, opened %2").replace("%1", code).replace("%2", opened)
            try:
                status = status_text(CaseStatus(str(data.get("status", CaseStatus.ACTIVE.value))))
            except ValueError:
                status = "—"
            line += " — " + self.tr("status: %1").replace("%1", status)
            if "current_risk" in data:  # only when the file carries the risk section
                try:
                    line += "; " + self.tr("risk: %1").replace("%1", risk_text(RiskLevel(str(data["current_risk"]))))
                except ValueError:
                    pass
            if code in here:
                line += " — " + self.tr("already here as %1 (received earlier)").replace("%1", here[code])
            lines.append(line)
        if len(lines) > MAX_LISTED:
            rest = len(lines) - MAX_LISTED + 1
            lines = [*lines[:MAX_LISTED - 1], self.tr("… and %n more case(s)", "", rest)]
        return lines

    def _previewed(self, preview: HandoverPreview, here: dict[str, str] | None = None) -> None:
        self.preview = preview
        here = here or {}
        order = ["intake", "risk", "tasks", "referrals", "contacts"]
        keys = sorted((s.value for s in preview.sections), key=lambda k: order.index(k) if k in order else 9)
        sections = ", ".join(included_text(k) for k in keys)
        self.summary.setText("\n".join((
            self.tr("%n case(s), made on %1.", "", preview.case_count).replace("%1", made_text(preview.created)),
            self.tr("Included: %1.").replace("%1", sections),
            "; ".join((self.tr("%n contact note(s)", "", preview.count("contacts")),
                       self.tr("%n open task(s)", "", preview.count("tasks")),
                       self.tr("%n referral(s)", "", preview.count("referrals")))) + ".",
            self.tr("The cases, in the order they will be imported:"),
            *self.case_lines(preview, here),
        )))
        from trustdesk.vault.handover import handover_conflicts

        self.conflicts = {}
        VaultOp(self, lambda v: handover_conflicts(v, preview), session=self.session).success(
            self._conflicts_found).run()
        self.import_button.setDefault(True)

    def _conflicts_found(self, found: dict[str, list[Overlap]]) -> None:
        self.conflicts = {code: [o.affiliation for o in overlaps] for code, overlaps in found.items()}
        self.conflict_keep.setChecked(False)
        self.conflict_return.setChecked(False)
        self.conflict_reason.clear()
        if self.conflicts:
            lines = [self.tr("Possible conflict of interest: the workplace of %n incoming case(s) overlaps "
                             "your own affiliations. Decide before importing:", "", len(self.conflicts))]
            lines += [self.tr("• %1 (%2)").replace("%1", code).replace("%2", ", ".join(names))
                      for code, names in sorted(self.conflicts.items())]
            self.conflict_text.setText("\n".join(lines))
        self.conflict_panel.setVisible(bool(self.conflicts))
        self._conflict_decided()

    def conflict_decisions(self) -> dict[str, tuple[ConflictDecision, str]] | None:
        """The decision for every conflicting incoming case, or None while it is not made (keep needs a reason)."""
        from trustdesk.domain.enums import ConflictDecision

        reason = " ".join(self.conflict_reason.text().split())
        if not self.conflicts:
            return {}
        if self.conflict_return.isChecked():
            return {code: (ConflictDecision.RETURN, "") for code in self.conflicts}
        if self.conflict_keep.isChecked() and reason:
            return {code: (ConflictDecision.KEEP, reason) for code in self.conflicts}
        return None

    def _conflict_decided(self) -> None:
        self.conflict_reason.setEnabled(self.conflict_keep.isChecked())
        self.import_button.setEnabled(self.preview is not None and self.conflict_decisions() is not None)

    def _refused(self, exc: BaseException, message: str) -> None:
        from trustdesk.vault.handover import HandoverRejected

        self._tell(refusal_text(exc.reason) if isinstance(exc, HandoverRejected) else message)

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.import_button.setEnabled(False)

    def _forget_preview(self) -> None:
        self.preview = None
        self.conflicts = {}
        self.conflict_panel.hide()
        self.summary.clear()
        self.import_button.setEnabled(False)

    def import_cases(self) -> None:
        preview = self.preview
        if preview is None:
            return
        from trustdesk.vault.handover_sender import receipt_for, receive_handover

        self.receipt = receipt_for(preview)  # shown after the import: the predecessor needs it to erase
        decisions = self.conflict_decisions()
        if decisions is None:
            self.message.setText(self.tr("Decide about the possible conflict of interest first."))
            return
        self.import_button.setEnabled(False)
        VaultOp(self, lambda v: receive_handover(v, preview, decisions=decisions), session=self.session).success(
            self._imported).failure(self._refused).run()

    def _imported(self, cases: list[Case]) -> None:
        self.imported = cases
        self.preview = None
        self.data = None
        lines = [self.tr("Imported %n case(s), in the order of your predecessor's codes:", "", len(cases))]
        lines += [self.tr("%1 (was %2 at your predecessor)").replace("%1", c.code).replace("%2", c.previous_code)
                  for c in cases]
        lines.append(self.tr("Each case shows the code it had before; the audit log of both of you records this."))
        if self.receipt:
            lines += ["", self.tr("Your receipt code: %1").replace("%1", self.receipt),
                      self.tr("Read it to your predecessor (on the phone, or on paper). Only with this code can they "
                              "erase their copy of these cases: it proves the cases arrived here."),
                      self.tr("You can show it again later: Handover → Show my receipt codes…")]
        self.message.setText("\n".join(lines))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.close_button.setText(self.tr("&Done"))

    def done(self, result: int) -> None:
        self.data = None
        self.preview = None
        self.code_edit.clear()
        self.summary.clear()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive handover"))
        self.setAccessibleName(self.tr("Receive handover"))
        self.intro.setText(self.tr(
            "Open the handover file from your predecessor and type the code you received from them separately. "
            "You see what is inside before anything is imported."))
        self.file_field.set_texts(accessible=self.tr("Handover file"), button=self.tr("Choose &file…"),
                                  button_accessible=self.tr("Choose the handover file"),
                                  placeholder=self.tr("the .tdhandover file: type its path or choose it"))
        self.code_label.setText(self.tr("&Code:"))
        self.code_edit.setAccessibleName(self.tr("Handover code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-…")
        self.check_button.setText(self.tr("&Open"))
        self.check_button.setAccessibleName(self.tr("Open the file with this code"))
        self.conflict_keep.setText(self.tr("&Keep them, for this reason:"))
        self.conflict_keep.setAccessibleName(self.tr("Keep the cases despite the possible conflict"))
        self.conflict_reason.setAccessibleName(self.tr("Why you keep the cases"))
        self.conflict_return.setText(self.tr("&Return them: store only the minimum and close them"))
        self.conflict_return.setAccessibleName(self.tr("Return the conflicting cases"))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the cases"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
