"""Today's words name a case's actual risk level, and a visit starts at the most urgent line (outside
tester: a case at acute risk read "High risk, no complete safety plan", and back on Today the line
chosen on the last visit stayed chosen, second, under the acute case that had come above it).

Over generated note histories and in every language: no attention line, tooltip or cases-list tooltip
says a level the case is not at; and over generated visits, the first line is chosen on each."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.waits import switch_language
from trustdesk.domain.enums import CaseStatus, RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.rules import RECENT_CRISIS_DAYS
from trustdesk.ui.case.cases_model import Column
from trustdesk.ui.case.cases_page import CasesPage
from trustdesk.ui.case.today_page import CASE_ROLE, TodayPage
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.risk_badge import recent_crisis_text
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

# How each language names the two levels whose reasons say the level (checked against risk_text below).
LEVEL_WORDS = {
    "en": {RiskLevel.HIGH: "High risk", RiskLevel.ACUTE: "Acute risk"},
    "nl": {RiskLevel.HIGH: "Hoog risico", RiskLevel.ACUTE: "Acuut risico"},
    "fr": {RiskLevel.HIGH: "Risque élevé", RiskLevel.ACUTE: "Risque aigu"},
}
NOTE = st.tuples(st.integers(0, 20), st.sampled_from(list(RiskLevel)), st.booleans())


def _case(vault: Vault, notes: list[tuple[int, RiskLevel, bool]]) -> int:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=40), status=CaseStatus.ACTIVE))
    assert case.id is not None
    for n, (days_ago, risk, plan) in enumerate(notes):
        vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=days_ago, minutes=n),
                                   risk=risk, safety_plan="1813 bellen, partner erbij" if plan else ""))
    return case.id


def _shown(qtbot: QtBot, page: TodayPage | CasesPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=st.lists(st.lists(NOTE, min_size=1, max_size=4), min_size=1, max_size=4),
       language=st.sampled_from(list(LEVEL_WORDS)))
def test_no_words_name_a_level_the_case_is_not_at(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                  translations: Translations,
                                                  histories: list[list[tuple[int, RiskLevel, bool]]],
                                                  language: str) -> None:
    for notes in histories:
        _case(vault, notes)
    switch_language(translations, language)
    today, cases = TodayPage(session), CasesPage(session)
    for page in (today, cases):
        qtbot.addWidget(page)
        page.show()
        _shown(qtbot, page)
    assert today.data is not None
    risks = {a.row.case_id: a.row.current_risk for a in today.data.attention}
    said: list[tuple[RiskLevel, str]] = []
    for g in range(today.tree.topLevelItemCount()):
        group = today.tree.topLevelItem(g)
        assert group is not None
        for line in (group.child(c) for c in range(group.childCount())):
            assert line is not None
            case_id = line.data(0, CASE_ROLE)
            if line.data(0, Qt.ItemDataRole.UserRole + 2) == "case":
                said += [(risks[case_id], line.text(0)), (risks[case_id], line.toolTip(0))]
    model = cases.model
    for row in range(model.rowCount()):
        level = model.row_at(row).risk  # type: ignore[union-attr]
        tip = model.data(model.index(row, Column.ATTENTION), Qt.ItemDataRole.ToolTipRole)
        said.append((level, str(tip or "")))
    words = LEVEL_WORDS[language]
    # the one level named that is not the current one: a past crisis, dated ("Acute risk 2 days ago, lower
    # since": rules.recent_crisis), said of a case whose risk is lower now
    past = [recent_crisis_text(acute, days) for acute in (True, False) for days in range(RECENT_CRISIS_DAYS + 1)]
    for level, said_text in said:
        text = said_text
        for phrase in past:
            text = text.replace(phrase, "")
        for other, word in words.items():
            if other is not level:
                assert word not in text, (language, level, text)
    for level, word in words.items():  # the words above are the catalogue's own
        assert QCoreApplication.translate("RiskBadge", "High risk, no recent contact" if level is RiskLevel.HIGH
                                          else "Acute risk, no recent contact").startswith(word)
    for page in (today, cases):
        page.close()
    switch_language(translations, "en")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=st.lists(st.integers(0, 3), min_size=1, max_size=4))
def test_every_visit_starts_at_the_most_urgent_line(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                    moves: list[int]) -> None:
    """The person walks down Today, leaves it, a case turns acute meanwhile, and comes back: the first
    line -- the most urgent -- is chosen, whatever was chosen on the last visit."""
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    today, elsewhere = TodayPage(session), QWidget()
    stack.addWidget(today)
    stack.addWidget(elsewhere)
    stack.resize(1000, 700)
    stack.setCurrentWidget(elsewhere)
    stack.show()
    for down in moves:
        _case(vault, [(9, RiskLevel.HIGH, False)])  # a case on Today, below the acute ones
        with qtbot.waitSignal(today.loaded, timeout=10_000):
            stack.setCurrentWidget(today)  # a visit: read again
        group = today.tree.topLevelItem(0)
        assert group is not None and group.childCount() > 0
        assert today.tree.currentItem() is group.child(0)  # the visit starts at the most urgent line
        today.tree.setCurrentItem(group.child(min(down, group.childCount() - 1)))  # the person walks down
        stack.setCurrentWidget(elsewhere)
        _case(vault, [(9, RiskLevel.ACUTE, False)])  # meanwhile a case turns acute: it comes first
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        stack.setCurrentWidget(today)
    group = today.tree.topLevelItem(0)
    assert group is not None
    first = group.child(0)
    assert first is not None and today.tree.currentItem() is first
    assert today.data is not None and today.data.attention[0].row.current_risk is RiskLevel.ACUTE
