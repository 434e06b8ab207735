"""Ctrl+L locks from every window of the app (issue 18 follow-up: with a dialog open the main window's
shortcut was blocked, and a passphrase went into a task's title).  Walks every dialog the mnemonics
test walks, opens it as the app does (window-modal over the main window), sends Ctrl+L to the
dialog's own window and checks that the vault locked and the dialog closed; and, with a change typed in
each, that the next unlock says what became of it: kept (the safety plan: a new version, with its
number) or not kept -- never a silent save, never a silent loss (ui/kit/lock_bound.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.conftest import PASSPHRASE
from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_mnemonics import every_dialog
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.lock_bound import DraftFate
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.events import Change, Table


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


def _change_something(dialog: QWidget) -> bool:
    """Types into every field of the dialog a person could type in, as a person does (changes the
    dialog has not saved); a form of numbers only (a score) gets a number; False when it has none (a
    preview, a history, a passphrase prompt)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTextEdit

    typed = False
    for field in dialog.findChildren(QWidget):
        if not (field.isVisibleTo(dialog) and field.isEnabled()) \
                or isinstance(field.parentWidget(), (QAbstractSpinBox, QComboBox)):  # a date's, a choice's own
            continue
        if isinstance(field, QLineEdit) and field.echoMode() == QLineEdit.EchoMode.Normal \
                and not field.isReadOnly() and field.window() is dialog:
            pass
        elif isinstance(field, (QPlainTextEdit, QTextEdit)) and not field.isReadOnly():
            pass
        else:
            continue
        field.setFocus()
        QTest.keyClicks(field, "Bel de huisarts terug")
        typed = True
    if typed:
        return True
    for box in dialog.findChildren(QSpinBox):  # a form of numbers only (a score): a number typed
        if box.isVisibleTo(dialog) and box.isEnabled() and not box.isReadOnly():
            box.setFocus()
            QTest.keyClick(box, Qt.Key.Key_End)
            QTest.keyClicks(box, "7")
            return True
    return False


def test_every_dialog_with_an_unsaved_change_is_told_after_unlock(
        qtbot: QtBot, qapp: QApplication, sample: Sample, prefs: Preferences, vault: Vault, keychain: Keychain,
        translations: Translations) -> None:
    """Every lock-bound dialog, with a change typed and not saved, then Ctrl+L, then unlock: the notice
    names the dialog and what became of the change (kept: said how; else: not kept). A change the lock
    stored is always one it says it kept (no silent save), and no typed dialog goes unnamed (no silent
    loss)."""
    from trustdesk.ui.shell.shell import Shell
    from trustdesk.vault import KdfParams

    data_dir = Path(vault.data_dir)
    shell = Shell(qapp, data_dir, prefs, translations, keychain=keychain, kdf=KdfParams())
    shell.start()
    shell.session.open(vault)
    assert shell.main_window is not None
    names = [name for name, _make in every_dialog(shell.session, shell.main_window, sample, prefs)]

    def lock_and_unlock(lock: Callable[[], None]) -> tuple[Counter[Table], list[DraftFate], str]:
        """What the lock stored (tables changed), what it said it did, and what the unlock showed."""
        stored: list[Change] = []
        stop = shell.session.require().feed.subscribe(stored.append)
        lock()
        stop()
        if shell.session.is_unlocked:
            failures.append(f"{name}: Ctrl+L did not lock")
            shell.session.lock()
        fates = list(shell.session.drafts_at_lock)
        shell.session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
        notice = shell.main_window.findChild(QMessageBox, "draftsAtLock") if shell.main_window else None
        shown = notice.informativeText() if isinstance(notice, QMessageBox) and notice.isVisible() else ""
        if isinstance(notice, QMessageBox):
            notice.accept()
            notice.setObjectName("")
            notice.deleteLater()
        return Counter(c.table for c in stored if c.table is not Table.AUDIT), fates, shown

    name = "(no dialog)"
    lock_itself, _fates, _shown = lock_and_unlock(shell.session.lock)  # what any lock writes (backup flags)
    failures: list[str] = []
    typed: list[str] = []
    kept: list[str] = []
    try:
        for index, name in enumerate(names):
            window = shell.main_window
            assert window is not None and shell.session.is_unlocked
            dialog = every_dialog(shell.session, window, sample, prefs)[index][1]()  # type: ignore[operator]
            assert isinstance(dialog, QDialog)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            _show_loaded(qtbot, dialog)
            changed = _change_something(dialog)
            title = dialog.windowTitle()
            stored, fates, shown = lock_and_unlock(lambda: _press_lock_in(qtbot, dialog))  # noqa: B023
            saved = stored - lock_itself
            if changed:
                typed.append(name)
                mine = [fate for fate in fates if fate.title == title]
                if len(mine) != 1 or mine[0].line() not in shown:
                    failures.append(f"{name}: typed, but the unlock said {shown!r}")
                elif mine[0].kept:
                    kept.append(name)
                if saved and not any(fate.kept for fate in mine):
                    failures.append(f"{name}: the lock stored {saved} and said {shown!r}")
            elif fates or shown or saved:
                failures.append(f"{name}: nothing typed, yet {fates} / {shown!r} / {saved}")
    finally:
        if shell.session.is_unlocked:
            shell.quit()
        for window in (shell.main_window, shell.unlock_window):
            if window is not None and isValid(window):
                window.close()
                window.deleteLater()
        shell.idle.unwatch()
        shell.deleteLater()
    assert not failures, "\n".join(failures)
    # the walk reached the dialogs that hold a draft, the safety plan's kept one among them
    assert {"new case", "task", "provider", "new referral", "safety plan", "score"} <= set(typed), typed
    assert {"safety plan", "safety plan (French case)", "safety plan (Dutch case)", "settings", "task"} <= set(kept), kept
    assert set(kept) < set(typed)


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
