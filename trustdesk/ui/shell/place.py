"""Where the user is, kept over a lock (ARCHITECTURE.md, "Keyboard, focus and a laptop's screen"): lock
→ unlock returns to the page, the open case and its tab, and the control that had the focus.  A place is
a page name, a case id, a tab index, an objectName, the note being edited and each editor's cursor and scroll
(``kit/editor_places``: numbers) -- in memory only, never case text.  A mixin of
``MainWindow``, which has ``pages``, ``stack``, ``open_case``, ``show_page`` and ``current_key()``."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from trustdesk.ui.kit.editor_places import PutBack, Spot, capture

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from trustdesk.ui.shell.lazy_pages import LazyPages


class Place(NamedTuple):
    key: str | None  # the page
    case_id: int | None  # the open case
    tab: int  # its tab
    named: str  # the focused control's objectName
    contact_id: int | None = None  # the note in the case's editor
    spots: dict[str, Spot] = {}  # noqa: RUF012 - (a NamedTuple's default, never changed) each editor's cursor


class Places:
    pages: LazyPages
    stack: QStackedWidget

    def current_key(self) -> str | None:
        raise NotImplementedError

    def open_case(self, case_id: int, contact_id: int | None = None) -> bool:
        raise NotImplementedError

    def show_page(self, key: str) -> None:
        raise NotImplementedError

    def place(self) -> Place:
        """Where the user is: (page key, open case id, case tab index, the focused control's objectName);
        kept in memory over a lock (names and ids only, no case text)."""
        case_view = getattr(self.pages.built().get("cases"), "case_view", None)
        case_id = getattr(case_view, "case_id", None)
        tabs = getattr(case_view, "tabs", None)
        window: QWidget = self  # type: ignore[assignment]  # the main window this is mixed into
        focus = QApplication.focusWidget()
        if focus is None or not window.isAncestorOf(focus):  # in a dialog: the control that opened it
            focus = window.focusWidget()
        named = focus.objectName() if focus is not None and window.isAncestorOf(focus) else ""
        editor = getattr(_contacts_made(case_view), "editor", None) if case_id is not None else None
        page = self.stack.currentWidget()
        return Place(self.current_key(), case_id, tabs.currentIndex() if tabs is not None and case_id else 0, named,
                     getattr(editor, "contact_id", None), capture(page) if page is not None else {})

    def go_to(self, place: Place) -> None:
        """Back to a place() after unlocking: the case and its tab (at the note that was in its editor), or
        the page, the control that had the focus (outside tester: it came back on the case's tab bar, not the
        Safety plan button) and each editor's cursor, selection and scroll as its text comes back (outside
        tester: the note's cursor came back at its start, and the next keys landed there)."""
        key, case_id, tab, named, contact_id, spots = place
        case_view = None
        if case_id is not None and self.open_case(case_id, contact_id):
            case_view = getattr(self.pages.get("cases"), "case_view", None)
            tabs = getattr(case_view, "tabs", None)
            if tabs is not None and 0 <= tab < tabs.count():
                tabs.setCurrentIndex(tab)
                make = getattr(case_view, "tab_at", None)
                if callable(make):
                    make(tab)  # made now (Contacts comes a turn later otherwise): its control can take the focus
            if key is not None and key != "cases" and key in self.pages:
                self.show_page(key)
        elif key is not None and key in self.pages:
            self.show_page(key)
        if named:
            refocus = partial(self._focus_named, named)
            refocus()
            loaded = getattr(case_view, "loaded", None)
            if loaded is not None:  # the notes come from a worker: the case's controls settle then
                loaded.connect(refocus, Qt.ConnectionType.SingleShotConnection)
        page = self.stack.currentWidget()
        if spots and page is not None:
            attempt = partial(PutBack.attempt, PutBack(page, spots))  # (held by its connections)
            attempt()
            QTimer.singleShot(0, page, attempt)  # (a tab made a turn later)
            # a text read in a worker comes back with its read: the case's, its notes', the page's
            for owner in (case_view, _contacts_made(case_view), page):
                signal = getattr(owner, "loaded", None)
                if signal is not None:
                    signal.connect(attempt, Qt.ConnectionType.SingleShotConnection)

    def _focus_named(self, named: str) -> None:
        page = self.stack.currentWidget()
        if page is None:
            return
        found = [w for w in page.findChildren(QWidget, named) if w.isVisibleTo(page) and w.isEnabled()]
        if len(found) == 1:  # only a control the name tells apart
            found[0].setFocus(Qt.FocusReason.OtherFocusReason)


def _contacts_made(case_view: object) -> object:
    """The case's Contacts tab if it was made (not made for this: a lock stays cheap)."""
    built = getattr(case_view, "built", None)
    return built("contacts") if callable(built) else None
