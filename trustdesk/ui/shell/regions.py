"""The main window's keyboard regions (ARCHITECTURE.md, "Keyboard, focus and a laptop's screen"):
the navigation, the page, the toolbar and, while it shows a notice, the notice bar under the toolbar.  F6
cycles them, Shift+F6 the other way; a page shown by its key puts the focus into it.  A mixin of ``MainWindow``, which has ``pages``, ``nav_buttons``, ``toolbar``,
``stack``, ``current_key()`` and ``navigate()``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from shiboken6 import isValid

from trustdesk.ui.kit.tab_order import next_in_focus_chain, tab_chain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton, QStackedWidget, QToolBar

    from trustdesk.ui.kit.notice_bar import NoticeBar
    from trustdesk.ui.shell.lazy_pages import LazyPages


class Regions:
    pages: LazyPages
    nav_buttons: dict[str, QPushButton]
    toolbar: QToolBar
    stack: QStackedWidget
    notice_bar: NoticeBar
    _page_focus: QWidget | None = None  # where the focus was in the page when F6 left it
    _focus_turn = 0  # focus_the_page's calls: only the last one's wait for the read acts

    def current_key(self) -> str | None:
        raise NotImplementedError

    def navigate(self, key: str) -> None:
        raise NotImplementedError

    def toolbar_buttons(self) -> list[QToolButton]:
        """The toolbar's buttons as they show, left to right."""
        buttons = [b for b in self.toolbar.findChildren(QToolButton) if b.parentWidget() is self.toolbar
                   and not b.objectName().startswith("qt_")]
        return sorted((b for b in buttons if b.isVisibleTo(self.toolbar)), key=lambda b: b.x())

    def make_toolbar_stops(self, watcher: QObject) -> None:
        """Every toolbar button one Tab stop, chained in the order it shows, its arrow keys to ``watcher``.
        Taken from the toolbar's actions: ``toolbar_buttons()`` knows only buttons already laid out --
        none while the window is built (this was once done from it and did nothing: Tab skipped Hide
        aliases, Settings and Lock)."""
        tools = [tool for tool in (self.toolbar.widgetForAction(action) for action in self.toolbar.actions())
                 if isinstance(tool, QToolButton)]
        for tool in tools:
            tool.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            tool.installEventFilter(watcher)
        tab_chain(*tools)

    def next_region(self, back: bool = False) -> None:
        """F6 cycles the window's regions: the navigation (its current entry) → the page (its
        ``primary_widget``, its list) → the toolbar (its first button) → the notice bar, while it shows
        one (its first button) → the navigation; Shift+F6 (``back``) the other way, and back into the
        page where the focus was when it left."""
        focus = QApplication.focusWidget()
        key = self.current_key()
        if key is None:
            return
        nav = self.nav_buttons[key]
        bar = self.notice_bar if self.notice_bar.isVisible() and self.notice_bar.first_control() else None
        in_nav = focus is not None and focus in self.nav_buttons.values()
        in_toolbar = focus is not None and self.toolbar.isAncestorOf(focus)
        in_bar = focus is not None and self.notice_bar.isAncestorOf(focus)
        page = self.stack.currentWidget()
        if page is not None and focus is not None and page.isAncestorOf(focus):
            self._page_focus = focus
        if in_nav:
            if not back:
                self._focus_page(page, remembered=False)
            elif bar is not None:
                self._focus_bar()
            else:
                self._focus_toolbar()
        elif in_bar:
            if back:
                self._focus_toolbar()
            else:
                nav.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif in_toolbar:
            if back:
                self._focus_page(page, remembered=True)
            elif bar is not None:
                self._focus_bar()
            else:
                nav.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif back:
            nav.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self._focus_toolbar()

    def _focus_bar(self) -> None:
        control = self.notice_bar.first_control()
        if control is not None:
            control.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def notice_bar_left(self) -> None:
        """A notice that had the keyboard was closed: back into the page, where the focus was."""
        self._focus_page(self.stack.currentWidget(), remembered=True)

    def go_to_page(self, key: str) -> None:
        """A page by its key (Ctrl+1…): shown, and the focus where its words say the keyboard is
        (``Regions.focus_the_page``), again when a read the showing began is on screen (outside tester:
        Ctrl+1 to a Today filled meanwhile left the focus on "New task…", and Enter did nothing)."""
        loaded = getattr(self.pages[key], "loaded", None)
        reads: list[bool] = []

        def read() -> None:
            reads.append(True)

        if loaded is not None:
            loaded.connect(read)
        try:
            self.navigate(key)
        finally:
            if loaded is not None:
                loaded.disconnect(read)
        self.focus_the_page(read_to_come=not reads)

    def focus_the_page(self, *, read_to_come: bool | None = None) -> None:
        """After the unlock (no place to go back to) and a page shown by its key (Ctrl+1…): the focus where
        the current page's words say the keyboard is -- its ``primary_widget``, Today's list -- not the
        navigation's first button or the control a page last had (outside tester: Enter did nothing of what
        "Enter opens the case" says).  Again once the page's read is on screen (Today's list, its first
        line chosen; "New task…" when it has none), unless the person moved the focus meanwhile.
        ``read_to_come``: whether a read is under way (None: the page has read nothing yet)."""
        page = self.stack.currentWidget()
        if page is None:
            return
        self._focus_turn = turn = self._focus_turn + 1  # a later call takes over from this one
        self._focus_page(page, remembered=False)
        placed = QApplication.focusWidget() or page.focusWidget()
        loaded = getattr(page, "loaded", None)

        def again() -> None:
            if turn != self._focus_turn or not isValid(page) or not page.isVisible():
                return
            focus = QApplication.focusWidget() or page.focusWidget()
            moved = focus is not None and focus is not placed and focus not in self.nav_buttons.values() \
                and (placed is None or not isValid(placed) or placed.isVisible())  # (Qt moves it off a hidden one)
            if not moved:
                self._focus_page(page, remembered=False)

        if read_to_come is None:
            read_to_come = getattr(page, "count", None) is None  # its first read is still to come
        if loaded is not None and read_to_come:
            loaded.connect(again, Qt.ConnectionType.SingleShotConnection)

    def _focus_toolbar(self) -> None:
        buttons = [b for b in self.toolbar_buttons() if b.isEnabled()]
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_page(self, page: QWidget | None, *, remembered: bool) -> None:
        if page is None:
            return
        primary = getattr(page, "primary_widget", None)
        target: QWidget | None = self._page_focus if remembered else primary() if callable(primary) else None
        if target is None or not isValid(target) or not target.isVisible() or not page.isAncestorOf(target):
            target = self._first_control(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @staticmethod
    def _first_control(page: QWidget) -> QWidget | None:
        widget = next_in_focus_chain(page)
        while widget is not None and widget is not page:
            if page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = next_in_focus_chain(widget)
        return None

