"""The Referrals tab of a case: each referral with its status (icon and words, never colour alone)
and dates, the doctor's consent, the letter and the feedback.

Steps follow ``trustdesk.domain.rules.allowed_referral_steps``: only the allowed next steps are
offered, each dated.  "Write letter…" stays disabled, with a tooltip saying why, until the doctor's
consent is recorded; a letter that was sent stays as it was sent.  The letter's PDF is previewed,
printed or saved through ``ui/document_output.py`` (re-authentication, audit, neutral file names).
"""

from __future__ import annotations

import html
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import ReferralStatus
from trustdesk.domain.models import Referral
from trustdesk.domain.rules import allowed_referral_steps
from trustdesk.ui.case.referral_dialog import ReferralDialog
from trustdesk.ui.directory.providers_model import kind_text
from trustdesk.ui.documents.referral_letter import LetterDialog
from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.case_labels import date_format, date_text, language_text
from trustdesk.ui.kit.case_tab import follow_session, refresh_tab
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.date_field import DateField
from trustdesk.ui.kit.focus_back import focus_back
from trustdesk.ui.kit.new_item import new_item
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.kit.tab_order import tab_chain
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change

REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole
STEP_ORDER = tuple(ReferralStatus)
SENT_OR_LATER = frozenset({ReferralStatus.LETTER_SENT, ReferralStatus.ACCEPTED, ReferralStatus.FIRST_APPOINTMENT,
                           ReferralStatus.ENDED})
NEEDS_CONSENT = frozenset({ReferralStatus.CONSENTED, ReferralStatus.LETTER_SENT})


def referral_status_text(status: ReferralStatus) -> str:
    texts = {
        ReferralStatus.PROPOSED: QCoreApplication.translate("ReferralStatus", "Proposed"),
        ReferralStatus.CONSENTED: QCoreApplication.translate("ReferralStatus", "Consent given"),
        ReferralStatus.LETTER_SENT: QCoreApplication.translate("ReferralStatus", "Letter sent"),
        ReferralStatus.ACCEPTED: QCoreApplication.translate("ReferralStatus", "Accepted by the provider"),
        ReferralStatus.FIRST_APPOINTMENT: QCoreApplication.translate("ReferralStatus", "First appointment"),
        ReferralStatus.ENDED: QCoreApplication.translate("ReferralStatus", "Ended"),
        ReferralStatus.DECLINED: QCoreApplication.translate("ReferralStatus", "Declined"),
    }
    return texts[status]


@lru_cache(maxsize=8)
def referral_status_icon(status: ReferralStatus) -> QIcon:
    """A shape per step (the text always goes with it)."""
    from PySide6.QtWidgets import QApplication

    style = QApplication.style()
    pixmap = {
        ReferralStatus.PROPOSED: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        ReferralStatus.CONSENTED: QStyle.StandardPixmap.SP_DialogApplyButton,
        ReferralStatus.LETTER_SENT: QStyle.StandardPixmap.SP_FileIcon,
        ReferralStatus.ACCEPTED: QStyle.StandardPixmap.SP_DialogYesButton,
        ReferralStatus.FIRST_APPOINTMENT: QStyle.StandardPixmap.SP_ArrowForward,
        ReferralStatus.ENDED: QStyle.StandardPixmap.SP_DialogCloseButton,
        ReferralStatus.DECLINED: QStyle.StandardPixmap.SP_DialogNoButton,
    }[status]
    return style.standardIcon(pixmap)


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def status_since(referral: Referral) -> date | None:
    return _iso(referral.status_dates.get(referral.status.value, ""))


