"""Handing cases over to a successor, and receiving them (one encrypted ``.tdhandover`` file).

*Hand over cases…* (``HandOverDialog``): choose open cases and the sections -- the minimum
necessary by default (intake, current risk and safety plan, open tasks, referrals); the full contact
notes only when ticked -- then the passphrase (``require_reauth``), ``seal_handover`` in a worker
(it records nothing), Qt's own save dialog (never the OS one: no recent-files entry), then
``save_handover``: the atomic write and, only once it succeeded, the handover record and its audit
entries (a cancelled dialog or a failed write leaves no trace of a handover), and the handover
code shown ONCE, large, with the advice to pass it on by another channel than the file.  Last, an
offer to close the handed-over cases with the reason "handed over": it asks first (who the successor
is; keep only the minimum -- the fact of the handover, its date, the successor and the anonymous
figures -- or the full cases until the retention date), and every closure is audited.

*Receive handover…* is ``handover_receive.ReceiveHandoverDialog``; the toolbar menu that offers both is
``handover_menu.HandoverMenu``.  ``ask_save_path`` is a module
function so tests can stand in for the dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.models import Case
from trustdesk.ui.kit.alias import identity_hidden
from trustdesk.ui.kit.appearance import busy_indicator, monospace, named_button
from trustdesk.ui.kit.case_labels import date_text, domains_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.risk_badge import risk_text, status_text
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.output.reauth import require_reauth

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.cases import CaseOverview
    from trustdesk.vault.handover import SealedHandover

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

SUFFIX = ".tdhandover"  # = trustdesk.vault.handover.SUFFIX (not imported: it pulls in the crypto)
CASE_ROLE = Qt.ItemDataRole.UserRole + 1



def handover_file_name(today: date | None = None) -> str:
    """The suggested name in the interface's language, like every other saved file
    ("TrustDesk_overdracht_2026-12-06.tdhandover")."""
    from trustdesk.ui.output.document_output import suggested_file_name

    return suggested_file_name("handover", "TrustDesk", SUFFIX.lstrip("."), today)


def ask_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Qt's own save dialog (the OS recent-files list never learns the name)."""
    from trustdesk.ui.kit.file_dialogs import save_file
    from trustdesk.ui.output.document_output import documents_folder

    title = translate("Handover", "Save the handover file")
    kinds = translate("Handover", "TrustDesk handover (*.tdhandover)")
    path = save_file(parent, title, documents_folder() / suggested, kinds)
    if path is None:
        return None
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def _day_text(iso: str) -> str:
    """The day of an ISO time, in the interface's language (the ISO text itself if it is not one)."""
    from datetime import datetime

    try:
        return date_text(datetime.fromisoformat(iso).date())
    except ValueError:
        return iso


def section_text(key: str) -> str:
    return {
        "intake": translate("Handover", "Intake (always)"),
        "risk": translate("Handover", "Current risk and safety plan"),
        "tasks": translate("Handover", "Open tasks"),
        "referrals": translate("Handover", "Referrals"),
        "contacts": translate("Handover", "Full contact notes (only when really needed)"),
    }.get(key, key)


