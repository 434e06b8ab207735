"""Handover between two vaults: equal content for the chosen sections, nothing else; every refusal
leaves both vaults byte-identical."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain import Case, CaseOrigin, Contact, KnowledgeDomain, Language, Referral, RiskLevel, Task
from trustdesk.domain.safety import SafetyPlan
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.handover import (
    MINIMUM_NECESSARY,
    HandoverReason,
    HandoverRejected,
    Section,
    import_handover,
    read_handover,
    write_handover,
)

NOTE = "vertrouwelijke-notitie-marker"


def _fill(vault: Vault) -> list[int]:
    ids = []
    for i in range(3):
        case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1 + i), language=Language.FR,
                                    domains=frozenset({KnowledgeDomain.DEPRESSION}), doctor_name=f"Dr. Médecin {i}"))
        assert case.id is not None
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 5 + i, 20), notes=f"{NOTE} {i}",
                                   risk=RiskLevel.HIGH))
        vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="insomnie", professionals="0800 32 123",
                                           environment_safety="médicaments chez le conjoint"))
        vault.tasks.add(Task(title=f"rappeler {i}", due_on=date(2026, 12, 1), case_id=case.id))
        vault.referrals.add(Referral(case_id=case.id, provider_name="Centre de Prévention du Suicide",
                                     reason="accompagnement"))
        ids.append(case.id)
    return ids


@pytest.fixture
def successor(tmp_path: Path, new_vault: Callable[..., Vault]) -> Vault:
    v = new_vault(tmp_path / "successor", keychain=Keychain.none(), name="successor")
    yield v  # type: ignore[misc]
    if not v.is_locked:
        v.lock()


def _dump(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    tables = ("cases", "contacts", "tasks", "referrals", "safety_plans", "settings")
    found = {t: [tuple(r) for r in vault.db.query(f"SELECT * FROM {t} ORDER BY 1")] for t in tables}
    found["settings"] = [r for r in found["settings"] if not str(r[0]).startswith("audit.")]  # the log's own
    return found


def test_round_trip_minimum_necessary(vault: Vault, successor: Vault) -> None:
    ids = _fill(vault)
    data, code = write_handover(vault, ids[:2])
    assert NOTE.encode() not in data and b"Dr. M" not in data
    preview = read_handover(data, code)
    assert preview.case_count == 2 and preview.sections == MINIMUM_NECESSARY
    created = import_handover(successor, preview, today=date(2026, 11, 26))
    assert [c.previous_code for c in created] == [vault.cases.get(i).code for i in ids[:2]]  # type: ignore[union-attr]
    for c in created:
        assert c.origin is CaseOrigin.HANDOVER and c.code.startswith("TD-2026-")
        assert c.id is not None
        plan = successor.safety_plans.current(c.id)
        assert plan is not None and plan.environment_safety == "médicaments chez le conjoint"
        assert [t.title for t in successor.tasks.for_case(c.id)]
        assert successor.referrals.for_case(c.id)[0].provider_name == "Centre de Prévention du Suicide"
        # the notes were not chosen: no contact arrives (none is invented); the current risk travels in the
        # case's handover event
        assert successor.contacts.for_case(c.id) == []
        received = successor.audit.entries(event="handover_received", case_code=c.code)
        assert len(received) == 1 and received[0].detail.endswith(f"current risk {RiskLevel.HIGH.value}")
    assert [e.event for e in vault.audit.entries()][0] == "handover_sent"
    assert [e.event for e in successor.audit.entries()][0] == "handover_received"


def test_full_notes_only_when_ticked(vault: Vault, successor: Vault) -> None:
    ids = _fill(vault)
    data, code = write_handover(vault, ids[:1], MINIMUM_NECESSARY | {Section.CONTACTS})
    (case,) = import_handover(successor, read_handover(data, code))
    assert case.id is not None
    assert [k.notes for k in successor.contacts.for_case(case.id)] == [f"{NOTE} 0"]


def test_refusals_write_nothing(vault: Vault, successor: Vault) -> None:
    ids = _fill(vault)
    data, code = write_handover(vault, ids)
    before = _dump(successor)
    other_code = write_handover(vault, ids[:1])[1]
    for bad, key, reason in [
        (data, other_code, HandoverReason.WRONG_CODE_OR_TAMPERED),
        (data, "not a code", HandoverReason.MALFORMED_CODE),  # a typo is said apart from a wrong code
        (data[:-10], code, HandoverReason.WRONG_CODE_OR_TAMPERED),
        (data[:30], code, HandoverReason.MALFORMED),
        (b"PK\x03\x04 something else", code, HandoverReason.NOT_A_HANDOVER),
        (data.replace(b'"format":1', b'"format":9', 1), code, HandoverReason.NEWER_FORMAT),
        (data.replace(b'"t":3', b'"t":4', 1), code, HandoverReason.MALFORMED),  # not the fixed KDF: before deriving
        (data.replace(b'"created":"', b'"created":"1', 1), code, HandoverReason.WRONG_CODE_OR_TAMPERED),
    ]:
        with pytest.raises(HandoverRejected) as err:
            import_handover(successor, read_handover(bad, key))
        assert err.value.reason is reason
    assert _dump(successor) == before
    import_handover(successor, read_handover(data, code))
    after_first = _dump(successor)
    with pytest.raises(HandoverRejected) as err:
        import_handover(successor, read_handover(data, code))
    assert err.value.reason is HandoverReason.REPLAYED
    assert _dump(successor) == after_first


def test_refusals_leave_files_byte_identical(vault: Vault, successor: Vault) -> None:
    data, code = write_handover(vault, _fill(vault)[:1])
    successor.lock()
    files = {p: p.read_bytes() for p in successor.data_dir.iterdir()}
    with pytest.raises(HandoverRejected):
        read_handover(data[:-1], code)
    assert {p: p.read_bytes() for p in successor.data_dir.iterdir()} == files


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_flipped_bytes_are_refused(vault: Vault, data: st.DataObject) -> None:
    if not vault.cases.count():
        _fill(vault)
    blob, code = _cached(vault)
    index = data.draw(st.integers(min_value=0, max_value=len(blob) - 1))
    bit = data.draw(st.integers(min_value=0, max_value=7))
    flipped = bytearray(blob)
    flipped[index] ^= 1 << bit
    with pytest.raises(HandoverRejected):
        read_handover(bytes(flipped), code)


_CACHE: dict[str, tuple[bytes, str]] = {}


def _cached(vault: Vault) -> tuple[bytes, str]:
    if vault.vault_id not in _CACHE:
        ids = [c.id for c in vault.cases.list() if c.id is not None]
        _CACHE[vault.vault_id] = write_handover(vault, ids[:1])
    return _CACHE[vault.vault_id]


def test_handover_verify_cli(tmp_path: Path, vault: Vault) -> None:
    data, code = write_handover(vault, _fill(vault))
    path = tmp_path / "cases.tdhandover"
    path.write_bytes(data)
    ok = subprocess.run([sys.executable, "-m", "trustdesk", "handover-verify", str(path), "--code-stdin"],
                        input=code + "\n", capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "cases      3" in ok.stdout and NOTE not in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "trustdesk", "handover-verify", str(path), "--code-stdin"],
                         input="0000-0000-0000-0000-0000-0000-00\n", capture_output=True, text=True)
    assert bad.returncode == 1  # a wrong code is refused (cli/exits.py); 2 is for input that is not a code