def referral_details_html(referral: Referral) -> str:
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    consent = (QCoreApplication.translate(
        "ReferralDetails", "Given on %1").replace("%1", date_text(referral.consent_date)) if referral.consent_given
               else QCoreApplication.translate("ReferralDetails", "Not recorded"))
    step_line = QCoreApplication.translate("ReferralDetails", "%1: %2")
    steps = "<br>".join(esc(step_line.replace("%1", referral_status_text(s)).replace(
        "%2", date_text(_iso(referral.status_dates[s.value])))) for s in STEP_ORDER if s.value in referral.status_dates)
    letter = ""
    if referral.letter_text:
        language = language_text(referral.letter_language) if referral.letter_language else ""
        letter = esc(QCoreApplication.translate("ReferralDetails", "Kept (%1)").replace("%1", language))
    rows = [  # (label, value already escaped)
        (QCoreApplication.translate(
            "ReferralDetails", "Kind"), esc(kind_text(referral.provider_kind)) if referral.provider_kind else ""),
        (QCoreApplication.translate("ReferralDetails", "Reason"), esc(referral.reason)),
        (QCoreApplication.translate("ReferralDetails", "Consent"), esc(consent)),
        (QCoreApplication.translate("ReferralDetails", "May be shared"), esc(referral.consent_scope)),
        (QCoreApplication.translate("ReferralDetails", "Steps"), steps),
        (QCoreApplication.translate("ReferralDetails", "Letter"), letter),
        (QCoreApplication.translate("ReferralDetails", "Feedback"), esc(referral.feedback)),
    ]
    body = "".join(f"<tr><td style='padding:3px 12px 3px 0'><b>{esc(label)}</b></td><td>{value}</td></tr>"
                   for label, value in rows if value)
    return f"<h3>{esc(referral.provider_name)}</h3><table>{body}</table>"


