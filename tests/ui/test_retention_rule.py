"""The retention period is one rule, in the vault: whatever is stored under ``retention.years``, the
case header's "kept until" date and Destroy button agree with the destruction list (Today's
reminder, ``cases_past_retention``).  Before, the header accepted 1-100 years and the vault 1-30,
so a stored 50 showed one date and acted on another."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from trustdesk.domain import rules
from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case
from trustdesk.ui.case.queries import load_header
from trustdesk.vault import Vault
from trustdesk.vault.retention import MAX_YEARS, SETTING_YEARS, cases_past_retention, retention_years

TODAY = date(2090, 6, 15)  # case codes start in 2000: sixty years back must still be after it
# Closing dates around every boundary a stored value could move: 0..60 years back, ±1 day.
CLOSED_AGO = [(years, delta) for years in (0, 1, 4, 5, 6, 29, 30, 31, 49, 50, 51, 60) for delta in (-1, 0, 1)]


def _closed_cases(vault: Vault) -> list[Case]:
    cases = []
    for years, delta in CLOSED_AGO:
        closed_on = min(TODAY.replace(year=TODAY.year - years) + timedelta(days=delta), TODAY)
        case = vault.cases.add(Case(code="", opened_on=closed_on - timedelta(days=30), doctor_name="Dr. Test"))
        assert case.id is not None
        cases.append(vault.cases.change_status(case.id, CaseStatus.CLOSED, on=closed_on,
                                               reason=CloseReason.DOCTOR_ENDED))
    return cases


@pytest.mark.parametrize("stored", [50, 1, 5, 30, 31, 100, 0, -3, True, "7", 7.5, None])
def test_header_and_destruction_list_agree(vault: Vault, stored: object) -> None:
    if stored is not None:
        vault.settings.set(SETTING_YEARS, stored)  # as an older version or a restored backup may have it
    cases = _closed_cases(vault)
    years = retention_years(vault)
    assert 1 <= years <= MAX_YEARS
    due = {c.id for c in cases_past_retention(vault, TODAY)}
    assert due and len(due) < len(cases)  # the dates straddle the limit: the check can fail both ways
    for case in cases:
        assert case.id is not None and case.closed_on is not None
        header = load_header(vault, case.id, today=TODAY)
        assert header is not None
        assert header.retention_years == years
        assert header.kept_until == rules.retention_until(case.closed_on, years)
        assert header.due == (case.id in due), (stored, case.closed_on, header.kept_until)
        assert header.due == (TODAY >= header.kept_until)


def test_an_open_case_has_no_retention_date(vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=TODAY, doctor_name="Dr. Test"))
    assert case.id is not None
    header = load_header(vault, case.id, today=TODAY + timedelta(days=365 * 80))
    assert header is not None and header.kept_until is None and not header.due
