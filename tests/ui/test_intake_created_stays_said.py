"""After a case is made from an intake the focus is on Done, and reading the same file again (Enter in
the path field) leaves the "case created" confirmation in place (outside tester: focus stayed in the path
field, Enter re-read the file and "already opened" replaced the confirmation)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import Initiator, Language
from trustdesk.exchange import local
from trustdesk.exchange.intake import IntakeForm, make_intake
from trustdesk.exchange.keys import Identity, Role
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

if TYPE_CHECKING:
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

COORDINATOR = Identity.generate()
COORDINATOR_CARD = COORDINATOR.card("Coördinatie", Role.COORDINATOR)


def _dialog_and_intake(qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path,
                       form: IntakeForm) -> tuple[IntakeDialog, Path]:
    """The intake dialog on screen, and ``form`` sealed to this vault by a trusted coordinator, as a file."""
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    local.confirm_coordinator_card(vault, COORDINATOR_CARD.fingerprint)
    data, _ = make_intake(form, COORDINATOR, local.my_card(vault, "Dr V"))
    path = tmp_path / f"{form.coordinator_ref}.tdintake"
    path.write_bytes(data)
    dialog = IntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, path


def test_the_confirmation_stays_and_done_has_the_focus(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                       tmp_path: Path) -> None:
    form = IntakeForm(coordinator_ref="AIN-7", initiator=Initiator.DOCTOR, language=Language.FR,
                      consent_to_contact=True, doctor_name="Dr Exemple")
    dialog, path = _dialog_and_intake(qtbot, session, vault, tmp_path, form)
    dialog.file_edit.setFocus()
    qtbot.keyClicks(dialog.file_edit, str(path))
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.case_created, timeout=10_000):
        dialog.create_button.click()
    said = dialog.message.text()
    (case,) = vault.cases.list()
    assert case.code in said
    qtbot.waitUntil(dialog.close_button.hasFocus, timeout=5_000)
    assert dialog.close_button.isDefault()
    for _ in range(3):  # back in the path field, Enter again and again: the confirmation stays
        dialog.file_edit.setFocus()
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
        assert dialog.message.text() == said
    assert len(vault.cases.list()) == 1


def test_after_the_case_is_made_closing_asks_nothing(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                     tmp_path: Path) -> None:
    """Outside tester: after 'Case … created', Done asked "Discard your changes? … has not been saved" — the
    typed path was taken for a draft and the case for unsaved.  A path is no draft, and what was made is saved."""
    from trustdesk.ui.kit.lock_bound import draft_changed

    form = IntakeForm(coordinator_ref="AIN-8", initiator=Initiator.COLLEAGUE, language=Language.NL,
                      consent_to_contact=True, doctor_name="Dr Voorbeeld")
    dialog, path = _dialog_and_intake(qtbot, session, vault, tmp_path, form)
    qtbot.keyClicks(dialog.file_edit, str(path))
    assert not draft_changed(dialog)  # a typed path alone is nothing to lose
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    for field in dialog.conflict.findChildren(QLineEdit):  # whatever the case check lets one type
        if field.isVisible() and field.isEnabled() and not field.isReadOnly():
            qtbot.keyClicks(field, "x")
    with qtbot.waitSignal(dialog.case_created, timeout=10_000):
        dialog.create_button.click()
    assert not draft_changed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.findChild(QWidget, "discardQuestion") is None
