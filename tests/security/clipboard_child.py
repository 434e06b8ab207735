"""The real app on a real X server, for tests/security/test_clipboard_x11.py (issue 17, item 1).

    python tests/security/clipboard_child.py DATA_DIR     (QT_QPA_PLATFORM=xcb, DISPLAY of an Xvfb)

Creates a vault with one case and one note, unlocks it through the real shell (main window, case view,
contact editor), then does what a trust person does — select part of the note and press Ctrl+C, select
with the mouse and the keyboard, double-click a word in a field, Ctrl+A Ctrl+C on the whole note
(re-authentication refused), Ctrl+C in the case list — and after each step asks ``xclip``, another X
client, what the CLIPBOARD and PRIMARY selections hold and with which targets.  Then it locks and asks
again.  Prints one JSON object of what xclip saw.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QPoint, QPointF, QProcess, QSettings, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

NOTE = ("Belde 's avonds na een zware dienst; praat over een fout bij een patiënt.\n"
        "Wil hulp van een psycholoog in de buurt van Leuven. Partner weet van niets.")
PASSPHRASE = "correct horse battery staple"


def xclip(selection: str, target: str | None = None) -> str:
    """What another X client reads from ``selection`` (our event loop keeps serving it meanwhile)."""
    args = ["-o", "-selection", selection] + (["-t", target] if target else [])
    proc = QProcess()
    loop = QEventLoop()
    proc.finished.connect(loop.quit)
    proc.start("xclip", args)
    if not proc.waitForStarted(5000):
        return "<xclip did not start>"
    QTimer.singleShot(15_000, loop.quit)
    if proc.state() != QProcess.ProcessState.NotRunning:
        loop.exec()
    if proc.state() != QProcess.ProcessState.NotRunning:
        proc.kill()
        proc.waitForFinished(2000)
        return "<xclip timed out>"
    out = bytes(proc.readAllStandardOutput().data()).decode("utf-8", "replace")
    return out if proc.exitCode() == 0 else ""


def settle(ms: int = 100) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    data_dir = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    from trustdesk.domain.models import Case, Contact
    from trustdesk.ui.kit.language import Translations
    from trustdesk.ui.kit.preferences import Preferences
    from trustdesk.ui.shell.shell import Shell
    from trustdesk.vault import Keychain, Vault

    vault = Vault.create(data_dir, PASSPHRASE, keychain=Keychain.none())
    case = vault.cases.add(Case(code="", opened_on=date.today(), specialty="neurochirurgie"))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now(), notes=NOTE))
    prefs = Preferences(QSettings(str(data_dir.parent / "prefs.ini"), QSettings.Format.IniFormat))
    shell = Shell(app, data_dir, prefs, Translations(app), keychain=Keychain.none())
    shell.session.open(vault)
    window = shell.main_window
    assert window is not None
    window.resize(1280, 800)
    window.activateWindow()
    assert window.open_case(case.id)
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    edit = view.contacts.editor.notes_edit
    for _ in range(300):  # the notes are read in a worker: wait for the note itself (a loaded CI machine
        if edit.toPlainText().startswith(NOTE[:30]):  # once copied from a still-empty editor after 300 ms)
            break
        settle(100)
    settle(100)
    edit.setFocus()
    seen: dict[str, object] = {"note": NOTE, "case_code": case.code}

    def stuck() -> None:  # e.g. a drag that started: its loop waits for a real mouse release forever
        print(json.dumps({**seen, "stuck": True}), flush=True)
        os._exit(3)

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(stuck)
    watchdog.start(90_000)

    # 1. part of the note, Ctrl+C
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(30, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    QTest.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    seen["part"] = NOTE[:30]
    seen["part_clipboard"] = xclip("clipboard")
    seen["part_targets"] = xclip("clipboard", "TARGETS").split()
    seen["part_hint"] = xclip("clipboard", "x-kde-passwordManagerHint")
    seen["part_primary"] = xclip("primary")

    # 2. the PRIMARY door: a mouse drag across the first line, a keyboard selection, a double-click
    viewport = edit.viewport()
    start = edit.cursorRect(QTextCursor(edit.document())).center()  # the first line
    for kind, x, buttons in ((QEvent.Type.MouseButtonPress, 4, Qt.MouseButton.LeftButton),
                             (QEvent.Type.MouseMove, 120, Qt.MouseButton.LeftButton),
                             (QEvent.Type.MouseMove, 260, Qt.MouseButton.LeftButton),
                             (QEvent.Type.MouseButtonRelease, 260, Qt.MouseButton.NoButton)):
        where = QPointF(x, start.y())
        QApplication.sendEvent(viewport, QMouseEvent(kind, where, viewport.mapToGlobal(where), Qt.MouseButton.LeftButton,
                                                     buttons, Qt.KeyboardModifier.NoModifier))
    seen["mouse_selected"] = edit.textCursor().selectedText()
    seen["mouse_primary"] = xclip("primary")
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    seen["keyboard_selected"] = edit.textCursor().selectedText()
    seen["keyboard_primary"] = xclip("primary")
    present = view.contacts.editor.present_edit
    present.setText("partner en huisarts Dr. Claes")
    QTest.mouseDClick(present, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20, 8))
    seen["field_selected"] = present.selectedText()
    seen["field_primary"] = xclip("primary")

    # 3. the whole note, re-authentication refused: the clipboard keeps the earlier part
    def refuse() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, refuse)
            return
        seen["whole_asked"] = dialog.objectName()
        dialog.reject()

    QTimer.singleShot(0, refuse)
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    seen["whole_refused_clipboard"] = xclip("clipboard")

    # 4. a door that is no editor: Ctrl+C in the case list
    window.show_page("cases")
    table = window.pages["cases"].findChild(QTableView)
    if table is not None and table.model() is not None and table.model().rowCount() > 0:
        table.setCurrentIndex(table.model().index(0, 0))
        QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        seen["list_clipboard"] = xclip("clipboard")
        seen["list_targets"] = xclip("clipboard", "TARGETS").split()

    # 5. lock: nothing of ours is left on either selection
    shell.lock()
    settle(100)
    seen["locked_clipboard"] = xclip("clipboard")
    seen["locked_primary"] = xclip("primary")
    print(json.dumps(seen), flush=True)
    shell.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
