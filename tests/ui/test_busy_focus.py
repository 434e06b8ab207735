"""A control disabled while its work runs keeps the keyboard (ui/kit/busy_focus.py).

Outside tester: in Settings "Back up now" disables itself while the backup runs; Qt handed the focus to
the next button, "Restore from a backup...", and the next space typed (the tester thought they were back
in their note) opened the restore wizard, closed Settings and typed the note into the wizard's path field.

- the walk: every dialog and window (the list the clipboard-guard walk uses) and every page of the main
  window: each visible control in turn gets the focus and is disabled, as every screen does while its
  work runs; the focus must not land on anything that acts, and Space, Enter and typed text then press
  nothing and type nothing anywhere; when the control is enabled again the focus is back on it;
- the real thing: "Back up now" in Settings, its backup held in the worker, Space and text typed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.ui import test_text_guard_coverage as walk
from trustdesk.ui.kit.busy_focus import BusyPlace
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault

sample = walk.sample
session = walk.session
window = walk.window

ACTING = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
          QTabBar, QAbstractSlider)
TYPED = "Dr. Peeters slaapt slecht, "


def _acting(widget: QWidget | None) -> bool:
    return widget is not None and not isinstance(widget, BusyPlace) and isinstance(widget, ACTING)


def _state(root: QWidget) -> list[object]:
    """What typing or pressing could change: every text, every choice, every check box."""
    found: list[object] = []
    for child in root.findChildren(QWidget):
        if isinstance(child, QLineEdit):
            found.append(child.text())
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            found.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            found.append(child.currentIndex())
        elif isinstance(child, QAbstractButton) and child.isCheckable():
            found.append(child.isChecked())
    return found


def _controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.isEnabled() and _acting(w)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is root]


def _busy_with_focus(qtbot: QtBot, root: QWidget, control: QWidget, where: str) -> list[str]:
    """``control`` focused, then disabled (its work running): what went wrong, if anything."""
    control.setFocus(Qt.FocusReason.TabFocusReason)
    if QApplication.focusWidget() is not control:
        return []  # a control that keeps no focus (a view's own part) has nothing to hand on
    clicked: list[str] = []
    buttons = [b for b in root.findChildren(QAbstractButton) if b is not control]
    slots = [(b, (lambda _=False, b=b: clicked.append(b.objectName() or b.text()))) for b in buttons]
    for button, slot in slots:
        button.clicked.connect(slot)
    before = _state(root)
    name = f"{where}: {control.objectName() or type(control).__name__}"
    try:
        control.setEnabled(False)
        now = QApplication.focusWidget()
        if _acting(now):
            return [f"{name} busy handed the keyboard to {now.objectName() or type(now).__name__}"]
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
            QTest.keyClick(now or root, key)
        QTest.keyClicks(now or root, TYPED)
        problems = []
        if clicked:
            problems.append(f"{name} busy: Space/Enter pressed {clicked}")
        if _state(root) != before:
            problems.append(f"{name} busy: typing changed a field")
        if not root.isVisible():
            problems.append(f"{name} busy: typing closed the window")
        control.setEnabled(True)
        if root.isVisible() and QApplication.focusWidget() is not control:
            problems.append(f"{name}: the focus did not come back when the work ended")
        return problems
    finally:
        control.setEnabled(True)
        for button, slot in slots:
            if button is not None:
                button.clicked.disconnect(slot)


def _walk(qtbot: QtBot, root: QWidget, where: str) -> list[str]:
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root)
    problems: list[str] = []
    for control in _controls(root):
        if root.isVisible() and control.isVisible() and control.isEnabled():
            problems += _busy_with_focus(qtbot, root, control, where)
    return problems


def test_the_walk_can_fail(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the busy place Qt hands the focus on to the next button: the walk says so."""
    from trustdesk.ui.kit import busy_focus

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    now, restore = QPushButton("Back up now"), QPushButton("Restore…")
    layout.addWidget(now)
    layout.addWidget(restore)
    root.show()
    monkeypatch.setattr(busy_focus.BusyPlace, "park", lambda _self, _control: None)
    problems = _walk(qtbot, root, "bare")
    assert problems and "handed the keyboard" in problems[0]


def test_every_dialog_and_window(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
                                 prefs: Preferences, tmp_path: Path) -> None:
    problems: list[str] = []
    for name, make in walk._dialogs(session, window, sample, prefs, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        problems += _walk(qtbot, dialog, name)
        dialog.close()
    assert not problems, problems


def test_every_page_of_the_main_window(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    problems: list[str] = []
    for key in window.pages:
        window.show_page(key)
        qtbot.waitUntil(window.pages[key].isVisible)
        problems += _walk(qtbot, window, f"page {key}")
    assert window.open_case(sample.dutch_case)
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.tabs.count() == 7)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: view.tabs.currentWidget() is not None and view.tabs.currentWidget().isVisible())
        problems += _walk(qtbot, window, f"case tab {index}")
    assert not problems, problems


@pytest.fixture
def held_backup(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The backup's work waits in its worker until the test lets it go."""
    from trustdesk.vault.backup import BackupService

    go = threading.Event()
    real = BackupService.backup_to

    def held(self: BackupService, target: Path) -> object:
        go.wait(20)
        return real(self, target)

    monkeypatch.setattr(BackupService, "backup_to", held)
    yield go
    go.set()


def test_back_up_now_keeps_the_keyboard_in_settings(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                    prefs: Preferences, tmp_path: Path,
                                                    held_backup: threading.Event,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.ui.kit import file_dialogs
    from trustdesk.ui.shell.settings_dialog import SettingsDialog
    from trustdesk.vault.backup import BackupService

    folder = tmp_path / "usb"
    folder.mkdir()
    BackupService(vault).set_folder(folder, keep=5)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a, **_k: folder / "now.tdbackup")
    dialog = SettingsDialog(session, prefs, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    box = dialog.backup_box
    restores: list[bool] = []
    dialog.restore_requested.connect(lambda: restores.append(True))
    box.now_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(box.now_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not box.now_button.isEnabled())
    focused = QApplication.focusWidget()
    assert isinstance(focused, BusyPlace) and focused.window() is dialog
    assert focused.accessibleName() == "Busy, please wait"
    assert focused.accessibleDescription() == box.now_button.accessibleName()
    frame = focused.geometry()  # seen: a frame round the greyed button, where the keyboard waits
    button = box.now_button.rect().translated(box.now_button.mapTo(dialog, box.now_button.rect().topLeft()))
    assert frame.contains(button) and frame.width() <= button.width() + 8
    before = _state(dialog)
    QTest.keyClick(focused, Qt.Key.Key_Space)
    QTest.keyClicks(focused, TYPED * 4)
    QTest.keyClick(focused, Qt.Key.Key_Return)
    assert restores == [] and dialog.isVisible() and _state(dialog) == before
    held_backup.set()
    qtbot.waitUntil(box.now_button.isEnabled, timeout=15_000)
    assert (folder / "now.tdbackup").exists()
    assert QApplication.focusWidget() is box.now_button
