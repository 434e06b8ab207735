"""Switching the interface to French leaves no Dutch behind in the places a trust person saw it:
the note's "Saved at" status, the conflict-of-interest section of Settings, and the report's
language (which follows the interface until the trust person picks one)."""

from __future__ import annotations

from datetime import date, datetime

from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.conflict import AffiliationsBox
from trustdesk.ui.case.contacts_tab import ContactsTab
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.reports.reports_page import ReportsPage
from trustdesk.vault import Vault


def test_saved_at_affiliations_and_report_language_follow_a_switch(qtbot: QtBot, session: VaultSession,
                                                                    vault: Vault, translations: Translations) -> None:
    translations.install("nl")
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 2, 10, 0), notes="x"))
    tab = ContactsTab(session, case.id)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.editor.contact_id is not None, timeout=3000)
    assert tab.editor.status_label.text().startswith("Bewaard om")
    box = AffiliationsBox(session)
    qtbot.addWidget(box)
    assert box.title() == "Belangenconflict"
    reports = ReportsPage(session)
    qtbot.addWidget(reports)
    assert reports.report_language() == "nl"

    translations.install("fr")
    qtbot.waitUntil(lambda: tab.editor.status_label.text().startswith("Enregistrée à"), timeout=3000)
    assert box.title() == "Conflit d’intérêts"
    assert reports.report_language() == "fr"

    reports.language.setCurrentIndex(reports.language.findData("en"))
    reports.language.activated.emit(reports.language.currentIndex())  # the trust person's own choice
    translations.install("nl")
    assert reports.report_language() == "en"  # kept: chosen, not followed