class HandOverDialog(ClosesOnLock, QDialog):
    """Choose cases and sections → re-auth → write → save → the code, once → offer to close them."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_send_dialog")
        self.session = session
        self.saved_path: Path | None = None
        self.handed_over: list[Case] = []
        self.stack = QStackedWidget(self)

        choose = QWidget(self.stack)
        self.intro = QLabel(choose)
        self.intro.setWordWrap(True)
        self.cases = QListWidget(choose)
        self.cases.setObjectName("handover_cases")
        self.cases.setWordWrap(True)  # long lines wrap instead of hiding the last contact off to the right
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_label = QLabel(choose)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key in ("intake", "risk", "tasks", "referrals", "contacts"):
            box = QCheckBox(choose)
            box.setObjectName(f"handover_section_{key}")
            box.setChecked(key != "contacts")
            self.section_boxes[key] = box
        self.section_boxes["intake"].setEnabled(False)  # always included
        self.error = QLabel(choose)
        self.error.setObjectName("handover_error")
        self.error.setWordWrap(True)
        self.busy = busy_indicator(choose, "handover_busy")
        self.busy.hide()
        self.cancel_button = named_button(choose, "handover_cancel")  # made in layout order: the Tab order
        self.send_button = named_button(choose, "handover_send")
        self.send_button.setDefault(True)
        column = QVBoxLayout(choose)
        column.addWidget(self.intro)
        column.addWidget(self.cases, 1)
        column.addWidget(self.sections_label)
        for box in self.section_boxes.values():
            column.addWidget(box)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.send_button)
        column.addLayout(row)

        done = QWidget(self.stack)
        self.code_intro = QLabel(done)
        self.code_intro.setWordWrap(True)
        self.code = QLabel(done)
        self.code.setObjectName("handover_code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        monospace(self.code, 2.0)
        self.advice = QLabel(done)
        self.advice.setObjectName("handover_advice")
        self.advice.setWordWrap(True)
        self.close_cases_button = named_button(done, "handover_close_cases")
        self.close_panel = QFrame(done)  # closing asks first: successor, minimum or full
        self.close_panel.setObjectName("handover_close_panel")
        self.close_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.close_question = QLabel(self.close_panel)
        self.close_question.setObjectName("handover_close_question")
        self.close_question.setWordWrap(True)
        self.successor_label = QLabel(self.close_panel)
        self.successor = guard_text(QLineEdit(self.close_panel))
        self.successor.setObjectName("handover_successor")
        self.successor.setMaxLength(120)
        self.successor_label.setBuddy(self.successor)
        self.keep_minimum = QRadioButton(self.close_panel)
        self.keep_minimum.setObjectName("handover_keep_minimum")
        self.keep_minimum.setChecked(True)
        self.keep_full = QRadioButton(self.close_panel)
        self.keep_full.setObjectName("handover_keep_full")
        # erasing needs the successor's receipt (vault.handover_sender): never offered before it
        self.keep_minimum.setEnabled(False)
        self.keep_full.setChecked(True)
        self.receipt_note = QLabel(self.close_panel)
        self.receipt_note.setObjectName("handover_receipt_note")
        self.receipt_note.setWordWrap(True)
        self.keep_group = QButtonGroup(self.close_panel)
        self.keep_group.addButton(self.keep_minimum)
        self.keep_group.addButton(self.keep_full)
        self.confirm_close_button = named_button(self.close_panel, "handover_confirm_close")
        self.cancel_close_button = named_button(self.close_panel, "handover_cancel_close")
        panel = QVBoxLayout(self.close_panel)
        panel.addWidget(self.close_question)
        successor_row = QHBoxLayout()
        successor_row.addWidget(self.successor_label)
        successor_row.addWidget(self.successor, 1)
        panel.addLayout(successor_row)
        panel.addWidget(self.keep_full)
        panel.addWidget(self.keep_minimum)
        panel.addWidget(self.receipt_note)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.cancel_close_button)
        confirm_row.addWidget(self.confirm_close_button)
        panel.addLayout(confirm_row)
        self.close_panel.hide()
        self.closed_note = QLabel(done)
        self.closed_note.setObjectName("handover_closed_note")
        self.closed_note.setWordWrap(True)
        self.finish_button = named_button(done, "handover_finish")
        column = QVBoxLayout(done)
        column.addWidget(self.code_intro)
        column.addSpacing(12)
        column.addWidget(self.code)
        column.addSpacing(12)
        column.addWidget(self.advice)
        column.addStretch(1)
        column.addWidget(self.close_panel)
        column.addWidget(self.closed_note)
        row = QHBoxLayout()
        row.addWidget(self.close_cases_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        column.addLayout(row)

        self.stack.addWidget(choose)
        self.stack.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.send_button.clicked.connect(self.hand_over)
        self.cancel_button.clicked.connect(self.reject)
        self.close_cases_button.clicked.connect(self.ask_close)
        self.confirm_close_button.clicked.connect(self.close_handed_over)
        self.cancel_close_button.clicked.connect(self._cancel_close)
        self.keep_minimum.toggled.connect(self._close_texts)
        self.file_id = ""
        self.finish_button.clicked.connect(self.accept)
        self.close_on_lock(session)
        self.retranslate()
        fit_to_screen(self, 780, 620)
        from trustdesk.ui.security.queries import handover_candidates

        VaultOp(self, handover_candidates, session=session).success(lambda found: self._fill(*found)).run()

    def case_text(self, row: CaseOverview) -> str:
        """One line per case, enough to tell cases apart among many: code (and private alias when the
        vault has one), opening date, domains, last contact, status."""
        case = row.case
        parts = [case.code]
        alias = case.alias.strip()  # the trust person's private alias: the quickest way to the right case
        if alias and not identity_hidden():
            parts[0] = self.tr("%1 “%2”").replace("%1", case.code).replace("%2", alias)
        parts.append(self.tr("opened %1").replace("%1", date_text(case.opened_on)))
        if case.domains:
            parts.append(domains_text(case.domains))
        parts.append(self.tr("last contact %1").replace("%1", date_text(row.last_contact)) if row.last_contact
                     else self.tr("no contact yet"))
        parts.append(status_text(case.status))
        parts.append(self.tr("risk: %1").replace("%1", risk_text(row.current_risk)))
        return "   ·   ".join(parts)

    def _fill(self, rows: list[CaseOverview], sent: dict[str, str] | None = None) -> None:
        """One checkable line per open case; a case already in a handover file is listed, disabled, with
        the date it was handed over (never offered twice)."""
        from trustdesk.vault.handover import code_order

        sent = sent or {}
        self.cases.clear()
        for row in sorted(rows, key=lambda r: code_order(r.case.code)):
            text = self.case_text(row)
            at = sent.get(row.case.code)
            if at:
                text += "   ·   " + self.tr("already handed over on %1").replace("%1", _day_text(at))
            item = QListWidgetItem(text, self.cases)
            item.setData(CASE_ROLE, row.case)
            item.setToolTip(item.text())
            if at:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable))
                continue
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if not rows:
            self.error.setText(self.tr("There are no open cases to hand over."))

    def chosen_cases(self) -> list[Case]:
        items = (self.cases.item(i) for i in range(self.cases.count()))
        return [item.data(CASE_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked
                and item.flags() & Qt.ItemFlag.ItemIsEnabled]

    def set_chosen(self, codes: set[str]) -> None:
        for i in range(self.cases.count()):
            item = self.cases.item(i)
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                continue  # handed over already
            checked = item.data(CASE_ROLE).code in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def sections(self) -> frozenset[str]:
        return frozenset(key for key, box in self.section_boxes.items() if box.isChecked())

    def hand_over(self) -> None:
        cases = self.chosen_cases()
        if not cases:
            self.error.setText(self.tr("Tick the cases to hand over first."))
            return
        codes = ", ".join(c.code for c in cases)
        what = self.tr("Handover of %n case(s): %1 (encrypted file)", "", len(cases)).replace("%1", codes)
        if not require_reauth(self.session, self, what):
            return
        from trustdesk.vault.handover import Section, seal_handover

        ids = [c.id for c in cases if c.id is not None]
        sections = frozenset(Section(s) for s in self.sections())
        self.error.clear()
        self.busy.show()
        self.send_button.setEnabled(False)
        VaultOp(self, lambda v: seal_handover(v, ids, sections), session=self.session).success(
            lambda sealed: self._written(cases, sealed)).failure(self._failed).finished(
            self._idle).run_in_background()

    def _idle(self) -> None:
        self.busy.hide()
        self.send_button.setEnabled(True)

    def _failed(self, _exc: BaseException, message: str) -> None:
        self.error.setText(message)

    def _written(self, cases: list[Case], sealed: SealedHandover) -> None:
        path = ask_save_path(self, handover_file_name())
        if path is None or not self.session.is_unlocked:
            self.error.setText(self.tr("Not saved: nothing left the vault. Hand over again to make a new file."))
            return
        from trustdesk.vault.handover import save_handover

        def save(vault: Vault) -> bool:  # in a worker: the file written and fsynced, the record, the audit
            try:  # the file first; the handover record and audit entries only once it is safely written
                save_handover(vault, sealed, path)
            except OSError:
                return False
            return True

        done: list[bool] = []
        VaultOp(self, save, session=self.session).success(done.append).failure(self._failed).run_waiting()
        if done == [False]:
            self.error.setText(self.tr("The file could not be written there (no permission, or the disk is full). "
                                       "Nothing was saved; try another folder."))
        if done != [True]:
            return
        self._saved(cases, path, sealed.data, sealed.code)

    def _saved(self, cases: list[Case], path: Path, data: bytes, code: str) -> None:
        from trustdesk.vault.handover import code_order, file_id_of

        self.saved_path = path
        self.file_id = file_id_of(data)
        self.handed_over = sorted(cases, key=lambda c: code_order(c.code))
        self.code.setText(code)
        self.code.setAccessibleName(self.tr("Handover code %1").replace("%1", code))
        self.code_intro.setText(self.tr("The file with %n case(s) is saved as %1. This is its handover code:", "",
                                        len(cases)).replace("%1", path.name))
        self.close_cases_button.setText(self.tr("Close the %n handed-over case(s)…", "", len(cases)))
        self.stack.setCurrentIndex(1)
        self.finish_button.setFocus()

    def ask_close(self) -> None:
        """The offer to close is a question first: who took over, and what this vault keeps."""
        self.close_cases_button.setEnabled(False)
        self._close_texts()
        self.close_panel.show()
        self.successor.setFocus()

    def _cancel_close(self) -> None:
        self.close_panel.hide()
        self.close_cases_button.setEnabled(True)
        self.close_cases_button.setFocus()

    def _close_texts(self) -> None:
        n = len(self.handed_over)
        self.close_question.setText(self.tr(
            "Close the %n handed-over case(s) (%1) with the reason “handed over”? Their retention period starts "
            "today.", "", n).replace("%1", ", ".join(c.code for c in self.handed_over)))
        self.confirm_close_button.setText(self.tr("Close %n case(s)", "", n))
        self.confirm_close_button.setAccessibleName(self.confirm_close_button.text())

    def close_handed_over(self) -> None:
        """Close the handed-over cases with the reason "handed over", keeping what was chosen (audited)."""
        ids = [c.id for c in self.handed_over if c.id is not None]
        successor = " ".join(self.successor.text().split())
        if not successor:
            self.closed_note.setText(self.tr("Say who takes these cases over first."))
            self.successor.setFocus()
            return
        minimum = self.keep_minimum.isChecked()
        today = date.today()
        note = self.tr("Handed over on %1 to %2.").replace("%1", date_text(today)).replace("%2", successor)
        file_id = self.file_id
        from trustdesk.vault.handover_sender import close_handed_over

        self.confirm_close_button.setEnabled(False)
        VaultOp(self, lambda v: close_handed_over(v, ids, file_id=file_id, minimum=minimum, note=note, today=today,
                                                  successor=successor),
                session=self.session).success(self._closed).failure(self._closed_failed).finished(
            lambda: self.confirm_close_button.setEnabled(True)).run()

    def _closed(self, closed: list[Case]) -> None:
        self.close_panel.hide()
        self.close_cases_button.setEnabled(False)
        codes = ", ".join(c.code for c in closed)
        self.closed_note.setText(
            self.tr("Closed: %1. Only the fact of the handover, its date, the successor and the anonymous figures "
                    "were kept; everything else of these cases was erased.").replace("%1", codes)
            if self.keep_minimum.isChecked() else
            self.tr("Closed: %1. Their retention period has started.").replace("%1", codes))

    def _closed_failed(self, _exc: BaseException, message: str) -> None:
        self.closed_note.setText(message)

    def done(self, result: int) -> None:
        self.code.clear()  # shown once: the code is not kept anywhere
        self.cases.clear()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over cases"))
        self.setAccessibleName(self.tr("Hand over cases"))
        self.intro.setText(self.tr(
            "Tick the open cases a successor trust person takes over. They receive one encrypted file and, "
            "by another channel, a code that opens it."))
        self.cases.setAccessibleName(self.tr("Open cases to hand over"))
        self.sections_label.setText(self.tr("What goes with each case (the minimum necessary is ticked):"))
        for key, box in self.section_boxes.items():
            box.setText(section_text(key))
            box.setAccessibleName(section_text(key))
        self.send_button.setText(self.tr("&Hand over…"))
        self.send_button.setAccessibleName(self.tr("Write the handover file"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.advice.setText(self.tr(
            "Write this code down now: it is shown only this once and TrustDesk does not keep it. Pass it on by "
            "another channel than the file — read it out on the phone, or hand it over on paper. Whoever has "
            "the file and the code can read these cases."))
        self.close_cases_button.setAccessibleName(self.tr("Close the handed-over cases with the reason handed over"))
        self.successor_label.setText(self.tr("&Successor:"))
        self.successor.setAccessibleName(self.tr("The trust person who takes the cases over"))
        self.successor.setPlaceholderText(self.tr("name of the trust person who takes over"))
        self.keep_minimum.setText(self.tr("Keep only the &minimum: the case code, the dates, that it went to the "
                                          "successor, and the anonymous figures (after the receipt)"))
        self.receipt_note.setText(self.tr(
            "Erasing waits for your successor's receipt code: their TrustDesk shows it once the cases are "
            "imported. Then choose Handover → Confirm a receipt… and keep only the minimum. Until then close "
            "them keeping everything, or not yet."))
        self.keep_minimum.setAccessibleName(self.tr("Keep only the minimum"))
        self.keep_full.setText(self.tr("Keep the &full cases until the end of the retention period"))
        self.keep_full.setAccessibleName(self.tr("Keep the full cases"))
        self.cancel_close_button.setText(self.tr("Not now"))
        self.cancel_close_button.setAccessibleName(self.tr("Do not close the cases now"))
        if self.handed_over:
            self._close_texts()
        self.finish_button.setText(self.tr("&Done"))
        self.finish_button.setAccessibleName(self.tr("Done"))
