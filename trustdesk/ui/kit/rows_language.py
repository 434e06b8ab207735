"""Rows that hold words follow a language switch at once (ARCHITECTURE.md, "… add a feature").

``Retranslates`` sets a widget's own texts again on a switch; the rows of a list, tree or table widget
hold the words they were made with (Today's "Tasks due", "overdue since…"), and an item model may
keep words it translated once.  Neither is a widget's text: they stayed in the old language until the
page was read again (outside tester).  ``remake_on_switch(owner, make)`` runs ``make`` -- the function
that made the rows, from what was read -- on every switch that reaches ``owner`` (the view, or a model
that is a widget's child: Qt hands a widget's ``LanguageChange`` on to its children after the widget's
own ``changeEvent``, so the page's texts are set first).  A page out of sight gets the switch when it
is shown again (``Page.event``), and with it its rows.  ``tests/i18n/test_rows_follow_language.py``
checks every page and case tab: what a switch shows is what a fresh visit shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _Remake(QObject):
    def __init__(self, owner: QObject, make: Callable[[], object]) -> None:
        super().__init__(owner)
        self.setObjectName("remakeOnSwitch")
        self._make = make

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._make()
            return True
        return super().event(event)


def remake_on_switch(owner: QObject, make: Callable[[], object]) -> QObject:
    """``make`` runs again whenever a language switch reaches ``owner`` (kept alive by ``owner``)."""
    return _Remake(owner, make)
