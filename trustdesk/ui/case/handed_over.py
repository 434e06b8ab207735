"""A case handed over to a successor (or closed as handed over after referral), as the sender's case
view shows it: a banner ("handed over to <successor> on <date>") and every tab read-only (``kit.read_only.ReadOnlyLock``).  The vault refuses
every write to such a case anyway (``vault.repository``); this keeps the screen from offering one.
A case that becomes handed over while it is open has its tabs made again, locked, with what the
vault now holds (an erase leaves nothing of the notes that were on screen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from trustdesk.domain.enums import CloseReason
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
        if self._locked_case is not None and self._locked_case == self._tabs_case:
            from trustdesk.ui.kit.read_only import ReadOnlyLock

            ReadOnlyLock(tab)

    def _show_handed_over(self, header: CaseHeader) -> None:
        """Banner and locked tabs for a handed-over case; tabs made before the change are made again."""
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
        def _drop_tabs(self, *, save: bool = True) -> None: ...  # CaseView's
