"""Ctrl+L locks from every window of the app (issue 18 follow-up: with a dialog open the main window's
shortcut was blocked, and a passphrase went into a task's title).  Walks every dialog the mnemonics
test walks, opens it as the app does (window-modal over the main window), sends Ctrl+L to the
dialog's own window and checks that the vault locked and the dialog closed; and a dialog's typed
draft is either kept (the safety plan: a new version) or named after the next unlock, never lost
silently (ui/kit/lock_bound.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.conftest import PASSPHRASE
from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_mnemonics import every_dialog
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Keychain, Vault


def _press_lock_in(qtbot: QtBot, dialog: QWidget) -> None:
    """Ctrl+L as a person types it: to the dialog's window (the key goes through Qt's shortcut map
    and the window, not straight into a widget)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def _window(session: VaultSession, prefs: Preferences) -> MainWindow:
    """A main window not handed to qtbot: the lock deletes it."""
    window = MainWindow(session, prefs)
    window.resize(1366, 740)
    window.show()
    return window


def test_ctrl_l_locks_from_every_dialog(qtbot: QtBot, session: VaultSession, sample: Sample,
                                        prefs: Preferences, vault: Vault, keychain: Keychain) -> None:
    data_dir = Path(vault.data_dir)
    window = _window(session, prefs)
    names = [name for name, _make in every_dialog(session, window, sample, prefs)]
    failures: list[str] = []
    for index, name in enumerate(names):
        if not session.is_unlocked:
            session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
            window = _window(session, prefs)
        make = every_dialog(session, window, sample, prefs)[index][1]
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QWidget)
        if isinstance(dialog, QDialog):
            dialog.setWindowModality(Qt.WindowModality.WindowModal)  # as open() shows it: the window is blocked
        _show_loaded(qtbot, dialog)
        _press_lock_in(qtbot, dialog)
        visible = isValid(dialog) and dialog.isVisible()
        if session.is_unlocked or visible:
            failures.append(f"{name}: unlocked={session.is_unlocked} visible={visible}")
            dialog.close()
            session.lock()
    if isValid(window):
        window.close()
    assert not failures, "\n".join(failures)


def test_a_typed_draft_is_kept_or_named_never_lost_silently(
        qtbot: QtBot, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    window = _window(session, prefs)
    from trustdesk.ui.case.task_dialog import TaskDialog
    from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog

    task = TaskDialog(session, case_id=sample.dutch_case, parent=window)
    task.open()
    task.title_edit.setFocus()
    QTest.keyClicks(task.title_edit, "Bel de huisarts terug")
    untouched = TaskDialog(session, case_id=sample.dutch_case, parent=window)  # nothing typed: nothing to say
    untouched.open()
    plan = SafetyPlanDialog(session, sample.french_case, parent=window)
    plan.show()
    box = next(b for b in plan.findChildren(QPlainTextEdit) if b.isVisibleTo(plan))
    QTest.keyClicks(box, "Appeler ma soeur")
    title = task.windowTitle()
    assert title
    _press_lock_in(qtbot, untouched)  # the last one opened: the one the keys go to
    assert not session.is_unlocked
    assert not any(isValid(d) and d.isVisible() for d in (task, untouched, plan))
    # the task's typing is named; the untouched one has nothing to say; the plan was kept as a version
    assert session.discarded_at_lock == [title]


def test_a_field_typed_in_counts_and_a_passphrase_does_not(qtbot: QtBot) -> None:
    from trustdesk.ui.kit.lock_bound import typed_in

    dialog = QDialog()
    qtbot.addWidget(dialog)
    field, secret = QLineEdit(dialog), QLineEdit(dialog)
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    assert not typed_in(dialog)
    QTest.keyClicks(secret, "geheim")
    assert not typed_in(dialog)
    field.setText("set by the program")
    assert not typed_in(dialog)
    QTest.keyClicks(field, "x")
    assert typed_in(dialog)
