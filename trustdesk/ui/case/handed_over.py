"""A case handed over to a successor (or closed as handed over after referral), as the sender's case
view shows it: a banner ("handed over to <successor> on <date>") and every tab read-only (``kit.read_only.ReadOnlyLock``).  The vault refuses
every write to such a case anyway (``vault.repository``); this keeps the screen from offering one.
A case that becomes handed over while it is open has its tabs made again, locked, with what the
vault now holds (an erase leaves nothing of the notes that were on screen).

A case the trust person closed (for any other reason) stays reopenable: its notes are shown read-only
with a line that says so and a *Reopen the case…* button (``closed_notes.py``), on every way in (the
cases list, a search hit, Today, a link all open the case through ``CaseView.show_case``).  Reopened,
the notes are editable again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.ui.case.case_tabs import LazyCaseTabs
from trustdesk.ui.kit.case_labels import date_text

if TYPE_CHECKING:
    from trustdesk.ui.case.queries import CaseHeader

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def banner_text(header: CaseHeader) -> str:
    case = header.case
    on = date_text(case.closed_on) if case.closed_on else "—"
    if case.close_reason is CloseReason.HANDED_OVER_AFTER_REFERRAL:
        return translate("CaseView", "Closed on %1 as handed over after referral: the provider took over the care "
                                     "and this case is read-only. A new request is a new case.").replace("%1", on)
    if header.successor:
        return translate("CaseView", "Handed over to %1 on %2: this case is read-only here.").replace(
            "%1", header.successor).replace("%2", on)
    return translate("CaseView", "Handed over to your successor on %1: this case is read-only here.").replace("%1", on)


class HandedOverLock(LazyCaseTabs):
    """Mixin of ``CaseView``: its lazily made tabs, locked when the case went to a successor."""

    def _init_handed_over(self) -> None:
        assert isinstance(self, QWidget)
        self.handed_over_banner = QLabel(self)
        self.handed_over_banner.setObjectName("case_handed_over_banner")
        self.handed_over_banner.setWordWrap(True)
        self.handed_over_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.handed_over_banner.setMargin(8)
        self.handed_over_banner.hide()
        self._locked_case: int | None = None  # the case whose tabs are read-only

    def _tab_reused(self, tab: QWidget) -> None:
        """The last case's Contacts tab, shown for this one (its shortcut and names are in place)."""
        self._lock_if_handed_over(tab)

    def _lock_if_handed_over(self, tab: QWidget) -> None:
        self._show_closed(tab)
        if self._locked_case is not None and self._locked_case == self._tabs_case:
            from trustdesk.ui.kit.read_only import ReadOnlyLock

            ReadOnlyLock(tab)

    def _show_closed(self, tab: QWidget | None) -> None:
        """A closed case's notes read-only (with a way to reopen it), an open case's editable again."""
        from trustdesk.ui.case.contacts_tab import ContactsTab

        if not isinstance(tab, ContactsTab):
            return
        if tab.property("reopen_wired") is None:  # made once, reused for the next cases
            tab.setProperty("reopen_wired", True)
            tab.closed_notice.reopen_requested.connect(lambda: self.change_status(CaseStatus.ACTIVE))
        header = self.header
        tab.set_closed(header is not None and header.case.id == self._tabs_case and not header.handed_over
                       and header.case.status is CaseStatus.CLOSED)

    def _show_handed_over(self, header: CaseHeader) -> None:
        """Banner and locked tabs for a handed-over case; tabs made before the change are made again."""
        self._show_closed(self.built("contacts"))
        case = header.case
        if not header.handed_over or case.id is None:
            self.handed_over_banner.clear()
            self.handed_over_banner.hide()
            return
        self.handed_over_banner.setText(banner_text(header))
        self.handed_over_banner.show()
        if self._locked_case == case.id:
            return
        if self._tabs_case == case.id:  # open during the handover: its tabs hold editable (and erased) data
            current = self.tabs.currentIndex()
            self._drop_tabs(save=False)  # the vault would refuse what is pending
            self._locked_case = case.id
            self._open_tabs(case.id)
            made = self.tab_at(current)
            if made is not None:
                self.tabs.setCurrentWidget(made)
        else:
            self._locked_case = case.id

    if TYPE_CHECKING:
        header: CaseHeader | None  # CaseView's

        def _drop_tabs(self, *, save: bool = True) -> None: ...  # CaseView's

        def change_status(self, target: CaseStatus) -> None: ...  # CaseView's
