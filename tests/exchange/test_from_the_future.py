"""One rule for a file made after the reader's clock, intakes and figures files alike (exchange/clock.py):
refused as FROM_THE_FUTURE exactly when it was made more than CLOCK_SKEW after the reader's now, and
nothing is written.  (An intake made in December and opened in November was accepted before.)"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import pytest
from exchange_helpers import random_cases, vault_state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import Initiator, Language
from trustdesk.exchange.clock import CLOCK_SKEW, from_the_future
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.figures import cells_of, make_figures
from trustdesk.exchange.intake import IntakeForm, make_intake, open_intake
from trustdesk.exchange.keys import ContactCard, Identity, Role
from trustdesk.exchange.local import my_card
from trustdesk.exchange.merge import FileStatus, merge_figures
from trustdesk.exchange.periods import Quarter
from trustdesk.vault import Vault

TODAY = date(2026, 11, 1)
END_OF_TODAY = datetime.combine(TODAY, time.max).replace(microsecond=0)
SENDER = Identity.generate()
SENDER_CARD = SENDER.card("Dr. Alice Tp", Role.TRUST_PERSON)
FORM = IntakeForm(coordinator_ref="AIN-1", initiator=Initiator.DOCTOR, language=Language.NL)
# minutes after the end of the reader's day: well before, around the skew, far after (the reviewer's 35 days)
OFFSETS = st.one_of(st.integers(-3 * 24 * 60, 3 * 24 * 60),
                    st.integers(int(CLOCK_SKEW.total_seconds() // 60) - 2, int(CLOCK_SKEW.total_seconds() // 60) + 2),
                    st.just(35 * 24 * 60))


def _refused_as_future(minutes: int) -> bool:
    return timedelta(minutes=minutes) > CLOCK_SKEW


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(minutes=OFFSETS)
def test_an_intake_made_after_the_readers_clock_is_refused_by_the_one_rule(
        tp_vault: Vault, coordinator: Identity, minutes: int) -> None:
    made = END_OF_TODAY + timedelta(minutes=minutes)
    data, _ = make_intake(FORM, coordinator, my_card(tp_vault, "Dr Vertrouwen"), now=made, valid_days=90)
    assert from_the_future(made, today=TODAY) == _refused_as_future(minutes)
    before = vault_state(tp_vault)
    if _refused_as_future(minutes):
        with pytest.raises(ExchangeRejected) as refused:
            open_intake(tp_vault, data, today=TODAY)
        assert refused.value.reason is Refusal.FROM_THE_FUTURE
    else:
        open_intake(tp_vault, data, today=TODAY)
    assert vault_state(tp_vault) == before


@settings(max_examples=40, deadline=None)
@given(minutes=OFFSETS)
def test_a_figures_file_made_after_the_desks_clock_is_refused_by_the_same_rule(
        coordinator: Identity, coordinator_card: ContactCard, minutes: int) -> None:
    made = END_OF_TODAY + timedelta(minutes=minutes)
    quarter = Quarter(2026, 2)
    cells = cells_of(random_cases(random.Random(minutes), 6, quarter.start, quarter.end), quarter)
    data, _ = make_figures(cells, quarter, SENDER, coordinator_card, now=made)
    result = merge_figures([("f", data)], coordinator, {SENDER_CARD.key_id: SENDER_CARD}, today=TODAY)
    (outcome,) = result.files
    if _refused_as_future(minutes):
        assert (outcome.status, outcome.reason) == (FileStatus.REFUSED, Refusal.FROM_THE_FUTURE)
    else:
        assert outcome.status is FileStatus.MERGED


def test_the_readers_now_is_the_clock_without_a_date(tp_vault: Vault, coordinator: Identity) -> None:
    """The reviewer's case: opened with no date given (the app, intake-verify), made weeks ahead."""
    data, _ = make_intake(FORM, coordinator, my_card(tp_vault, "Dr Vertrouwen"), now=datetime.now() + timedelta(days=35))
    with pytest.raises(ExchangeRejected) as refused:
        open_intake(tp_vault, data)
    assert refused.value.reason is Refusal.FROM_THE_FUTURE
