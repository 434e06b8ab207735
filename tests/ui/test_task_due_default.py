"""A new task's due date follows the case's current risk (issue 18: it was +7 days whatever the risk):
the rule lives in one place (``rules.DEFAULT_DUE_DAYS``), covers every level, never proposes a later
day for a higher risk, never treats "not assessed" as "no risk", and the task dialog proposes it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.domain import rules
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.task_dialog import TaskDialog
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

ASSESSED = [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.ACUTE]


def test_the_rule_covers_every_level_and_a_higher_risk_is_never_later() -> None:
    assert set(rules.DEFAULT_DUE_DAYS) == {*RiskLevel, None}
    days = [rules.DEFAULT_DUE_DAYS[r] for r in ASSESSED]
    assert days == sorted(days, reverse=True)
    assert rules.DEFAULT_DUE_DAYS[RiskLevel.ACUTE] <= 1 and rules.DEFAULT_DUE_DAYS[RiskLevel.HIGH] <= 1
    assert 2 <= rules.DEFAULT_DUE_DAYS[RiskLevel.MODERATE] <= 3
    # nobody judged the risk yet: never the week a "no risk" case gets
    assert rules.DEFAULT_DUE_DAYS[RiskLevel.NOT_ASSESSED] < rules.DEFAULT_DUE_DAYS[RiskLevel.NONE]


@pytest.mark.parametrize("risk", list(RiskLevel))
def test_a_new_task_on_a_case_is_due_when_its_risk_says(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                       risk: RiskLevel) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=10)))
    assert case.id is not None
    if risk.assessed:
        vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=3), risk=RiskLevel.LOW))
        vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=1), risk=risk,
                                   safety_plan="plan" if risk.needs_safety_plan else ""))
    # a later note without an assessment changes nothing
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now(), risk=RiskLevel.NOT_ASSESSED))
    dialog = TaskDialog(session, case_id=case.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.risk is not None)
    assert dialog.risk is risk
    assert dialog.due_edit.date().toPython() == date.today() + timedelta(days=rules.DEFAULT_DUE_DAYS[risk])
    assert dialog.task().due_on == date.today() + timedelta(days=rules.DEFAULT_DUE_DAYS[risk])


def test_a_free_standing_task_is_due_in_a_week(qtbot: QtBot, session: VaultSession) -> None:
    dialog = TaskDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.task().due_on == date.today() + timedelta(days=rules.DEFAULT_DUE_DAYS[None])