class ReferralsTab(Retranslates, QWidget):
    """Referrals of one case to providers from the directory."""

    loaded = Signal()  # refresh() has put what the vault holds for this tab on screen

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referrals_tab")
        self.session = session
        self.case_id = case_id
        self.case_code = ""
        self.referrals: list[Referral] = []
        self.dialog: ReferralDialog | LetterDialog | None = None
        self.preview: QWidget | None = None

        self.list = QTreeWidget(self)
        self.list.setObjectName("referral_list")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setColumnCount(4)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.details = guard_text(QTextBrowser(self), document=True)
        self.details.setObjectName("referral_details")
        self.details.setOpenLinks(False)
        self.empty = QLabel(self)
        self.empty.setObjectName("referrals_empty_text")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.new_button = named_button(self, "referral_new", self.new_referral)
        self.edit_button = named_button(self, "referral_edit", self.edit_current)
        self.delete_button = named_button(self, "referral_delete", self.delete_current)
        self.letter_button = named_button(self, "referral_write_letter", self.write_letter)
        self.pdf_button = named_button(self, "referral_letter_pdf", self.letter_pdf)
        self.step = QComboBox(self)
        self.step.setObjectName("referral_step")
        self.step_date = DateField(self)
        self.step_date.setObjectName("referral_step_date")
        self.step_date.setCalendarPopup(True)
        self.step_date.setDisplayFormat(date_format())
        self.step_date.setDate(QDate.currentDate())
        self.step.setMinimumContentsLength(18)
        self.step.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_button = named_button(self, "referral_step_record", self.record_step)
        self.step_label = QLabel(self)
        self.step_label.setBuddy(self.step)
        self.message = QLabel(self)
        self.message.setObjectName("referral_tab_message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.stack = QStackedWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.step_label)
        actions.addWidget(self.step)
        actions.addWidget(self.step_date)
        actions.addWidget(self.step_button)
        actions.addStretch(1)
        actions.addWidget(self.letter_button)
        actions.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        tab_chain(self.new_button, self.edit_button, self.delete_button, self.list, self.details, self.step,
                  self.step_date, self.step_button, self.letter_button, self.pdf_button)  # reading order

        self.list.currentItemChanged.connect(lambda _new, _old: self._show_current())
        self.list.itemActivated.connect(lambda _item, _col: self.edit_current())
        follow_session(self, self._on_change)

    # -- contract ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        refresh_tab(self, self._read, self._fill)

    def clear(self) -> None:
        for window in (self.dialog, self.preview):
            if window is not None:
                window.close()
        self.dialog = self.preview = None
        self.referrals = []
        self.case_code = ""
        with QSignalBlocker(self.list):
            self.list.clear()
        self.details.clear()
        self.message.clear()
        self.message.hide()
        self._update_actions()

    # -- actions ----------------------------------------------------------------------------------

    def current_referral(self) -> Referral | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((r for r in self.referrals if r.id == item.data(0, REFERRAL_ID_ROLE)), None)

    def select_referral(self, referral_id: int | None) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, REFERRAL_ID_ROLE) == referral_id:
                self.list.setCurrentItem(item)
                return

    def new_referral(self) -> ReferralDialog:
        dialog = ReferralDialog(self.session, self.case_id, parent=self)
        self._open(dialog)
        return dialog

    def edit_current(self) -> ReferralDialog | None:
        referral = self.current_referral()
        if referral is None:
            return None
        dialog = ReferralDialog(self.session, self.case_id, referral, parent=self)
        self._open(dialog)
        return dialog

    def write_letter(self) -> LetterDialog | None:
        referral = self.current_referral()
        if referral is None or referral.id is None or not self.letter_button.isEnabled():
            return None
        dialog = LetterDialog(self.session, referral.id, parent=self)
        self._open(dialog)
        return dialog

    def record_step(self) -> Referral | None:
        referral = self.current_referral()
        value = self.step.currentData()
        if referral is None or referral.id is None or not value:
            return None
        step = ReferralStatus(value)
        if step in NEEDS_CONSENT and not referral.consent_given:
            self._say(self.tr("This step needs the doctor's recorded consent. Record it with Edit first."))
            return None
        qdate = self.step_date.date()
        on = date(qdate.year(), qdate.month(), qdate.day())
        referral_id = referral.id
        done: list[Referral] = []
        VaultOp(self, lambda v: v.referrals.advance(referral_id, step, on), session=self.session).success(
            done.append).failure(lambda _exc, sentence: self._say(sentence)).run()
        self.refresh()
        self.select_referral(referral_id)
        return done[0] if done else None

    def delete_current(self, *, confirm: bool = True) -> bool:
        referral = self.current_referral()
        if referral is None or referral.id is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete referral"),
                self.tr("Delete the referral to \u201c%1\u201d, with its letter and notes?")
                .replace("%1", referral.provider_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        referral_id = referral.id
        VaultOp(self, lambda v: v.referrals.delete(referral_id), session=self.session).failure(
            lambda _exc, sentence: self._say(sentence)).run()
        self.refresh()
        return True

    def letter_pdf_bytes(self) -> bytes | None:
        referral = self.current_referral()
        if referral is None or referral.id is None or not referral.letter_text:
            return None
        referral_id = referral.id
        result: list[bytes] = []

        def build(vault: Vault) -> bytes:
            from trustdesk.documents import referral_letter_pdf

            return bytes(referral_letter_pdf(vault, referral_id))

        VaultOp(self, build, session=self.session).success(result.append).failure(
            lambda _exc, sentence: self._say(sentence)).run()
        return result[0] if result else None

    def letter_pdf(self) -> QWidget | None:
        """Preview the letter as PDF, with Save and Print (re-authentication and audit there)."""
        pdf = self.letter_pdf_bytes()
        if pdf is None:
            return None
        from trustdesk.ui.output.document_output import suggested_file_name
        from trustdesk.ui.output.pdf_preview import PdfPreviewDialog

        what = self.tr("Referral letter for case %1").replace("%1", self.case_code)
        referral = self.current_referral()  # the audit detail names it: the disclosures view shows its provider
        detail = f"referral {referral.id}" if referral is not None and referral.id is not None else ""
        dialog = PdfPreviewDialog(self, self.session, pdf, what, kind="referral_letter", case_code=self.case_code,
                                  detail=detail,
                                  suggested_name=suggested_file_name("referral_letter", self.case_code))
        self.preview = dialog
        focus_back(dialog, self, land=self._chosen_row)
        dialog.open()
        return dialog

    # -- internals --------------------------------------------------------------------------------

    def _open(self, dialog: ReferralDialog | LetterDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        focus_back(dialog, self, land=self._chosen_row)  # the row just saved, never the case's tab bar
        dialog.open()

    def _chosen_row(self) -> QWidget | None:
        return self.list if self.list.currentItem() is not None else None

    def _closed(self, dialog: ReferralDialog | LetterDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if self.session.is_unlocked:
            self.refresh()
            saved = dialog.saved if isinstance(dialog, ReferralDialog) else dialog.kept
            if saved is not None:
                self.select_referral(saved.id)
        dialog.deleteLater()

    def _read(self, vault: Vault) -> tuple[str, list[Referral]]:
        case = vault.cases.get(self.case_id)
        return (case.code if case else ""), vault.referrals.for_case(self.case_id)

    def _fill(self, data: tuple[str, list[Referral]]) -> None:
        keep = self.current_referral()
        self.case_code, self.referrals = data
        with QSignalBlocker(self.list):
            self.list.clear()
            for referral in self.referrals:
                consent = (self.tr("yes, %1").replace("%1", date_text(referral.consent_date))
                           if referral.consent_given else self.tr("not yet"))
                item = QTreeWidgetItem([referral.provider_name, referral_status_text(referral.status),
                                        date_text(status_since(referral)), consent])
                item.setIcon(1, referral_status_icon(referral.status))
                item.setData(0, REFERRAL_ID_ROLE, referral.id)
                if referral.provider_kind is not None:
                    item.setToolTip(0, kind_text(referral.provider_kind))
                self.list.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, self.list.columnWidth(column) + 12)
        self.stack.setCurrentIndex(0 if self.referrals else 1)
        if keep is not None:
            self.select_referral(keep.id)
        last = self.list.topLevelItem(self.list.topLevelItemCount() - 1)
        if self.list.currentItem() is None and last is not None:
            self.list.setCurrentItem(last)
        self._show_current()

    def _show_current(self) -> None:
        referral = self.current_referral()
        self.details.setHtml(referral_details_html(referral) if referral is not None else "")
        with QSignalBlocker(self.step):
            self.step.clear()
            if referral is not None:
                for step in STEP_ORDER:
                    if step in allowed_referral_steps(referral.status):
                        self.step.addItem(referral_status_icon(step), referral_status_text(step), step.value)
        self._update_actions()

    def _update_actions(self) -> None:
        referral = self.current_referral()
        chosen = referral is not None
        for widget in (self.edit_button, self.delete_button):
            widget.setEnabled(chosen)
        has_steps = chosen and self.step.count() > 0
        for step_widget in (self.step, self.step_date, self.step_button):
            step_widget.setEnabled(has_steps)
        self.step.setToolTip("" if has_steps or not chosen else self.tr("This referral has ended: no further steps."))
        if referral is None:
            self.letter_button.setEnabled(False)
            self.letter_button.setToolTip("")
        elif not referral.consent_given:
            self.letter_button.setEnabled(False)
            self.letter_button.setToolTip(self.tr(
                "No letter without the doctor's recorded consent. Record the consent with Edit first."))
        elif referral.letter_text and referral.status in SENT_OR_LATER:
            self.letter_button.setEnabled(False)
            self.letter_button.setToolTip(self.tr("The letter was sent; it stays as it was sent."))
        else:
            self.letter_button.setEnabled(True)
            self.letter_button.setToolTip(self.tr("Write or rewrite the letter from a template."))
        self.pdf_button.setEnabled(referral is not None and bool(referral.letter_text))
        self.pdf_button.setToolTip("" if self.pdf_button.isEnabled() or referral is None
                                   else self.tr("Write the letter first."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_change(self, change: Change) -> None:
        if change.concerns(self.case_id, Table.REFERRALS):
            self.refresh()

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Provider"), self.tr("Status"), self.tr("Since"), self.tr("Consent")])
        self.empty.setText(self.tr(
            "No referrals for this case yet. Referrals to a psychologist, GP, addiction care or peer coaching "
            "will appear here, each with the doctor's recorded consent, its letter and where it stands."))
        self.step_label.setText(self.tr("Next &step:"))
        new_item(self.new_button, self.tr("&New referral…"), self.tr("New referral"))  # Alt+N on every tab
        self.new_button.setAccessibleName(self.tr("New referral"))
        texts = (
            (self.edit_button, self.tr("&Edit…"), self.tr("Edit the chosen referral")),
            (self.delete_button, self.tr("&Delete"), self.tr("Delete the chosen referral")),
            (self.letter_button, self.tr("&Write letter…"), self.tr("Write the referral letter")),
            (self.pdf_button, self.tr("Letter &PDF…"), self.tr("Preview, print or save the letter as PDF")),
            (self.step_button, self.tr("&Record step"), self.tr("Record the chosen step on the chosen date")),
        )
        for button, text, name in texts:
            button.setText(text)
            button.setAccessibleName(name)
        self.step.setAccessibleName(self.tr("Next step of the referral"))
        self.step_date.setAccessibleName(self.tr("Date of the step"))
        self.list.setAccessibleName(self.tr("Referrals of this case"))
        self.details.setAccessibleName(self.tr("Details of the chosen referral"))

    def on_language_change(self) -> None:
        self.retranslate()
        if self.session.is_unlocked:
            self.refresh()
