"""Conflict of interest: the trust person's own affiliations (Settings) against the doctor's
workplace(s) (intake), and the decision recorded on the case.

- ``AffiliationsBox``: a group for the Settings dialog; one hospital, practice, group or faculty per
  line, stored in the vault setting ``conflict.affiliations`` (a list of strings; in the vault
  because it says who the trust person is, never in QSettings).  The example is in the intro, not
  in the box (a grey example in an empty box looks filled in); a visible Save button says when the
  list is stored.  Matching is on institutions, never towns (``domain.conflicts``).
- ``ConflictPanel``: shown in the new-case dialog when the workplace overlaps an affiliation; it
  says so plainly and asks for a decision: keep the case (with a reason) or return it to the
  coordinator.  The decision becomes ``Case.conflict_decision`` / ``conflict_note``.
- ``ReturnNoteDialog``: after "return to the coordinator", the few lines to send the coordinator
  (the coordinator's reference and the date only; nothing about the doctor).
- ``conflict_text(case)``: the decision in words; ``CaseNotices``: the case header's notices (acute
  risk: crisis lines and the plan's date; handover origin; the conflict decision).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.conflicts import Overlap, overlaps
from trustdesk.domain.enums import CaseOrigin, CaseStatus, ConflictDecision, RiskLevel
from trustdesk.domain.models import Case
from trustdesk.domain.rules import AttentionReason
from trustdesk.domain.safety import SafetyPlan, default_professionals, header_crisis_lines
from trustdesk.ui.case.queries import read_affiliations
from trustdesk.ui.kit.alias import identity_hidden
from trustdesk.ui.kit.appearance import WrappedLabel
from trustdesk.ui.kit.case_labels import date_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.risk_badge import attention_text
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def conflict_text(case: Case) -> str:
    """The recorded decision in one sentence ("" when there was nothing to decide)."""
    if case.conflict_decision is ConflictDecision.KEEP:
        if identity_hidden():  # the reason names the workplace more often than not
            return translate("Conflict", "Possible conflict of interest: kept (the reason is hidden with the aliases)")
        text = translate("Conflict", "Possible conflict of interest: kept, because %1")
        return text.replace("%1", case.conflict_note or "—")
    if case.conflict_decision is ConflictDecision.RETURN:
        return translate("Conflict", "Possible conflict of interest: returned to the coordinator")
    return ""


class AffiliationsBox(Retranslates, QGroupBox):
    """The trust person's own affiliations, one per line; ``save()`` stores them when changed."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("affiliationsBox")
        self.session = session
        self.intro = WrappedLabel(self)
        self.intro.setWordWrap(True)
        self.edit = guard_text(QPlainTextEdit(self))
        self.edit.setObjectName("affiliationsEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(110)
        self.state = WrappedLabel(self)
        self.state.setObjectName("affiliationsState")
        self.state.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("affiliationsSave")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.edit.textChanged.connect(self._edited)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        self._stored: list[str] = []
        self.conflicting: list[str] = []  # open cases that match an affiliation, after the last save
        self.retranslate()
        VaultOp(self, read_affiliations, session=session).success(self._loaded).run()
        # typed affiliations are stored before the key is dropped by the dialog that holds the box, and
        # said after the unlock (SettingsDialog.keep_draft, kit/lock_bound.py): never silently

    def _loaded(self, affiliations: list[str]) -> None:
        self._stored = affiliations
        self.edit.setPlainText("\n".join(affiliations))
        self.state.clear()

    def _edited(self) -> None:
        changed = self.affiliations() != self._stored
        self.save_button.setEnabled(changed)
        self.state.setText(self.tr("Not saved yet.") if changed else "")

    def affiliations(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def save(self) -> None:
        wanted = self.affiliations()
        if wanted == self._stored or not self.session.is_unlocked:
            return
        from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

        VaultOp(self, lambda v: v.settings.set_value(CONFLICT_AFFILIATIONS, wanted), session=self.session).success(
            lambda _none: self._saved(wanted)).failure(lambda _exc, message: self.state.setText(message)).run()

    def flush(self, vault: Vault) -> bool:
        """Store the typed affiliations now (a lock is coming); whether there was anything to store."""
        wanted = self.affiliations()
        if wanted != self._stored and not vault.is_locked:
            from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

            vault.settings.set_value(CONFLICT_AFFILIATIONS, wanted)
            self._stored = wanted
            return True
        return False

    def _saved(self, wanted: list[str]) -> None:
        self._stored = wanted
        self.save_button.setEnabled(self.affiliations() != wanted)
        self.state.setText(self.tr("✓ Saved: %n affiliation(s).", "", len(wanted)))
        from trustdesk.ui.case.queries import open_conflicts

        # the open cases are checked again against the new list: a conflict is never only for new cases
        VaultOp(self, open_conflicts, session=self.session).success(self._rechecked).run()

    def _rechecked(self, found: list[tuple[str, list[Overlap]]]) -> None:
        self.conflicting = [code for code, _pairs in found]
        if found:
            self.state.setText(self.state.text() + " " + self.tr(
                "⚠ %n open case(s) now match one of your affiliations: %1. Each case shows it.", "",
                len(found)).replace("%1", ", ".join(self.conflicting)))

    def clear(self) -> None:
        self.edit.clear()
        self._stored = []

    def retranslate(self) -> None:
        self.setTitle(self.tr("Conflict of interest"))
        self.intro.setText(self.tr(
            "Where you work yourself: hospitals, practices, groups or faculty, one per line (for example "
            "“AZ Sint-Jan Brugge”). A new case whose workplace is the same institution — under any of its "
            "names or campuses — is pointed out, so you can decide to keep it or return it. A town alone "
            "is not an institution."))
        self.edit.setPlaceholderText("")
        self.edit.setAccessibleName(self.tr("Your affiliations, one per line"))
        self.save_button.setText(self.tr("&Save affiliations"))
        self.save_button.setAccessibleName(self.tr("Save your affiliations"))

    def on_language_change(self) -> None:
        self.retranslate()
        if self.state.text():
            self._edited()


class ConflictPanel(QFrame):
    """Says that the workplace overlaps an affiliation and records the decision."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#conflictPanel { border: 2px solid palette(mid); border-radius: 6px; }")
        self.affiliations: list[str] = []
        self.found: list[Overlap] = []
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.keep = QRadioButton(self)
        self.keep.setObjectName("conflictKeep")
        self.reason = guard_text(QLineEdit(self))
        self.reason.setObjectName("conflictReason")
        self.reason.setMaxLength(300)
        self.reason.setEnabled(False)
        self.give_back = QRadioButton(self)
        self.give_back.setObjectName("conflictReturn")
        self.group = QButtonGroup(self)
        self.group.addButton(self.keep)
        self.group.addButton(self.give_back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.keep)
        layout.addWidget(self.reason)
        layout.addWidget(self.give_back)
        self.keep.toggled.connect(self.reason.setEnabled)
        self.keep.toggled.connect(self.changed)
        self.give_back.toggled.connect(self.changed)
        self.reason.textEdited.connect(self.changed)
        self.retranslate()
        self.hide()

    def check(self, workplace: str) -> list[Overlap]:
        self.found = overlaps(self.affiliations, [workplace]) if workplace.strip() else []
        self._show_found()
        self.setVisible(bool(self.found))
        return self.found

    def _show_found(self) -> None:
        pairs = "; ".join(self.tr("“%1” and your “%2”").replace("%1", o.workplace).replace("%2", o.affiliation)
                          for o in self.found)
        self.message.setText(self.tr(
            "⚠ Possible conflict of interest: the doctor's workplace and one of your own affiliations are the "
            "same institution, perhaps under another name or campus (%1). Decide before you create the case.").replace("%1", pairs))

    @property
    def has_conflict(self) -> bool:
        return bool(self.found)

    def decision(self) -> tuple[ConflictDecision, str]:
        if not self.found:
            return ConflictDecision.NONE, ""
        if self.keep.isChecked():
            return ConflictDecision.KEEP, self.reason.text().strip()
        if self.give_back.isChecked():
            return ConflictDecision.RETURN, ""
        return ConflictDecision.NONE, ""

    def problem(self) -> str:
        """What still stops the case from being created ("" when nothing does)."""
        decision, note = self.decision()
        if not self.found:
            return ""
        if decision is ConflictDecision.NONE:
            return self.tr("Decide first: keep the case, or return it to the coordinator.")
        if decision is ConflictDecision.KEEP and not note:
            return self.tr("Say why you keep the case despite the possible conflict of interest.")
        return ""

    def clear(self) -> None:
        self.found = []
        self.reason.clear()
        self.group.setExclusive(False)
        self.keep.setChecked(False)
        self.give_back.setChecked(False)
        self.group.setExclusive(True)
        self.message.clear()
        self.hide()

    def retranslate(self) -> None:
        self.keep.setText(self.tr("&Keep the case, because…"))
        self.keep.setAccessibleName(self.tr("Keep the case despite the possible conflict of interest"))
        self.reason.setPlaceholderText(self.tr("(your reason — required)"))
        self.reason.setAccessibleName(self.tr("Why you keep the case"))
        self.give_back.setText(self.tr("&Return it to the coordinator"))
        self.give_back.setAccessibleName(self.tr("Return the case to the coordinator"))
        if self.found:
            self._show_found()


def return_note_text(case: Case) -> str:
    """What to send the coordinator when a case is returned: the coordinator's reference and the date,
    nothing about the doctor (plain text, in the interface's language)."""
    when = date_text(case.opened_on)
    ref = case.coordinator_ref.strip()
    request = (translate("Conflict", "your request %1 of %2").replace("%1", ref).replace("%2", when) if ref
               else translate("Conflict", "the request you passed on to me on %1").replace("%1", when))
    return "\n\n".join((
        translate("Conflict", "To the coordinator:"),
        translate("Conflict", "I cannot take on %1: I have a possible conflict of interest. Please pass it on "
                              "to another trust person.").replace("%1", request),
        translate("Conflict", "I kept no details about the doctor. If your request reached me as a file, tell "
                              "me whether you want it back; otherwise I delete it."),
    ))


class ReturnNoteDialog(QDialog):
    """After "return to the coordinator": the note to send, to copy; nothing else is kept."""

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnNoteDialog")
        self.case = case
        self.intro = QLabel(self)
        self.intro.setObjectName("returnNoteIntro")
        self.intro.setWordWrap(True)
        self.note = guard_text(QPlainTextEdit(self))
        self.note.setObjectName("returnNoteText")
        self.note.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("returnNoteCopy")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("returnNoteClose")
        self.close_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.note, 1)
        layout.addLayout(row)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        fit_to_screen(self, 560, 380)

    def copy(self) -> None:
        from trustdesk.ui.kit.clipboard import copy_secret

        copy_secret(self.note.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Returned to the coordinator"))
        self.intro.setText(self.tr(
            "Case %1 is closed as “returned to the coordinator”. It keeps only the date and the coordinator's "
            "reference; nothing about the doctor was stored. Send the coordinator this note (by e-mail or "
            "phone):").replace("%1", self.case.code))
        self.note.setPlainText(return_note_text(self.case))
        self.note.setAccessibleName(self.tr("Note for the coordinator"))
        self.copy_button.setText(self.tr("&Copy the note"))
        self.copy_button.setAccessibleName(self.tr("Copy the note for the coordinator"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))


CRISIS_LINES_SHOWN = 6  # the four public lines come first, then the case's plan's, then the directory's


class CaseNotices(QLabel):
    """Notices in the case header: at acute risk the crisis lines and the safety plan's date; a case
    received by handover with its previous code; a recorded conflict-of-interest decision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_notices")
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(8)
        self.hide()
        # the crisis lines by language, read once: the header is shown again on every change of the
        # case (each autosave of a note), and the directory's lines change only with the directory
        self._crisis: dict[str, str] = {}
        self._watching: VaultSession | None = None

    def _crisis_lines(self, session: VaultSession, language: str) -> str | None:
        if self._watching is not session:
            self._watching = session
            session.changed.connect(self._forget_crisis_lines)
            session.locked.connect(self._crisis.clear)
        if language not in self._crisis:
            from trustdesk.ui.safety.queries import crisis_lines

            VaultOp(self, lambda v: crisis_lines(v, language), session=session).success(
                lambda numbers: self._crisis.__setitem__(language, numbers)).run()
        return self._crisis.get(language)

    def _forget_crisis_lines(self, change: Change) -> None:
        if change.concerns(None, Table.PROVIDERS):
            self._crisis.clear()

    def show_for(self, session: VaultSession, case: Case, risk: RiskLevel | None,
                 item9_on: date | None = None) -> None:
        lines: list[str] = []
        if item9_on is not None:  # the case list's and Today's attention reason, said in the header too
            lines.append("⚠ " + attention_text(AttentionReason.ITEM9_POSITIVE, item9_on, risk=risk))
        if risk is RiskLevel.ACUTE and case.id is not None and session.is_unlocked:
            case_id = case.id
            plans: list[SafetyPlan | None] = []
            VaultOp(self, lambda v: v.safety_plans.current(case_id), session=session).success(plans.append).run()
            numbers = self._crisis_lines(session, case.language.value)
            if plans and numbers is not None:
                plan = plans[0]
                public = default_professionals(case.language.value).splitlines()
                header = header_crisis_lines(public, plan.professionals if plan is not None else None,
                                             numbers.splitlines(), CRISIS_LINES_SHOWN)
                said = " · ".join(header.shown)
                # a directory with many lines must not push the case's work off the screen; the ones left
                # out are said where they really are (never "in the safety plan" of a case without one)
                if header.in_plan:
                    said += " " + self.tr("(and %n more in the safety plan)", "", header.in_plan)
                if header.in_directory:
                    key = self._directory_key()
                    said += " " + (self.tr("(and %n more crisis lines in the directory, %1)", "",
                                           header.in_directory).replace("%1", key) if key else
                                   self.tr("(and %n more crisis lines in the directory)", "", header.in_directory))
                lines.append(self.tr("⚠ Acute risk. Crisis lines: %1").replace("%1", said))
                when = plan.saved_at.date() if plan is not None and plan.saved_at else None
                lines.append(self.tr("Safety plan of %1.").replace("%1", date_text(when)) if when
                             else self.tr("No safety plan yet."))
        if case.origin is CaseOrigin.HANDOVER:
            lines.append(self.tr("Received by handover: was %1 (at your predecessor).").replace(
                "%1", case.previous_code or "—"))
        decision = conflict_text(case)
        if decision:
            lines.append(decision)
        elif case.workplace.strip() and case.status is not CaseStatus.CLOSED and session.is_unlocked:
            # checked again on every showing: an affiliation added after the case was made counts too
            affiliations: list[list[str]] = []
            VaultOp(self, read_affiliations, session=session).success(affiliations.append).run()
            pairs = overlaps(affiliations[0], [case.workplace]) if affiliations else []
            if pairs and identity_hidden():  # the workplace identifies the doctor: not said while hidden
                lines.append(self.tr("⚠ Possible conflict of interest: the doctor's workplace and one of your "
                                     "affiliations are the same institution. Consider returning the case to the "
                                     "coordinator."))
            elif pairs:
                lines.append(self.tr("⚠ Possible conflict of interest: the doctor's workplace “%1” and your "
                                     "affiliation “%2” are the same institution. Consider returning the case to the "
                                     "coordinator.").replace("%1", pairs[0].workplace).replace("%2", pairs[0].affiliation))
        self.setText("\n".join(lines))
        self.setAccessibleName(" ".join(lines))
        self.setVisible(bool(lines))

    def _directory_key(self) -> str:
        """The window's key to the directory page (Ctrl+3), "" outside a main window."""
        action = self.window().findChild(QAction, "navAction_providers")
        if action is None or action.shortcut().isEmpty():
            return ""
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def clear(self) -> None:
        super().clear()
        self.setAccessibleName("")
        self.hide()
