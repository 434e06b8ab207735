"""The days after a crisis stay on Today (outside tester: one "low risk" note a few hours after an acute
contact took the case off "cases that need your attention" at once).  A case whose notes assessed an
acute or high risk in the last ``RECENT_CRISIS_DAYS`` days, lower since, is listed with its own reason,
naming the level and how long ago; the cases list gives the same case the same reason.  Checked over
generated note histories against a reference read from the whole notes, on every day around the end of
the period."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from tests.ui.note_histories import TODAY, Note, cases_with_notes, histories_up_to
from trustdesk.domain import rules
from trustdesk.domain.enums import CaseStatus, RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.rules import RECENT_CRISIS_DAYS, AttentionReason, CaseActivity
from trustdesk.ui.case.cases_model import RowMaker
from trustdesk.ui.case.queries import read_today
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=histories_up_to(12))
def test_a_recent_crisis_keeps_the_case_on_today_and_in_the_list(
        vault: Vault, histories: list[list[Note]]) -> None:
    cases_with_notes(vault, histories, TODAY)
    data = read_today(vault, TODAY)
    listed = {a.row.case_id: a.reasons for a in data.attention}
    maker = RowMaker(TODAY)
    in_list = {line.case_id: maker.row(line).attention for line in vault.cases.list_rows(include_closed=False)}
    for case in vault.cases.list(include_closed=False):
        assert case.id is not None
        contacts = sorted(vault.contacts.for_case(case.id), key=lambda c: (c.at, c.id or 0))  # the reference
        current = rules.current_risk(c.risk for c in reversed(contacts))
        crises = [c for c in contacts if c.risk.needs_safety_plan]
        expected = bool(crises) and (TODAY - crises[-1].at.date()).days <= RECENT_CRISIS_DAYS \
            and current.rank < crises[-1].risk.rank and not current.needs_safety_plan
        reasons = listed.get(case.id, ())
        assert (AttentionReason.RECENT_CRISIS in reasons) == expected, (contacts, reasons)
        if expected:  # the case list shows the case as needing attention, for a reason at least as urgent
            order = list(AttentionReason)
            assert in_list[case.id] is not None
            assert order.index(in_list[case.id]) <= order.index(AttentionReason.RECENT_CRISIS)
        assert in_list[case.id] == (reasons[0] if reasons else None) or reasons == (AttentionReason.OVERDUE_TASK,)


@settings(max_examples=200, deadline=None)
@given(crisis=st.sampled_from([RiskLevel.ACUTE, RiskLevel.HIGH]), days_ago=st.integers(-2, 30),
       now=st.sampled_from(list(RiskLevel)))
def test_the_rule_over_the_days_after_a_crisis(crisis: RiskLevel, days_ago: int, now: RiskLevel) -> None:
    if now.rank > crisis.rank or (now is RiskLevel.NOT_ASSESSED):
        return  # a later note cannot be above the latest crisis note; an assessed case stays assessed
    activity = CaseActivity(1, CaseStatus.ACTIVE, TODAY - timedelta(days=90), now, TODAY,
                            crisis_on=TODAY - timedelta(days=days_ago), crisis_risk=crisis)
    reasons = rules.attention_reasons(activity, TODAY)
    kept = 0 <= days_ago <= RECENT_CRISIS_DAYS and not now.needs_safety_plan
    assert (AttentionReason.RECENT_CRISIS in reasons) == kept
    assert reasons or not kept  # never off the attention list within the period
    within = 0 <= days_ago <= RECENT_CRISIS_DAYS
    assert rules.shown_risk(activity, TODAY) is (crisis if within and crisis.rank > now.rank else now)


def test_acute_then_low_a_few_hours_later(qtbot: QtBot, session: VaultSession, vault: Vault,
                                          translations: Translations) -> None:
    """The tester's case, on Today's screen: acute at 9:00, "low" at 14:00 the same day."""
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=30)))
    assert case.id is not None
    start = datetime.combine(date.today() - timedelta(days=2), datetime.min.time())
    vault.contacts.add(Contact(case_id=case.id, at=start + timedelta(hours=9), risk=RiskLevel.ACUTE,
                               safety_plan="plan"))
    vault.contacts.add(Contact(case_id=case.id, at=start + timedelta(hours=14), risk=RiskLevel.LOW))
    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    lines = [a for a in page.data.attention if a.row.case_id == case.id] if page.data else []
    assert lines and lines[0].reasons[0] is AttentionReason.RECENT_CRISIS
    texts = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    shown = [item.child(j).text(0) for item in texts for j in range(item.childCount())]
    assert any("Acute risk 2 days ago" in t for t in shown), shown
    from trustdesk.ui.kit.risk_badge import risk_icon

    line = next(item.child(j) for item in texts for j in range(item.childCount())
                if "Acute risk 2 days ago" in item.child(j).text(0))
    assert line.icon(0).cacheKey() == risk_icon(RiskLevel.ACUTE).cacheKey()  # never the green "low" of the last note


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=histories_up_to(12))
def test_the_icon_of_a_line_is_the_most_serious_of_the_risk_and_a_recent_crisis(
        qtbot: QtBot, session: VaultSession, vault: Vault, histories: list[list[Note]]) -> None:
    """Outside tester: Today showed a green "low risk" icon on the line "Acute risk 3 days ago, lower since".
    The icon of every attention line is the risk of the reference's most serious of the current risk and an
    acute or high risk of the last RECENT_CRISIS_DAYS days: a recent crisis never shows as a lower risk."""
    from trustdesk.ui.case.today_rows import CASE_ROLE, KIND_ROLE
    from trustdesk.ui.kit.risk_badge import risk_icon

    today = date.today()
    cases = cases_with_notes(vault, histories, today)  # the page reads the real today
    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    shown: dict[int, int] = {}
    for g in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(g)
        for j in range(group.childCount() if group is not None else 0):
            item = group.child(j)  # type: ignore[union-attr]
            if item.data(0, KIND_ROLE) == "case":
                shown[int(item.data(0, CASE_ROLE))] = item.icon(0).cacheKey()
    for case_id in cases:
        if case_id not in shown:
            continue
        contacts = sorted(vault.contacts.for_case(case_id), key=lambda c: (c.at, c.id or 0))
        current = rules.current_risk(c.risk for c in reversed(contacts))
        crises = [c for c in contacts if c.risk.needs_safety_plan]  # the latest, when of the last days
        recent = [c.risk for c in crises[-1:] if 0 <= (today - c.at.date()).days <= RECENT_CRISIS_DAYS]
        expected = max([current, *recent], key=lambda r: r.rank)
        assert shown[case_id] == risk_icon(expected).cacheKey(), (contacts, expected)
        if recent:
            assert shown[case_id] != risk_icon(RiskLevel.LOW).cacheKey()
