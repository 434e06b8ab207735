"""The sender's "Confirm a receipt" dialog lists every outgoing handover from the vault's records
(date, cases, successor, confirmed on <date> / awaiting the receipt), so a confirmation is still seen
after the dialog was closed and opened again; dates through the app's date helper, never ISO."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case
from trustdesk.ui.kit.case_labels import date_text
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.handover_receipt import ReceiptDialog
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.handover import file_id_of, import_handover, read_handover, write_handover
from trustdesk.vault.handover_sender import close_handed_over, receipt_for


def test_the_receipt_dialog_lists_outgoing_handovers_and_remembers_a_confirmation(
        qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    ids = [c.id for c in (vault.cases.add(Case(code="", opened_on=date(2026, 3, 1 + i))) for i in range(3))]
    first, code = write_handover(vault, [i for i in ids[:2] if i is not None])
    second, _code2 = write_handover(vault, [ids[2]] if ids[2] is not None else [])
    close_handed_over(vault, [ids[2]] if ids[2] is not None else [], file_id=file_id_of(second), minimum=False,
                      note="n", successor="Dr. Tweede")
    receiver = new_vault(tmp_path / "r", keychain=Keychain.none(), name="receiver")
    preview = read_handover(first, code)
    import_handover(receiver, preview)
    receiver.lock()
    dialog = ReceiptDialog(session)
    qtbot.addWidget(dialog)
    listed = dialog.sent_list.text()
    assert listed.count("\n") == 2 and "Dr. Tweede" in listed and listed.count("awaiting the receipt") == 2
    dialog.code_edit.setText(receipt_for(preview))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.sent is not None)
    assert date_text(date.today()) in dialog.state.text() and not re.search(r"\d{4}-\d{2}-\d{2}", dialog.state.text())
    dialog.reject()
    again = ReceiptDialog(session)  # closed and opened again: the confirmation is still there
    qtbot.addWidget(again)
    listed = again.sent_list.text()
    assert listed.count("awaiting the receipt") == 1
    assert f"receipt confirmed on {date_text(date.today())}" in listed
    assert not re.search(r"\d{4}-\d{2}-\d{2}", listed)
