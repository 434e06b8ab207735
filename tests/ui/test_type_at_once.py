"""Typing right after a case opens is never lost (issue 18 follow-up, outside tester): the notes are
read in a worker, and the editor's new note used to arrive after them, clearing what was typed.  The
editor holds a new note from the moment the case opens; the read then shows the newest note only in
place of an untouched new one.  Every way a case opens goes through the same Contacts tab: the case
view itself, the main window (list, Today, search, Alt+Left), and the new-case dialog (the focus is in
the note at once)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault

TYPED = "Belt terug, slaapt slecht."


def _case(vault: Vault, notes: int) -> int:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=30)))
    assert case.id is not None
    for n in range(notes):
        vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=10 - n), notes=f"Eerder {n}"))
    QApplication.processEvents()  # the change feed of the notes added here
    return case.id


def _kept(qtbot: QtBot, view: CaseView, vault: Vault, case_id: int, notes: int) -> None:
    """What was typed is the new note's text: on screen once the read is in, and in the vault."""
    tab = view.contacts
    assert tab is not None
    qtbot.waitUntil(lambda: not tab.reading, timeout=10_000)
    assert tab.editor.notes_edit.toPlainText() == TYPED
    tab.editor.flush()
    stored = vault.contacts.for_case(case_id)
    assert len(stored) == notes + 1
    assert [c.notes for c in stored].count(TYPED) == 1
    qtbot.waitUntil(lambda: tab.timeline.count() == notes + 1, timeout=10_000)


@pytest.mark.parametrize("notes", [0, 3])
def test_typing_before_the_notes_are_read_is_kept(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                  notes: int) -> None:
    case_id = _case(vault, notes)
    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    assert view.show_case(case_id)
    tab = view.contacts
    assert tab is not None and tab.reading  # the worker has not answered: this is the race
    qtbot.keyClicks(tab.editor.notes_edit, TYPED)
    _kept(qtbot, view, vault, case_id, notes)


@pytest.mark.parametrize("notes", [0, 3])
def test_typing_at_once_in_a_case_opened_by_the_main_window(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                            prefs: Preferences, notes: int) -> None:
    case_id = _case(vault, notes)
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    assert window.open_case(case_id)
    view: CaseView = window.pages["cases"].case_view  # type: ignore[attr-defined]
    tab = view.contacts
    assert tab is not None and tab.reading
    qtbot.keyClicks(tab.editor.notes_edit, TYPED)
    _kept(qtbot, view, vault, case_id, notes)


def test_a_new_case_takes_the_first_note_at_once(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                 prefs: Preferences) -> None:
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    view: CaseView = window.pages["cases"].case_view  # type: ignore[attr-defined]
    dialog = window.new_case()
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished, timeout=10_000):  # type: ignore[attr-defined]
        dialog._create()  # type: ignore[attr-defined]  # noqa: SLF001 - Create, as its button does
    tab = view.contacts
    assert tab is not None and view.case_id is not None
    assert tab.reading  # the notes' worker has not answered, and the focus is in the note already
    assert window.focusWidget() is tab.editor.notes_edit  # the window's focus (given back once it is active)
    qtbot.keyClicks(window.focusWidget(), TYPED)
    _kept(qtbot, view, vault, view.case_id, 0)
