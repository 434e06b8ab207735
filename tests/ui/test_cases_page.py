"""The cases page against a real vault: new-case dialog, list filters, opening, status, closing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustdesk.domain import rules
from trustdesk.domain.enums import (
    CaseStatus,
    CloseReason,
    Initiator,
    KnowledgeDomain,
    Language,
    Province,
    RiskLevel,
)
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.case_details import DetailsTab
from trustdesk.ui.case.cases_model import Column
from trustdesk.ui.case.cases_page import CasesPage
from trustdesk.ui.case.close_case_dialog import CloseCaseDialog
from trustdesk.ui.case.new_case_dialog import NewCaseDialog
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@pytest.fixture
def page(qtbot: QtBot, session: VaultSession) -> CasesPage:
    p = CasesPage(session)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitUntil(lambda: p.model.total_count() >= 0 and p.count is not None, timeout=3000)
    return p


def _child(parent: QWidget, cls: type, name: str) -> object:
    found = parent.findChild(cls, name)
    assert found is not None, name
    return found


def _shown_codes(page: CasesPage) -> set[str]:
    return {row.code for row in page.model.matching_rows()}


def _add(vault: Vault, status: CaseStatus = CaseStatus.ACTIVE, days_ago: int = 5,
         domains: frozenset[KnowledgeDomain] = frozenset(), risk: RiskLevel | None = None) -> Case:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=days_ago), domains=domains))
    assert case.id is not None
    if status is not CaseStatus.INTAKE:
        case = vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    if status is CaseStatus.WAITING:
        case = vault.cases.change_status(case.id, CaseStatus.WAITING)
    if status is CaseStatus.CLOSED:
        case = vault.cases.change_status(case.id, CaseStatus.CLOSED, reason=CloseReason.UNREACHABLE)
    if risk is not None:
        vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=9), risk=risk))
    return case


def _reload(qtbot: QtBot, page: CasesPage) -> None:
    with qtbot.waitSignal(page.model.loaded, timeout=3000):
        page.model.reload()


def test_create_case_through_the_dialog(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    page.new_case()
    dialog = _child(page, QDialog, "new_case_dialog")
    assert isinstance(dialog, NewCaseDialog)
    expected_code = vault.cases.next_code(date.today())
    assert expected_code in _child(dialog, QLabel, "new_case_code").text()  # type: ignore[attr-defined]

    initiator = _child(dialog, QComboBox, "intake_initiator")
    initiator.setCurrentIndex(initiator.findData(Initiator.COLLEAGUE))  # type: ignore[attr-defined]
    language = _child(dialog, QComboBox, "intake_language")
    language.setCurrentIndex(language.findData(Language.FR))  # type: ignore[attr-defined]
    region = _child(dialog, QComboBox, "intake_region")
    region.setCurrentIndex(region.findData(Province.LIEGE.value))  # type: ignore[attr-defined]
    qtbot.keyClicks(_child(dialog, QLineEdit, "intake_coordinator_ref"), "COORD-2026-117")
    _child(dialog, QLineEdit, "intake_specialty").setText("Anesthésie")  # type: ignore[attr-defined]
    _child(dialog, QCheckBox, "intake_domain_burnout").setChecked(True)  # type: ignore[attr-defined]
    _child(dialog, QCheckBox, "intake_domain_substance_abuse").setChecked(True)  # type: ignore[attr-defined]
    _child(dialog, QCheckBox, "intake_consent").setChecked(True)  # type: ignore[attr-defined]
    qtbot.keyClicks(_child(dialog, QLineEdit, "intake_doctor_name"), "Dr Claire Dubois")
    qtbot.keyClicks(_child(dialog, QLineEdit, "intake_doctor_phone"), "+32 470 12 34 56")

    with qtbot.waitSignal(dialog.finished, timeout=3000):  # type: ignore[attr-defined]
        qtbot.mouseClick(_child(dialog, QPushButton, "new_case_create"), Qt.MouseButton.LeftButton)

    stored = vault.cases.by_code(expected_code)
    assert stored is not None
    assert stored.initiator is Initiator.COLLEAGUE and stored.language is Language.FR
    assert stored.region == "liege" and stored.coordinator_ref == "COORD-2026-117"
    assert stored.specialty == "Anesthésie" and stored.consent_to_contact
    assert stored.domains == {KnowledgeDomain.BURNOUT, KnowledgeDomain.SUBSTANCE_ABUSE}
    assert stored.doctor_name == "Dr Claire Dubois" and stored.doctor_phone == "+32 470 12 34 56"
    assert stored.status is CaseStatus.INTAKE

    # the new case opens; back in the list it is there
    assert page.stack.currentWidget() is page.case_view
    assert page.case_view.code.text() == expected_code
    page.show_list()
    qtbot.waitUntil(lambda: expected_code in _shown_codes(page), timeout=3000)
    row = page.model.row_of(stored.id or 0)
    assert row is not None
    assert page.model.data(page.model.index(row, Column.DOMAINS)) == "Burn-out, Substance misuse"
    assert page.table.currentIndex().row() == row  # the case just left stays selected


def test_cancel_creates_nothing(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    dialog = page.new_case()
    assert dialog is not None
    qtbot.keyClicks(dialog.form.doctor_name, "Dr Jan Peeters")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # something typed: Esc asks first (kit/lock_bound.py)
    question = dialog.findChild(QMessageBox, "discardQuestion")
    assert isinstance(question, QMessageBox) and question.isVisible() and dialog.isVisible()
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        question.findChild(QAbstractButton, "discardDiscard").click()
    assert vault.cases.count() == 0
    assert dialog.form.doctor_name.text() == ""  # nothing typed stays behind


def test_list_filters_through_the_widgets(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    burnout = _add(vault, domains=frozenset({KnowledgeDomain.BURNOUT}), risk=RiskLevel.HIGH)
    depression = _add(vault, status=CaseStatus.WAITING, domains=frozenset({KnowledgeDomain.DEPRESSION}),
                      risk=RiskLevel.LOW)
    intake = _add(vault, status=CaseStatus.INTAKE, days_ago=1)
    closed = _add(vault, status=CaseStatus.CLOSED, domains=frozenset({KnowledgeDomain.BURNOUT}))
    _reload(qtbot, page)
    open_codes = {burnout.code, depression.code, intake.code}
    assert _shown_codes(page) == open_codes  # closed hidden by default
    assert page.table.model().rowCount() == 3

    page.status_filter.setCurrentIndex(page.status_filter.findData("all_statuses"))
    assert _shown_codes(page) == open_codes | {closed.code}
    page.status_filter.setCurrentIndex(0)

    page.status_filter.setCurrentIndex(page.status_filter.findData(CaseStatus.WAITING.value))
    assert _shown_codes(page) == {depression.code}
    page.status_filter.setCurrentIndex(page.status_filter.findData(CaseStatus.CLOSED.value))
    assert _shown_codes(page) == {closed.code}
    page.status_filter.setCurrentIndex(0)

    page.domain_filter.setCurrentIndex(page.domain_filter.findData(KnowledgeDomain.BURNOUT.value))
    assert _shown_codes(page) == {burnout.code}
    page.domain_filter.setCurrentIndex(0)

    page.risk_filter.setCurrentIndex(page.risk_filter.findData("high_or_acute"))
    assert _shown_codes(page) == {burnout.code}
    page.risk_filter.setCurrentIndex(page.risk_filter.findData(RiskLevel.LOW.value))
    assert _shown_codes(page) == {depression.code}
    page.risk_filter.setCurrentIndex(0)

    page.attention_filter.setChecked(True)  # high risk, last contact 9 days ago
    assert _shown_codes(page) == {burnout.code}
    page.attention_filter.setChecked(False)

    qtbot.keyClicks(page.text_filter, intake.code[-4:])
    assert _shown_codes(page) == {intake.code}
    page.text_filter.clear()
    qtbot.keyClicks(page.text_filter, "zzz-no-such-case")
    assert _shown_codes(page) == set()
    assert page.list_stack.currentWidget() is page.empty
    assert "No case matches" in page.empty.text()
    assert page.clear_filters_button.isEnabled()
    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert _shown_codes(page) == open_codes
    assert page.list_stack.currentWidget() is page.table


def test_empty_vault_shows_a_calm_empty_state(page: CasesPage) -> None:
    assert page.list_stack.currentWidget() is page.empty
    assert "No cases yet" in page.empty.text()


def test_enter_and_double_click_open_the_case(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    case = _add(vault)
    _reload(qtbot, page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, Column.CODE))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.case_view
    assert page.case_view.code.text() == case.code
    qtbot.mouseClick(page.case_view.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_panel

    rect = page.table.visualRect(page.model.index(0, Column.CODE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stack.currentWidget() is page.case_view
    assert page.case_view.code.text() == case.code


def test_status_combobox_offers_only_allowed_transitions(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    for status in CaseStatus:
        case = _add(vault, status=status)
        assert case.id is not None and page.open_case(case.id)
        combo = _child(page, QComboBox, "case_status")
        assert combo.itemData(0) == status.value  # type: ignore[attr-defined]
        assert set(page.case_view.offered_transitions()) == rules.allowed_transitions(status)
        assert combo.count() == 1 + len(rules.allowed_transitions(status))  # type: ignore[attr-defined]
        page.show_list()


def test_changing_status_through_the_combobox(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    case = _add(vault, status=CaseStatus.INTAKE)
    assert case.id is not None and page.open_case(case.id)
    combo = page.case_view.status
    index = combo.findData(CaseStatus.ACTIVE.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a user's choice emits (also a stray arrow key or wheel)
    assert vault.cases.get(case.id).status is CaseStatus.INTAKE  # type: ignore[union-attr]  # asked first
    assert page.case_view.status_confirm.isVisibleTo(page)
    page.case_view.status_yes.click()
    qtbot.waitUntil(lambda: page.case_view.header is not None
                    and page.case_view.header.case.status is CaseStatus.ACTIVE, timeout=3000)
    stored = vault.cases.get(case.id)
    assert stored is not None and stored.status is CaseStatus.ACTIVE
    assert set(page.case_view.offered_transitions()) == {CaseStatus.WAITING, CaseStatus.CLOSED}


def test_closing_records_reason_and_date_and_shows_retention(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    vault.settings.set("retention.years", 7)
    case = _add(vault, days_ago=60)
    assert case.id is not None and page.open_case(case.id)
    combo = page.case_view.status
    index = combo.findData(CaseStatus.CLOSED.value)
    combo.activated.emit(index)
    dialog = _child(page, QDialog, "close_case_dialog")
    assert isinstance(dialog, CloseCaseDialog)
    confirm = _child(dialog, QPushButton, "close_confirm")
    assert not confirm.isEnabled()  # type: ignore[attr-defined]  # a reason is required

    closed_on = date.today() - timedelta(days=3)
    reason_combo = _child(dialog, QComboBox, "close_reason")
    reason_combo.setCurrentIndex(reason_combo.findData(CloseReason.STRUCTURAL_SOLUTION))  # type: ignore[attr-defined]
    dialog.date.setDate(QDate(closed_on.year, closed_on.month, closed_on.day))
    until = rules.retention_until(closed_on, 7)
    assert str(until.year) in _child(dialog, QLabel, "close_retention").text()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.note, "Vaste psycholoog gevonden, opvolging via huisarts.")
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]

    stored = vault.cases.get(case.id)
    assert stored is not None
    assert stored.status is CaseStatus.CLOSED
    assert stored.closed_on == closed_on and stored.close_reason is CloseReason.STRUCTURAL_SOLUTION
    assert stored.close_note.startswith("Vaste psycholoog")
    info = page.case_view.closed_info
    assert info.isVisible()
    assert "Structural solution found" in info.text() and str(until.year) in info.text()
    assert page.case_view.offered_transitions() == [CaseStatus.ACTIVE]  # reopen only


def test_cancel_closing_changes_nothing(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    case = _add(vault)
    assert case.id is not None and page.open_case(case.id)
    page.case_view.change_status(CaseStatus.CLOSED)
    dialog = page.case_view.close_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    stored = vault.cases.get(case.id)
    assert stored is not None and stored.status is CaseStatus.ACTIVE
    assert page.case_view.status.currentData() == CaseStatus.ACTIVE.value
    assert not page.case_view.closed_info.isVisible()


def test_details_tab_saves_through_a_vault_op_and_flushes_on_lock(qtbot: QtBot, page: CasesPage,
                                                                  session: VaultSession, vault: Vault) -> None:
    case = _add(vault)
    assert case.id is not None and page.open_case(case.id)
    details = page.case_view.details
    assert isinstance(details, DetailsTab)
    qtbot.keyClicks(details.form.specialty, "Huisartsgeneeskunde")
    assert details.dirty
    details.save()
    qtbot.waitUntil(lambda: (vault.cases.get(case.id or 0) or case).specialty == "Huisartsgeneeskunde",
                    timeout=3000)
    stored = vault.cases.get(case.id)
    assert stored is not None and stored.status is CaseStatus.ACTIVE  # status left alone

    # typed, not yet saved, then the vault locks: the text reaches the vault before the key goes
    qtbot.keyClicks(details.form.workplace, "AZ Sint-Jan, spoed")
    assert details.dirty
    session.lock()
    assert page.case_view.header is None and page.case_view.tabs.count() == 0
    assert page.model.total_count() == 0
    from tests.conftest import PASSPHRASE

    reopened = Vault.unlock(vault.data_dir, PASSPHRASE, keychain=vault._keychain)
    try:
        again = reopened.cases.get(case.id)
        assert again is not None and again.workplace == "AZ Sint-Jan, spoed"
    finally:
        reopened.lock()


def test_lock_drops_every_case_datum(qtbot: QtBot, page: CasesPage, session: VaultSession, vault: Vault) -> None:
    case = _add(vault, risk=RiskLevel.MODERATE)
    _reload(qtbot, page)
    qtbot.keyClicks(page.text_filter, case.code)
    assert case.id is not None and page.open_case(case.id)
    session.lock()
    assert page.stack.currentWidget() is page.list_panel
    assert page.model.rowCount() == 0 and page.model.matching_rows() == []
    assert page.text_filter.text() == ""
    assert page.case_view.code.text() == "" and page.case_view.risk.text() == ""


def _unnamed_controls(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Focusable, visible controls without an objectName or an accessible name (Qt's own parts and
    the ``skip`` subtrees -- other tasks' tabs -- aside)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if any(s is widget or s.isAncestorOf(widget) for s in skip):
            continue
        if widget.objectName().startswith("qt_") or widget.parent() is not None and \
                widget.parent().objectName().startswith("qt_"):
            continue
        if type(widget).__name__ in ("QTabBar", "QScrollBar") or widget.focusProxy() is not None:
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}")
    return missing


def test_every_control_has_an_object_name_and_an_accessible_name(qtbot: QtBot, page: CasesPage,
                                                                  vault: Vault) -> None:
    case = _add(vault, risk=RiskLevel.LOW)
    _reload(qtbot, page)
    page.clear_filters_button.setEnabled(True)
    assert _unnamed_controls(page.list_panel) == []
    assert case.id is not None and page.open_case(case.id)
    details = page.case_view.details
    assert details is not None
    page.case_view.tabs.setCurrentWidget(details)
    own = [w for w in (page.case_view.back_button, page.case_view.status, page.case_view.tabs, details)]
    assert all(w.isVisible() for w in own)
    view = page.case_view
    others = tuple(w for w in (view.contacts, view.referrals, view.tasks, view.documents) if w is not None)
    assert _unnamed_controls(view, skip=others) == []
    dialog = page.new_case()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert _unnamed_controls(dialog) == []
    dialog.reject()
    page.case_view.change_status(CaseStatus.CLOSED)
    assert page.case_view.close_dialog is not None
    qtbot.waitExposed(page.case_view.close_dialog)
    assert _unnamed_controls(page.case_view.close_dialog) == []
    page.case_view.close_dialog.reject()


def test_a_case_destroyed_while_open_leaves_nothing_on_screen(qtbot: QtBot, page: CasesPage, vault: Vault) -> None:
    case = _add(vault, risk=RiskLevel.LOW)
    assert case.id is not None and page.open_case(case.id)
    assert page.case_view.tabs.count() == 7  # Contacts … Details, Over time, Knowledge
    vault.cases.delete(case.id)
    qtbot.waitUntil(lambda: page.case_view.header is None, timeout=3000)
    assert page.case_view.tabs.count() == 0 and page.case_view.code.text() == ""
    assert "no longer exists" in page.case_view.message.text()
