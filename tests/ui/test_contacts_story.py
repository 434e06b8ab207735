"""The working day as a story, against a real vault: notes typed in the editor save themselves,
a high risk needs a safety plan, a lock flushes, follow-ups show on Today, search opens the note,
and after lock -> unlock everything is still there."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact, Task
from trustdesk.ui.case.contacts_tab import ContactsTab
from trustdesk.ui.case.tasks_tab import TasksTab
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.search_dialog import SearchDialog
from trustdesk.vault import Keychain, Vault

FIRST_NOTE = "Slaapt slecht sinds de nachtdiensten. Voelt zich schuldig tegenover collega's."
SECOND_NOTE = "Épuisement professionnel; elle envisage un congé de maladie."



def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key events for ``text``; QTest.keyClicks aborts on non-ASCII, so those go as text events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _new_case(vault: Vault, days_ago: int = 3) -> Case:
    return vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=days_ago)))


def _set_risk(tab: ContactsTab, risk: RiskLevel) -> None:
    combo = tab.editor.risk_combo
    combo.setCurrentIndex(combo.findData(risk.value))


def _stored(vault: Vault, case_id: int) -> list[Contact]:
    return vault.contacts.for_case(case_id)


def test_the_working_day(qtbot: QtBot, session: VaultSession, vault: Vault, data_dir: Path,
                         keychain: Keychain) -> None:
    case = _new_case(vault)
    assert case.id is not None
    tab = ContactsTab(session, case.id)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: not tab.reading)  # the notes are read in a worker

    # -- a first note, typed: nothing stored while typing, saved about a second after it stops
    editor = tab.editor
    assert editor.contact_id is None and editor.isEnabled()  # a case without contacts starts a new note
    qtbot.keyClicks(editor.notes_edit, FIRST_NOTE)
    assert editor.autosave.pending
    assert _stored(vault, case.id) == []
    qtbot.waitUntil(lambda: [c.notes for c in _stored(vault, case.id)] == [FIRST_NOTE], timeout=5000)
    qtbot.waitUntil(lambda: editor.contact_id is not None)  # the writer's result reaches the UI thread
    assert editor.contact_id == _stored(vault, case.id)[0].id
    qtbot.waitUntil(lambda: tab.timeline.count() == 1)

    # -- a high risk needs a safety plan: Done refuses, but what was chosen is saved anyway
    _set_risk(tab, RiskLevel.HIGH)
    assert editor.safety_warning.isVisibleTo(tab) and editor.plan_button.isVisibleTo(tab)
    assert not editor.finish()
    assert "safety plan" in editor.status_label.text()
    assert _stored(vault, case.id)[0].risk is RiskLevel.HIGH  # finish() flushed
    assert "No complete safety plan" in tab.timeline.row_text(0)
    completed: list[Contact] = []
    editor.completed.connect(completed.append)
    plan_dialog = editor.open_safety_plan()  # the structured plan (issue 12) replaced the free text
    qtbot.keyClicks(plan_dialog.editor.fields["warning_signs"], "Slaapt niet, piekert over de fout")
    qtbot.keyClicks(plan_dialog.editor.fields["help_people"], "Belt de huisarts bij twijfel")
    qtbot.keyClicks(plan_dialog.editor.fields["environment_safety"], "Medicatiekast op het werk op slot")
    assert plan_dialog.save()
    assert not editor.safety_warning.isVisibleTo(tab)
    assert editor.finish()
    assert completed and vault.safety_plans.current(case.id).help_people == "Belt de huisarts bij twijfel"

    # -- a second note through Ctrl+Shift+N
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    qtbot.keyClick(tab.timeline, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.contact_id is None and editor.notes_edit.toPlainText() == ""
    type_text(qtbot, editor.notes_edit, SECOND_NOTE)
    qtbot.waitUntil(lambda: len(_stored(vault, case.id)) == 2, timeout=5000)
    qtbot.waitUntil(lambda: editor.contact_id is not None)
    second_id = editor.contact_id
    assert second_id is not None and vault.contacts.get(second_id).notes == SECOND_NOTE  # type: ignore[union-attr]

    # -- typing, then a lock before the autosave timer fires: the lock flushes it
    type_text(qtbot, editor.notes_edit, " Revient jeudi.")
    assert editor.autosave.pending

    # -- a follow-up on the case, and the Today page
    tasks = TasksTab(session, case.id)
    qtbot.addWidget(tasks)
    dialog = tasks.new_task()
    qtbot.keyClicks(dialog.title_edit, "Terugbellen over afspraak psychiater")
    dialog.due_edit.setDate(QDate.currentDate())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored_tasks = vault.tasks.for_case(case.id)
    assert [t.title for t in stored_tasks] == ["Terugbellen over afspraak psychiater"]
    qtbot.waitUntil(lambda: tasks.list.count() == 1)

    risky = _new_case(vault, days_ago=30)
    assert risky.id is not None
    vault.contacts.add(Contact(case_id=risky.id, at=datetime.now() - timedelta(days=8), risk=RiskLevel.HIGH,
                               safety_plan="plan"))
    recent = _new_case(vault, days_ago=30)
    assert recent.id is not None
    vault.contacts.add(Contact(case_id=recent.id, at=datetime.now() - timedelta(days=3), risk=RiskLevel.ACUTE,
                               safety_plan="plan"))
    today = TodayPage(session)
    qtbot.addWidget(today)
    with qtbot.waitSignal(today.loaded, timeout=10_000):  # read in a worker
        today.refresh()
    assert today.data is not None
    assert [t.title for t, *_ in today.data.tasks] == ["Terugbellen over afspraak psychiater"]
    # acute (seen 3 days ago, still listed), high seen 8 days ago, and this case: its notes' risk is not
    # assessed yet (unfinished notes)
    assert [a.row.case_id for a in today.data.attention] == [recent.id, risky.id, case.id]
    opened: list[tuple[int, object]] = []
    today.open_case_requested.connect(lambda case_id, contact_id: opened.append((case_id, contact_id)))
    today.tree.setCurrentItem(today.tree.topLevelItem(1).child(1))  # type: ignore[union-attr]
    today.open_item(today.tree.currentItem())
    assert opened == [(risky.id, None)]

    # -- search: an accented word typed without its accent finds the note and opens it there
    tab.select_contact(_stored(vault, case.id)[-1].id or 0)  # show the first note
    assert editor.contact_id != second_id
    search = SearchDialog(session)
    qtbot.addWidget(search)
    search.open_hit.connect(lambda case_id, contact_id: tab.select_contact(contact_id))
    with qtbot.waitSignal(search.results_shown, timeout=5000):
        search.search("epuisem")
    assert [h.contact_id for h in search.hits] == [second_id]
    assert "<b>Épuisement</b>" in search.model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    search.open_row(0)
    assert editor.contact_id == second_id
    assert editor.notes_edit.toPlainText().startswith(SECOND_NOTE)

    # -- lock: the pending text is flushed, every widget forgets the case
    session.lock()
    assert tab.timeline.count() == 0 and editor.notes_edit.toPlainText() == "" and not editor.isEnabled()
    assert tasks.list.count() == 0 and today.tree.topLevelItemCount() == 0 and search.model.rowCount() == 0

    # -- unlock: everything is there
    session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
    reopened = session.require()
    notes = {c.id: c.notes for c in reopened.contacts.for_case(case.id)}
    assert notes[second_id] == SECOND_NOTE + " Revient jeudi."
    assert FIRST_NOTE in notes.values()
    assert tab.timeline.count() == 2 and tasks.list.count() == 1
    with qtbot.waitSignal(today.loaded, timeout=10_000):  # read in a worker
        today.refresh()
    assert today.data is not None and len(today.data.tasks) == 1 and len(today.data.attention) == 3


def test_editing_an_old_note_keeps_the_earlier_text_as_a_revision(qtbot: QtBot, session: VaultSession,
                                                                   vault: Vault) -> None:
    case = _new_case(vault, days_ago=10)
    assert case.id is not None
    two_days_ago = datetime.now().replace(microsecond=0) - timedelta(days=2)
    old = vault.contacts.add(Contact(case_id=case.id, at=two_days_ago, notes="Eerste versie."), at=two_days_ago)
    tab = ContactsTab(session, case.id)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.reading)  # the notes are read in a worker
    assert tab.editor.contact_id == old.id  # the newest note is shown
    assert not tab.editor.history_button.isEnabled()  # no earlier versions yet
    tab.editor.notes_edit.moveCursor(tab.editor.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor.notes_edit, " Aangevuld.")
    tab.editor.flush()
    assert vault.contacts.get(old.id or 0).notes == "Eerste versie. Aangevuld."  # type: ignore[union-attr]
    assert [r.notes for r in vault.contacts.revisions(old.id or 0)] == ["Eerste versie."]

    assert tab.editor.history_button.isEnabled()
    tab.editor.history_button.click()
    dialog = tab._history
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.count() == 2
    assert dialog.list.item(1).text().endswith(two_days_ago.strftime("%d/%m/%Y %H:%M"))
    dialog.list.setCurrentRow(1)
    assert "Eerste versie." in dialog.text.toPlainText() and "Aangevuld" not in dialog.text.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_focus_loss_saves_at_once(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case = _new_case(vault)
    assert case.id is not None
    tab = ContactsTab(session, case.id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: not tab.reading)  # the notes are read in a worker
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.editor.notes_edit.setFocus()
    qtbot.keyClicks(tab.editor.notes_edit, "Kort telefoontje.")
    assert tab.editor.autosave.pending and _stored(vault, case.id) == []
    tab.editor.present_edit.setFocus()  # focus leaves the notes: saved now, not a second later
    assert not tab.editor.autosave.pending  # the write is on its way (the writer thread), no timer left
    qtbot.waitUntil(lambda: [c.notes for c in _stored(vault, case.id)] == ["Kort telefoontje."], timeout=500)


def test_done_follow_up_leaves_today(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    vault.tasks.add(Task(title="Verslag voor de coördinator", due_on=date.today() - timedelta(days=2)))
    vault.tasks.add(Task(title="Later", due_on=date.today() + timedelta(days=5)))
    today = TodayPage(session)
    qtbot.addWidget(today)
    with qtbot.waitSignal(today.loaded, timeout=10_000):  # read in a worker
        today.refresh()
    assert today.data is not None and [t.title for t, *_ in today.data.tasks] == ["Verslag voor de coördinator"]
    item = today.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert "overdue since" in item.text(2)
    today.tree.setCurrentItem(item)
    today.mark_current_done()
    qtbot.waitUntil(lambda: today.data.tasks == [] and today.tree.topLevelItemCount() == 1)  # type: ignore[union-attr]
    # the task due in 5 days stays on screen, under the coming days: Today never says "nothing" over it
    assert [t.title for t, *_ in today.data.upcoming] == ["Later"]  # type: ignore[union-attr]
    assert not today.state.text().startswith("Nothing")


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_is_named(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case = _new_case(vault, days_ago=20)
    assert case.id is not None
    contact = vault.contacts.add(Contact(case_id=case.id, at=datetime.now(), notes="x"))
    vault.tasks.add(Task(title="Bellen", case_id=case.id, due_on=date.today()))
    tab = ContactsTab(session, case.id)
    tasks = TasksTab(session, case.id)
    today = TodayPage(session)
    search = SearchDialog(session)
    from trustdesk.ui.case.revision_history import RevisionHistoryDialog
    from trustdesk.ui.case.task_dialog import TaskDialog

    history = RevisionHistoryDialog(session, contact.id or 0)
    dialog = TaskDialog(session, case_id=case.id)
    unnamed = []
    for top in (tab, tasks, today, search, history, dialog):
        qtbot.addWidget(top)
        with qtbot.waitSignal(today.loaded, timeout=10_000):  # read in a worker
            today.refresh()
        for widget in top.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.objectName().startswith("qt_"):
                continue
            if _inside_combo_box(widget):
                continue  # a combo box's own popup list
            if not widget.objectName() or not widget.accessibleName():
                unnamed.append(f"{type(top).__name__}: {type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []
