"""A closed case's notes open read-only on every way in (the cases list, a search hit, Today, a link:
all through ``CaseView.show_case``), with a line that says the case is closed and a keyboard-reachable
*Reopen the case…*; a search hit still shows and highlights its match.  A stray keystroke changes no
note and leaves no saved version.  Reopened, the notes are editable again (``ui/case/closed_notes.py``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.search_hits import open_the_one_hit
from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.safety import SafetyPlan
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.find_in_text import highlighted
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog
from trustdesk.vault import Vault

OLD_NOTE = "Uitgeput, spreekt van een victime d'épuisement op de afdeling."


def closed_case_with_old_note(vault: Vault) -> tuple[int, Contact]:
    case = vault.cases.add(Case(code="", opened_on=date(2018, 3, 1)))
    assert case.id is not None
    note = vault.contacts.add(Contact(case_id=case.id, at=datetime(2018, 3, 2, 10), notes=OLD_NOTE),
                              at=datetime(2018, 3, 2, 11))
    vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2024, 4, 2),
                              reason=CloseReason.STRUCTURAL_SOLUTION)
    return case.id, note


def open_case(vault: Vault) -> int:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=10)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=1), notes="Open notitie."))
    return case.id


def assert_untouched(vault: Vault, note: Contact) -> None:
    assert note.id is not None
    stored = vault.contacts.get(note.id)
    assert stored is not None and stored.notes == OLD_NOTE and stored.updated_at == note.updated_at
    assert vault.contacts.revisions(note.id) == []


def assert_read_only(view: CaseView) -> None:
    tab = view.contacts
    editor = tab.editor
    assert tab.closed_notice.isVisible()
    assert "closed" in tab.closed_notice.label.text() and tab.closed_notice.reopen_button.isEnabled()
    for edit in (editor.notes_edit, editor.agreements_edit, editor.present_edit, editor.at_edit,
                 editor.duration_edit):
        assert edit.isReadOnly(), edit.objectName()
    for control in (editor.mode_combo, editor.risk_combo, editor.done_button, tab.new_button):
        assert not control.isEnabled(), control.objectName()
    assert not tab.new_contact_action.isEnabled() and not tab.remove_action.isEnabled()
    assert editor.plan_button.isEnabled()  # the plan is read there, read-only


def test_a_closed_case_shows_its_safety_plan_read_only(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case_id, note = closed_case_with_old_note(vault)
    vault.safety_plans.save(SafetyPlan(case_id=case_id, warning_signs="Slaapt niet meer."))
    view = make_view(qtbot, session)
    assert view.show_case(case_id, note.id)
    qtbot.waitUntil(lambda: view.contacts.editor.contact_id == note.id, timeout=5000)
    dialog = view.contacts.editor.open_safety_plan()
    assert isinstance(dialog, SafetyPlanDialog)
    qtbot.waitUntil(lambda: "Slaapt" in dialog.editor.findChild(QPlainTextEdit, "safety_warning_signs").toPlainText()
                    if dialog.editor.findChild(QPlainTextEdit, "safety_warning_signs") else False, timeout=5000)
    fields = dialog.editor.findChildren(QPlainTextEdit) + dialog.editor.findChildren(QLineEdit)
    assert fields and all(f.isReadOnly() for f in fields)
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def type_into_note(qtbot: QtBot, view: CaseView) -> None:
    edit = view.contacts.editor.notes_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "ZZ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    view.flush()
    assert edit.toPlainText() == OLD_NOTE
    assert not view.contacts.editor.autosave.dirty


def make_view(qtbot: QtBot, session: VaultSession) -> CaseView:
    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


@pytest.mark.parametrize("with_contact", [True, False], ids=["at_a_note", "from_the_list"])
def test_a_closed_case_opens_its_notes_read_only(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                 with_contact: bool) -> None:
    case_id, note = closed_case_with_old_note(vault)
    view = make_view(qtbot, session)
    assert view.show_case(case_id, note.id if with_contact else None)
    qtbot.waitUntil(lambda: view.contacts.editor.contact_id == note.id, timeout=5000)
    assert_read_only(view)
    type_into_note(qtbot, view)
    assert_untouched(vault, note)


def test_the_kept_contacts_tab_follows_the_case_it_shows(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    """The Contacts tab is kept for the next case: closed after open, open after closed."""
    case_id, note = closed_case_with_old_note(vault)
    other = open_case(vault)
    view = make_view(qtbot, session)
    assert view.show_case(other)
    qtbot.waitUntil(lambda: view.contacts.editor.contact_id is not None, timeout=5000)
    assert not view.contacts.editor.notes_edit.isReadOnly() and view.contacts.closed_notice.isHidden()
    assert view.show_case(case_id, note.id)
    qtbot.waitUntil(lambda: view.contacts.editor.contact_id == note.id, timeout=5000)
    assert_read_only(view)
    type_into_note(qtbot, view)
    assert view.show_case(other)
    qtbot.waitUntil(lambda: view.contacts.editor.contact_id not in (None, note.id), timeout=5000)
    assert not view.contacts.editor.notes_edit.isReadOnly() and view.contacts.closed_notice.isHidden()
    assert view.contacts.new_contact_action.isEnabled() and view.contacts.editor.done_button.isEnabled()
    assert_untouched(vault, note)


def test_reopen_from_the_notes_asks_then_makes_them_editable(qtbot: QtBot, session: VaultSession,
                                                             vault: Vault) -> None:
    case_id, note = closed_case_with_old_note(vault)
    view = make_view(qtbot, session)
    assert view.show_case(case_id, note.id)
    qtbot.waitUntil(lambda: view.contacts.editor.contact_id == note.id, timeout=5000)
    button = view.contacts.closed_notice.reopen_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.accessibleName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert vault.cases.get(case_id).status is CaseStatus.CLOSED  # type: ignore[union-attr]  # asked first
    view.confirm_status()
    qtbot.waitUntil(lambda: vault.cases.get(case_id).status is CaseStatus.ACTIVE, timeout=5000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not view.contacts.editor.notes_edit.isReadOnly(), timeout=5000)
    assert view.contacts.closed_notice.isHidden() and view.contacts.new_contact_action.isEnabled()
    edit = view.contacts.editor.notes_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Heropend.")
    view.flush()
    assert vault.contacts.get(note.id).notes == OLD_NOTE + " Heropend."  # type: ignore[arg-type, union-attr]


def test_a_search_hit_in_a_closed_case_shows_its_match_and_types_nothing(qtbot: QtBot, vault: Vault,
                                                                        prefs: Preferences) -> None:
    """The tester's path: Ctrl+F, the query, Return on the hit of a closed case, then "ZZ"."""
    _case_id, note = closed_case_with_old_note(vault)
    window = open_the_one_hit(qtbot, vault, prefs, "victime epuisement")  # accents folded
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    editor = view.contacts.editor
    edit = editor.notes_edit
    qtbot.waitUntil(lambda: editor.contact_id == note.id and highlighted(edit) != [], timeout=5000)
    qtbot.waitUntil(lambda: window.focusWidget() is edit, timeout=5000)
    assert_read_only(view)
    qtbot.keyClicks(edit, "ZZ")
    view.flush()
    assert edit.toPlainText() == OLD_NOTE and highlighted(edit) != []  # the match still shown
    assert_untouched(vault, note)
    window.session.lock()


def test_typing_undone_before_the_save_writes_nothing(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case_id = open_case(vault)
    note = vault.contacts.add(Contact(case_id=case_id, at=datetime(2026, 1, 5, 9), notes="Oude tekst."),
                              at=datetime(2026, 1, 5, 10))
    view = make_view(qtbot, session)
    assert view.show_case(case_id, note.id)
    qtbot.waitUntil(lambda: view.contacts.editor.contact_id == note.id, timeout=5000)
    edit = view.contacts.editor.notes_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "ZZ")
    edit.undo()
    assert edit.toPlainText() == "Oude tekst."
    view.flush()
    stored = vault.contacts.get(note.id)  # type: ignore[arg-type]
    assert stored is not None and stored.updated_at == note.updated_at
    assert vault.contacts.revisions(note.id) == []  # type: ignore[arg-type]
