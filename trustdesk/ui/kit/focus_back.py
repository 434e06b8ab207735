"""Where the focus goes when a dialog closes (ARCHITECTURE.md, "Keyboard, focus and a laptop's screen").

Qt gives the focus back to the window's last focused control, or, when that one went (hidden by a list
that was filled again, disabled, deleted), to whatever comes next in the window: after saving a
referral the focus was on the case's tab bar.  ``focus_back(dialog, scope, land=...)`` is the one rule,
run when the dialog is done (after the opener's own ``finished`` handlers, which fill the list again
and choose the row just saved):

1. ``land()``: where the work continues, e.g. the list with the row just saved chosen;
2. else the control of ``scope`` that had the focus before, when it is still usable (and, with
   ``onto_buttons=False``, not a button: Space on *Mark done* would act unseen);
3. else ``fallback()``, else the first list of ``scope`` that takes the focus.

Never a control outside ``scope``, never a hidden or disabled one.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QDialog, QWidget
from shiboken6 import isValid

Target = Callable[[], QWidget | None]


def usable(widget: QWidget | None, scope: QWidget) -> bool:
    return widget is not None and isValid(widget) and widget.isVisible() and widget.isEnabled() \
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and (widget is scope or scope.isAncestorOf(widget))


def first_list(scope: QWidget) -> QWidget | None:
    return next((view for view in scope.findChildren(QAbstractItemView) if usable(view, scope)), None)


def focus_back(dialog: QDialog, scope: QWidget, *, land: Target | None = None, fallback: Target | None = None,
               onto_buttons: bool = True) -> None:
    """Connect to ``dialog.finished`` (call it after the opener's own handlers are connected)."""
    focus = QApplication.focusWidget()
    ref = weakref.ref(focus) if focus is not None and (focus is scope or scope.isAncestorOf(focus)) else None
    scope_ref = weakref.ref(scope)

    def back(_result: int = 0) -> None:
        where = scope_ref()
        if where is None or not isValid(where) or not where.isVisible():
            return  # the view went meanwhile (a lock, the case left)
        before = ref() if ref is not None else None
        if before is not None and not onto_buttons and isinstance(before, QAbstractButton):
            before = None
        for target in (land() if land is not None else None, before,
                       fallback() if fallback is not None else None, first_list(where)):
            if usable(target, where):
                assert target is not None
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    dialog.finished.connect(back)
