"""The Documents tab of a case: case summary, contact log and referral letters, previewed, printed
or saved as PDF.

The PDF is built in a worker (``VaultOp.run_in_background``; a long summary takes about a second)
and handed to ``ui/document_output.py``, which asks for the passphrase, writes only where the user
chose, and audits.  The document text follows the case's language (the documents layer decides);
this tab follows the interface language.  Below the choices, the tab lists what was saved or
printed for this case (from the audit log: kind and redaction level, never a name).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.documents.queries import (
    LETTER,
    LOG,
    SECTIONS,
    SUMMARY,
    CaseDocuments,
    DocumentRequest,
    build_document,
    load_case_documents,
)
from trustdesk.ui.kit.appearance import WrappedLabel, busy_indicator, heading, named_button
from trustdesk.ui.kit.case_labels import datetime_text, language_text
from trustdesk.ui.kit.case_tab import follow_session, refresh_tab
from trustdesk.ui.kit.focus_back import focus_back
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.rows_language import say
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.output.document_output import (
    document_kind_text,
    print_document,
    redaction_text,
    save_document,
    section_text,
    suggested_file_name,
)
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from trustdesk.vault.events import Change

REDACTIONS = ("full", "pseudonymised", "minimal")
ITEM_ROLE = Qt.ItemDataRole.UserRole



class DocumentsTab(Retranslates, QWidget):
    """Choose a document and its options; Preview, Print, Save as PDF."""

    loaded = Signal()  # refresh() has put what the vault holds for this tab on screen

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents_tab")
        self.session = session
        self.case_id = case_id
        self.info: CaseDocuments | None = None
        self._generation = 0  # bumped by clear(): a build that finishes later is dropped
        self._building = False
        self._stop: threading.Event | None = None  # the build under way stops when set (Cancel, Esc, lock)
        self._stopped_by_lock = False
        self.last_pdf: bytes | None = None  # for tests; dropped on clear()

        self.list_label = QLabel(self)
        self.documents = QListWidget(self)
        self.documents.setObjectName("documents_list")
        self.documents.setMaximumWidth(320)
        self.documents.setMinimumWidth(220)
        self.documents.setWordWrap(True)
        self.documents.setSpacing(2)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_label.setBuddy(self.documents)
        self.documents.currentItemChanged.connect(lambda *_: self._update_options())

        self.options_title = heading(QLabel(self), 1.15)
        self.options_title.setObjectName("documents_options_title")
        self.explain = WrappedLabel(self)
        self.explain.setObjectName("documents_explain")

        self.redaction_box = QGroupBox(self)
        self.redaction_box.setObjectName("documents_redaction")
        self.redaction_group = QButtonGroup(self)
        self.redaction_buttons: dict[str, QRadioButton] = {}
        redaction_layout = QVBoxLayout(self.redaction_box)
        for level in REDACTIONS:
            button = QRadioButton(self.redaction_box)
            button.setObjectName(f"documents_redaction_{level}")
            self.redaction_group.addButton(button)
            self.redaction_buttons[level] = button
            redaction_layout.addWidget(button)
        self.redaction_buttons["pseudonymised"].setChecked(True)
        self.redaction_group.buttonToggled.connect(lambda *_: self._follow_redaction())

        self.sections_box = QGroupBox(self)
        self.sections_box.setObjectName("documents_sections")
        self.section_boxes: dict[str, QCheckBox] = {}
        sections_layout = QVBoxLayout(self.sections_box)
        for section in SECTIONS:
            check = QCheckBox(self.sections_box)
            check.setObjectName(f"documents_section_{section}")
            check.setChecked(True)
            check.toggled.connect(lambda *_: self._update_buttons())
            self.section_boxes[section] = check
            sections_layout.addWidget(check)
        # The safety plan names people and places: only the full summary holds it.  Below the full level
        # its box is unticked (it says what the PDF holds) with the reason beside it; the choice made for
        # the full summary comes back with it.
        self._plan_wanted = True
        # wrapped labels that claim their height: squeezed by a longer right column (the "saved as" line,
        # a full history) the note was cut to its first line at 1366x768 (outside tester)
        self.plan_note = WrappedLabel(self.sections_box)
        self.plan_note.setObjectName("documents_safety_plan_note")
        sections_layout.addWidget(self.plan_note)

        self.language_note = WrappedLabel(self)
        self.language_note.setObjectName("documents_language_note")

        self.preview_button = named_button(self, "documents_preview", self._preview)
        self.print_button = named_button(self, "documents_print", self._print)
        self.save_button = named_button(self, "documents_save", self._save)
        self.busy = busy_indicator(self, "documents_busy")
        self.cancel_button = named_button(self, "documents_cancel", self.cancel_build)
        self.cancel_button.hide()
        self.message = WrappedLabel(self)
        self.message.setObjectName("documents_message")
        self.message.hide()

        self.history_title = heading(QLabel(self), 1.05)
        self.history_title.setObjectName("documents_history_title")
        self.history = QListWidget(self)
        self.history.setObjectName("documents_history")
        self.history.setMaximumHeight(140)
        self.history.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.documents, 1)
        options = QHBoxLayout()
        options.addWidget(self.redaction_box, 3)
        options.addWidget(self.sections_box, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.options_title)
        right.addWidget(self.explain)
        right.addLayout(options)
        right.addWidget(self.language_note)
        right.addLayout(buttons)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.cancel_button)
        right.addLayout(busy_row)
        right.addWidget(self.message)
        right.addSpacing(24)
        right.addWidget(self.history_title)
        right.addWidget(self.history)
        right.addStretch(1)
        top = QHBoxLayout(self)
        top.addLayout(left, 1)
        top.addSpacing(16)
        top.addLayout(right, 3)

        follow_session(self, self._on_changed)

    # -- contract ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        case_id = self.case_id
        refresh_tab(self, lambda v: load_case_documents(v, case_id), self._show, failure=self._failed)

    def clear(self) -> None:
        """Drop every case datum (lock, or the case view lets go of the tab)."""
        self._generation += 1
        self.cancel_build()  # a document under way stops (lock, quit): its worker is free at once
        self._stopped_by_lock = self._stopped_by_lock or self._building  # said when the case is back
        self.info = None
        self.last_pdf = None
        self.documents.clear()
        self.history.clear()
        self.language_note.clear()
        self.message.clear()
        self.message.hide()
        self._set_busy(False)

    # -- showing ----------------------------------------------------------------------------------

    def _show(self, info: CaseDocuments | None) -> None:
        selected = self.current_choice()
        self.info = info
        self.documents.blockSignals(True)
        self.documents.clear()
        if info is not None:
            self._add_item(document_kind_text(SUMMARY), (SUMMARY, None), True)
            self._add_item(document_kind_text(LOG), (LOG, None), True)
            for letter in info.letters:
                text = self.tr("Referral letter — %1").replace("%1", letter.provider_name or "…")
                item = self._add_item(text, (LETTER, letter.referral_id), letter.ready)
                if not letter.ready:
                    item.setText(self.tr("%1 (no letter yet)").replace("%1", text))
                    item.setToolTip(self.tr("Record the doctor's consent and write the letter on the Referrals "
                                            "tab first."))
        self.documents.blockSignals(False)
        self._select(selected or (SUMMARY, None))
        self._show_history()
        self._update_options()
        if info is not None and self._stopped_by_lock:
            self._stopped_by_lock = False
            self._say(lambda: self.tr("The vault locked while a document was being made: it was stopped, nothing "
                              "was saved. Make it again if you still need it."))

    def _add_item(self, text: str, key: tuple[str, int | None], enabled: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, self.documents)
        item.setData(ITEM_ROLE, key)
        if not enabled:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        return item

    def _select(self, key: tuple[str, int | None]) -> None:
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            if item is not None and item.data(ITEM_ROLE) == key and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.documents.setCurrentRow(row)
                return
        if self.documents.count():
            self.documents.setCurrentRow(0)

    def current_choice(self) -> tuple[str, int | None] | None:
        item = self.documents.currentItem()
        if item is None:
            return None
        kind, referral_id = item.data(ITEM_ROLE)
        return str(kind), referral_id

    def choose(self, kind: str, referral_id: int | None = None) -> None:
        """Select a document (tests, and the Referrals tab's "Documents" shortcut)."""
        self._select((kind, referral_id))

    def _show_history(self) -> None:
        self.history.clear()
        entries = self.info.history if self.info is not None else ()
        for entry in reversed(entries):  # newest first
            kind, _, detail = entry.detail.partition(" ")
            level = detail.split(" ")[0] if kind == SUMMARY else ""
            what = document_kind_text(kind)
            if what == kind:  # a kind this tab does not know: the recorded words as they are
                what = entry.detail
            if level in REDACTIONS:
                what = self.tr("%1, %2").replace("%1", what).replace("%2", redaction_text(level, short=True))
            action = self.tr("Saved") if entry.event == "export" else self.tr("Printed")
            at = entry.at
            when = datetime_text(at)
            QListWidgetItem(f"{when} · {action} · {what}", self.history)
        if not entries:
            QListWidgetItem(self.tr("Nothing saved or printed for this case yet."), self.history)
        self.history.setAccessibleName(self.tr("Saved and printed documents of this case"))

    def _update_options(self) -> None:
        choice = self.current_choice()
        kind = choice[0] if choice else None
        is_summary = kind == SUMMARY
        self.redaction_box.setVisible(is_summary)
        self.sections_box.setVisible(is_summary)
        if kind == SUMMARY:
            self.options_title.setText(document_kind_text(SUMMARY))
            self.explain.setText(self.tr("Choose how much the summary reveals and which parts it holds."))
        elif kind == LOG:
            self.options_title.setText(document_kind_text(LOG))
            self.explain.setText(self.tr("Every contact of this case in full: notes, agreements and safety "
                                         "plans. Handle the paper as you would the vault."))
        elif kind == LETTER:
            self.options_title.setText(document_kind_text(LETTER))
            self.explain.setText(self.tr("The letter as written on the Referrals tab, with the doctor's "
                                         "recorded consent."))
        else:
            self.options_title.clear()
            self.explain.clear()
        if self.info is not None and kind in (SUMMARY, LOG):
            self.language_note.setText(self.tr("Written in the language of the case: %1.").replace(
                "%1", language_text(self.info.language)))
        elif kind == LETTER:
            self.language_note.setText(self.tr("Written in the language of the letter."))
        else:
            self.language_note.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        choice = self.current_choice()
        ok = (choice is not None and not self._building and self.info is not None
              and (choice[0] != SUMMARY or any(c.isChecked() for c in self.section_boxes.values())))
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(ok)
        if choice is not None and choice[0] == SUMMARY and not any(c.isChecked() for c in self.section_boxes.values()):
            self.save_button.setToolTip(self.tr("Choose at least one part of the case."))
        else:
            self.save_button.setToolTip("")

    def _follow_redaction(self) -> None:
        """The safety plan's box says what the PDF holds: ticked only when the plan is in it."""
        plan, full = self.section_boxes["safety_plan"], self.redaction_buttons["full"].isChecked()
        if plan.isEnabled():  # the choice made at the full level (a level change or a retranslation)
            self._plan_wanted = plan.isChecked()
        plan.blockSignals(True)
        plan.setChecked(full and self._plan_wanted)
        plan.setEnabled(full)
        plan.blockSignals(False)
        self.plan_note.setVisible(not full)
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------------

    def request(self) -> DocumentRequest | None:
        choice = self.current_choice()
        if choice is None:
            return None
        kind, referral_id = choice
        redaction = next((level for level, b in self.redaction_buttons.items() if b.isChecked()), "pseudonymised")
        sections = frozenset(s for s, check in self.section_boxes.items() if check.isChecked())
        return DocumentRequest(kind, self.case_id, referral_id, redaction, sections)

    def describe(self, request: DocumentRequest) -> str:
        """What is about to leave the vault, for the re-authentication dialog."""
        code = self.info.code if self.info is not None else ""
        if request.kind == SUMMARY:
            return self.tr("Case summary %1 (%2, PDF)").replace("%1", code).replace(
                "%2", redaction_text(request.redaction, short=True))
        if request.kind == LOG:
            return self.tr("Contact log %1 (all notes in full, PDF)").replace("%1", code)
        return self.tr("Referral letter for case %1 (PDF)").replace("%1", code)

    def _build(self, then: str) -> None:
        request = self.request()
        if request is None or self._building or not self.session.is_unlocked:
            return
        self._flush_case()  # text typed a moment ago in another tab belongs in the document
        generation = self._generation
        stop = self._stop = threading.Event()
        self._set_busy(True)
        self._say(lambda: self.tr("Making the %1… A long case takes a while; Cancel or Esc stops it.").replace(
            "%1", document_kind_text(request.kind).lower()))

        def done(pdf: bytes | None) -> None:
            if generation != self._generation or not self.session.is_unlocked:
                return  # locked or left meanwhile: forget the bytes
            self._set_busy(False)
            if pdf is None:  # stopped: nothing was made, nothing leaves the vault
                self._say(lambda: self.tr("Stopped: no document was made."))
                return
            self.message.hide()
            self.last_pdf = pdf
            self._deliver(request, pdf, then)

        def failed(_exc: BaseException, message: str) -> None:
            if generation == self._generation:
                self._set_busy(False)
                self._say(message)

        VaultOp(self, lambda v: build_document(v, request, stop), session=self.session).success(done).failure(
            failed).run_in_background()

    def _flush_case(self) -> None:
        """Ask the case view holding this tab to save its editors now (autosave may be pending)."""
        widget = self.parentWidget()
        while widget is not None:
            flush = getattr(widget, "flush", None)
            if callable(flush) and getattr(widget, "case_id", None) == self.case_id:
                flush()
                return
            widget = widget.parentWidget()

    def _deliver(self, request: DocumentRequest, pdf: bytes, then: str) -> None:
        code = self.info.code if self.info is not None else ""
        what = self.describe(request)
        name = suggested_file_name(request.kind, code)
        if then == "preview":
            from trustdesk.ui.output.pdf_preview import PdfPreviewDialog

            dialog = PdfPreviewDialog(self, self.session, pdf, what, kind=request.kind, case_code=code,
                                      detail=request.detail, suggested_name=name, title=what)
            dialog.finished.connect(lambda _r: self._after_output(dialog))
            focus_back(dialog, self, land=lambda: self.documents)  # the document just shown
            dialog.open()
        elif then == "print":
            print_document(self, self.session, pdf, what, kind=request.kind, case_code=code, detail=request.detail)
            self._after_output()
        else:
            path = save_document(self, self.session, pdf, name, what, kind=request.kind, case_code=code,
                                 detail=request.detail)
            self._after_output()
            if path is not None:
                self._say(lambda: self.tr("Saved as %1.").replace("%1", path.name))

    def _after_output(self, dialog: QWidget | None = None) -> None:
        self.last_pdf = None
        if dialog is not None:
            dialog.deleteLater()
        if self.session.is_unlocked and self.info is not None:
            self.refresh()

    def _preview(self) -> None:
        self._build("preview")

    def _print(self) -> None:
        self._build("print")

    def _save(self) -> None:
        self._build("save")

    def cancel_build(self) -> None:
        """Stop the document being made (it stops before its next paragraph)."""
        if self._stop is not None:
            self._stop.set()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self._building and event.key() == Qt.Key.Key_Escape:
            self.cancel_build()
            event.accept()
            return
        super().keyPressEvent(event)

    def _set_busy(self, busy: bool) -> None:
        self._building = busy
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if not busy:
            self._stop = None
        self._update_buttons()

    def _say(self, text: str | Callable[[], str]) -> None:
        """A message made from a result: made again on a language switch while it is shown (kit.rows_language)."""
        say(self.message, text if callable(text) else lambda: text)
        self.message.show()

    def _failed(self, _exc: BaseException, message: str) -> None:
        self._say(message)

    def _on_changed(self, change: Change) -> None:
        if self.info is None or not self.isVisible():
            return
        if change.concerns(None, Table.REFERRALS, Table.AUDIT) or change.concerns(self.case_id, Table.CASES):
            self.refresh()

    # -- Qt ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("&Document"))
        self.documents.setAccessibleName(self.tr("Document"))
        self.redaction_box.setTitle(self.tr("What the summary reveals"))
        for level, button in self.redaction_buttons.items():
            button.setText(redaction_text(level))
            button.setAccessibleName(redaction_text(level, short=True))
        self.sections_box.setTitle(self.tr("Parts of the case"))
        for section, check in self.section_boxes.items():
            check.setText(section_text(section))
            check.setAccessibleName(section_text(section).replace("&", ""))
        # said beside the box, not in its text: a long label widened the tab past a laptop's screen
        only_full = self.tr("Only in the full summary: the plan names people and phone numbers.")
        self.section_boxes["safety_plan"].setToolTip(only_full)
        self.section_boxes["safety_plan"].setAccessibleDescription(only_full)
        self.plan_note.setText(self.tr("No safety plan at this level: it names people and places."))
        self._follow_redaction()
        for push, text in ((self.preview_button, self.tr("Pre&view")), (self.print_button, self.tr("&Print…")),
                             (self.save_button, self.tr("&Save as PDF…"))):
            push.setText(text)
            push.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Stop making the document"))
        self.history_title.setText(self.tr("Saved and printed"))
        if self.info is not None:
            self._show(self.info)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[arg-type]
        if self.session.is_unlocked:
            self.refresh()
