from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustdesk.domain import CaseStatus, ReferralStatus, RiskLevel, rules
from trustdesk.domain.rules import AttentionReason, CaseActivity


def test_status_transitions() -> None:
    assert rules.can_change_status(CaseStatus.INTAKE, CaseStatus.ACTIVE)
    assert rules.can_change_status(CaseStatus.ACTIVE, CaseStatus.CLOSED)
    assert rules.can_change_status(CaseStatus.CLOSED, CaseStatus.ACTIVE)
    assert not rules.can_change_status(CaseStatus.CLOSED, CaseStatus.WAITING)
    assert not rules.can_change_status(CaseStatus.INTAKE, CaseStatus.WAITING)
    for status in CaseStatus:
        assert status not in rules.allowed_transitions(status)


def test_referral_steps_end_in_final_states() -> None:
    assert rules.can_change_referral(ReferralStatus.PROPOSED, ReferralStatus.CONSENTED)
    assert not rules.can_change_referral(ReferralStatus.PROPOSED, ReferralStatus.LETTER_SENT)
    assert not rules.allowed_referral_steps(ReferralStatus.ENDED)
    assert not rules.allowed_referral_steps(ReferralStatus.DECLINED)


def test_case_codes() -> None:
    today = date(2026, 3, 1)
    assert rules.next_case_code([], today) == "TD-2026-0001"
    assert rules.next_case_code(["TD-2026-0041", "TD-2025-0100", "junk"], today) == "TD-2026-0042"
    assert rules.next_case_code(["TD-2026-9999"], today) == "TD-2026-10000"
    assert rules.parse_case_code("TD-2026-0042") == (2026, 42)
    with pytest.raises(ValueError):
        rules.parse_case_code("TD-26-42")


@given(st.lists(st.integers(min_value=1, max_value=99999), max_size=30))
def test_next_code_is_always_new(numbers: list[int]) -> None:
    codes = [rules.format_case_code(2026, n) for n in numbers]
    new = rules.next_case_code(codes, date(2026, 6, 1))
    assert new not in codes
    assert rules.parse_case_code(new)[1] == max(numbers, default=0) + 1


def test_retention_handles_leap_day() -> None:
    assert rules.retention_until(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert rules.past_retention(date(2020, 1, 1), date(2025, 1, 1), 5)
    assert not rules.past_retention(date(2020, 1, 2), date(2025, 1, 1), 5)
    assert not rules.past_retention(None, date(2099, 1, 1))


def test_revision_rule() -> None:
    created = datetime(2026, 1, 1, 20, 0)
    assert not rules.needs_revision(created, created, created + timedelta(hours=23))
    assert rules.needs_revision(created, created, created + timedelta(hours=25))
    # autosave of the same editing session: no new revision every second
    last_save = created + timedelta(hours=25)
    assert not rules.needs_revision(created, last_save, last_save + timedelta(seconds=2))


def test_attention() -> None:
    today = date(2026, 11, 26)
    high = CaseActivity(1, CaseStatus.ACTIVE, date(2026, 10, 1), RiskLevel.HIGH, today - timedelta(days=8))
    assert rules.attention_reason(high, today) is AttentionReason.HIGH_RISK_NO_RECENT_CONTACT
    recent = CaseActivity(1, CaseStatus.ACTIVE, date(2026, 10, 1), RiskLevel.HIGH, today - timedelta(days=2))
    assert rules.attention_reason(recent, today) is None
    acute = CaseActivity(1, CaseStatus.ACTIVE, date(2026, 10, 1), RiskLevel.ACUTE, today)  # seen today: still listed
    assert rules.attention_reasons(acute, today) == (AttentionReason.ACUTE_RISK,)
    unfinished = CaseActivity(1, CaseStatus.ACTIVE, date(2026, 10, 1), RiskLevel.LOW, today,
                              unassessed_note_on=today)
    assert rules.attention_reasons(unfinished, today) == (AttentionReason.UNFINISHED_NOTE,)
    fresh = CaseActivity(2, CaseStatus.INTAKE, today - timedelta(days=15), RiskLevel.NONE, None)
    assert rules.attention_reason(fresh, today) is AttentionReason.NO_FIRST_CONTACT
    assert rules.attention_reason(fresh, today, first_contact_days=30) is None
    closed = CaseActivity(3, CaseStatus.CLOSED, date(2020, 1, 1), RiskLevel.ACUTE, None)
    assert rules.attention_reason(closed, today) is None


@given(st.lists(st.sampled_from(list(RiskLevel)), max_size=20))
def test_current_risk_is_the_latest_assessed_level(risks_newest_first: list[RiskLevel]) -> None:
    current = rules.current_risk(risks_newest_first)
    assessed = [r for r in risks_newest_first if r is not RiskLevel.NOT_ASSESSED]
    assert current is (assessed[0] if assessed else RiskLevel.NOT_ASSESSED)
    # adding a note without an assessment on top never changes it
    assert rules.current_risk([RiskLevel.NOT_ASSESSED, *risks_newest_first]) is current


def test_a_new_note_is_not_assessed_and_that_is_no_risk_level() -> None:
    from datetime import datetime

    from trustdesk.domain.models import Contact

    assert Contact(case_id=1, at=datetime(2026, 1, 1)).risk is RiskLevel.NOT_ASSESSED
    assert not RiskLevel.NOT_ASSESSED.assessed and not RiskLevel.NOT_ASSESSED.needs_safety_plan
    assert all(level.assessed for level in RiskLevel if level is not RiskLevel.NOT_ASSESSED)
