"""An affiliation added after a case was made is checked against the open cases: saving the list says
which cases now match, and the case itself shows the possible conflict (no decision recorded yet)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.case.conflict import AffiliationsBox
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def test_a_later_affiliation_is_checked_against_existing_cases(qtbot: QtBot, session: VaultSession,
                                                               vault: Vault) -> None:
    matching = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), workplace="Sint-Jansziekenhuis Oostende"))
    practice = vault.cases.add(Case(code="", opened_on=date(2026, 10, 2),
                                    workplace="Huisartsenpraktijk Sint-Jan, Brugge"))
    assert matching.id is not None and practice.id is not None
    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(matching.id)
    assert "conflict" not in view.notices.text()  # no affiliation yet

    box = AffiliationsBox(session)
    qtbot.addWidget(box)
    box.edit.setPlainText("AZ Sint-Jan Brugge")
    box.save()
    assert box.conflicting == [matching.code]  # the practice of the same saint and town is not
    assert matching.code in box.state.text()
    qtbot.waitUntil(lambda: "conflict of interest" in view.notices.text())
    assert "AZ Sint-Jan Brugge" in view.notices.text() and view.notices.isVisibleTo(view)
    assert view.show_case(practice.id)
    assert "conflict" not in view.notices.text()
