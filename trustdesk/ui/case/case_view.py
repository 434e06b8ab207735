"""One case: a header (code, status, domains, current risk, closing and retention) over the tabs
Contacts, Referrals, Tasks, Documents and Details.

The status combo box offers only the transitions the rules allow; choosing "Closed" asks for the
reason and date (``CloseCaseDialog``), any other status is asked in a bar under the header (a stray
arrow key or mouse wheel on the combo changes nothing); every change is audited
(``vault.case_status``) and the header shows the case's status history.  The tabs are made per case and dropped -- after flushing
their unsaved edits -- when another case opens, when the view is left and when the vault locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain import rules
from trustdesk.domain.enums import CaseStatus
from trustdesk.ui.case.close_case_dialog import CloseCaseDialog
from trustdesk.ui.case.conflict import CaseNotices
from trustdesk.ui.case.handed_over import HandedOverLock
from trustdesk.ui.case.knowledge_tab import KnowledgeButton
from trustdesk.ui.case.queries import CaseHeader, load_header
from trustdesk.ui.case.status_confirm import StatusConfirm
from trustdesk.ui.kit.alias import CaseLabel, aliases, case_label
from trustdesk.ui.kit.appearance import heading, whole_tab_labels, without_mnemonic
from trustdesk.ui.kit.case_labels import close_reason_text, date_text, domains_text
from trustdesk.ui.kit.focus_back import focus_back
from trustdesk.ui.kit.retire import retire
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.risk_badge import RiskBadge, status_icon, status_text
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.kit.tab_keys import switch_by_keys
from trustdesk.ui.kit.tab_order import tab_chain
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault.events import Change


class CaseView(Retranslates, HandedOverLock, QWidget):
    back_requested = Signal()
    loaded = Signal()  # show_case() or reload() has put the header and the tabs' data on screen

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_view")
        self.session = session
        self.header: CaseHeader | None = None
        self.close_dialog: CloseCaseDialog | None = None

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("case_back")
        # Alt+Left lives on an action: the button's own shortcut would be lost to its mnemonic on setText().
        self.back_action = QAction(self)
        self.back_action.setObjectName("case_back_action")
        self.back_action.setShortcut(QKeySequence.StandardKey.Back)
        self.back_action.triggered.connect(self.back_requested)
        self.addAction(self.back_action)
        self.back_button.clicked.connect(self.back_action.trigger)
        self.code = heading(CaseLabel(self), 1.6)  # a long alias is cut, never the code or the window
        self.code.setObjectName("case_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status = QComboBox(self)
        self.status.setObjectName("case_status")
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # never narrower than its longest status: the alias beside it gives way (kit/alias.CaseLabel)
        self.status.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.status_label.setBuddy(self.status)
        self.status.activated.connect(self._status_chosen)
        # a change of status is asked, never made by a stray arrow key or mouse wheel on the combo
        self.status_confirm = StatusConfirm(self)
        self.status_question = self.status_confirm.question
        self.status_yes, self.status_no = self.status_confirm.yes, self.status_confirm.no
        self.status_yes.clicked.connect(self.confirm_status)
        self.status_no.clicked.connect(self._cancel_status)
        self._pending_status: CaseStatus | None = None
        self.status_history = QLabel(self)
        self.status_history.setObjectName("case_status_history")
        self.status_history.setWordWrap(True)

        self.domains = QLabel(self)
        self.domains.setObjectName("case_domains")
        self.domains.setWordWrap(True)
        self.knowledge_button = KnowledgeButton(self)  # beside the domains: what is known about them
        self.knowledge_button.clicked.connect(lambda: self._show_tab(self.knowledge))
        self.risk_label = QLabel(self)
        self.risk = RiskBadge(self)
        self.risk.setObjectName("case_risk")
        self.opened = QLabel(self)
        self.opened.setObjectName("case_opened")
        self.closed_info = QLabel(self)
        self.closed_info.setObjectName("case_closed_info")
        self.closed_info.setWordWrap(True)
        self.closed_info.setFrameShape(QFrame.Shape.StyledPanel)
        self.closed_info.setMargin(8)
        self.closed_info.hide()
        # Copy the code (secret on the clipboard), the doctor's access export, destruction after retention.
        self.copy_code_button = QPushButton(self)
        self.copy_code_button.setObjectName("case_copy_code")
        self.copy_code_button.setFlat(True)
        self.copy_code_button.clicked.connect(self.copy_code)
        self.access_button = QPushButton(self)
        self.access_button.setObjectName("case_access_export")
        self.access_button.clicked.connect(self.access_export)
        self.destroy_button = QPushButton(self)
        self.destroy_button.setObjectName("case_destroy")
        self.destroy_button.clicked.connect(self.destroy_case)
        self.destroy_button.hide()
        self.destroy_dialog: QWidget | None = None
        # a case handed over to a successor: every tab read-only, and this banner says why (kit/read_only.py)
        self._init_handed_over()
        self.message = QLabel(self)
        self.message.setObjectName("case_message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.tabs = whole_tab_labels(QTabWidget(self))
        self.tabs.setObjectName("case_tabs")
        self._init_lazy_tabs()  # each tab is made when first shown (case_tabs.py)
        switch_by_keys(self.tabs, self)  # Ctrl+PgUp/PgDn from every widget of the case (kit/tab_keys.py)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.code)
        top.addWidget(self.copy_code_button)
        top.addStretch(1)
        top.addWidget(self.access_button)
        top.addWidget(self.destroy_button)
        top.addWidget(self.status_label)
        top.addWidget(self.status)
        facts = QHBoxLayout()
        facts.addWidget(self.risk_label)
        facts.addWidget(self.risk)
        facts.addSpacing(24)
        facts.addWidget(self.domains, 1)
        facts.addWidget(self.knowledge_button)
        facts.addSpacing(24)
        facts.addWidget(self.opened)
        facts.addSpacing(24)
        facts.addWidget(self.status_history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addWidget(self.handed_over_banner)
        layout.addWidget(self.closed_info)
        layout.addWidget(self.status_confirm)
        # reading order: the top row, then the facts row (tabs and notices follow their layout)
        tab_chain(self.back_button, self.copy_code_button, self.access_button, self.destroy_button, self.status)
        self.status_confirm.follow(self.status)  # Tab from the combo: Cancel, then the change (issue 19)
        tab_chain(self.status_confirm.yes, self.knowledge_button)
        self.notices = CaseNotices(self)  # acute risk: crisis lines + plan date; handover origin; conflict
        layout.addWidget(self.notices)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        aliases().changed.connect(self._aliases_switched)
        self.retranslate()

    # -- opening and leaving ----------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self.header.case.id if self.header else None

    def show_case(self, case_id: int, contact_id: int | None = None) -> bool:
        """Show a case (and one of its contacts); False when the case no longer exists."""
        if case_id != self.case_id:
            self._drop_tabs()
            self.header = None
        self.message.hide()
        VaultOp(self, lambda v: load_header(v, case_id), session=self.session).success(
            self._show_header).failure(self._failed).run()
        if self.header is None:
            self.loaded.emit()
            return False
        if self._tabs_case is None:
            # The header and the tab bar now, the Contacts tab (at ``contact_id``) on the next turn of
            # the event loop: a case opened was one block of work of a tenth of a second (make bench,
            # stall monitor).  Asking for ``self.contacts`` meanwhile makes it at once; the others
            # when first shown.
            self._open_tabs(case_id, make_first=False)  # with their titles
            self._opening += 1
            QTimer.singleShot(0, self, lambda n=self._opening: self._contacts_up(n, case_id, contact_id, later=True))
            return True
        self._opening += 1  # one still to come for this case is done now
        self._contacts_up(self._opening, case_id, contact_id)
        return True

    def _tab_made(self, tab: QWidget | None) -> None:
        if tab is None:
            return
        self._lock_if_handed_over(tab)
        if tab is self.built("contacts"):
            # Ctrl+Shift+N works from every tab of the case, not only while the contacts are showing.
            contacts = self.built("contacts")
            self.addAction(contacts.new_contact_action)
            contacts.new_contact_action.triggered.connect(lambda: self._show_tab(self.contacts))
            self._tab_titles()  # made first, with the tab bar's placeholders: their titles
        from trustdesk.ui.kit.label_names import label_in_name

        label_in_name(tab)  # made after the window was shown: its inputs named by their labels
        if tab is self.built("details"):
            tab.date_problem_changed.connect(lambda _problem: self._say_half_date())

    def _show_tab(self, tab: QWidget | None) -> None:
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def flush(self) -> None:
        """Save what the tabs hold unsaved (before leaving the case)."""
        vault = self.session.vault
        contacts, details = self.built("contacts"), self.built("details")
        if contacts is not None:
            contacts.flush()
        if details is not None and vault is not None:
            details.flush(vault)

    def _drop_tabs(self, *, save: bool = True) -> None:
        if save and self.session.is_unlocked:
            self.flush()
            self._tell_half_date_left()  # the case left with a date half typed in Details: said (case_tabs.py)
        # Hidden while the tabs go: removing the current tab would show (and load) the next one,
        # and the timeline would build its chart just to be thrown away.
        hidden = self.tabs.isHidden()  # hidden on its own account (not merely with the page)
        self.tabs.hide()
        self._locked_case = None
        for widget in self._close_tabs():  # all but the Contacts tab, kept for the next case
            clear = getattr(widget, "clear", None)
            if callable(clear):
                clear()
            retire(widget)  # not widget.deleteLater(): this view may be destroyed first (kit/retire.py)
        self.tabs.setHidden(hidden)

    def leave(self) -> None:
        """The user goes back to the list: save, then forget the case."""
        self._drop_tabs()
        self._forget_header()

    def clear(self) -> None:
        """Drop every case datum (lock): the vault has already run the tabs' flushes."""
        if self.close_dialog is not None:
            self.close_dialog.reject()
        if self.destroy_dialog is not None:
            self.destroy_dialog.close()
            self.destroy_dialog = None
        self._drop_tabs(save=False)
        self._forget_header()

    def _forget_header(self) -> None:
        self.header = None
        self.code.clear()
        self.status.clear()
        self.domains.clear()
        self.knowledge_button.hide()
        self.risk.clear()
        self.opened.clear()
        self.closed_info.clear()
        self.closed_info.hide()
        self.handed_over_banner.clear()
        self.handed_over_banner.hide()
        self.status.setEnabled(True)
        self.destroy_button.hide()
        self.notices.clear()
        self.status_history.clear()
        self.status_confirm.done()
        self._pending_status = None
        self.message.clear()
        self.message.hide()

    # -- header -----------------------------------------------------------------------------------

    def _aliases_switched(self, _hidden: bool) -> None:
        if self.header is not None:
            self.code.setText(case_label(self.header.case.code, self.header.case.alias))
            self.notices.show_for(self.session, self.header.case, self.header.risk, self.header.item9_on)

    def _tab_titles(self) -> None:
        titles = (self.tr("&Contacts"), self.tr("&Referrals"), self.tr("T&asks"), self.tr("&Documents"),
                  self.tr("D&etails"), self.tr("O&ver time"), self.tr("&Knowledge"))
        for i, title in enumerate(titles[: self.tabs.count()]):
            # No Alt+letter on the tabs (Ctrl+Tab / Ctrl+PgDn switch them): the letters belong to the
            # controls of the tab, which would otherwise clash with them (issue 18).  Only a title that
            # changes is set: each one set lays out the whole tab bar again.
            text = without_mnemonic(title)
            if self.tabs.tabText(i) != text:
                self.tabs.setTabText(i, text)
        self._say_half_date()

    def _show_header(self, header: CaseHeader | None) -> None:
        self.header = header
        if header is None:  # destroyed meanwhile (retention): nothing of it stays on screen
            self._drop_tabs(save=False)
            self._forget_header()
            self.message.setText(self.tr("This case no longer exists in the vault."))
            self.message.show()
            return
        case = header.case
        self.code.setText(case_label(case.code, case.alias))
        self.code.setAccessibleName(self.tr("Case %1").replace("%1", case.code))
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(status_icon(case.status), status_text(case.status), case.status.value)
        for target in CaseStatus:  # the enum's order, limited to what the rules allow
            if target in rules.allowed_transitions(case.status) and not header.handed_over:
                self.status.addItem(status_icon(target), self._transition_text(case.status, target),
                                    target.value)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        self.status.setEnabled(not header.handed_over)  # no reopening: the successor holds the case
        self._show_handed_over(header)
        self.status.setAccessibleName(self.tr("Status: %1").replace("%1", status_text(case.status)))
        self.risk.set_risk(header.risk)
        domains = domains_text(case.domains)
        self.domains.setText(self.tr("Domains: %1").replace("%1", domains) if domains
                             else self.tr("No knowledge domain chosen yet"))
        self.knowledge_button.setVisible(bool(case.domains) or header.risk.needs_safety_plan)
        self.opened.setText(self.tr("Opened %1").replace("%1", date_text(case.opened_on)))
        history = " → ".join(self.tr("%1 since %2").replace("%1", status_text(status)).replace("%2", date_text(since))
                             for since, status in header.statuses[-4:])
        self.status_history.setText(history)
        self.status_history.setAccessibleName(self.tr("Status history: %1").replace("%1", history))
        self.status_history.setVisible(len(header.statuses) > 1)
        self.notices.show_for(self.session, case, header.risk, header.item9_on)
        if case.status is CaseStatus.CLOSED and case.closed_on is not None and header.kept_until is not None:
            until = header.kept_until
            reason = close_reason_text(case.close_reason) if case.close_reason else self.tr("no reason recorded")
            self.closed_info.setText(self.tr(
                "Closed on %1 (%2). Kept until %3; after that date TrustDesk asks you to destroy it.")
                .replace("%1", date_text(case.closed_on)).replace("%2", reason).replace("%3", date_text(until)))
            self.closed_info.show()
            self.destroy_button.setVisible(header.due)
        else:
            self.closed_info.clear()
            self.closed_info.hide()
            self.destroy_button.hide()

    # -- copy, access export, destruction -------------------------------------------------------

    def copy_code(self) -> None:
        if self.header is None:
            return
        from trustdesk.ui.kit.clipboard import copy_secret
        from trustdesk.ui.kit.queries import clear_seconds

        code = self.header.case.code
        def copy(seconds: int) -> None:
            copy_secret(code, seconds)

        VaultOp(self, clear_seconds).success(copy).run()

    def access_export(self) -> object:
        if self.header is None or self.header.case.id is None:
            return None
        from trustdesk.ui.output.access_export_dialog import export_access

        return export_access(self, self.session, self.header.case.id, self.header.case.code)

    def destroy_case(self) -> QWidget | None:
        if self.header is None or self.header.case.id is None:
            return None
        from trustdesk.ui.case.destroy_dialog import DestroyDialog

        self.flush()  # nothing pending may be written after the case is gone
        dialog = DestroyDialog(self.session, self.header.case.id, self.header.case.code, self)
        dialog.destroyed_case.connect(lambda _d: self._after_destruction())
        self.destroy_dialog = dialog
        dialog.open()
        return dialog

    def _after_destruction(self) -> None:
        self.destroy_dialog = None
        self._drop_tabs(save=False)
        self._forget_header()
        self.back_requested.emit()

    def _transition_text(self, current: CaseStatus, target: CaseStatus) -> str:
        if target is CaseStatus.CLOSED:
            return self.tr("Close case…")
        if current is CaseStatus.CLOSED:
            return self.tr("Reopen (active)")
        return self.tr("Set to %1").replace("%1", status_text(target))

    def offered_transitions(self) -> list[CaseStatus]:
        """The statuses the combo box offers besides the current one (for tests and a11y)."""
        return [CaseStatus(self.status.itemData(i)) for i in range(1, self.status.count())]

    def _status_chosen(self, index: int) -> None:
        if self.header is None or index <= 0:
            return
        target = CaseStatus(self.status.itemData(index))
        self.status.setCurrentIndex(0)  # the combo shows what is stored until the vault says otherwise
        self.change_status(target)

    def change_status(self, target: CaseStatus) -> None:
        if self.header is None or self.header.case.id is None:
            return
        if not rules.can_change_status(self.header.case.status, target):
            return
        if target is CaseStatus.CLOSED:
            self.close_dialog = CloseCaseDialog(self.session, self.header.case, self.header.retention_years, self)
            self.close_dialog.finished.connect(self._close_dialog_finished)
            focus_back(self.close_dialog, self, land=lambda: self.status)
            self.close_dialog.open()
            return
        self._pending_status = target
        case = self.header.case
        self.status_confirm.ask(self.tr("Change the status of %1 from “%2” to “%3”? The change is recorded in the "
                                        "case's history and in the audit log.").replace("%1", case.code)
                                .replace("%2", status_text(case.status)).replace("%3", status_text(target)),
                                self._transition_text(case.status, target))

    def _cancel_status(self) -> None:
        self._pending_status = None
        self.status_confirm.done()
        self.status.setFocus()

    def confirm_status(self) -> None:
        """The asked change, made and audited (``vault.case_status.change_case_status``)."""
        target, self._pending_status = self._pending_status, None
        self.status_confirm.done()
        if target is None or self.header is None or self.header.case.id is None:
            return
        from trustdesk.vault.case_status import change_case_status

        case_id, before = self.header.case.id, self.header.case.status
        VaultOp(self, lambda v: change_case_status(v, case_id, target), session=self.session).success(
            lambda _case: self._status_changed(before, target)).failure(self._failed).run_in_background()

    def _status_changed(self, before: CaseStatus, after: CaseStatus) -> None:
        self.reload()
        self.message.setText(self.tr("Status changed from “%1” to “%2”; recorded in the case's history and the "
                                     "audit log.").replace("%1", status_text(before)).replace("%2", status_text(after)))
        self.message.show()

    def _close_dialog_finished(self, _result: int) -> None:
        dialog, self.close_dialog = self.close_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.reload()

    def reload(self) -> None:
        if self.case_id is not None and self.session.is_unlocked:
            case_id = self.case_id
            VaultOp(self, lambda v: load_header(v, case_id), session=self.session).success(
                self._show_header).failure(self._failed).run()
            self.loaded.emit()

    def _failed(self, _exc: BaseException, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _on_changed(self, change: Change) -> None:
        if self.header is None:
            return
        if change.concerns(self.case_id, Table.CASES, Table.CONTACTS, Table.SETTINGS, Table.SAFETY_PLANS, Table.SCORES):
            self.reload()

    # -- Qt -----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Cases"))
        self.back_button.setAccessibleName(self.tr("Back to the cases list"))
        self.back_button.setToolTip(self.tr("Back to the cases list (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Back).toString(QKeySequence.SequenceFormat.NativeText)))
        self.back_action.setText(self.tr("Back to the cases list"))
        # No Alt+letter to the case status: a stray Alt+S from a note once opened it, one Return away
        # from closing the case (issue 18); Tab reaches it.
        self.status_label.setText(without_mnemonic(self.tr("&Status")))
        self.risk_label.setText(self.tr("Current risk:"))
        self.copy_code_button.setText(self.tr("Copy"))
        self.copy_code_button.setAccessibleName(self.tr("Copy the case code"))
        self.copy_code_button.setToolTip(self.tr("Copy the case code; it leaves the clipboard again after a while"))
        self.access_button.setText(self.tr("Access e&xport…"))
        self.access_button.setAccessibleName(self.tr("Export the complete case for the doctor"))
        self.access_button.setToolTip(self.tr("The doctor's right of access: the whole case as PDF and JSON"))
        self.destroy_button.setText(self.tr("Destroy…"))
        self.destroy_button.setAccessibleName(self.tr("Destroy this case for good"))
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self._tab_titles()
        if self.header is not None:
            self._show_header(self.header)
