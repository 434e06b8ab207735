"""Rows that hold words follow a language switch at once (ARCHITECTURE.md, "… add a feature").

``Retranslates`` sets a widget's own texts again on a switch; the rows of a list, tree or table widget
hold the words they were made with (Today's "Tasks due", "overdue since…"), and an item model may
keep words it translated once.  Neither is a widget's text: they stayed in the old language until the
page was read again (outside tester).  ``remake_on_switch(owner, make)`` runs ``make`` -- the function
that made the rows, from what was read -- on every switch that reaches ``owner``, a widget (the view:
Qt hands a widget's ``LanguageChange`` on to its children after the widget's own ``changeEvent``, so the
page's texts are set first; a model hands nothing on, so a model as owner never made its rows again).  A page out of sight gets the switch when it
is shown again (``Page.event``), and with it its rows.  ``tests/i18n/test_rows_follow_language.py``
checks every page and case tab: what a switch shows is what a fresh visit shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


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


def remake_on_switch(owner: QWidget, make: Callable[[], object]) -> QObject:
    """``make`` runs again whenever a language switch reaches ``owner`` (kept alive by ``owner``)."""
    return _Remake(owner, make)


class _Said(QObject):
    """What a label was last told by ``say`` (see there); a child of the label."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.setObjectName("saidOnSwitch")
        self.label = label
        self.make: Callable[[], str] | None = None
        self.said = ""

    def show(self, make: Callable[[], str]) -> None:
        self.make, self.said = make, make()
        named = self.label.accessibleName() == self.label.text()
        self.label.setText(self.said)
        if named:
            self.label.setAccessibleName(self.said)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self.make is not None:
            if self.label.text() == self.said:
                self.show(self.make)
            else:  # the label shows something else since (cleared, or its owner's retranslate set it)
                self.make = None
            return True
        return super().event(event)


def say(label: QLabel, make: Callable[[], str]) -> None:
    """Show ``make()`` in ``label`` -- a message made from a result ("Saved as summary.pdf.") -- and make it
    again on every language switch for as long as the label still shows it.  A text set once with
    ``setText(self.tr(...))`` outside ``retranslate`` stayed in the old language (outside tester)."""
    said = label.findChild(_Said, "saidOnSwitch", Qt.FindChildOption.FindDirectChildrenOnly)
    (said if isinstance(said, _Said) else _Said(label)).show(make)
