"""Enter in a field presses the action beside that field, never the dialog's first button (outside tester:
Enter in the coordinator's digits heard by phone opened the "save your own card" file dialog instead of
checking the digits).  kit/accept_keys.enter_presses; checked for every field of the contact card dialog
that has an action of its own, with the focus arriving in each order."""

from __future__ import annotations

from itertools import permutations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trustdesk.exchange import local
from trustdesk.exchange.keys import Identity, Role
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

COORDINATOR_CARD = Identity.generate().card("Coördinatie", Role.COORDINATOR)


@pytest.mark.parametrize("order", list(permutations(["heard", "name", "close"])))
def test_enter_in_each_field_presses_its_own_button(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                    monkeypatch: pytest.MonkeyPatch, order: tuple[str, ...]) -> None:
    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog

    asked: list[object] = []
    monkeypatch.setattr("trustdesk.ui.exchange.exchange_files.ask_save_path", lambda *a: asked.append(a))
    local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    dialog = ContactCardDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.card is not None and dialog.heard.isVisible())
    for name in order:  # the focus passes through the other controls first: the rule does not depend on it
        widget = {"heard": dialog.heard, "name": dialog.name_edit, "close": dialog.close_button}[name]
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
    dialog.heard.setFocus()
    qtbot.waitUntil(dialog.heard.hasFocus)
    qtbot.keyClicks(dialog.heard, "12345")
    qtbot.keyClick(dialog.heard, Qt.Key.Key_Return)
    assert asked == [] and dialog.isVisible(), "Enter in the digits field opened another action"
    assert "6 groups of 5 digits" in dialog.message.text()  # the digits were checked
    dialog.heard.clear()
    qtbot.keyClicks(dialog.heard, COORDINATOR_CARD.fingerprint)
    qtbot.keyClick(dialog.heard, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not dialog.confirm_button.isVisibleTo(dialog))
    assert asked == [] and local.trusted_coordinator(vault) == COORDINATOR_CARD
    dialog.name_edit.setFocus()
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    dialog.name_edit.setText("Dr Vertrouwen")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(asked) == 1)  # Enter in the name saves the card (asks where)
