"""The case header while a case is at acute risk shows the crisis lines (case language, plus the
directory's) and the safety plan's date; a case received by handover shows its previous code; a
conflict-of-interest decision is shown; lock clears it all."""

from __future__ import annotations

from datetime import date, datetime

from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseOrigin, ConflictDecision, Language, ProviderKind, RiskLevel
from trustdesk.domain.models import Case, Contact, Provider
from trustdesk.domain.safety import SafetyPlan
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def test_acute_risk_shows_crisis_lines_and_the_plan_date(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), language=Language.NL))
    assert case.id is not None
    vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name="Huisartsenwachtpost", phone="1733"))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 1, 20, 0), risk=RiskLevel.HIGH))
    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(case.id)
    assert "Crisis lines" not in view.notices.text()  # high, not acute

    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 20, 21, 0), risk=RiskLevel.ACUTE))
    qtbot.waitUntil(lambda: "1813" in view.notices.text(), timeout=3000)
    assert "1733" in view.notices.text() and "No safety plan yet" in view.notices.text()
    vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="x"), at=datetime(2026, 11, 20, 21, 30))
    qtbot.waitUntil(lambda: "Safety plan of" in view.notices.text(), timeout=3000)
    assert "2026" in view.notices.text()

    session.lock()
    assert view.notices.text() == "" and not view.notices.isVisibleTo(view)


def test_handover_origin_and_conflict_decision_are_shown(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), origin=CaseOrigin.HANDOVER,
                                previous_code="TD-2025-0042", conflict_decision=ConflictDecision.KEEP,
                                conflict_note="other campus"))
    assert case.id is not None
    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(case.id)
    assert "TD-2025-0042" in view.notices.text() and "other campus" in view.notices.text()
    own = vault.cases.add(Case(code="", opened_on=date(2026, 10, 2)))
    assert own.id is not None and view.show_case(own.id)
    assert view.notices.text() == ""


def test_a_directory_of_many_crisis_lines_keeps_the_header_short(qtbot: QtBot, session: VaultSession,
                                                                 vault: Vault) -> None:
    """Outside tester: a directory with hundreds of crisis lines made the acute notice 390 px high at
    1366x768 (the note editor two lines tall).  The public lines first, then a few of the directory's,
    then how many more the directory holds: the case has no plan, so never "in the safety plan"."""
    from trustdesk.ui.case.conflict import CRISIS_LINES_SHOWN

    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), language=Language.NL))
    assert case.id is not None
    for number in range(40):
        vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name=f"Praktijk {number:04}",
                                     phone=f"02 00{number:04}"))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 20, 21, 0), risk=RiskLevel.ACUTE))
    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    assert view.show_case(case.id)
    qtbot.waitUntil(lambda: "1813" in view.notices.text(), timeout=3000)
    text = view.notices.text()
    assert "0800 23 460" in text  # the physicians' helpline is never the one left out
    shown = [n for n in range(40) if f"02 00{n:04}" in text]
    assert len(shown) == CRISIS_LINES_SHOWN - 4
    assert f"(and {40 - len(shown)} more crisis lines in the directory)" in text
    assert "safety plan)" not in text and "No safety plan yet" in text
    assert view.notices.heightForWidth(1300) < 120  # a few lines, not a wall


def test_a_saved_plan_s_numbers_come_before_the_directory_s(qtbot: QtBot, session: VaultSession,
                                                             vault: Vault) -> None:
    """The case's own plan names the lines chosen for this doctor: they are shown first; those left out
    are counted where they are (the plan, or only the directory)."""
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), language=Language.NL))
    assert case.id is not None
    for number in range(40):
        vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name=f"Praktijk {number:04}",
                                     phone=f"02 00{number:04}"))
    own = "\n".join(f"Praktijk {n:04}: 02 00{n:04}" for n in (37, 38, 39))
    vault.safety_plans.save(SafetyPlan(case_id=case.id, professionals=own), at=datetime(2026, 11, 20, 21, 30))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 20, 21, 0), risk=RiskLevel.ACUTE))
    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(case.id)
    qtbot.waitUntil(lambda: "1813" in view.notices.text(), timeout=3000)
    text = view.notices.text()
    assert "02 000037" in text and "02 000038" in text and "02 000000" not in text
    assert "(and 1 more in the safety plan)" in text
    assert "(and 37 more crisis lines in the directory)" in text
