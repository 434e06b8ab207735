"""A contact made by mistake (a note typed and erased, Alt+N on the wrong tab) goes with Delete on the
contact list, asked once with No as the default; a contact holding anything is kept, and the person is
told why.  The removal is audited without a word of the case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.waits import case_shown
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault
from trustdesk.vault.contact_removal import EVENT


def _answer(qtbot: QtBot, act: Callable[[QMessageBox], None], seen: list[QMessageBox]) -> None:
    """Act on the message box once it is up (it blocks in its own event loop)."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box)
            act(box)
        else:
            QTimer.singleShot(10, look)
    QTimer.singleShot(0, look)


def test_an_erased_note_is_removed_by_delete_after_one_question(qtbot: QtBot, session: VaultSession,
                                                                vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=2)))
    assert case.id is not None
    view = case_shown(qtbot, session, case.id, (1100, 700))
    tab = view.contacts
    assert tab is not None
    qtbot.keyClicks(tab.editor.notes_edit, "x")  # created by mistake ...
    qtbot.waitUntil(lambda: len(vault.contacts.for_case(case.id)) == 1, timeout=5000)  # type: ignore[arg-type]
    qtbot.keyClick(tab.editor.notes_edit, Qt.Key.Key_Backspace)  # ... and emptied
    tab.editor.flush()
    assert vault.contacts.for_case(case.id)[0].notes == ""
    qtbot.waitUntil(lambda: tab.timeline.count() == 1, timeout=3000)
    tab.timeline.set_current_row(0)
    view.activateWindow()
    tab.timeline.setFocus()
    qtbot.waitUntil(tab.timeline.hasFocus, timeout=3000)
    before = len(vault.audit.entries())

    seen: list[QMessageBox] = []
    defaults: list[bool] = []

    def enter(box: QMessageBox) -> None:
        defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default

    _answer(qtbot, enter, seen)
    qtbot.keyClick(tab.timeline, Qt.Key.Key_Delete)
    assert defaults == [True]
    assert len(vault.contacts.for_case(case.id)) == 1  # the safe default keeps it

    assert QApplication.focusWidget() is tab.timeline or tab.timeline.hasFocus() or \
        view.focusWidget() is tab.timeline  # back where the key was pressed
    view.activateWindow()
    qtbot.waitUntil(tab.timeline.hasFocus, timeout=3000)
    _answer(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click(), seen)
    qtbot.keyClick(tab.timeline, Qt.Key.Key_Delete)
    assert len(seen) == 2
    assert vault.contacts.for_case(case.id) == []
    entries = vault.audit.entries()
    assert len(entries) == before + 1
    assert [(e.case_code, e.detail) for e in vault.audit.entries(event=EVENT)] == [
        (case.code, f"empty contact of {date.today().isoformat()}")]
    qtbot.waitUntil(lambda: tab.timeline.count() == 0, timeout=3000)
    assert tab.editor.contact_id is None  # the editor holds a new note, nothing written back
    assert vault.contacts.for_case(case.id) == []


def test_a_contact_that_holds_anything_is_kept_and_says_why(qtbot: QtBot, session: VaultSession,
                                                            vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 2, 10, 0), notes="Slaapt slecht."))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 3, 10, 0), risk=RiskLevel.NONE))
    view = case_shown(qtbot, session, case.id, (1100, 700))
    tab = view.contacts
    assert tab is not None
    qtbot.waitUntil(lambda: tab.timeline.count() == 2, timeout=3000)
    assert tab.remove_action in tab.timeline.actions()  # the list's menu (Menu key) offers it
    assert tab.timeline.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    for row, said in ((0, "a risk assessment"), (1, "written text")):
        tab.timeline.set_current_row(row)
        seen: list[QMessageBox] = []
        texts: list[str] = []

        def read(box: QMessageBox, texts: list[str] = texts) -> None:
            texts.append(box.text())
            box.accept()

        _answer(qtbot, read, seen)
        assert not tab.remove_current()
        assert said in texts[0] and "kept" in texts[0]
    assert len(vault.contacts.for_case(case.id)) == 2
    assert vault.audit.entries(event=EVENT) == []
