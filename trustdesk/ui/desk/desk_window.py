"""The coordinator desk's window: four tabs (pack, intakes, contact cards, figures) over one open
``CoordinatorDesk``; what a command writes to the desk meanwhile shows at once (``desk_watch.py``).  Ctrl+L locks: the pack editor's draft is saved (encrypted, so no unsaved row is
lost), the window closes, the keys are dropped, and the desk passphrase is asked again (``locked``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QToolBar, QWidget

from trustdesk.ui.desk.cards_tab import CardsTab
from trustdesk.ui.desk.desk_watch import DeskWatch
from trustdesk.ui.desk.figures_tab import FiguresTab
from trustdesk.ui.desk.intake_editor import IntakeEditor
from trustdesk.ui.desk.pack_editor import PackEditor
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen

if TYPE_CHECKING:
    from trustdesk.exchange.coordinator import CoordinatorDesk


class DeskWindow(Retranslates, QMainWindow):
    locked = Signal()

    def __init__(self, desk: CoordinatorDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskWindow")
        self.desk: CoordinatorDesk | None = desk
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("deskTabs")
        self.pack = PackEditor(desk, self)
        self.intakes = IntakeEditor(desk, self)
        self.cards = CardsTab(desk, self)
        self.figures = FiguresTab(desk, self)
        for tab in (self.pack, self.intakes, self.cards, self.figures):
            self.tabs.addTab(tab, "")
        self.cards.cards_changed.connect(self.intakes.refresh_recipients)
        # A command may write to the desk while this window is open (one write at a time: the desk's
        # write lock); what it wrote shows here at once, and again whenever the window is activated.
        self.watch = DeskWatch(desk.folder, self)
        self.watch.changed.connect(self.disk_changed)
        self.setCentralWidget(self.tabs)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("deskToolbar")
        self.toolbar.setMovable(False)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("deskLockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        self.tab_actions = []
        self._last_focus: dict[int, QWidget] = {}  # per tab, where the focus was when it was left
        for index in range(self.tabs.count()):
            action = QAction(self)
            action.setObjectName(f"deskTab{index + 1}Action")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_tab(i))
            self.addAction(action)
            self.tab_actions.append(action)
        self.retranslate()
        fit_to_screen(self, 1180, 720)

    def show_tab(self, index: int) -> None:
        """Ctrl+1 … Ctrl+4: the tab, with the focus where it was when the tab was left, else on the
        tab's first field (the focus stayed on the tab bar or behind, and Space or typing went astray)."""
        from PySide6.QtCore import Qt

        left, focus = self.tabs.currentWidget(), self.focusWidget()
        if left is not None and focus is not None and left.isAncestorOf(focus):
            self._last_focus[self.tabs.currentIndex()] = focus
        self.tabs.setCurrentIndex(index)
        target = self._last_focus.get(index)
        if target is None or not (target.isVisible() and target.isEnabled()):
            target = self.first_field(index)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def first_field(self, index: int) -> QWidget:
        if index == 0:
            return self.pack.part_field(self.pack.parts.currentIndex())
        if index == 1:
            return self.intakes.recipient
        if index == 2:
            return self.cards.table if self.cards.table.rowCount() else self.cards.import_button
        return self.figures.add_button if not self.figures.files else self.figures.merge_button

    def disk_changed(self) -> None:
        """The desk folder changed (a card added by a command, a quarter released): show it."""
        if self.desk is None:
            return
        self.cards.refresh()
        self.intakes.refresh_recipients()

    def lock(self) -> None:
        """Save the pack draft, drop the keys and close; the shell asks the desk passphrase again.
        (A draft that cannot be written does not stop the lock: locking comes first.)"""
        if self.desk is None:
            return
        self.pack.keep_draft()
        self.pack.key_passphrase.clear()
        self.intakes.clear_form()
        self.watch.stop()
        self.desk = None
        self.close()
        self.locked.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.desk is not None:  # closed without locking: the draft is kept all the same
            self.pack.keep_draft()
        self.pack.key_passphrase.clear()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("TrustDesk – coordinator desk"))
        for index, text in enumerate((self.tr("Pack"), self.tr("Intakes"), self.tr("Contact cards"),
                                      self.tr("Figures"))):
            # no Alt+letter on the tabs (the tabs' own controls need the letters): Ctrl+1 … Ctrl+4
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, self.tr("%1 (Ctrl+%2)").replace("%1", text).replace("%2", str(index + 1)))
        self.tabs.setAccessibleName(self.tr("Coordinator desk"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock the desk now (Ctrl+L)"))
        self.toolbar.setWindowTitle(self.tr("Desk toolbar"))
