"""Opening an intake whose workplace overlaps one of the trust person's affiliations: the dialog shows
the conflict panel of the new-case dialog and makes no case until a decision is taken."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, CloseReason, ConflictDecision, Initiator, Language
from trustdesk.exchange import local
from trustdesk.exchange.intake import IntakeForm, make_intake
from trustdesk.exchange.keys import Identity, Role
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault
from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

COORDINATOR = Identity.generate()
COORDINATOR_CARD = COORDINATOR.card("Coördinatie", Role.COORDINATOR)
FORM = IntakeForm(coordinator_ref="AIN-9", initiator=Initiator.DOCTOR, language=Language.NL,
                  consent_to_contact=True, doctor_name="Dr Voorbeeld", workplace="Sint-Jansziekenhuis Brugge")


@pytest.mark.parametrize("choice", ["keep", "return"])
def test_an_overlapping_workplace_needs_a_decision(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                   choice: str) -> None:
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    local.confirm_coordinator_card(vault, COORDINATOR_CARD.fingerprint)
    vault.settings.set_value(CONFLICT_AFFILIATIONS, ["AZ Sint-Jan Brugge"])
    data, _ = make_intake(FORM, COORDINATOR, local.my_card(vault, "Dr V"))
    dialog = IntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_data(data)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.rows["workplace"].text() == FORM.workplace
    assert dialog.conflict.isVisibleTo(dialog) and dialog.conflict.has_conflict
    dialog.create_button.click()  # no decision yet: nothing is made
    assert dialog.message.text() == dialog.conflict.problem() and vault.cases.list() == []
    if choice == "keep":
        dialog.conflict.keep.setChecked(True)
        dialog.conflict.reason.setText("andere campus, geen contact")
    else:
        dialog.conflict.give_back.setChecked(True)
    with qtbot.waitSignal(dialog.case_created, timeout=10_000):
        dialog.create_button.click()
    (case,) = vault.cases.list()
    if choice == "keep":
        assert case.conflict_decision is ConflictDecision.KEEP and case.workplace == FORM.workplace
        assert case.conflict_note == "andere campus, geen contact"
    else:
        assert case.status is CaseStatus.CLOSED and case.close_reason is CloseReason.RETURNED_CONFLICT
        assert case.workplace == "" and case.doctor_name == ""
        assert dialog.return_dialog is not None and case.code in dialog.message.text()


def test_no_overlap_no_panel(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    local.confirm_coordinator_card(vault, COORDINATOR_CARD.fingerprint)
    vault.settings.set_value(CONFLICT_AFFILIATIONS, ["UZ Gent"])
    data, _ = make_intake(FORM, COORDINATOR, local.my_card(vault, "Dr V"))
    dialog = IntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_data(data)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert not dialog.conflict.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.case_created, timeout=10_000):
        dialog.create_button.click()
    (case,) = vault.cases.list()
    assert case.conflict_decision is ConflictDecision.NONE and case.workplace == FORM.workplace
