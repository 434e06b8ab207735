"""Tab goes in reading order: top to bottom, and left to right within a row.

Qt's Tab order is the order the widgets were made in, which is often not the order they are laid out
in (a page's *New* button made last but shown top right, a row of actions made right to left).  A
widget whose construction order differs from its layout states its order once, in one place, with
``tab_chain(a, b, c, …)`` after its layout is built (a compound widget -- a date field, a path field --
moves with its parts).  ``tests/i18n/test_tab_reading_order.py`` walks every page, case tab and dialog
and fails on a step up the screen or right to left.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QWidget


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next (Shift+Tab back)."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)
