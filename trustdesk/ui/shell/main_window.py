"""The main window: navigation over the pages, the lock button, settings, a passphrase-only note.

Locking (toolbar ``lockButton``, Ctrl+L, idle timer, quit) goes through ``VaultSession.lock()``;
the window answers ``session.locked`` by calling every page's ``clear()`` and closing itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from trustdesk.ui.kit.first_paint import after_first_paint
from trustdesk.ui.kit.lock_bound import ask_before_losing
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.qt_types import warm_widget_types
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import open_first_time
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.window_place import keep_frame_on_screen, remember_place, restore_place
from trustdesk.ui.shell.history import History, HistoryKeys
from trustdesk.ui.shell.lazy_pages import LazyPages, PageFactory
from trustdesk.ui.shell.place import Places
from trustdesk.ui.shell.regions import Regions
from trustdesk.ui.shell.search_dialog import install_search
from trustdesk.ui.shell.search_dialog import scope_text as search_scope_text

GEOMETRY_KEY = "main"
_KEY_PRESS, WARM_TYPES_AFTER_MS = QEvent.Type.KeyPress, 1000  # the event filter's; after the first page's read
NAV_STYLE = """
#navigation { background: palette(base); border-right: 1px solid palette(mid); }
#navigation QPushButton { text-align: left; padding: 8px 14px; border: none; border-radius: 6px; outline: none; }
#navigation QPushButton:hover { background: palette(alternate-base); }
#navigation QPushButton[current="true"] { background: palette(highlight); color: palette(highlighted-text); }
#navigation QPushButton:focus { border: 2px solid palette(highlight); }
#navigation QPushButton[current="true"]:focus { border: 2px solid palette(text); }
"""


def default_pages() -> list[tuple[str, PageFactory]]:
    """The navigation, in order: (key, page class).  Add a page here (ARCHITECTURE.md, "… add a page");
    imported when the main window is built, not when this module loads."""
    from trustdesk.ui.case.cases_page import CasesPage
    from trustdesk.ui.case.today_page import TodayPage
    from trustdesk.ui.directory.providers_page import ProvidersPage
    from trustdesk.ui.documents.templates_page import TemplatesPage
    from trustdesk.ui.reports.reports_page import ReportsPage
    from trustdesk.ui.security.audit_page import AuditPage

    return [("today", TodayPage), ("cases", CasesPage), ("providers", ProvidersPage),
            ("templates", TemplatesPage), ("reports", ReportsPage), ("audit", AuditPage)]


class MainWindow(Places, Regions, Retranslates, QMainWindow):
    settings_requested = Signal()
    closing = Signal()  # the user closes the window: lock, then quit (not back to the unlock window)

    def __init__(self, session: VaultSession, preferences: Preferences, *,
                 pages: Sequence[tuple[str, PageFactory]] | None = None, parent: QWidget | None = None,
                 first_page: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self._preferences = preferences
        self._losing_agreed = False  # quitting was asked about a dialog's change, and the person discarded it

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        factories = list(pages if pages is not None else default_pages())
        self.pages = LazyPages(factories, self._build_page)
        self.nav_buttons: dict[str, QPushButton] = {}
        # Each page's command is a QAction on the window (Ctrl+1…): a button's own shortcut would be
        # replaced by its text's mnemonic on every setText() (retranslate), an action's survives.
        self.nav_actions: dict[str, QAction] = {}

        nav = QWidget(self)
        nav.setObjectName("navigation")
        nav.setFixedWidth(200)
        nav.setStyleSheet(NAV_STYLE)
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(12, 16, 12, 16)
        nav_layout.setSpacing(4)
        for index, (key, _factory) in enumerate(factories):
            button = QPushButton(nav)
            button.setObjectName(f"nav_{key}")
            # Plain push buttons, not checkable ones: a screen reader says "button" with a Press action
            # that switches the page (a checkable one read as "check box" whose Toggle did nothing).
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(36)
            action = QAction(self)
            action.setObjectName(f"navAction_{key}")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.go_to_page(k))
            self.addAction(action)
            self.nav_actions[key] = action
            button.clicked.connect(lambda _checked=False, k=key: self.navigate(k))  # (the focus stays on it)
            self.nav_buttons[key] = button
            nav_layout.addWidget(button)
        nav_layout.addStretch(1)

        from trustdesk.ui.kit.notice_bar import NoticeBar

        self.notice_bar = NoticeBar(self)  # what the unlock found and what is still to do: never a dialog
        self.setCentralWidget(self.notice_bar.over(nav, self.stack))  # (F6 reaches it: regions.py)
        self.notice_bar.focus_released.connect(self.notice_bar_left)

        toolbar = QToolBar(self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        # The toolbar is filled from left to right: its buttons are made in that order, so a screen
        # reader's reading order (the order of the children) is the order on screen.
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        # Ctrl+, as in most desktop apps, and the platform's own Preferences key where it has one
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,"), *(
            key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            if key != QKeySequence("Ctrl+,"))])
        self.settings_action.triggered.connect(self.settings_requested)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.search = install_search(self, session, self.open_case)  # Ctrl+F
        toolbar.addAction(self.search.action)
        self.search_button = toolbar.widgetForAction(self.search.action)
        self.search_button.setObjectName("searchButton")
        from trustdesk.ui.security.handover_menu import HandoverMenu

        self.handover = HandoverMenu(self, session)  # Hand over cases… / Receive handover…
        from trustdesk.ui.kit.alias import HIDE_SHORTCUT, aliases

        self.hide_aliases_action = QAction(self)  # one switch before sharing the screen
        self.hide_aliases_action.setObjectName("hideAliasesAction")
        self.hide_aliases_action.setCheckable(True)
        self.hide_aliases_action.setChecked(aliases().hidden)
        self.hide_aliases_action.setShortcut(QKeySequence(HIDE_SHORTCUT))
        self.hide_aliases_action.toggled.connect(aliases().set_hidden)
        aliases().changed.connect(self.hide_aliases_action.setChecked)
        toolbar.addAction(self.hide_aliases_action)
        self.addAction(self.hide_aliases_action)
        self.hide_aliases_button = toolbar.widgetForAction(self.hide_aliases_action)
        self.hide_aliases_button.setObjectName("hideAliasesButton")
        self.hide_aliases_action.toggled.connect(lambda _hidden: self._alias_switch_texts())
        from trustdesk.ui.exchange.exchange_menu import ExchangeMenu

        self.exchange = ExchangeMenu(self, session)  # intake, figures, contact cards
        self.exchange.case_created.connect(lambda case_id: self.open_case(case_id))
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.lock_action)
        self.addAction(self.lock_action)  # Ctrl+L works even with the toolbar hidden
        from trustdesk.ui.shell.lock_key import LockKey

        self.lock_key = LockKey(self.lock_action.shortcut(), self)  # ... and over any dialog (lock_key.py)
        self.lock_key.pressed.connect(self.lock)  # watching from bind(): the windows of an unlocked app
        self.addAction(self.settings_action)
        self.lock_button = toolbar.widgetForAction(self.lock_action)
        self.lock_button.setObjectName("lockButton")
        self.settings_button = toolbar.widgetForAction(self.settings_action)
        self.settings_button.setObjectName("settingsButton")
        # F6 / Shift+F6: between the navigation and the page, whatever has the focus (a person need not
        # Shift+Tab through a whole form to reach the navigation); Up/Down then walk the navigation.
        self.region_action = QAction(self)
        self.region_action.setObjectName("regionAction")
        self.region_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.region_action.triggered.connect(self.next_region)
        self.addAction(self.region_action)
        self.region_back_action = QAction(self)
        self.region_back_action.setObjectName("regionBackAction")
        self.region_back_action.setShortcut(QKeySequence("Shift+F6"))
        self.region_back_action.triggered.connect(lambda: self.next_region(back=True))
        self.addAction(self.region_back_action)
        for button in self.nav_buttons.values():
            button.installEventFilter(self)
        self.make_toolbar_stops(self)  # F6 reaches the toolbar, Tab and Left/Right walk it, Space presses
        self._page_focus: QWidget | None = None  # where the focus was in the page when F6 left it
        # Alt+Left / Alt+Right: back and forward through the places shown, as in a browser (shell/history.py)
        self.history = History(self._here, self._go_back_to)
        self.history_keys = HistoryKeys(self, self.history)
        self.back_action, self.forward_action = self.history_keys.back_action, self.history_keys.forward_action
        self.stack.currentChanged.connect(lambda _index: self.history.note())
        self.new_case_action = QAction(self)  # Ctrl+N from anywhere in the window
        self.new_case_action.setObjectName("newCaseAction")
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        self.addAction(self.new_case_action)

        self.passphrase_only_note = QLabel(self)
        self.passphrase_only_note.setObjectName("passphraseOnlyNote")
        self.passphrase_only_note.hide()  # in the status bar from bind() when the vault says so

        from trustdesk.ui.shell.release_notice import ReleaseNotice

        self.release_notice = ReleaseNotice(session, self)  # "a newer TrustDesk is available from your coordinator"
        self.statusBar().addWidget(self.release_notice)

        session.locked.connect(self._on_locked)
        self.retranslate()
        # the first time: maximized on a laptop's screen (show_first); then as it was left (made sane)
        maximized = restore_place(self, preferences, GEOMETRY_KEY)
        self._maximize_first = open_first_time(self, 1100, 720) if maximized is None else maximized
        if first_page:
            self.show_first_page()
        self._bound = False
        if session.is_unlocked:
            self.bind()

    def show_first_page(self) -> None:
        """The navigation's first page, built and made current (once: a frame built before the unlock
        makes it a turn after the rest, so neither is the whole block of work)."""
        if self.pages and self.current_key() is None:
            self.show_page(next(iter(self.pages)))

    def bind(self) -> None:
        """Take up the open vault.  The rest (navigation, toolbar, menus, the page stack, the first
        page's widgets) holds no case data: it may be built before the unlock, while the key is derived
        (``Shell.prepare_main_window``); the first page reads when it is shown."""
        if self._bound:
            return
        self._bound = True
        self._home_level = QThread.currentThread().loopLevel()  # where the unlock came: see _dispose
        self.show_first_page()  # (made already unless the key came within a turn of the click)
        vault = self.session.vault
        if vault is not None and vault.passphrase_only:
            self.statusBar().addPermanentWidget(self.passphrase_only_note)
            self.passphrase_only_note.show()
        # after the first page is on screen: its read's worker would take the interpreter from the show
        # and the first paint (~6 ms of the UI thread waiting at the start alone, measured)
        after_first_paint(self, self._refresh_release_notice)
        self.lock_key.watch(QApplication.instance())  # type: ignore[arg-type]

    def _refresh_release_notice(self) -> None:
        if isValid(self):  # (locked and gone before it painted)
            self.release_notice.refresh()

    def show_first(self) -> None:
        """Show the window the app opens after unlocking: maximized the first time on a laptop, then as it was left."""
        if self._maximize_first:
            self.showMaximized()
        else:
            self.show()
            keep_frame_on_screen(self)  # (put back before its frame was known)
        QTimer.singleShot(WARM_TYPES_AFTER_MS, self, warm_widget_types)  # PySide6's lazy classes, made now

    def _build_page(self, key: str, factory: PageFactory) -> Page:
        """A page the first time it is looked up (LazyPages): made, put on the stack, its texts set."""
        page = factory(self.session, self.stack)
        self.stack.addWidget(page)
        view = getattr(page, "case_view", None)
        inner = getattr(page, "stack", None)
        if view is not None and inner is not None:  # the cases page: a case opened or left is a place
            view.back_action.setShortcut(QKeySequence())  # Alt+Left is the window's history (one owner)
            inner.currentChanged.connect(lambda _index: self.history.note())
            view.loaded.connect(self.history.note)
        return page

    def _here(self) -> tuple[str | None, int | None]:
        key = self.current_key()
        page = self.pages.built().get("cases")
        view = getattr(page, "case_view", None)
        inner = getattr(page, "stack", None)
        case_id = getattr(view, "case_id", None) if key == "cases" and inner is not None \
            and inner.currentWidget() is view else None
        return key, case_id

    def _go_back_to(self, place: tuple[str | None, int | None]) -> bool:
        key, case_id = place
        if case_id is not None:
            return self.open_case(case_id)  # False: destroyed meanwhile (the history goes one further)
        if key is None or key not in self.pages:
            return False
        show_list = getattr(self.pages[key], "show_list", None)
        self.show_page(key)
        if key == "cases" and callable(show_list):
            show_list()
        return True

    # -- navigation ---------------------------------------------------------------------------------

    def navigate(self, key: str) -> None:
        """The navigation (button or Ctrl+n): the Cases entry leaves an open case for the list."""
        page = self.pages[key]
        show_list = getattr(page, "show_list", None)
        case_view = getattr(page, "case_view", None)
        if key == "cases" and callable(show_list) and getattr(case_view, "case_id", None) is not None:
            self.show_page(key)
            show_list()
            return
        self.show_page(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up/Down walk the navigation buttons (as in a list), Enter opens one, Left/Right walk the toolbar."""
        # the class first (a C check): type() makes a Python enum member, for every paint and hover
        if not isinstance(event, QKeyEvent) or event.type() != _KEY_PRESS:
            return False
        if isinstance(watched, QToolButton) and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            tools: list[QWidget] = [b for b in self.toolbar_buttons() if b.isEnabled()]
            if watched in tools:
                step = -1 if event.key() == Qt.Key.Key_Left else 1
                tools[(tools.index(watched) + step) % len(tools)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        if watched in self.nav_buttons.values() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            watched.click()  # type: ignore[attr-defined]  # Enter opens the page, as Space does
            return True
        if watched in self.nav_buttons.values() and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            buttons: list[QWidget] = list(self.nav_buttons.values())
            here = next(i for i, button in enumerate(buttons) if button is watched)
            buttons[(here + (-1 if event.key() == Qt.Key.Key_Up else 1)) % len(buttons)].setFocus(
                Qt.FocusReason.TabFocusReason)
            return True
        return False  # (QObject's own filter keeps nothing)

    def current_key(self) -> str | None:
        page = self.stack.currentWidget()
        return next((key for key, known in self.pages.built().items() if known is page), None)

    def show_page(self, key: str) -> None:
        page = self.pages[key]
        self._mark_current(key)
        if self.stack.currentWidget() is page and page.isVisible():
            page.refresh()  # shown again: read again (a page being shown reads in its showEvent)
        self.stack.setCurrentWidget(page)
        self.history.note()

    def _mark_current(self, key: str) -> None:
        """The current page's button: highlighted (style property) and told to screen readers."""
        for other, button in self.nav_buttons.items():
            current = other == key
            if button.property("current") != current:
                button.setProperty("current", current)
                button.style().unpolish(button)
                button.style().polish(button)
            button.setAccessibleDescription(self.tr("Current page") if current else "")

    def is_current(self, key: str) -> bool:
        return self.nav_buttons[key].property("current") is True

    @property
    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    # -- locking ----------------------------------------------------------------------------------

    def open_case(self, case_id: int, contact_id: int | None = None) -> bool:
        """Open a case, at one of its notes when ``contact_id`` is given (Today, search hits)."""
        page = self.pages.get("cases")
        opener = getattr(page, "open_case", None)
        if page is None or not callable(opener):
            return False
        held, self.history.held = self.history.held, True  # the cases list on the way is no place
        try:
            self.show_page("cases")
            opened = bool(opener(case_id, contact_id))
        finally:
            self.history.held = held
        self.history.note()
        return opened

    def new_case(self) -> object:
        """Show the cases page and its new-case dialog (Ctrl+N)."""
        page = self.pages.get("cases")
        opener = getattr(page, "new_case", None)
        if page is None or not callable(opener):
            return None
        before = self.current_key()
        self.show_page("cases")
        dialog = opener()
        finished = getattr(dialog, "finished", None)
        if before is not None and before != "cases" and finished is not None:
            # Cancel returns to where the user was; a created case opens on the cases page.
            finished.connect(lambda _result=0, d=dialog, k=before: self._new_case_closed(d, k))
        return dialog

    def _new_case_closed(self, dialog: object, key: str) -> None:
        if getattr(dialog, "created", None) is None and self.session.is_unlocked and key in self.pages:
            self.show_page(key)

    def lock(self) -> None:
        self.session.lock()

    def _on_locked(self) -> None:
        self.lock_key.unwatch()
        # Dialogs over this window (a question box in its own event loop, an editor) end first:
        # what they show is case data, and they must not outlive the window they belong to.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._owns(widget):
                widget.reject()
        remember_place(self, self._preferences, GEOMETRY_KEY)
        # Hidden first, then emptied (both before the lock returns): emptied while shown, every
        # page laid itself out and repainted what it no longer held (~40% of the lock's UI work).
        self.hide()
        for page in self.pages.built().values():
            page.clear()
        self._dispose()

    def _owns(self, widget: QWidget) -> bool:
        """Whether ``widget`` (a separate window, so isAncestorOf says no) hangs under this window."""
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _dispose(self) -> None:
        """Delete this window from the event loop it was made in. A lock that comes inside a dialog's
        own loop (a question box, a file dialog) waits for that loop to end: a deferred deletion
        would otherwise run inside it and pull the dialog away under its own feet."""
        if QThread.currentThread().loopLevel() > self._home_level:
            QTimer.singleShot(50, self._dispose)
        else:
            self.deleteLater()

    # -- Qt -----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("TrustDesk"))
        labels = {"today": self.tr("Today"), "cases": self.tr("Cases"), "providers": self.tr("Providers"),
                  "templates": self.tr("Templates"), "reports": self.tr("Reports"), "audit": self.tr("Audit")}
        for key, button in self.nav_buttons.items():
            text = labels.get(key, key.title())
            button.setText(text)
            button.setAccessibleName(text)
            shortcut = self.nav_actions[key].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.nav_actions[key].setText(text)
            button.setToolTip(f"{text} ({shortcut})")
        current = self.current_key()
        if current is not None:
            self.nav_buttons[current].setAccessibleDescription(self.tr("Current page"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock TrustDesk now (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self._alias_switch_texts()
        self.settings_action.setText(self.tr("&Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.search_button.setAccessibleName(search_scope_text())
        self.new_case_action.setText(self.tr("&New case…"))
        self.region_action.setText(self.tr("Between the navigation, the page and the toolbar (F6)"))
        self.settings_button.setToolTip(self.tr("Settings (%1)").replace("%1", "Ctrl+,"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.passphrase_only_note.setText(self.tr(
            "Protected by your passphrase alone on this computer (no keychain)."))
        if hasattr(self, "release_notice"):
            self.release_notice.retranslate()

    def _alias_switch_texts(self) -> None:
        """The alias switch says what pressing it does now (hide, or show again), and stays a checked
        toggle for assistive technology (checked: aliases hidden)."""
        if self.hide_aliases_action.isChecked():
            text = self.tr("Show aliases")
            tip = self.tr("Aliases, names and the doctor's details are hidden; show them again (%1)")
        else:
            text = self.tr("Hide aliases")
            tip = self.tr("Hide your aliases of the cases and the doctor's details, for instance before sharing "
                          "your screen (%1)")
        self.hide_aliases_action.setText(text)
        self.hide_aliases_action.setToolTip(tip.replace("%1", "Ctrl+Shift+H"))
        self.hide_aliases_button.setAccessibleName(text)

    def _quit_anyway(self) -> None:
        self._losing_agreed = True  # the person chose to discard what a dialog held
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Closing the window locks the vault (flush, checkpoint, key zeroed) and ends the app; a dialog's
        change a lock cannot keep is asked about first (``lock_bound.ask_before_losing``)."""
        if self.session.is_unlocked and not self._losing_agreed and ask_before_losing(self._quit_anyway):
            event.ignore()
            return
        remember_place(self, self._preferences, GEOMETRY_KEY)
        self.closing.emit()
        if self.session.is_unlocked:
            self.session.lock("quit")
        super().closeEvent(event)
