"""PHQ-9 item 9 is recorded apart: any answer above 0 asks for a risk assessment and offers the
safety plan whatever the total, and the case needs attention until a later PHQ-9 answers item 9 with 0
or a complete safety plan is saved on or after its day (rules.item9_needs_attention)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.rules import AttentionReason, CaseActivity, attention_reasons
from trustdesk.domain.safety import SafetyPlan
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


def _plan(case_id: int, complete: bool, n: int) -> SafetyPlan:
    steps = {"warning_signs": f"signes {n}"}
    if complete:
        steps |= {"help_people": "Marie", "environment_safety": "médicaments chez le pharmacien"}
    return SafetyPlan(case_id=case_id, **steps)


def test_the_testers_case_stays_flagged_after_a_note_without_risk(qtbot: QtBot, session: VaultSession,
                                                                  vault: Vault) -> None:
    """Total 4, item 9 = 1, then a note saying "no risk": still flagged in the list, the "needs attention"
    filter, Today and the case header, until a complete safety plan is saved."""
    from trustdesk.domain.scores import Instrument, Score
    from trustdesk.ui.case.cases_model import CaseFilter, CasesModel, Column
    from trustdesk.ui.case.queries import load_header, read_today
    from trustdesk.ui.kit.case_labels import date_text

    case_id = _case(vault)
    taken = date.today() - timedelta(days=2)
    vault.scores.add(Score(case_id, Instrument.PHQ9, 4, taken, item9=1))
    vault.contacts.add(Contact(case_id=case_id, at=datetime.now(), risk=RiskLevel.NONE))
    model = CasesModel(session)
    model.set_filter(CaseFilter(attention_only=True))
    model.load_now()
    assert [r.attention for r in model.matching_rows()] == [AttentionReason.ITEM9_POSITIVE]
    assert model.matching_rows()[0].texts[Column.ATTENTION] == f"PHQ-9 item 9 positive on {date_text(taken)}"
    assert [a.reason for a in read_today(vault, date.today()).attention] == [AttentionReason.ITEM9_POSITIVE]
    header = load_header(vault, case_id)
    assert header is not None and header.item9_on == taken
    from trustdesk.ui.case.case_view import CaseView

    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(case_id)
    assert "PHQ-9 item 9 positive on" in view.notices.text() and not view.notices.isHidden()
    vault.safety_plans.save(_plan(case_id, True, 1))
    model.load_now()
    assert model.matching_rows() == [] and read_today(vault, date.today()).attention == []
    qtbot.waitUntil(lambda: "PHQ-9" not in view.notices.text(), timeout=5000)


history_st = st.lists(st.tuples(st.sampled_from(["phq9", "plan", "note"]), st.integers(0, 20),
                                st.none() | st.integers(0, 3), st.booleans()), max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=history_st)
def test_the_item9_flag_shows_iff_the_rule_holds(vault: Vault, history: list[tuple[str, int, int | None, bool]]) -> None:
    """Over generated histories of PHQ-9s (item 9 unanswered, 0 or positive), safety plan versions (complete
    or not) and notes without risk, in any order of days: the list, Today and the header flag the case
    exactly when the latest PHQ-9 that answered item 9 is positive and no complete plan was saved since."""
    from trustdesk.domain.rules import attention_reasons
    from trustdesk.domain.scores import Instrument, Score
    from trustdesk.ui.case.queries import load_header, read_today

    today = date.today()
    case = vault.cases.add(Case(code="", opened_on=today))
    assert case.id is not None
    answered: list[tuple[date, int, int]] = []  # (day, order, item 9)
    plan: tuple[date, bool] | None = None  # the current (last saved) version
    for n, (kind, days_ago, item9, complete) in enumerate(history):
        day = today - timedelta(days=days_ago)
        if kind == "phq9":
            vault.scores.add(Score(case.id, Instrument.PHQ9, max(item9 or 0, 4), day, item9=item9))
            if item9 is not None:
                answered.append((day, n, item9))
        elif kind == "plan":
            vault.safety_plans.save(_plan(case.id, complete, n), at=datetime.combine(day, datetime.min.time()))
            plan = (day, complete)
        else:
            vault.contacts.add(Contact(case_id=case.id, at=datetime.combine(day, datetime.min.time()),
                                       risk=RiskLevel.NONE))
    latest = max(answered, default=None)
    positive_on = latest[0] if latest is not None and latest[2] > 0 else None
    expected = positive_on is not None and not (plan is not None and plan[1] and plan[0] >= positive_on)
    row = next(r for r in vault.cases.list_rows() if r.case_id == case.id)
    assert (AttentionReason.ITEM9_POSITIVE in attention_reasons(row, today)) is expected
    assert row.item9_positive_on == positive_on
    header = load_header(vault, case.id)
    assert header is not None and header.item9_on == (positive_on if expected else None)
    listed = [a for a in read_today(vault, today).attention if a.row.case_id == case.id]
    assert [a.reason for a in listed] == ([AttentionReason.ITEM9_POSITIVE] if expected else [])
    vault.cases.delete(case.id)  # the next history starts from a vault without it


def test_item9_rule_over_dates() -> None:
    today = date(2026, 12, 6)
    positive = today - timedelta(days=3)
    for days_before in range(-3, 4):
        saved = positive + timedelta(days=days_before)
        for satisfied in (True, False):
            activity = CaseActivity(1, CaseStatus.ACTIVE, date(2026, 1, 1), RiskLevel.NONE, saved, None,
                                    satisfied, positive, saved)
            flagged = AttentionReason.ITEM9_POSITIVE in attention_reasons(activity, today)
            assert flagged == (not satisfied or saved < positive)
            none = CaseActivity(1, CaseStatus.ACTIVE, date(2026, 1, 1), RiskLevel.NONE, saved, None, satisfied,
                                None, saved)
            assert AttentionReason.ITEM9_POSITIVE not in attention_reasons(none, today)
