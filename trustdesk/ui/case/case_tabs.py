"""A case's tabs, each made when it is first shown (or first asked for).

Opening a case makes the Contacts tab only: the others are empty placeholders in the tab bar until
the person goes to one, so a case opens with one read instead of seven (make bench, "open a case").
``view.details`` (and the other tab names) makes the tab on first use, so code that needs a tab's
widgets asks for it by name; ``built(name)`` answers without making it (saving on leave, a lock).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from trustdesk.ui.case.case_details import DetailsTab
from trustdesk.ui.case.contacts_tab import ContactsTab
from trustdesk.ui.case.knowledge_tab import KnowledgeTab
from trustdesk.ui.case.referrals_tab import ReferralsTab
from trustdesk.ui.case.tasks_tab import TasksTab
from trustdesk.ui.documents.documents_tab import DocumentsTab
from trustdesk.ui.kit.appearance import without_mnemonic
from trustdesk.ui.kit.retire import retire
from trustdesk.ui.safety.timeline_chart import TimelineTab

if TYPE_CHECKING:
    from collections.abc import Callable

    from trustdesk.ui.kit.session import VaultSession

# the tabs in their order, each a class made with (session, case_id, parent)
TABS: dict[str, Callable[[VaultSession, int, QWidget], QWidget]] = {
    "contacts": ContactsTab, "referrals": ReferralsTab, "tasks": TasksTab, "documents": DocumentsTab,
    "details": DetailsTab, "timeline": TimelineTab, "knowledge": KnowledgeTab,
}
TAB_NAMES = tuple(TABS)


class LazyCaseTabs:
    """Mixin of ``CaseView``: ``tabs`` (a QTabWidget) holds a placeholder per tab until it is made."""

    tabs: QTabWidget
    session: VaultSession
    loaded: SignalInstance  # the case view's: its header and Contacts tab are on screen
    message: QLabel  # the case view's line over the tabs
    half_date_box: QWidget | None = None  # said when the case was left with a date half typed

    def _init_lazy_tabs(self) -> None:
        self._tabs_case: int | None = None  # the case whose tabs are in the tab bar
        self._opening = 0  # cases opened: a Contacts tab made a turn later is for the last one only
        self._built: dict[str, QWidget] = {}
        # The Contacts tab of the last case, cleared: the next case's (making one was half of opening a case)
        self._spare_contacts: ContactsTab | None = None
        self.tabs.currentChanged.connect(self._make_current)
        self.tabs.currentChanged.connect(lambda _index: self._say_half_date())
        self._half_date_said = False

    # -- for CaseView ----------------------------------------------------------------------------

    def _open_tabs(self, case_id: int, *, make_first: bool = True) -> None:
        """Placeholders for every tab of ``case_id``; the first (Contacts) is made and shown, or left to
        be made on first use (``make_first=False``)."""
        self._tabs_case, self._built = case_id, {}
        hidden = self.tabs.isHidden()
        self.tabs.hide()  # added while hidden: a visible tab widget lays out again on every addTab
        with QSignalBlocker(self.tabs):
            for name in TAB_NAMES:
                placeholder = QWidget(self.tabs)
                placeholder.setObjectName(f"case_tab_{name}_unmade")
                self.tabs.addTab(placeholder, "")
            self.tabs.setCurrentIndex(0)
            self._tab_titles()  # while hidden: a visible tab bar lays out all its tabs again for each title
        if make_first:
            self.tab("contacts")
        self.tabs.setHidden(hidden)

    def _contacts_up(self, opening: int, case_id: int, contact_id: int | None, *, later: bool = False) -> None:
        """The Contacts tab of the case just shown (at ``contact_id``), then ``loaded`` once its notes
        are in; nothing when another case was opened (or this one left) meanwhile.  ``later``: a turn
        after ``show_case``, where another tab chosen meanwhile stays chosen."""
        if opening != self._opening or self._tabs_case != case_id:
            return
        chosen_meanwhile = later and self.tabs.currentIndex() != 0
        contacts = self.contacts
        if contact_id is not None and contacts is not None:
            if not chosen_meanwhile:
                self.tabs.setCurrentWidget(contacts)
            contacts.select_contact(contact_id)  # shown once the notes are in, when they are still read
        if contacts is not None and contacts.reading:  # the notes come from a worker: loaded when they are in
            contacts.loaded.connect(self.loaded.emit, Qt.ConnectionType.SingleShotConnection)
        else:
            self.loaded.emit()

    def _close_tabs(self) -> list[QWidget]:
        """Forget the tabs (the caller clears and retires the widgets it is given back); the Contacts
        tab, cleared, is kept aside for the next case instead."""
        contacts = self._built.get("contacts")
        self._tabs_case, self._built = None, {}
        widgets = []
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is None:
                continue
            if (widget is contacts and isinstance(widget, ContactsTab) and self._spare_contacts is None
                    and widget.property("read_only_locked") is None):  # never one locked for a handed-over case
                widget.set_aside()
                self._spare_contacts = widget
            else:
                widgets.append(widget)
        return widgets

    def _tab_made(self, tab: QWidget | None) -> None:
        """Called once for every tab when it is made (its texts, its shortcuts); CaseView overrides."""

    def _tab_reused(self, tab: QWidget) -> None:
        """Called for the Contacts tab set aside and shown for another case; CaseView overrides."""

    def _tab_titles(self) -> None:
        """Give the tabs their titles (CaseView overrides)."""

    # -- the tabs --------------------------------------------------------------------------------

    def built(self, name: str) -> Any:
        """The tab ``name`` if it was made, else None (never makes it)."""
        return self._built.get(name)

    def tab(self, name: str) -> Any:
        """The tab ``name`` of the open case, made now if it was not yet; None when no case is open."""
        made = self._built.get(name)
        if made is not None or self._tabs_case is None:
            return made
        index = TAB_NAMES.index(name)
        spare, self._spare_contacts = (self._spare_contacts, None) if name == "contacts" else (None, self._spare_contacts)
        if spare is not None:
            spare.reopen(self._tabs_case)
            made = self._built[name] = spare
        else:
            made = self._built[name] = TABS[name](self.session, self._tabs_case, self.tabs)
        # The tab goes in beside its placeholder, then the placeholder out: no other tab is shown
        # meanwhile (removing the current tab first would show, and load, its neighbour).
        with QSignalBlocker(self.tabs):
            placeholder = self.tabs.widget(index)
            was_current = self.tabs.currentIndex() == index
            self.tabs.insertTab(index + 1, made, self.tabs.tabText(index))
            if was_current:
                self.tabs.setCurrentIndex(index + 1)
            self.tabs.removeTab(index)
        if placeholder is not None:
            retire(placeholder)
        if spare is None:
            self._tab_made(made)
        else:
            self._tab_reused(made)
        return made

    def _say_half_date(self) -> None:
        """A half-typed date in Details is kept there and said from every tab: the tab's title marked, and,
        away from it, a line over the tabs (never a silent return to the old date, issue 18)."""
        details = self.built("details")
        problem = details.date_problem if details is not None else ""
        index = self.tabs.indexOf(details) if details is not None else -1
        if index >= 0:
            title = without_mnemonic(QCoreApplication.translate("CaseView", "D&etails"))
            text = f"{title} ⚠" if problem else title
            if self.tabs.tabText(index) != text:  # each title set lays out the tab bar again
                self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, problem)
        away = bool(problem) and self.tabs.currentWidget() is not details
        if away:
            self.message.setText(QCoreApplication.translate(
                "CaseView", "A date on the Details tab is not complete; it is not saved. Complete it there, or "
                "press Esc in it to put the previous date back."))
            self.message.show()
        elif self._half_date_said:
            self.message.clear()
            self.message.hide()
        self._half_date_said = away

    def _tell_half_date_left(self) -> None:
        """The case is left (its list, another case) with a date half typed in Details: the typing goes
        with the tabs, so it is said, in a box over the window that names the case and the typing."""
        from PySide6.QtWidgets import QMessageBox

        from trustdesk.ui.kit.date_field import DateField

        details = self.built("details")
        fields = details.form.findChildren(DateField) if details is not None and details.date_problem else []
        field = next((f for f in fields if f.half_typed()), None)
        if field is None or details is None:
            return

        code = getattr(getattr(self, "header", None), "case", None)
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("CaseView", "Date not saved"),
                          QCoreApplication.translate(
                              "CaseView", "A date you began typing in the Details of %1 (“%2”) was not whole, so "
                              "it was not saved; the case keeps its previous one.")
                          .replace("%1", getattr(code, "code", "")).replace("%2", field.lineEdit().text()),
                          QMessageBox.StandardButton.Ok, details.window())
        box.setObjectName("halfDateLeft")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.half_date_box = box

    def tab_at(self, index: int) -> QWidget | None:
        """The tab at ``index``, made if it was not yet."""
        return self.tab(TAB_NAMES[index]) if 0 <= index < min(len(TAB_NAMES), self.tabs.count()) else None

    def _make_current(self, index: int) -> None:
        if self._tabs_case is not None and 0 <= index < len(TAB_NAMES):
            self.tab(TAB_NAMES[index])

    @property
    def contacts(self) -> ContactsTab | None:
        tab: ContactsTab | None = self.tab("contacts")
        return tab

    @property
    def referrals(self) -> ReferralsTab | None:
        tab: ReferralsTab | None = self.tab("referrals")
        return tab

    @property
    def tasks(self) -> TasksTab | None:
        tab: TasksTab | None = self.tab("tasks")
        return tab

    @property
    def documents(self) -> DocumentsTab | None:
        tab: DocumentsTab | None = self.tab("documents")
        return tab

    @property
    def details(self) -> DetailsTab | None:
        tab: DetailsTab | None = self.tab("details")
        return tab

    @property
    def timeline(self) -> TimelineTab | None:
        tab: TimelineTab | None = self.tab("timeline")
        return tab

    @property
    def knowledge(self) -> KnowledgeTab | None:
        tab: KnowledgeTab | None = self.tab("knowledge")
        return tab
