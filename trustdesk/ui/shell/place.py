"""Where the user is, kept over a lock (ARCHITECTURE.md, "Keyboard, focus and a laptop's screen"): lock
→ unlock returns to the page, the open case and its tab, and the control that had the focus.  A place is
a page name, a case id, a tab index and an objectName -- in memory only, never case text.  A mixin of
``MainWindow``, which has ``pages``, ``stack``, ``open_case``, ``show_page`` and ``current_key()``."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from trustdesk.ui.shell.lazy_pages import LazyPages

Place = tuple[str | None, int | None, int, str]


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
        return self.current_key(), case_id, tabs.currentIndex() if tabs is not None and case_id else 0, named

    def go_to(self, place: Place) -> None:
        """Back to a place() after unlocking: the case and its tab, or the page, and the control that had
        the focus (outside tester: it came back on the case's tab bar, not the Safety plan button)."""
        key, case_id, tab, named = place
        case_view = None
        if case_id is not None and self.open_case(case_id):
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

    def _focus_named(self, named: str) -> None:
        page = self.stack.currentWidget()
        if page is None:
            return
        found = [w for w in page.findChildren(QWidget, named) if w.isVisibleTo(page) and w.isEnabled()]
        if len(found) == 1:  # only a control the name tells apart
            found[0].setFocus(Qt.FocusReason.OtherFocusReason)
