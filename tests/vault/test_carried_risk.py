"""Issue 19: a handed-over case whose file carried no note keeps the risk its predecessor assessed: the
received case's header, the cases list, Today and the referral picker see it as they see a note's risk,
until a note of the successor assesses one.  The column comes with a migration (CARRIED_RISK_VERSION)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from trustdesk.domain import Case, Contact, RiskLevel, rules
from trustdesk.vault import Keychain, Vault, schema
from trustdesk.vault.handover import (
    MINIMUM_NECESSARY,
    Section,
    import_handover,
    read_handover,
    write_handover,
)

FOSSIL = Path(__file__).parent / "fossils" / f"v{schema.CARRIED_RISK_VERSION - 1}"


@pytest.fixture
def successor(tmp_path: Path, keychain: Keychain, new_vault: Callable[..., Vault]) -> Vault:
    return new_vault(tmp_path / "successor", keychain=keychain, name="successor")


def _risks(vault: Vault, case_id: int) -> dict[str, RiskLevel]:
    from trustdesk.ui.case.queries import load_header

    header = load_header(vault, case_id)
    assert header is not None
    overview = {o.case.id: o.current_risk for o in vault.cases.overview()}
    rows = {r.case_id: r.current_risk for r in vault.cases.list_rows()}
    return {"header": header.risk, "overview": overview[case_id], "list": rows[case_id],
            "contacts": vault.contacts.current_risk(case_id)}


@pytest.mark.parametrize("level", [r for r in RiskLevel if r.assessed])
def test_the_predecessors_risk_comes_with_a_case_without_notes(vault: Vault, successor: Vault,
                                                               level: RiskLevel) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 9, 1)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 9, 2, 10), risk=level, notes="geheim"))
    data, code = write_handover(vault, [case.id], MINIMUM_NECESSARY)  # no contact notes in the file
    preview = read_handover(data, code)
    assert Section.CONTACTS not in preview.sections
    (received,) = import_handover(successor, preview)
    assert received.id is not None and not successor.contacts.for_case(received.id)
    assert set(_risks(successor, received.id).values()) == {level}
    # a note of the successor that assesses the risk takes over; one that does not, changes nothing
    successor.contacts.add(Contact(case_id=received.id, at=datetime(2026, 10, 1, 10), risk=RiskLevel.NOT_ASSESSED))
    assert set(_risks(successor, received.id).values()) == {level}
    successor.contacts.add(Contact(case_id=received.id, at=datetime(2026, 10, 2, 10), risk=RiskLevel.NONE))
    assert set(_risks(successor, received.id).values()) == {RiskLevel.NONE}


def test_a_file_without_the_risk_section_carries_no_risk(vault: Vault, successor: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 9, 1)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 9, 2, 10), risk=RiskLevel.HIGH))
    data, code = write_handover(vault, [case.id], frozenset({Section.INTAKE}))
    (received,) = import_handover(successor, read_handover(data, code))
    assert received.id is not None
    assert set(_risks(successor, received.id).values()) == {RiskLevel.NOT_ASSESSED}


def test_handing_it_over_again_passes_the_carried_risk_on(vault: Vault, successor: Vault) -> None:
    case = successor.cases.add(Case(code="", opened_on=date(2026, 9, 1), carried_risk=RiskLevel.ACUTE))
    assert case.id is not None and successor.cases.get(case.id).carried_risk is RiskLevel.ACUTE  # type: ignore[union-attr]
    data, code = write_handover(successor, [case.id])
    (again,) = import_handover(vault, read_handover(data, code))
    assert again.id is not None and vault.contacts.current_risk(again.id) is RiskLevel.ACUTE


def test_rules_fall_back_on_the_carried_risk_only_without_an_assessment() -> None:
    for carried in RiskLevel:
        assert rules.current_risk([], carried) is carried
        assert rules.current_risk([RiskLevel.NOT_ASSESSED], carried) is carried
        assert rules.current_risk([RiskLevel.LOW, RiskLevel.HIGH], carried) is RiskLevel.LOW


def test_the_migration_gives_every_existing_case_no_carried_risk(tmp_path: Path) -> None:
    """On a real vault of the schema before: the column arrives, every case's risk is what it was."""
    import json
    import re

    readme = (FOSSIL / "README.md").read_text(encoding="utf-8")
    info = json.loads(re.search(r"```json\n(.*?)\n```", readme, re.S).group(1))  # type: ignore[union-attr]
    assert info["schema"] == schema.CARRIED_RISK_VERSION - 1
    data_dir = tmp_path / "v9"
    data_dir.mkdir()
    for name in ("vault.db", "keyslots.json"):
        shutil.copy2(FOSSIL / name, data_dir / name)
    vault = Vault.unlock(data_dir, info["passphrase"], keychain=Keychain.none())
    try:
        assert schema.version(vault.db) >= schema.CARRIED_RISK_VERSION
        cases = vault.cases.list()
        assert cases and all(c.carried_risk is RiskLevel.NOT_ASSESSED for c in cases)
        for c in cases:
            assert c.id is not None
            notes = rules.current_risk(k.risk for k in vault.contacts.for_case(c.id))
            assert vault.contacts.current_risk(c.id) is notes
    finally:
        vault.lock()
