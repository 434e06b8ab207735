"""Conflict of interest through the UI: affiliations kept in the vault from Settings; the new-case
dialog says plainly when the workplace overlaps, refuses to create the case until a decision is
taken, and records it on the case (keep with a reason, or return to the coordinator)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, CloseReason, ConflictDecision
from trustdesk.ui.case.conflict import AffiliationsBox, conflict_text
from trustdesk.ui.case.new_case_dialog import NewCaseDialog
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault
from trustdesk.vault.settings import CONFLICT_AFFILIATIONS


def _dialog(qtbot: QtBot, session: VaultSession, workplace: str) -> NewCaseDialog:
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.workplace.setText(workplace)
    return dialog


def _create(qtbot: QtBot, dialog: NewCaseDialog) -> None:
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def test_affiliations_are_edited_in_settings_and_kept_in_the_vault(qtbot: QtBot, session: VaultSession,
                                                                   vault: Vault) -> None:
    box = AffiliationsBox(session)
    qtbot.addWidget(box)
    assert box.edit.placeholderText() == ""  # an example in the empty box would look filled in
    assert not box.save_button.isEnabled()
    box.edit.setPlainText("AZ Sint-Jan Brugge\n\n  Huisartsenkring Brugge  \n")
    assert box.save_button.isEnabled() and box.state.text() == "Not saved yet."  # a visible save
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert vault.settings.get(CONFLICT_AFFILIATIONS.key) == ["AZ Sint-Jan Brugge", "Huisartsenkring Brugge"]
    assert not box.save_button.isEnabled() and "Saved" in box.state.text()
    box.edit.setPlainText("AZ Sint-Jan Brugge\nUZ Gent")  # typed, then the vault locks: the settings dialog
    assert box.flush(vault) and not box.flush(vault)  # stores them first, once, and says so (keep_draft)
    session.lock()
    from tests.conftest import PASSPHRASE

    reopened = Vault.unlock(vault.data_dir, PASSPHRASE, keychain=vault._keychain)
    assert reopened.settings.get(CONFLICT_AFFILIATIONS.key) == ["AZ Sint-Jan Brugge", "UZ Gent"]
    reopened.lock()


def test_overlap_is_told_and_the_keep_decision_is_recorded(qtbot: QtBot, session: VaultSession,
                                                            vault: Vault) -> None:
    vault.settings.set(CONFLICT_AFFILIATIONS.key, ["AZ Sint-Jan Brugge", "Faculteit Geneeskunde UGent"])
    dialog = _dialog(qtbot, session, "AZ Sint-Lucas Brugge")
    assert not dialog.conflict.isVisible()  # another hospital in the same town
    dialog.form.workplace.setText("az st jan brugge, spoed")
    assert dialog.conflict.isVisible() and "conflict of interest" in dialog.conflict.message.text()
    assert "AZ Sint-Jan Brugge" in dialog.conflict.message.text()

    _create(qtbot, dialog)  # no decision yet: nothing is created
    assert dialog.error.isVisible() and vault.cases.list() == []
    dialog.conflict.keep.setChecked(True)
    _create(qtbot, dialog)  # keeping needs a reason
    assert dialog.error.isVisible() and vault.cases.list() == []
    qtbot.keyClicks(dialog.conflict.reason, "other campus, never worked together")
    _create(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=3000)
    stored = vault.cases.get(dialog.created.id)  # type: ignore[union-attr]
    assert stored is not None and stored.conflict_decision is ConflictDecision.KEEP
    assert stored.conflict_note == "other campus, never worked together" and stored.status is not CaseStatus.CLOSED
    assert "other campus" in conflict_text(stored)
    decisions = vault.audit.entries(event="conflict_decision")
    assert [(e.case_code, e.detail) for e in decisions] == [(stored.code, "keep")]
    assert "other campus" not in decisions[0].detail  # the reason stays on the case


def test_return_to_the_coordinator_records_it_and_closes_the_case(qtbot: QtBot, session: VaultSession,
                                                                  vault: Vault) -> None:
    vault.settings.set(CONFLICT_AFFILIATIONS.key, ["CHU Saint-Pierre"])
    dialog = _dialog(qtbot, session, "Clinique X; chu st pierre")
    dialog.form.doctor_name.setText("Dr Naamvoorbeeld")
    dialog.form.doctor_phone.setText("0470 12 34 56")
    dialog.form.coordinator_ref.setText("ANI-2026-117")
    assert dialog.conflict.isVisible()
    dialog.conflict.give_back.setChecked(True)
    _create(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=3000)
    stored = vault.cases.list()[0]
    assert stored.conflict_decision is ConflictDecision.RETURN
    assert stored.status is CaseStatus.CLOSED and stored.close_reason is CloseReason.RETURNED_CONFLICT
    assert "returned to the coordinator" in conflict_text(stored)
    # only what returning needs: the reference and the date; nothing about the doctor
    assert stored.coordinator_ref == "ANI-2026-117"
    assert (stored.doctor_name, stored.doctor_phone, stored.workplace, stored.details) == ("", "", "", "")
    assert not vault.search("Naamvoorbeeld")
    decisions = vault.audit.entries(event="conflict_decision")
    assert [(e.case_code, e.detail) for e in decisions] == [(stored.code, "return")]
    note = dialog.return_dialog
    assert note is not None and note.objectName() == "returnNoteDialog"
    text = note.note.toPlainText()  # type: ignore[attr-defined]
    assert "ANI-2026-117" in text and "Naamvoorbeeld" not in text and "pierre" not in text.lower()
    assert stored.code not in text  # the trust person's own code is not the coordinator's business
    note.close()


def test_no_affiliations_or_no_overlap_asks_nothing(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    dialog = _dialog(qtbot, session, "AZ Groeninge Kortrijk")
    assert not dialog.conflict.isVisible()
    _create(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=3000)
    assert vault.cases.list()[0].conflict_decision is ConflictDecision.NONE
