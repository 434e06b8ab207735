"""A new note's risk is *not assessed*: saving it without choosing keeps the case "not assessed"
(never "no risk"), Done asks for an explicit choice, and the header, the list of notes, the cases
list and the printed summary all say so."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.case.cases_model import CasesModel
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def test_a_note_saved_without_choosing_keeps_the_case_not_assessed(qtbot: QtBot, session: VaultSession,
                                                                   vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=2)))
    assert case.id is not None
    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=5000):  # the notes are read in a worker
        assert view.show_case(case.id)
    assert view.risk.text() == "Not assessed"
    assert view.contacts is not None
    tab = view.contacts
    editor = tab.editor
    assert editor.risk_combo.currentData() == RiskLevel.NOT_ASSESSED.value  # the picker's default
    qtbot.keyClicks(editor.notes_edit, "Slaapt slecht.")
    qtbot.waitUntil(lambda: len(vault.contacts.for_case(case.id)) == 1, timeout=5000)  # type: ignore[arg-type]
    assert vault.contacts.for_case(case.id)[0].risk is RiskLevel.NOT_ASSESSED
    qtbot.waitUntil(lambda: tab.timeline.count() == 1, timeout=3000)
    assert "Risk not assessed" in tab.timeline.row_text(0)
    assert view.risk.text() == "Not assessed"  # not "No risk": nobody judged anything
    assert editor.risk_hint.isVisibleTo(view)

    # Done refuses the note until a level is chosen; the text is saved all the same
    assert not editor.finish()
    assert "risk level" in editor.status_label.text()
    assert editor.risk_combo.hasFocus() or not view.isActiveWindow()

    # an explicit "No risk" is a choice: the note is complete and the header says it
    editor.risk_combo.setCurrentIndex(editor.risk_combo.findData(RiskLevel.NONE.value))
    assert not editor.risk_hint.isVisibleTo(view)
    assert editor.finish()
    assert vault.contacts.for_case(case.id)[0].risk is RiskLevel.NONE
    qtbot.waitUntil(lambda: view.risk.text() == "No risk identified", timeout=3000)
    qtbot.waitUntil(lambda: "Risk not assessed" not in tab.timeline.row_text(0), timeout=3000)


def test_an_unassessed_note_neither_lowers_nor_hides_an_earlier_risk(session: VaultSession, vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 2, 10, 0), risk=RiskLevel.HIGH))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 9, 10, 0)))  # nothing chosen
    model = CasesModel(session)
    model.load_now()
    row = next(r for r in model.matching_rows() if r.case_id == case.id)
    assert row.risk is RiskLevel.HIGH and row.last_contact == date(2026, 10, 9)


def test_the_missing_plan_mark_goes_once_version_1_is_saved_anywhere(qtbot: QtBot, session: VaultSession,
                                                                     vault: Vault) -> None:
    from trustdesk.domain.safety import SafetyPlan
    from trustdesk.ui.case.contacts_tab import ContactsTab

    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 2, 10, 0), risk=RiskLevel.ACUTE))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 3, 10, 0), risk=RiskLevel.HIGH))
    tab = ContactsTab(session, case.id)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.timeline.count() == 2, timeout=3000)
    assert all("No complete safety plan" in tab.timeline.row_text(i) for i in range(2))
    # saved elsewhere (the Safety plan tab, another dialog): the change feed clears every mark
    vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="slaapt niet", help_people="zus",
                                       environment_safety="medicatie bij de huisarts"))
    qtbot.waitUntil(lambda: not any("No complete safety plan" in tab.timeline.row_text(i) for i in range(2)),
                    timeout=3000)
    assert not tab.editor.safety_warning.isVisibleTo(tab)
