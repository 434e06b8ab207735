"""Quitting never throws away a dialog's change silently: closing the main window (the Quit key, Alt+F4,
the window's button) while a dialog holds a change a lock cannot keep asks over that dialog first,
keeping on editing the default (outside tester: Ctrl+Q closed the app over an edited referral letter,
and the letter was gone after the restart).  A change the dialog can keep (``keep_draft``), or none,
quits at once as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_quit_key import _press_quit
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Vault


class _Letter(QDialog):
    """A dialog whose typing is its draft (as a letter's), with or without a way to keep it at a lock."""

    def __init__(self, parent: QWidget, editor: type[QWidget], keeps: bool) -> None:
        super().__init__(parent)
        self.setObjectName("someDraftDialog")
        self.setWindowTitle("Letter")
        self.field = editor(self)
        self.field.setObjectName("draftField")
        if keeps:
            self.keep_draft = lambda _vault: "kept"


def _question(main: QWidget) -> QMessageBox | None:
    boxes = [w for w in main.findChildren(QMessageBox, "discardQuestion") if w.isVisible()]
    return boxes[0] if boxes else None


@pytest.mark.parametrize("editor", [QLineEdit, QPlainTextEdit])
@pytest.mark.parametrize("how", ["quit key", "close"])
def test_quitting_over_an_unsaved_dialog_asks_and_keeping_on_keeps_everything(
        qtbot: QtBot, unlocked_shell: Callable[..., tuple[Shell, MainWindow]], vault: Vault, editor: type[QWidget],
        how: str) -> None:
    _, main = unlocked_shell()
    letter = _Letter(main, editor, keeps=False)
    letter.open()
    qtbot.waitExposed(letter)
    qtbot.keyClicks(letter.field, "PS: my own addition")

    def quit_now() -> None:
        if how == "quit key":
            _press_quit(qtbot, letter.field)
        else:
            main.close()

    quit_now()
    qtbot.waitUntil(lambda: _question(main) is not None)
    assert main.isVisible() and not vault.is_locked and letter.isVisible()
    box = _question(main)
    assert box is not None and box.defaultButton() is box.escapeButton()  # keep editing: the default, Esc
    box.escapeButton().click()
    qtbot.waitUntil(lambda: _question(main) is None)
    assert main.isVisible() and not vault.is_locked and letter.isVisible()
    assert "PS: my own addition" in (letter.field.text() if isinstance(letter.field, QLineEdit)
                                     else letter.field.toPlainText())

    quit_now()  # asked again; this time discarded: the app quits (locked with "quit")
    qtbot.waitUntil(lambda: _question(main) is not None)
    box = _question(main)
    assert box is not None
    discard = next(b for b in box.buttons() if b is not box.escapeButton())
    discard.click()
    qtbot.waitUntil(lambda: vault.is_locked, timeout=10000)
    assert not main.isVisible()


@pytest.mark.parametrize("keeps", [True, False])
def test_nothing_to_lose_quits_at_once(qtbot: QtBot, unlocked_shell: Callable[..., tuple[Shell, MainWindow]],
                                       vault: Vault, keeps: bool) -> None:
    """A change the dialog keeps at the lock, or a dialog with nothing typed: no question."""
    _, main = unlocked_shell()
    letter = _Letter(main, QLineEdit, keeps=keeps)
    letter.open()
    qtbot.waitExposed(letter)
    if keeps:
        qtbot.keyClicks(letter.field, "kept at the lock")
    main.close()
    qtbot.waitUntil(lambda: vault.is_locked, timeout=10000)
    assert _question(main) is None and not main.isVisible()
