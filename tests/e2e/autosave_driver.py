"""Drives the real contact editor in its own process, for the SIGKILL autosave test.

    python tests/e2e/autosave_driver.py DATA_DIR CASE_ID [continuous]  < passphrase

Unlocks the vault (passphrase on stdin, never in the environment or argv), builds the real
``ContactsTab`` over a ``VaultSession``, types NOTE into the notes editor with key events, one
every few milliseconds as a person would, prints ``TYPED`` once the last key was handled and
``SAVED`` once the vault holds the whole note (the autosave committed it), and then just keeps
running its event loop until the test kills it.  With ``continuous`` it never stops typing (NOTE
over and over) and prints ``AT n`` after every 10th character: the test kills it mid-typing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

NOTE = "Belde 's avonds na een zware dienst; praat over een fout bij een patiënt. Wil hulp."
KEY_INTERVAL_MS = 15


def send_char(widget: QWidget, char: str) -> None:
    key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def main() -> int:
    from trustdesk.ui.kit.refcount_fix import keep_singletons_alive

    keep_singletons_alive()  # this driver is its own entry point
    data_dir, case_id = Path(sys.argv[1]), int(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    app = QApplication(sys.argv[:1])
    from trustdesk.ui.case.contacts_tab import ContactsTab
    from trustdesk.ui.kit.session import VaultSession
    from trustdesk.vault import Keychain, Vault

    session = VaultSession()
    session.open(Vault.unlock(data_dir, passphrase, keychain=Keychain.none()))
    tab = ContactsTab(session, case_id)
    tab.resize(900, 600)
    tab.show()
    if tab.reading:  # the notes are read in a worker: the editor is ready when they are in
        from PySide6.QtCore import QEventLoop

        ready = QEventLoop()
        tab.loaded.connect(ready.quit)
        ready.exec()
    editor = tab.editor.notes_edit
    editor.setFocus()
    remaining = list(NOTE)
    saved: list[bool] = []

    def note_stored(_change: object) -> None:
        if not saved and [c.notes for c in session.require().contacts.for_case(case_id)] == [NOTE]:
            saved.append(True)
            print("SAVED", flush=True)

    session.changed.connect(note_stored)

    typed = [0]

    def type_forever() -> None:
        send_char(editor, NOTE[typed[0] % len(NOTE)])
        typed[0] += 1
        if typed[0] % 10 == 0:
            print(f"AT {typed[0]}", flush=True)
        QTimer.singleShot(KEY_INTERVAL_MS, type_forever)

    if sys.argv[3:] == ["continuous"]:
        QTimer.singleShot(0, type_forever)
        return app.exec()

    def type_next() -> None:
        if remaining:
            send_char(editor, remaining.pop(0))
            QTimer.singleShot(KEY_INTERVAL_MS, type_next)
        else:
            print("TYPED", flush=True)

    QTimer.singleShot(0, type_next)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
