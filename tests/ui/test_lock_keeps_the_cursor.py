"""A lock → unlock gives every editor of the case back its cursor, selection and scroll (outside tester: the
cursor of the note being written came back at its start, and the next keys landed there: "suiteTroisième
contact…").  Typed as a person does, locked with Ctrl+L, unlocked, typed on: over generated notes and
cursor places in the note, the agreements and the "present" line; nothing but numbers is kept."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.models import Case
from trustdesk.ui.kit.editor_places import Spot
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault

CTRL = Qt.KeyboardModifier.ControlModifier
WORDS = ["Troisieme", "contact", "avec", "la", "mere", "gesprek", "met", "huisarts", "crise", "rustig", "plan"]


def _text(rng: random.Random, lines: int) -> str:
    return "\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8))) for _ in range(lines))


def _select(editor: QPlainTextEdit | QLineEdit, anchor: int, position: int) -> None:
    if isinstance(editor, QLineEdit):
        editor.setSelection(anchor, position - anchor)
        return
    cursor = editor.textCursor()
    cursor.setPosition(anchor)
    cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _cursor(editor: QPlainTextEdit | QLineEdit) -> tuple[int, int]:
    if isinstance(editor, QLineEdit):
        position = editor.cursorPosition()
        if not editor.hasSelectedText():
            return position, position
        start, end = editor.selectionStart(), editor.selectionEnd()
        return (end if position == start else start), position
    cursor = editor.textCursor()
    return cursor.anchor(), cursor.position()


def _with_a_case(vault: Vault, unlocked_shell: Callable[..., tuple[Shell, MainWindow]]) -> tuple[int, Shell, MainWindow]:
    """A new case, then the shell unlocked over the vault that holds it: the case, the shell, its main window."""
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    shell, window = unlocked_shell()
    return case.id, shell, window


def test_lock_then_unlock_keeps_each_editors_cursor_and_scroll(
        qtbot: QtBot, unlocked_shell: Callable[..., tuple[Shell, MainWindow]], vault: Vault, data_dir: Path,
        keychain: Keychain) -> None:
    case_id, shell, window = _with_a_case(vault, unlocked_shell)
    window.resize(1366, 768)
    assert window.open_case(case_id)
    rng = random.Random(7)
    for round_ in range(6):
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        view.tabs.setCurrentWidget(view.contacts)
        qtbot.waitUntil(lambda v=view: v.contacts is not None and not v.contacts.reading)  # type: ignore[misc]
        editor = view.contacts.editor
        if round_ % 3 == 0:
            view.contacts.new_contact()
        field = [editor.notes_edit, editor.agreements_edit, editor.present_edit][round_ % 3]
        field.setFocus()
        qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f)  # type: ignore[misc]
        typed = _text(rng, rng.randint(1, 40)) if isinstance(field, QPlainTextEdit) else _text(rng, 1)
        field.selectAll()  # (typed over what an earlier round left)
        for n, line in enumerate(typed.split("\n")):  # typed, line by line (Enter between)
            if n:
                QTest.keyClick(field, Qt.Key.Key_Return)
            QTest.keyClicks(field, line)
        length = len(field.text()) if isinstance(field, QLineEdit) else len(field.toPlainText())
        anchor = rng.randint(0, length)
        position = rng.choice([anchor, rng.randint(0, length)])  # a cursor, or a selection either way
        _select(field, anchor, position)
        if isinstance(field, QPlainTextEdit):
            bar = field.verticalScrollBar()
            bar.setValue(rng.randint(0, bar.maximum()))
        name = field.objectName()
        before_cursor = _cursor(field)
        before_scroll = field.verticalScrollBar().value() if isinstance(field, QPlainTextEdit) else 0
        before_text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()

        QTest.keyClick(window, Qt.Key.Key_L, CTRL)  # Ctrl+L, as the tester did
        qtbot.waitUntil(lambda: shell.unlock_window is not None and shell.main_window is None)
        spots = shell.last_place.spots if shell.last_place is not None else {}
        assert all(isinstance(s, Spot) and all(isinstance(n, int) for n in s) for s in spots.values())
        shell.session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
        window = shell.main_window
        assert window is not None
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda v=view: v.contacts is not None and not v.contacts.reading)  # type: ignore[misc]
        editor = view.contacts.editor
        field = editor.findChild(type(field), name)
        assert field is not None
        qtbot.waitUntil(lambda f=field, t=before_text: QApplication.focusWidget() is f  # type: ignore[misc]
                        and (f.text() if isinstance(f, QLineEdit) else f.toPlainText()) == t, timeout=5000)
        qtbot.waitUntil(lambda f=field, c=before_cursor: _cursor(f) == c, timeout=2000)  # type: ignore[misc]
        if isinstance(field, QPlainTextEdit):
            qtbot.waitUntil(lambda f=field, s=before_scroll: f.verticalScrollBar().value() == s,  # type: ignore[misc]
                            timeout=2000)
        QTest.keyClicks(field, "suite")  # the next keys land where the cursor was
        start = min(before_cursor)
        after = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        assert after == before_text[:start] + "suite" + before_text[max(before_cursor):]
    shell.session.lock()


def test_the_case_details_background_keeps_its_cursor_over_a_lock(
        qtbot: QtBot, unlocked_shell: Callable[..., tuple[Shell, MainWindow]], vault: Vault, data_dir: Path,
        keychain: Keychain) -> None:
    case_id, shell, window = _with_a_case(vault, unlocked_shell)
    assert window.open_case(case_id)
    rng = random.Random(3)
    for _ in range(3):
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        view.tabs.setCurrentWidget(view.details)
        field = view.details.form.background
        field.setFocus()
        qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f)  # type: ignore[misc]
        field.selectAll()
        for n, line in enumerate(_text(rng, rng.randint(2, 12)).split("\n")):
            if n:
                QTest.keyClick(field, Qt.Key.Key_Return)
            QTest.keyClicks(field, line)
        text = field.toPlainText()
        spot = (rng.randint(0, len(text)), rng.randint(0, len(text)))
        _select(field, *spot)
        QTest.keyClick(window, Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: shell.unlock_window is not None and shell.main_window is None)
        shell.session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
        window = shell.main_window
        assert window is not None
        field = window.pages["cases"].case_view.details.form.background  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda f=field, t=text, s=spot, w=window: f.toPlainText() == t  # type: ignore[misc]
                        and _cursor(f) == s and w.focusWidget() is f, timeout=5000)
    shell.session.lock()
