"""The case status history (schema STATUS_HISTORY_VERSION): every status change is kept with the day it
took effect, on a new vault and on a real vault of the previous schema (the v6 fossil)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case
from trustdesk.vault import Keychain, Vault, schema

V6 = Path(__file__).parent / "fossils" / "v6"
PASSPHRASE = "fossiel passphrase Ærø 2026"


def test_the_previous_schema_gains_each_case_status_since_its_opening(tmp_path: Path) -> None:
    for name in ("vault.db", "keyslots.json"):
        shutil.copy2(V6 / name, tmp_path / name)
    vault = Vault.unlock(tmp_path, PASSPHRASE, keychain=Keychain.none())
    try:
        assert schema.version(vault.db) >= schema.STATUS_HISTORY_VERSION
        history = vault.cases.status_history()
        cases = vault.cases.list()
        assert len(cases) == 2
        for case in cases:
            assert case.id is not None
            assert history[case.id] == [(case.opened_on, case.status)]
        first = cases[0]
        assert first.id is not None
        vault.cases.change_status(first.id, CaseStatus.CLOSED, on=date(2026, 5, 1),
                                  reason=CloseReason.STRUCTURAL_SOLUTION)
        assert vault.cases.status_history()[first.id][-1] == (date(2026, 5, 1), CaseStatus.CLOSED)
    finally:
        vault.lock()


def test_every_change_is_kept_in_order_and_goes_with_the_case(vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 2, 3)))
    assert case.id is not None
    vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2026, 4, 1), reason=CloseReason.DOCTOR_ENDED)
    vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    stored = vault.cases.get(case.id)
    assert stored is not None
    vault.cases.update(stored)  # saving without a status change records nothing
    today = date.today()
    assert vault.cases.status_history()[case.id] == [
        (date(2026, 2, 3), CaseStatus.INTAKE), (today, CaseStatus.ACTIVE), (date(2026, 4, 1), CaseStatus.CLOSED),
        (today, CaseStatus.ACTIVE)]
    vault.cases.delete(case.id)
    assert case.id not in vault.cases.status_history()
