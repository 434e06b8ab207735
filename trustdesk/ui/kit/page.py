"""The pages of the main window. Each page is one module and one class; other tasks replace them.

The page contract (keep it this small):

- ``__init__(self, session: VaultSession, parent: QWidget | None = None)`` - keep ``session``;
  reach the vault only through ``session.vault`` / ``VaultOp(self, fn)``, never store the Vault.
- ``refresh(self) -> None`` - (re)load what the page shows. Called when the page is first shown,
  when it becomes the current page, and whenever ``session.changed`` may concern it (connect to
  ``session.changed`` yourself for finer updates).
- ``loaded`` (a signal) - emitted when what ``refresh()`` asked for is on screen: right away for a
  read on the UI thread, when the worker's answer has been shown for a background read.  Tests
  (and anything else that must know the data are there) wait on it instead of sleeping.
- ``clear(self) -> None`` - drop every case datum the page holds (models, labels, selections, editors'
  text). Called on lock, *before* the key is gone and the main window is destroyed; flush unsaved
  edits earlier via ``session.register_autosave(flush)``.
- a stable ``objectName`` (``todayPage``, ``casesPage``, …) and translated texts re-applied on
  ``QEvent.LanguageChange``.
- ``primary_widget(self)`` - where F6 from the navigation lands (default: the page's first list).
- ``open_dialog(dialog, closed)`` - open a dialog over the page, the page's one (``dialog``; one still
  open is rejected first, ``close_dialog()`` on clear); when it is done ``closed(dialog)`` runs (read
  again, choose what was saved), the dialog is let go and the focus goes back where it was before it,
  never onto an action button (a button is where one key acts: Space on *Mark done*).

``Page`` below implements the contract with an honest empty state; subclasses fill ``count`` and
the texts.  The navigation order is ``trustdesk.ui.shell.main_window.default_pages``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from trustdesk.ui.kit.appearance import heading, roomy
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change, Table

D = TypeVar("D", bound=QDialog)

_LANGUAGE_CHANGE = QEvent.Type.LanguageChange  # looked up once: every event of a page passes event()

class Page(Retranslates, QWidget):
    """A page with a heading and a calm empty state until it has something to show."""

    tables: tuple[Table, ...] = ()  # vault tables whose changes call refresh()
    loaded = Signal()  # what refresh() asked for is on screen (see the page contract above)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.count: int | None = None  # what the page currently holds (None = nothing loaded)
        self.dialog: QDialog | None = None  # the page's one open dialog (open_dialog)
        self.heading = heading(QLabel(self))
        self.heading.setObjectName("pageHeading")
        self.state = QLabel(self)
        self.state.setObjectName("emptyState")
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        roomy(layout)
        layout.addWidget(self.heading)
        layout.addStretch(1)
        layout.addWidget(self.state)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        session.changed.connect(self._on_change)
        self._shown = False
        self._language_stale = False  # a language switch came while the page was not on screen

    # -- contract ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        VaultOp(self, self.count_in).success(self._show_count).run()

    def clear(self) -> None:
        self.count = None
        self.state.clear()

    # -- for subclasses ---------------------------------------------------------------------------

    def primary_widget(self) -> QWidget | None:
        """Where F6 from the navigation lands (``MainWindow.next_region``): where the page's work is,
        not its first toolbar field.  By default the page's first visible list or table that takes
        the focus; else None (the window then takes the page's first control)."""
        for view in self.findChildren(QAbstractItemView):
            if view.isVisible() and view.isEnabled() and view.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return view
        return None

    def count_in(self, vault: Vault) -> int:
        return 0

    def title(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        return self.tr("%n item(s).", "", count)

    def hint_text(self) -> str:
        return ""

    def own_layout(self, *, keep_heading: bool = False) -> QVBoxLayout:
        """For a page laid out by itself (a toolbar, a list, a side panel): the page's layout emptied
        of the base page's empty state (hidden for good), with the heading kept on top if asked."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count() > (1 if keep_heading else 0):
            layout.takeAt(layout.count() - 1)
        self.state.hide()
        self.hint.hide()
        return layout

    def heading_row(self, *widgets: QWidget) -> QHBoxLayout:
        """The heading on the left, ``widgets`` (the page's main buttons) on the right."""
        row = QHBoxLayout()
        row.addWidget(self.heading)
        row.addStretch(1)
        for widget in widgets:
            row.addWidget(widget)
        return row

    def open_dialog(self, dialog: D, closed: Callable[[D], object] | None = None) -> D:
        """Open ``dialog`` (window-modal) as the page's one dialog, ``self.dialog``: one still open is
        rejected first.  When it is done, ``closed(dialog)`` runs while the vault is open, the dialog is
        let go, and the focus returns to the control of this page that had it before -- unless that was
        a button (the one that opened the dialog, an action), then to ``primary_widget()``."""
        from PySide6.QtWidgets import QApplication

        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.reject()
        self.dialog = dialog
        focus = QApplication.focusWidget()
        before = focus if focus is not None and self.isAncestorOf(focus) else None
        ref = None if before is None else weakref.ref(before)
        dialog.finished.connect(lambda _result=0: self._dialog_done(dialog, closed, ref))
        dialog.open()
        return dialog

    def close_dialog(self) -> None:
        """Reject the page's open dialog, if any (``clear()``: a lock)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()

    def _dialog_done(self, dialog: D, closed: Callable[[D], object] | None,
                     ref: weakref.ReferenceType[QWidget] | None) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if closed is not None and isValid(self) and self.session.is_unlocked:
            closed(dialog)
        dialog.deleteLater()
        self._focus_back(ref)

    def _focus_back(self, ref: weakref.ReferenceType[QWidget] | None) -> None:
        if not isValid(self) or not self.session.is_unlocked:
            return
        before = ref() if ref is not None else None
        usable = before is not None and isValid(before) and before.isVisible() and before.isEnabled() \
            and not isinstance(before, QAbstractButton)
        target = before if usable else self.primary_widget()
        if target is not None and isValid(target) and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals --------------------------------------------------------------------------------

    def _show_count(self, count: int) -> None:
        self.count = count
        self.retranslate()
        self.loaded.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.hint.setText(self.hint_text())
        if self.count is None:
            self.state.clear()
        else:
            self.state.setText(self.empty_text() if self.count == 0 else self.count_text(self.count))

    def _on_change(self, change: Change) -> None:
        if self.isVisible() and change.concerns(None, *self.tables):
            self.refresh()

    def event(self, event: QEvent) -> bool:
        """A language switch reaches only the page on screen: a page out of sight (and its
        children) is retranslated when it is shown again (``showEvent``).  Retranslating every
        page at once was a third of a second of frozen window (make bench)."""
        if event.type() is _LANGUAGE_CHANGE and not self.isVisible():  # (enum members are singletons)
            self._language_stale = True
            self.language_switched_out_of_sight()
            return True
        return super().event(event)

    def language_switched_out_of_sight(self) -> None:
        """What must follow a language switch at once even out of sight (a setting, not texts)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.retranslate_if_stale()
        super().showEvent(event)
        self.refresh()

    def retranslate_if_stale(self) -> None:
        """The language switch this page missed while out of sight, now (it and its children)."""
        if self._language_stale:
            self._language_stale = False
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))
