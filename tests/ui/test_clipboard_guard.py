"""Every way case text can leave an editor goes through the clipboard guard (issue 17, item 1).

For any text and any selection, in every kind of guarded editor: Ctrl+C, Ctrl+Insert, Ctrl+X and the
context menu's Copy/Cut put exactly the selection on the clipboard *marked secret* (or, for the whole
of a note or more than EXPORT_CHARS characters, nothing without the passphrase — and an audit entry
with it); a press inside the selection cannot start a drag; copies from doors that are not editors
(a list's Ctrl+C, a plain setText) are marked on the spot.  The real X11 run with a real clipboard
reader is tests/security/test_clipboard_x11.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QStringListModel, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QMenu, QPlainTextEdit, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case
from trustdesk.ui.kit import clipboard as clip
from trustdesk.ui.kit.clipboard import (
    EXPORT_CHARS,
    SECRET_HINT,
    forget_secret,
    guard,
    guard_text,
    is_marked,
    secret_formats,
    secret_mime,
)
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.reauth import gate_for
from trustdesk.vault import Vault

TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2029\u2028"),
                min_size=1, max_size=300)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def board(qapp: QApplication) -> Iterator[QClipboard]:
    from trustdesk.ui.output.clipboard_export import clipboard_export

    b = QGuiApplication.clipboard()
    assert b is not None
    guard().exporter = clipboard_export  # as the shell does at unlock
    b.clear()
    yield b
    forget_secret()
    b.clear()


class Holder(QWidget):
    """A case view in miniature: it has the session and the case an editor belongs to."""

    def __init__(self, session: VaultSession, case_id: int) -> None:
        super().__init__()
        self.session = session
        self.case_id = case_id


@pytest.fixture
def holder(qtbot: QtBot, session: VaultSession, vault: Vault) -> Holder:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    h = Holder(session, case.id or 0)
    qtbot.addWidget(h)
    return h


def _press(widget: QWidget, key: QKeySequence.StandardKey) -> None:
    sequence = QKeySequence(key)
    combo = sequence[0]
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


@pytest.mark.parametrize("platform,formats", [
    ("linux", {SECRET_HINT: b"secret"}),
    ("win32", {clip.WINDOWS_EXCLUDE: b"\x01\x00\x00\x00", clip.WINDOWS_HISTORY: b"\0\0\0\0",
               clip.WINDOWS_CLOUD: b"\0\0\0\0"}),
    ("darwin", {clip.MAC_CONCEALED: b"secret"}),
])
def test_each_platform_gets_its_secret_formats(qapp: QApplication, platform: str, formats: dict[str, bytes]) -> None:
    assert secret_formats(platform) == formats
    mime = secret_mime("TD-2026-0042 belde om 3 uur", platform)
    assert mime.text() == "TD-2026-0042 belde om 3 uur"
    for name, value in formats.items():
        assert bytes(mime.data(name).data()) == value
    assert 'value="CanIncludeInClipboardHistory"' in clip.WINDOWS_HISTORY  # Qt's way to name a native format


@FAST
@given(text=TEXTS, data=st.data())
def test_copy_and_cut_from_every_editor_kind_are_marked(qtbot: QtBot, board: QClipboard, holder: Holder,
                                                        text: str, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["line", "plain", "browser"]))
    key = data.draw(st.sampled_from([QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut]))
    text = text.replace("\n", " ") if kind == "line" else text
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    board.clear()
    if kind == "line":
        edit: QLineEdit | QPlainTextEdit | QTextBrowser = guard_text(QLineEdit(holder))
        assert isinstance(edit, QLineEdit)
        edit.setText(text)
        edit.setSelection(start, end - start)
        selected = edit.selectedText()
    else:
        edit = guard_text(QPlainTextEdit(holder) if kind == "plain" else QTextBrowser(holder))
        assert isinstance(edit, (QPlainTextEdit, QTextBrowser))
        edit.setPlainText(text)
        cursor = edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        selected = cursor.selection().toPlainText()
    _press(edit, key)
    if not selected:
        return
    mime = board.mimeData()
    assert mime is not None and is_marked(mime), "a copy from a case field left unmarked"
    assert board.text() == selected
    assert guard().holding and guard().timer.isActive()
    edit.deleteLater()


@FAST
@given(text=st.text(alphabet="abcdefghij klmnop\n", min_size=EXPORT_CHARS + 1, max_size=EXPORT_CHARS * 2))
def test_a_whole_note_or_a_long_copy_needs_the_passphrase(qtbot: QtBot, board: QClipboard, holder: Holder,
                                                          vault: Vault, monkeypatch: pytest.MonkeyPatch,
                                                          text: str) -> None:
    """Refused re-authentication: nothing copied, nothing audited.  Given: copied and audited with the case code."""
    if not text.strip():
        return
    board.clear()
    answers: list[bool] = []
    import sys

    exporter = guard().exporter
    assert exporter is not None
    monkeypatch.setattr(sys.modules[exporter.__module__], "require_reauth", lambda *_a: answers.pop(0))
    note = guard_text(QPlainTextEdit(holder), document=True)
    note.setPlainText(text)
    note.selectAll()
    before = len(vault.audit.entries())
    answers.append(False)
    _press(note, QKeySequence.StandardKey.Copy)
    assert board.text() == "" and len(vault.audit.entries()) == before
    answers.append(True)
    _press(note, QKeySequence.StandardKey.Copy)
    assert board.text() == note.toPlainText() and is_marked(board.mimeData())
    entries = vault.audit.entries()
    assert len(entries) == before + 1
    case = vault.cases.get(holder.case_id)
    last = max(entries, key=lambda e: e.seq)
    assert last.event == "export" and last.detail == "clipboard" and case is not None
    assert last.case_code == case.code


def test_a_short_whole_field_is_not_an_export_but_a_whole_note_is(qtbot: QtBot, board: QClipboard,
                                                                  holder: Holder, session: VaultSession) -> None:
    field = guard_text(QLineEdit(holder))
    field.setText("neurochirurg")
    field.selectAll()
    _press(field, QKeySequence.StandardKey.Copy)
    assert board.text() == "neurochirurg"  # no passphrase asked for a specialty
    note = guard_text(QPlainTextEdit(holder), document=True)
    note.setPlainText("Belde om drie uur.")
    note.selectAll()
    gate_for(session).reset()

    def refuse() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "reauthDialog"
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, refuse)
    _press(note, QKeySequence.StandardKey.Copy)
    assert board.text() == "neurochirurg"  # the whole note did not leave without the passphrase


def test_the_context_menu_copies_through_the_guard(qtbot: QtBot, board: QClipboard, holder: Holder) -> None:
    edit = guard_text(QPlainTextEdit(holder))
    edit.setPlainText("Voelt zich schuldig tegenover collega's")
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    from PySide6.QtGui import QContextMenuEvent

    menu = guard().editors.context_menu(edit, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                                   edit.mapToGlobal(QPoint(5, 5))))
    assert isinstance(menu, QMenu)
    actions = {a.objectName(): a for a in menu.actions()}
    actions["edit-copy"].trigger()
    assert board.text() == "Voelt zich s" and is_marked(board.mimeData())
    menu.close()


def test_no_text_can_be_dragged_out(qtbot: QtBot, holder: Holder) -> None:
    line = guard_text(QLineEdit(holder))
    assert not line.dragEnabled()
    edit = guard_text(QPlainTextEdit(holder))
    holder.resize(400, 300)
    edit.resize(400, 300)
    holder.show()
    edit.setPlainText("Slaapt slecht sinds de nachtdiensten.")
    edit.selectAll()
    rect = edit.cursorRect(edit.textCursor())
    qtbot.mousePress(edit.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, rect.center().y()))
    assert not edit.textCursor().hasSelection()  # the press inside the selection would have started a drag


def test_other_doors_are_marked_at_the_clipboard(qtbot: QtBot, board: QClipboard, holder: Holder) -> None:
    """A list's Ctrl+C and a plain setText (a label, a message box) never leave text unmarked."""
    view = QListView(holder)
    model = QStringListModel(["TD-2026-0042 · Dr. Peeters · burn-out"], view)
    view.setModel(model)
    view.setCurrentIndex(model.index(0))
    _press(view, QKeySequence.StandardKey.Copy)
    assert board.text() == "TD-2026-0042 · Dr. Peeters · burn-out" and is_marked(board.mimeData())
    board.setText("een label met een naam")
    assert is_marked(board.mimeData()) and guard().timer.isActive()


def test_every_guarded_kind_refuses_a_passphrase_copy(qtbot: QtBot, board: QClipboard, holder: Holder) -> None:
    secret = guard_text(QLineEdit(holder))
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    secret.setText("correct horse")
    secret.selectAll()
    _press(secret, QKeySequence.StandardKey.Copy)
    assert board.text() == ""


def test_lock_forgets(qtbot: QtBot, board: QClipboard, holder: Holder, session: VaultSession) -> None:
    edit = guard_text(QLineEdit(holder))
    edit.setText("Dr. Peeters")
    edit.selectAll()
    _press(edit, QKeySequence.StandardKey.Copy)
    assert board.text() == "Dr. Peeters"
    forget_secret()  # what the shell does on lock
    assert board.text() == ""
