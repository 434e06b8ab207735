"""Ctrl+PgUp / Ctrl+PgDn (and Ctrl+Tab / Ctrl+Shift+Tab) switch tabs from wherever the focus is
(ARCHITECTURE.md, "Keyboard, focus and a laptop's screen").

Qt's ``QTabWidget`` takes Ctrl+Tab only, and only when the key reaches it: a combo box, a spin box,
a date field or the tab bar itself kept the keys (the PHQ-9 combo of a case ate Ctrl+PgDn, the tab
bar did nothing with it).  One application event filter, installed once (``install_tab_keys``, by
``apply_look`` and by every ``switch_by_keys``), sees the key press before the focused widget does
and switches the nearest tab widget around it, within its window.  ``switch_by_keys(tabs, scope)``
widens a tab widget's reach to a scope around it: the case view's header (the back button, the status
combo) switches the case's tabs too.  A tab widget in a dialog needs nothing: the nearest ``QTabWidget``
around the focus is always taken.

When the focus was inside the page that is left, it goes to the tab bar (a hidden widget keeps no
focus; Qt would pass it on to whatever comes next in the window), so the next Ctrl+PgDn goes on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from trustdesk.ui.kit.app_filters import install_once

_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
_SCOPE = "_tab_keys_target"  # attribute of a scope widget: the tab widget its keys switch
_KEY_PRESS = QEvent.Type.KeyPress  # looked up once: the filter sees every event of the application


def for_the_tabs(event: QKeyEvent) -> bool:
    """Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+PgUp, Ctrl+PgDn (not with Alt: AltGr on Windows is Ctrl+Alt)."""
    modifiers = event.modifiers()
    return bool(modifiers & Qt.KeyboardModifier.ControlModifier) \
        and not modifiers & Qt.KeyboardModifier.AltModifier and event.key() in _KEYS


def tabs_around(widget: QWidget) -> QTabWidget | None:
    """The tab widget the keys switch from ``widget``: the nearest QTabWidget (or scope given to
    ``switch_by_keys``) around it, in its own window."""
    here: QWidget | None = widget
    while here is not None:
        if isinstance(here, QTabWidget) and here.count() > 1:
            return here
        target = getattr(here, _SCOPE, None)
        if isinstance(target, QTabWidget) and target.count() > 1 and target.isVisible():
            return target
        if here.isWindow():
            return None
        here = here.parentWidget()
    return None


def switch(tabs: QTabWidget, back: bool) -> None:
    """The next (previous) tab; the focus goes to the tab bar when it was in the page left."""
    focus = QApplication.focusWidget()
    page = tabs.currentWidget()
    tabs.setCurrentIndex((tabs.currentIndex() + (-1 if back else 1)) % tabs.count())
    in_page = focus is not None and page is not None and (focus is page or page.isAncestorOf(focus))
    if in_page or QApplication.focusWidget() is None:
        tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)


def pass_to_tabs(field: QWidget, event: QKeyEvent) -> None:
    """For a widget that gets the key itself (no filter installed): switch the tabs around it, or
    let the key go on up."""
    tabs = tabs_around(field)
    if tabs is None:
        event.ignore()
        return
    switch(tabs, event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_Backtab))
    event.accept()


class TabKeys(QObject):
    """Sees every key event of the app (kit/app_filters.py; see the module)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # the class first (a C check): asking any event its type() makes a Python enum member
        if not isinstance(event, QKeyEvent) or event.type() != _KEY_PRESS \
                or not isinstance(watched, QWidget) or not for_the_tabs(event):
            return False
        tabs = tabs_around(watched)
        if tabs is None:
            return False
        switch(tabs, event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_Backtab))
        return True


def install_tab_keys() -> None:
    """Once per application (idempotent; nothing before there is one)."""
    app = QApplication.instance()
    if app is not None:
        install_once(TabKeys, app, QKeyEvent)  # through the application's one filter (kit/app_filters.py)


def switch_by_keys(tabs: QTabWidget, scope: QWidget) -> None:
    """Ctrl+PgUp / Ctrl+PgDn anywhere in ``scope`` (e.g. a header above ``tabs``) switch ``tabs``."""
    setattr(scope, _SCOPE, tabs)
    install_tab_keys()
