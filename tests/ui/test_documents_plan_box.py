"""The summary's Safety plan box says what the PDF holds: ticked only when the plan is in it.  Below the
full level the plan is never printed (it names people and places), so the box is unticked there with a
short reason beside it (it was shown ticked and greyed out: read as "included"); back at the full level
the box is as the trust person left it there.  Checked over random sequences of clicks, and on the PDF."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from tests.documents.conftest import fill_case, pdf_text
from trustdesk.domain.safety import SafetyPlan
from trustdesk.ui.documents.documents_tab import REDACTIONS, DocumentsTab
from trustdesk.ui.documents.queries import build_document
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

ACTIONS = st.lists(st.one_of(st.sampled_from(REDACTIONS), st.just("toggle"), st.just("retranslate")), max_size=12)


def _tab(qtbot: QtBot, session: VaultSession, case_id: int) -> DocumentsTab:
    tab = DocumentsTab(session, case_id)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_the_plan_box_is_ticked_exactly_when_the_summary_holds_the_plan(
        qtbot: QtBot, proven_session: VaultSession, vault: Vault, actions: list[str]) -> None:
    case_id = vault.cases.list()[0].id if vault.cases.list() else fill_case(vault).case.id
    assert case_id is not None
    tab = _tab(qtbot, proven_session, case_id)
    box = tab.section_boxes["safety_plan"]
    wanted = True  # at the full level, the trust person's own choice (ticked at first)
    for action in actions:
        level = next(name for name, button in tab.redaction_buttons.items() if button.isChecked())
        if action == "toggle":
            if box.isEnabled():  # a greyed-out box takes no click
                box.click()
                wanted = box.isChecked()
        elif action == "retranslate":
            tab.retranslate()
        else:
            tab.redaction_buttons[action].click()
        level = next(name for name, button in tab.redaction_buttons.items() if button.isChecked())
        request = tab.request()
        assert request is not None
        holds_plan = "safety_plan" in request.sections and request.redaction == "full"  # summaries.case_summary_pdf
        assert box.isChecked() == holds_plan, (actions, level)
        assert box.isEnabled() == (level == "full")
        assert tab.plan_note.isVisibleTo(tab) == (level != "full")
        if level == "full":
            assert box.isChecked() == wanted  # back at the full level: as it was left there


def test_the_pseudonymised_pdf_and_its_box_agree(qtbot: QtBot, proven_session: VaultSession, vault: Vault) -> None:
    filled = fill_case(vault)
    assert filled.case.id is not None
    vault.safety_plans.save(SafetyPlan(case_id=filled.case.id, warning_signs="Slapeloosheidmarker",
                                       help_people="Partner Mariekemarker 0470 11 22 33",
                                       environment_safety="Medicatie bij de apotheek"))
    tab = _tab(qtbot, proven_session, filled.case.id)
    for level in REDACTIONS:
        tab.redaction_buttons[level].click()
        request = tab.request()
        assert request is not None
        pdf = build_document(vault, request)
        assert pdf is not None
        text = pdf_text(pdf)
        assert ("Mariekemarker" in text) == tab.section_boxes["safety_plan"].isChecked() == (level == "full")
    tab.redaction_buttons["pseudonymised"].click()
    assert tab.plan_note.text() == "No safety plan at this level: it names people and places."
