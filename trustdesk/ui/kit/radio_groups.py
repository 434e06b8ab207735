"""A group of radio buttons is one stop for the keyboard, and the stop is the chosen button:
``install_radio_groups(app)``, once (``apply_look`` does it; the tests' conftest too).

Qt makes a group one Tab stop only after one of its buttons had the focus, and then the stop is the
button last focused, not the checked one; a window or wizard page gives its first focus to the first
button of the chain.  So the first-run wizard showed "Français (Belgique)" chosen with the focus on
"Nederlands", and Down from there moved the focus without choosing (Qt's arrow keys choose only when the
focused button is the checked one).  This application filter keeps, in every exclusive group (a
``QButtonGroup`` or the auto-exclusive radio buttons of one parent), the Tab stop on the checked button
(the others keep their click focus), whenever a button is shown or the choice changes; and a focus
that arrives on an unchecked button by the keyboard or the program (Tab, a window's first focus, a
``setFocus()``) moves on to the checked one.  The arrow keys then move within the group and choose,
as Qt does for them.  And the focus follows the choice: a button chosen while another of its group has
the focus takes it (an Alt+letter mnemonic focuses its button before it is chosen, so the move above sent
the focus back and the frame stayed on the old choice while the new one was chosen: outside tester,
Alt+P on the summary's level).  ``tests/i18n/test_radio_groups.py`` walks every radio group of the app.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton

from trustdesk.ui.kit.app_filters import install_once

_WIRED = "radio_group_wired"
_SHOW, _FOCUS_IN = QEvent.Type.Show, QEvent.Type.FocusIn


def group_of(button: QRadioButton) -> list[QAbstractButton]:
    """The buttons of ``button``'s exclusive group (itself included); ``[button]`` when it has none."""
    group = button.group()
    if group is not None:
        return list(group.buttons()) if group.exclusive() else [button]
    if not button.autoExclusive() or button.parentWidget() is None:
        return [button]
    parent = button.parentWidget()
    return [b for b in parent.findChildren(QRadioButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if b.autoExclusive() and b.group() is None]


def checked_in(buttons: list[QAbstractButton]) -> QAbstractButton | None:
    return next((b for b in buttons if b.isChecked() and b.isEnabled() and not b.isHidden()), None)


def follow_choice(button: QRadioButton, on: bool) -> None:
    """``button`` was chosen or left: the group's Tab stop moves to the chosen one, and so does the focus
    when another button of the group has it (the choice is where the keyboard is)."""
    fix_tab_stop(button)
    if not on or not button.isVisible() or not button.isEnabled() or button.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return
    focus = QApplication.focusWidget()
    if focus is not None and focus is not button and focus in group_of(button):
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)


def fix_tab_stop(button: QRadioButton) -> None:
    """The group's one Tab stop is its checked button (no button checked: every button stays a stop)."""
    buttons = group_of(button)
    chosen = checked_in(buttons)
    if chosen is None or len(buttons) < 2:
        return
    for member in buttons:
        policy = member.focusPolicy()
        if policy == Qt.FocusPolicy.NoFocus:
            continue
        wanted = (policy | Qt.FocusPolicy.TabFocus) if member is chosen else \
            Qt.FocusPolicy(policy.value & ~Qt.FocusPolicy.TabFocus.value)
        if wanted != policy:
            member.setFocusPolicy(wanted)


class RadioGroups(QObject):
    """Sees the show and focus events of the app (kit/app_filters.py; see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # the class first (a C check): this filter sees every event of the application, and type()
        # makes a Python enum member (tests/ui/test_open_case_cost.py)
        if not isinstance(watched, QRadioButton):
            return False
        kind = event.type()
        if kind == _SHOW:
            if not watched.property(_WIRED):
                watched.setProperty(_WIRED, True)
                watched.toggled.connect(lambda on, b=watched: follow_choice(b, on))
            fix_tab_stop(watched)
        elif kind == _FOCUS_IN and isinstance(event, QFocusEvent) \
                and event.reason() != Qt.FocusReason.MouseFocusReason and not watched.isChecked():
            chosen = checked_in(group_of(watched))
            if chosen is not None and chosen is not watched and chosen.isVisible():
                chosen.setFocus(event.reason())
        return False


def install_radio_groups(app: QObject) -> None:
    """Once per application (idempotent)."""
    install_once(RadioGroups, app, QShowEvent, QFocusEvent)  # through the application's one filter (kit/app_filters.py)
