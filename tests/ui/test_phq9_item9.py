"""PHQ-9 item 9 is recorded apart: any answer above 0 asks for a risk assessment and offers the
safety plan whatever the total, and the case needs attention until a risk is assessed after it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.rules import AttentionReason, CaseActivity, attention_reasons
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.safety.score_dialog import ScoreDialog
from trustdesk.vault import Vault


def _case(vault: Vault) -> int:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=30)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=3), risk=RiskLevel.LOW))
    return case.id


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_a_positive_item9_with_a_low_total_asks_and_offers_the_plan(qtbot: QtBot, session: VaultSession,
                                                                    vault: Vault, item9: int) -> None:
    case_id = _case(vault)
    dialog = ScoreDialog(session, case_id)
    qtbot.addWidget(dialog)
    assert dialog.item9.isVisibleTo(dialog) or not dialog.isVisible()
    dialog.item9.setCurrentIndex(dialog.item9.findData(item9))
    assert dialog.total.value() == item9  # the item is part of the total: a total of 0 is raised to it
    assert "whatever the total" in dialog.item9_hint.text()
    dialog.save()
    assert dialog.stored is not None and dialog.stored.item9 == item9 and dialog.stored.total == item9
    prompt = dialog.item9_prompt
    assert isinstance(prompt, QMessageBox) and str(item9) in prompt.text() and "safety plan" in prompt.text()
    from PySide6.QtWidgets import QPushButton

    plan_button = prompt.findChild(QPushButton, "score_item9_plan")
    assert plan_button is not None and prompt.defaultButton() is plan_button
    plan_button.click()
    from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog

    assert isinstance(dialog.plan_dialog, SafetyPlanDialog)
    # item 9 is about thoughts, not behaviour: the plan is offered, and only the risk the trust person
    # assessed (low here) decides whether it is required, never the answer alone
    assert dialog.plan_dialog.risk is RiskLevel.LOW and not dialog.plan_dialog.required
    dialog.plan_dialog.close()
    assert [s.item9 for s in vault.scores.for_case(case_id)] == [item9]


def test_item9_zero_or_not_recorded_asks_nothing(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case_id = _case(vault)
    for value in (None, 0):
        dialog = ScoreDialog(session, case_id)
        qtbot.addWidget(dialog)
        dialog.total.setValue(22)
        dialog.item9.setCurrentIndex(dialog.item9.findData(value))
        dialog.save()
        assert dialog.stored is not None and dialog.stored.item9 == value and dialog.item9_prompt is None
    gad = ScoreDialog(session, case_id)
    qtbot.addWidget(gad)
    gad.instrument.setCurrentIndex(gad.instrument.findData("gad7"))
    assert not gad.item9.isVisibleTo(gad) and gad.item9_value() is None


def test_the_case_needs_attention_until_a_risk_is_assessed_after_item9(session: VaultSession,
                                                                       vault: Vault) -> None:
    from trustdesk.domain.scores import Instrument, Score
    from trustdesk.ui.case.cases_model import CasesModel

    case_id = _case(vault)
    vault.scores.add(Score(case_id, Instrument.PHQ9, 4, date.today() - timedelta(days=1), item9=1))
    model = CasesModel(session)
    model.load_now()
    assert model.matching_rows()[0].attention is AttentionReason.ITEM9_NOT_ASSESSED
    vault.contacts.add(Contact(case_id=case_id, at=datetime.now()))  # a note without an assessment: still
    model.load_now()
    assert model.matching_rows()[0].attention is AttentionReason.ITEM9_NOT_ASSESSED
    vault.contacts.add(Contact(case_id=case_id, at=datetime.now(), risk=RiskLevel.MODERATE))
    model.load_now()
    assert model.matching_rows()[0].attention is None


def test_item9_rule_over_dates() -> None:
    today = date(2026, 12, 6)
    for days_before in range(-3, 4):
        positive = today - timedelta(days=3)
        assessed = positive + timedelta(days=days_before)
        activity = CaseActivity(1, CaseStatus.ACTIVE, date(2026, 1, 1), RiskLevel.LOW, assessed, None, True,
                                positive, assessed)
        assert (AttentionReason.ITEM9_NOT_ASSESSED in attention_reasons(activity, today)) == (assessed < positive)
