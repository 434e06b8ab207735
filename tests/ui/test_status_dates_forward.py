"""A re-closed case's closing is never dated before its reopening: a closing dated before the case's
last reopening is refused (``StatusDateError``, naming the earliest possible day) and
changes nothing, so "active since 10/01 -> closed since 20/12 before it" cannot be recorded and the
figures and the activity report (both read ``domain.outcomes.standing_at`` over this history) cannot disagree."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain import rules
from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case
from trustdesk.vault import Vault
from trustdesk.vault.case_status import EVENT, change_case_status
from trustdesk.vault.cases import StatusDateError

OPENED = date.today() - timedelta(days=60)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 60)), min_size=1, max_size=8))
def test_the_status_history_never_goes_back_and_a_refused_date_changes_nothing(
        vault: Vault, steps: list[tuple[int, int]]) -> None:
    case = vault.cases.add(Case(code="", opened_on=OPENED))
    assert case.id is not None
    for choice, offset in steps:
        current = vault.cases.get(case.id)
        assert current is not None
        allowed = sorted(rules.allowed_transitions(current.status), key=lambda s: s.value)
        if not allowed:
            break
        target = allowed[choice % len(allowed)]
        on = OPENED + timedelta(days=offset) if target is CaseStatus.CLOSED else None
        last = vault.cases.last_reopening(case.id) if target is CaseStatus.CLOSED else None
        history = vault.cases.status_history(case.id)[case.id]
        audited = len(vault.audit.entries(event=EVENT, case_code=case.code))
        effective = on or date.today()
        if last is not None and effective < last:
            with pytest.raises(StatusDateError) as refused:
                change_case_status(vault, case.id, target, on=on, reason=CloseReason.DOCTOR_ENDED
                                   if target is CaseStatus.CLOSED else None)
            assert refused.value.earliest == last and last.isoformat() in str(refused.value)
            assert vault.cases.get(case.id) == current
            assert vault.cases.status_history(case.id)[case.id] == history
            assert len(vault.audit.entries(event=EVENT, case_code=case.code)) == audited
        else:
            change_case_status(vault, case.id, target, on=on,
                               reason=CloseReason.DOCTOR_ENDED if target is CaseStatus.CLOSED else None)
        history = vault.cases.status_history(case.id)[case.id]
        reopened: date | None = None
        for (_, old), (day, new) in zip(history, history[1:], strict=False):
            if old is CaseStatus.CLOSED and new is not CaseStatus.CLOSED:
                reopened = day
            elif new is CaseStatus.CLOSED and reopened is not None:
                assert day >= reopened  # never closed before the reopening

def test_the_close_dialog_offers_no_day_before_the_reopening(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from trustdesk.ui.case.close_case_dialog import CloseCaseDialog

    vault = session.vault

    case = vault.cases.add(Case(code="", opened_on=OPENED))
    assert case.id is not None
    change_case_status(vault, case.id, CaseStatus.ACTIVE)
    change_case_status(vault, case.id, CaseStatus.CLOSED, on=date.today(),
                       reason=CloseReason.DOCTOR_ENDED)
    reopened = change_case_status(vault, case.id, CaseStatus.ACTIVE)
    dialog = CloseCaseDialog(session, reopened, 5)
    qtbot.addWidget(dialog)
    minimum = dialog.date.minimumDate()
    assert date(minimum.year(), minimum.month(), minimum.day()) == date.today()
    assert dialog.date.toolTip()
