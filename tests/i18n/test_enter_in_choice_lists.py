"""Enter in a choice list of a dialog picks and moves on; it never saves the dialog (outside tester: Enter on
the highlighted provider of a new referral saved the whole referral at once).  The rule is the app's, in
``ui/kit/accept_keys.py``, for every list, tree and table of every dialog (a closed combo box keeps Qt's rule:
Enter there presses the default button, as from a one-line field):
Enter picks the chosen item and the focus goes on to the next field -- where Tab would take it -- and only
Enter in a field after the choice, Ctrl+Enter or the Save button saves.  Walks every dialog the Ctrl+Enter
and mnemonics tests walk, each of its choice lists with a row chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_mnemonics import every_dialog
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

NO = Qt.KeyboardModifier.NoModifier


def _key(qtbot: QtBot, dialog: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    QTest.keyClick(dialog.windowHandle(), key, modifiers)


def choice_lists(dialog: QWidget) -> list[QWidget]:
    """The dialog's own lists, trees and tables a person can reach by Tab."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, QAbstractItemView) or widget.window() is not dialog:
            continue
        if isinstance(widget.parentWidget(), QComboBox) or not widget.isVisibleTo(dialog) \
                or not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        found.append(widget)
    return found


def _choose_a_row(widget: QWidget) -> None:
    if isinstance(widget, QAbstractItemView) and widget.model() is not None and widget.model().rowCount() \
            and not widget.currentIndex().isValid():
        widget.setCurrentIndex(widget.model().index(0, 0))


def _where_tab_goes(qtbot: QtBot, dialog: QWidget, widget: QWidget) -> QWidget | None:
    navigation = isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()
    if navigation:  # a table's Tab walks its cells; the next field is where Tab goes from its last one
        widget.setTabKeyNavigation(False)  # type: ignore[union-attr]
    widget.setFocus()
    _key(qtbot, dialog, Qt.Key.Key_Tab)
    if navigation:
        widget.setTabKeyNavigation(True)  # type: ignore[union-attr]
    return QApplication.focusWidget()


def _form(qtbot: QtBot) -> tuple[QDialog, QListWidget, QComboBox, QLineEdit, list[str]]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    picker, kind, name = QListWidget(dialog), QComboBox(dialog), QLineEdit(dialog)
    picker.addItems(["Lies Vermeulen", "Jean-Marc Lambert"])
    kind.addItems(["Psycholoog", "Huisarts"])
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    picked: list[str] = []
    picker.itemActivated.connect(lambda item: picked.append(item.text()))
    layout = QVBoxLayout(dialog)
    for widget in (picker, kind, name, buttons):
        layout.addWidget(widget)
    dialog.show()
    return dialog, picker, kind, name, picked


def test_the_rule_in_a_form(qtbot: QtBot) -> None:
    dialog, picker, kind, name, picked = _form(qtbot)
    picker.setFocus()
    picker.setCurrentRow(1)
    _key(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and picked == ["Jean-Marc Lambert"] and QApplication.focusWidget() is kind
    picker.setFocus()
    _key(qtbot, dialog, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter: the same
    assert dialog.isVisible() and picked == ["Jean-Marc Lambert"] * 2 and QApplication.focusWidget() is kind
    _key(qtbot, dialog, Qt.Key.Key_Return)  # a closed combo keeps Qt's rule: Enter saves, as from a field
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_ctrl_enter_in_a_list_still_saves(qtbot: QtBot) -> None:
    dialog, picker, _kind, _name, _picked = _form(qtbot)
    picker.setFocus()
    picker.setCurrentRow(0)
    _key(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_a_list_outside_a_dialog_keeps_its_enter(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    picker, after = QListWidget(window), QLineEdit(window)
    picker.addItems(["a", "b"])
    layout = QVBoxLayout(window)
    layout.addWidget(picker)
    layout.addWidget(after)
    window.show()
    picked: list[str] = []
    picker.itemActivated.connect(lambda item: picked.append(item.text()))
    picker.setFocus()
    picker.setCurrentRow(0)
    _key(qtbot, window, Qt.Key.Key_Return)
    assert picked == ["a"] and QApplication.focusWidget() is picker  # a page's Enter opens: untouched


def test_enter_on_the_highlighted_provider_does_not_save_the_referral(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample) -> None:
    from trustdesk.ui.case.referral_dialog import ReferralDialog

    before = len(session.require().referrals.for_case(sample.dutch_case))
    dialog = ReferralDialog(session, sample.dutch_case, parent=window)
    qtbot.addWidget(dialog)
    _show_loaded(qtbot, dialog)
    dialog.picker.setFocus()
    dialog.picker.setCurrentRow(1)
    _key(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert len(session.require().referrals.for_case(sample.dutch_case)) == before
    assert dialog.provider_name.text() == dialog.picked_provider().name  # type: ignore[union-attr]
    assert QApplication.focusWidget() is dialog.provider_name  # on to the next field
    _key(qtbot, dialog, Qt.Key.Key_Return)  # Enter in a field after the choice saves
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert len(session.require().referrals.for_case(sample.dutch_case)) == before + 1


def test_enter_in_every_choice_list_of_every_dialog_picks_and_moves_on(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    failures: list[str] = []
    walked: dict[str, int] = {}
    for name, make in every_dialog(session, window, sample, prefs):
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QDialog)
        qtbot.addWidget(dialog)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        _show_loaded(qtbot, dialog)
        pressed: list[str] = []
        for button in dialog.findChildren(QAbstractButton):
            button.clicked.connect(lambda _on=False, b=button, p=pressed: p.append(b.text()))  # type: ignore[misc]
        for widget in choice_lists(dialog):
            if not dialog.isVisible():
                break
            _choose_a_row(widget)
            expected = _where_tab_goes(qtbot, dialog, widget)
            widget.setFocus()
            what = f"{name}: {type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
            if QApplication.focusWidget() is not widget:
                failures.append(f"{what} takes no focus")
                continue
            pressed.clear()
            _key(qtbot, dialog, Qt.Key.Key_Return)
            if pressed or not dialog.isVisible():
                failures.append(f"{what}: Enter pressed {pressed or 'the default button'}")
            elif QApplication.focusWidget() is not expected:
                failures.append(f"{what}: Enter left the focus on {QApplication.focusWidget()!r}, Tab goes to "
                                f"{expected!r}")
            walked[name] = walked.get(name, 0) + 1
        dialog.hide()
    assert not failures, "\n".join(failures)
    assert {"new referral", "edit referral"} <= set(walked), walked
