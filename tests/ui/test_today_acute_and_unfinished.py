"""Today never says "nothing waits for you" while a case is at acute risk or holds a note whose risk
nobody assessed (the contact editor calls that note unfinished): both are attention reasons, read by
Today's light query (no whole case decoded) and checked here against the whole-case reading over
generated note histories."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from pytestqt.qtbot import QtBot

from tests.ui.note_histories import TODAY, Note, cases_with_notes, histories_up_to
from trustdesk.domain import rules
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.rules import AttentionReason
from trustdesk.domain.safety import NoteGap, note_gaps
from trustdesk.ui.case.queries import read_today
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.case_labels import date_text
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=histories_up_to(40))
def test_every_acute_case_and_every_unfinished_note_is_on_today(
        vault: Vault, histories: list[list[Note]]) -> None:
    cases_with_notes(vault, histories, TODAY)
    data = read_today(vault, TODAY)
    listed = {a.row.case_id: a for a in data.attention}
    for case in vault.cases.list(include_closed=False):
        assert case.id is not None
        contacts = vault.contacts.for_case(case.id)  # the whole notes: the reference
        current = rules.current_risk(c.risk for c in contacts)
        unfinished = [c for c in contacts if NoteGap.RISK in note_gaps(c.risk, None, c.safety_plan)]
        reasons = listed[case.id].reasons if case.id in listed else ()
        assert (AttentionReason.ACUTE_RISK in reasons) == (current is RiskLevel.ACUTE), (current, reasons)
        if current is RiskLevel.ACUTE:
            assert reasons[0] is AttentionReason.ACUTE_RISK  # the most urgent line of the case
        assert (AttentionReason.UNFINISHED_NOTE in reasons) == bool(unfinished), (contacts, reasons)
        if unfinished:
            assert listed[case.id].row.unassessed_note_on == max(c.at for c in unfinished).date()


def test_today_lists_an_acute_case_seen_today_with_an_unfinished_note(qtbot: QtBot, session: VaultSession,
                                                                      vault: Vault) -> None:
    """The tester's case: acute risk assessed today, a later note without an assessment; before, Today
    said "no case is waiting for you"."""
    today = date.today()
    [acute] = cases_with_notes(vault, [[(0, 0, RiskLevel.ACUTE), (0, 1, RiskLevel.NOT_ASSESSED)]], today)
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    assert page.data is not None
    assert [(a.row.case_id, a.reasons) for a in page.data.attention] == [
        (acute, (AttentionReason.ACUTE_RISK, AttentionReason.UNFINISHED_NOTE))]
    assert page.tree.isVisible() and "no case is waiting" not in page.state.text()
    group = page.tree.topLevelItem(0)
    assert group is not None and group.text(0) == "Cases that need attention"
    line = group.child(0)
    assert line is not None  # both reasons on the line, not one hidden in a tooltip
    assert line.text(0) == f"Acute risk · Note of {date_text(today)} not finished: risk not assessed"
    assert f"Note of {date_text(today)} not finished: risk not assessed" in line.toolTip(0)
