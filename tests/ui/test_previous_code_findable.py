"""A received case is found by the code it had at the predecessor ("was TD-2026-0003"), in the
cases list's filter and in the search, whatever the local codes became; its own code still finds
only itself, and a code no case ever had finds nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from trustdesk.domain.models import Case
from trustdesk.ui.case.cases_model import CaseFilter, CasesModel
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.handover import import_handover, read_handover, write_handover


def test_the_predecessor_code_finds_the_received_case(qapp: QApplication, tmp_path: Path,
                                                      new_vault: Callable[..., Vault]) -> None:
    sender = new_vault(tmp_path / "a", keychain=Keychain.none(), name="sender")
    receiver = new_vault(tmp_path / "b", keychain=Keychain.none(), name="receiver")
    try:
        ids = [c.id for c in (sender.cases.add(Case(code="", opened_on=date(2026, 2, 1 + i))) for i in range(5))]
        for day in (5, 6):  # B's own 0001 and 0002: the codes shift
            receiver.cases.add(Case(code="", opened_on=date(2026, 1, day)))
        data, code = write_handover(sender, [i for i in ids[1:] if i is not None])
        created = import_handover(receiver, read_handover(data, code))
        rows = CasesModel._load(receiver, "")
        assert len(created) == 4
        assert any(c.previous_code != c.code for c in created)
        for case in created:
            assert case.previous_code
            for typed in (case.previous_code, case.previous_code.lower(), f"  {case.previous_code} "):
                found = [r.case_id for r in rows if CaseFilter(text=typed, show_closed=True).accepts(r)]
                assert case.id in found, typed
                hits = receiver.search(typed)
                assert hits and hits[0].case_id == case.id, typed
            own = [r.case_id for r in rows if CaseFilter(text=case.code).accepts(r)]
            assert case.id in own
        assert not [r for r in rows if CaseFilter(text="TD-2026-0099").accepts(r)]
        assert not [h for h in receiver.search("TD-2026-0099") if h.kind == "case"]
    finally:
        sender.lock()
        receiver.lock()
