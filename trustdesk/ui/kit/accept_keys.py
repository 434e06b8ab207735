"""Ctrl+Enter accepts a dialog from any field: ``install_accept_keys(app)``, once (``apply_look``).

The app-wide rule (ARCHITECTURE.md, "Keyboard, focus and a laptop's screen"): Enter in a one-line field
presses the dialog's default button, as Qt does; in a multi-line field Enter starts a new line, and
Ctrl+Enter (Ctrl+Return, or the keypad's Enter) presses the default button from anywhere in the dialog
-- the note of a new case, a task's description, a safety plan's list, a date field or a path field
whose Enter has a meaning of its own.  Qt's ``QDialog`` takes Enter only without modifiers, and a text
field types Ctrl+Enter as a line break: an outside tester's Ctrl+Enter in the new-case dialog did
nothing but add a line.

One application event filter (merged into ``app_filters``) sees the key before the focused widget and
clicks the default button of the focused widget's dialog (what Enter in a one-line field would press:
``default_button``), so the dialog's own checks run as for a click.  A dialog whose default button is
disabled (a form not yet complete) keeps the key and beeps: no line break slips into the field.

The same filter keeps plain Enter in a choice list of a dialog -- a list, tree or table -- from reaching
the dialog's default button: Enter picks the chosen item (a
view's ``activated``, as Qt sends it) and moves the focus on to the next field of the Tab chain
(``next_field``), unless what the item does took the focus elsewhere or closed the dialog.  Qt's views
and combos pass Enter on to the dialog, which pressed Save: an outside tester's Enter on the highlighted
provider saved a whole new referral at once.  Only Enter in a field after the choice, Ctrl+Enter, or
Save itself saves.  Qt's own file dialog keeps its Enter (it opens a folder with it).  A closed combo box
keeps Qt's rule (Enter presses the default button, as from a one-line field): its value is already chosen
by the arrows or its first letters, and Enter from a form's first combo is how a new case is made
in one key (the keyboard journey, tests/e2e).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QPushButton,
    QWidget,
)

from trustdesk.ui.kit.app_filters import install_once

_ENTER_KEYS = (int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter))
_KEY_PRESS = QEvent.Type.KeyPress  # looked up once: the filter sees every key event of the application
_CTRL = Qt.KeyboardModifier.ControlModifier
_OTHERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.MetaModifier


def is_plain_enter(event: QKeyEvent) -> bool:
    """Return or Enter (the keypad's too) without a modifier."""
    if event.key() not in _ENTER_KEYS:
        return False
    return not event.modifiers() & (_CTRL | _OTHERS)


def is_ctrl_enter(event: QKeyEvent) -> bool:
    """Ctrl+Return or Ctrl+Enter (the keypad's too), without Alt, Shift or Meta."""
    if event.key() not in _ENTER_KEYS:  # an int first: most keys stop here
        return False
    modifiers = event.modifiers()
    return bool(modifiers & _CTRL) and not modifiers & _OTHERS


def default_button(dialog: QDialog) -> QPushButton | None:
    """The button Enter presses in ``dialog``: its default push button, shown (in its own window)."""
    for button in dialog.findChildren(QPushButton):
        if button.isDefault() and button.isVisibleTo(dialog) and button.window() is dialog:
            return button
    return None


def accept_from(widget: QWidget) -> bool:
    """Press the default button of ``widget``'s dialog; False when it is in no dialog or the dialog has none."""
    dialog = widget.window()
    if not isinstance(dialog, QDialog):
        return False
    button = default_button(dialog)
    if button is None:
        return False
    if button.isEnabled():
        button.click()
    else:
        QApplication.beep()
    return True


def choice_list_in_dialog(widget: QWidget) -> bool:
    """``widget`` is a choice list of one of our dialogs: a list, tree or table not editing a cell (an open
    combo box's list is a window of its own, not a dialog: it keeps its Enter)."""
    if not isinstance(widget, QAbstractItemView):
        return False
    if widget.state() == QAbstractItemView.State.EditingState or _enter_edits(widget):
        return False
    dialog = widget.window()
    return isinstance(dialog, QDialog) and not dialog.inherits("QFileDialog")  # no file dialog import here


def _enter_edits(view: QAbstractItemView) -> bool:
    """On macOS Enter edits an editable cell (Qt's rule there): that Enter stays the view's."""
    if sys.platform != "darwin" or not view.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed:
        return False
    index = view.currentIndex()
    return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)


def next_field(widget: QWidget) -> QWidget | None:
    """The control Tab would go to from ``widget``: the next one of its window's Tab chain that takes the
    focus by Tab, shown and enabled (never one inside ``widget``); None when there is none."""
    window = widget.window()
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (candidate.window() is window and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                and candidate.isVisible() and candidate.isEnabled() and not widget.isAncestorOf(candidate)
                and candidate.focusProxy() is None):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


def pick_and_move_on(widget: QWidget) -> bool:
    """Enter in a choice list of a dialog: the chosen item is picked, the focus goes on to the next field."""
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        if index.isValid():
            widget.activated.emit(index)  # what Qt's own Enter does before it passes the key on
    if widget.isVisible() and widget.hasFocus():  # the item's action neither closed the dialog nor moved the focus
        following = next_field(widget)
        if following is not None:
            following.setFocus(Qt.FocusReason.TabFocusReason)
    return True


class AcceptKeys(QObject):
    """Sees every key event of the app (kit/app_filters.py; see the module)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # the class first (a C check), then the key (an int): type() makes a Python enum member
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget) or event.key() not in _ENTER_KEYS \
                or event.type() != _KEY_PRESS:
            return False
        if is_ctrl_enter(event):
            return accept_from(watched)
        if is_plain_enter(event) and choice_list_in_dialog(watched):
            return pick_and_move_on(watched)
        return False


def install_accept_keys(app: QObject) -> None:
    """Once per application (idempotent)."""
    install_once(AcceptKeys, app, QKeyEvent)  # through the application's one filter (kit/app_filters.py)


class _EnterPresses(QObject):
    """``enter_presses``' watcher on its field: the field's button is the dialog's default while the field
    has the focus (Qt hands the default back to the dialog's own when the focus moves to another button)."""

    def __init__(self, field: QWidget, button: QPushButton) -> None:
        super().__init__(field)
        self.button = button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn:
            self.button.setDefault(True)
        elif event.type() == QEvent.Type.FocusOut:
            self.button.setDefault(False)
        return False


def enter_presses(field: QWidget, button: QPushButton) -> None:
    """Enter in ``field`` presses ``button``, the action beside it -- not the first button of the dialog
    (outside tester: Enter in the digits heard by phone opened the "save your own card" file dialog).  The
    button is the dialog's default while the field has the focus, so Enter presses it once, through the
    dialog's own Enter handling (do not also connect the field's ``returnPressed``: it would act twice)."""
    field.installEventFilter(_EnterPresses(field, button))
    if field.hasFocus():
        button.setDefault(True)
