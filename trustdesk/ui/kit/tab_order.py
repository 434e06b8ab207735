"""Tab goes in reading order: top to bottom, and left to right within a row.

Qt's Tab order is the order the widgets were made in, which is often not the order they are laid out
in (a page's *New* button made last but shown top right, a row of actions made right to left).  A
widget whose construction order differs from its layout states its order once, in one place, with
``tab_chain(a, b, c, …)`` after its layout is built (a compound widget -- a date field, a path field --
moves with its parts).  ``tests/i18n/test_tab_reading_order.py`` walks every page, case tab and dialog
and fails on a step up the screen or right to left.

Walking the chain goes through ``next_in_focus_chain`` (``back``: the other way), never through
``QWidget.nextInFocusChain()`` / ``previousInFocusChain()`` themselves: PySide6 makes the widget
those hand back a child of the *caller's* Python object (shiboken's rule for a method that returns a
QObject).  A walk thereby takes each widget's Python object away from its real parent's and hangs it
on the one before it in the chain; where the chain comes round to its start, the window or dialog's
own object joins the ring.  Such a ring is garbage for Python's cyclic collector as soon as nothing
else holds it: a pass frees the Python side of widgets whose C++ side lives on (a dialog's slots are
then "not found", its Python overrides no longer called).  ``next_in_focus_chain`` ties the widget
back to its real parent's object after each step.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next (Shift+Tab back)."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


def next_in_focus_chain(widget: QWidget, *, back: bool = False) -> QWidget:
    """The widget after ``widget`` in its window's focus chain (``back``: before it), every widget's
    Python object left where it was (the module's docstring says why)."""
    found = widget.previousInFocusChain() if back else widget.nextInFocusChain()
    if found is None:  # not for a widget: its chain holds it at least
        return widget
    if Shiboken.createdByPython(found):
        _tie_to_parent(found)
    return found


def _tie_to_parent(child: QWidget) -> None:
    """Hand ``child``'s Python object back to its parent's, and so up to the first ancestor made in
    Python (a parent Qt made, a scroll area's viewport, may have a Python object nothing else holds);
    a window made in Python goes back to Python.  The same parent: Qt changes nothing."""
    while True:
        parent = child.parentWidget()
        if parent is None and not Shiboken.createdByPython(child):
            return  # a window Qt made stays Qt's
        QWidget.setParent(child, parent)
        if parent is None or Shiboken.createdByPython(parent):
            return
        child = parent
