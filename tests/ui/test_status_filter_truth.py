"""The case list's status box always tells the truth about which statuses are shown (outside tester:
it said "Every status except closed" while a "Show closed cases" box beside it was ticked and the
closed cases were in the list).  One control decides: whatever else on the list is ticked or
chosen, a closed case shows exactly when the status box names closed ("closed included" or
"Closed"), and a choice of one status shows that status only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case
from trustdesk.ui.case.cases_page import CasesPage
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def _one_of_each(vault: Vault) -> None:
    for status in CaseStatus:
        case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
        assert case.id is not None
        if status is not CaseStatus.INTAKE:
            vault.cases.change_status(case.id, CaseStatus.ACTIVE)
        if status not in (CaseStatus.INTAKE, CaseStatus.ACTIVE):
            vault.cases.change_status(case.id, status, **(
                {"reason": CloseReason.UNREACHABLE} if status is CaseStatus.CLOSED else {}))


def _promised(text: str, language: str) -> set[CaseStatus]:
    """What the status box's words promise, read as a person reads them."""
    everything = set(CaseStatus)
    words = {"en": ("Every status except closed", "Every status, closed included"),
             "nl": ("Elke status behalve afgesloten", "Elke status, ook afgesloten"),
             "fr": ("Tous les statuts sauf clôturé", "Tous les statuts, clôturés compris")}[language]
    if text == words[0]:
        return everything - {CaseStatus.CLOSED}
    if text == words[1]:
        return everything
    from trustdesk.ui.kit.risk_badge import status_text

    return {s for s in CaseStatus if status_text(s) == text}


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_status_box_says_what_the_list_shows_whatever_else_is_set(
        qtbot: QtBot, session: VaultSession, vault: Vault, translations: Translations, language: str) -> None:
    translations.install(language)
    _one_of_each(vault)
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total_count() == len(CaseStatus), timeout=3000)
    # every other control of the list that can be ticked: none may change which statuses are shown
    toggles = [b for b in page.list_panel.findChildren(QAbstractButton) if b.isCheckable()]
    assert page.list_panel.findChildren(QComboBox, "cases_filter_status") == [page.status_filter]
    for row in range(page.status_filter.count()):
        page.status_filter.setCurrentIndex(row)
        promised = _promised(page.status_filter.currentText(), language)
        assert promised, page.status_filter.currentText()
        assert {r.status for r in page.model.matching_rows()} == promised, page.status_filter.currentText()
        for toggle in toggles:  # each ticked alone, then all: fewer rows may show (needs attention), never more
            toggle.setChecked(True)
            shown = {r.status for r in page.model.matching_rows()}
            assert shown <= promised, (page.status_filter.currentText(), toggle.objectName())
            toggle.setChecked(False)
    page.status_filter.setCurrentIndex(0)
    for toggle in toggles:
        toggle.setChecked(False)
    page.text_filter.setText("zzz-nothing")  # nothing matches: the hint names the box's own choice
    assert page.status_filter.itemText(1) in page.empty.text()
