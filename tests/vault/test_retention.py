"""Retention and destruction: after destroy_case no marker of the case is left, decrypted or raw."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.vault.test_backup import MARKERS, dump_bytes, populate
from trustdesk.domain import Case, CaseStatus, CloseReason, rules
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.keyslots import RECOVERY, open_recovery_slot
from trustdesk.vault.retention import (
    CodeMismatch,
    cases_nearing_retention,
    cases_past_retention,
    destroy_case,
    lingering_copies,
    retention_years,
    set_retention_years,
)

PAGE = 4096  # SQLCipher 4 defaults: 4 KiB pages, reserve = 16-byte IV + 64-byte HMAC-SHA512
RESERVE = 80
WAL_HEADER, FRAME_HEADER = 32, 24
OTHER_MARKERS = tuple(m.replace("q", "j").replace("Q", "J") for m in MARKERS)


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    body = page[16 if first else 0:PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_raw(data_dir: Path, key: bytes) -> bytes:
    """Every page of vault.db and every frame of vault.db-wal, decrypted with the raw data key —
    free pages and slack included, so overwritten-or-not is what this sees."""
    out = []
    db = (data_dir / "vault.db").read_bytes()
    for offset in range(0, len(db) - PAGE + 1, PAGE):
        out.append(_decrypt_page(db[offset:offset + PAGE], key, offset == 0))
    wal_path = data_dir / "vault.db-wal"
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    for offset in range(WAL_HEADER, len(wal) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        frame = wal[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE]
        page_no = int.from_bytes(wal[offset:offset + 4], "big")
        out.append(_decrypt_page(frame, key, page_no == 1))
    return b"".join(out).lower()


def _data_key(vault: Vault) -> bytes:
    code = vault.recovery_code
    slot = vault.header.slot(RECOVERY)
    assert code is not None and slot is not None
    return bytes(open_recovery_slot(slot, vault.vault_id, code))


def _closed(vault: Vault, case: Case, on: date) -> Case:
    assert case.id is not None
    vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    return vault.cases.change_status(case.id, CaseStatus.CLOSED, on=on, reason=CloseReason.DOCTOR_ENDED)


def test_retention_setting(vault: Vault) -> None:
    assert retention_years(vault) == 5
    set_retention_years(vault, 7)
    assert retention_years(vault) == 7
    for bad in (0, 31, True):
        with pytest.raises(ValueError):
            set_retention_years(vault, bad)
    vault.settings.set("retention.years", "tien")  # a hostile value never breaks the rule
    assert retention_years(vault) == 5


def test_cases_past_retention(vault: Vault) -> None:
    today = date(2031, 6, 1)
    old = _closed(vault, vault.cases.add(Case(code="", opened_on=date(2025, 1, 5))), date(2026, 5, 31))
    leap = _closed(vault, vault.cases.add(Case(code="", opened_on=date(2024, 1, 5))), date(2024, 2, 29))
    recent = _closed(vault, vault.cases.add(Case(code="", opened_on=date(2026, 1, 5))), date(2026, 6, 20))
    vault.cases.add(Case(code="", opened_on=date(2020, 1, 1)))  # open: never due
    assert [c.code for c in cases_past_retention(vault, today)] == [leap.code, old.code]
    assert [c.code for c in cases_nearing_retention(vault, today, within_days=30)] == [recent.code]
    set_retention_years(vault, 10)
    assert cases_past_retention(vault, today) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(closings=st.lists(st.dates(date(2015, 1, 1), date(2031, 12, 31)), min_size=1, max_size=6),
       today=st.dates(date(2020, 1, 1), date(2036, 12, 31)), years=st.integers(1, 12))
def test_the_retention_list_reads_only_what_may_be_due_and_misses_none(
        vault: Vault, closings: list[date], today: date, years: int) -> None:
    """cases_past_retention reads only cases closed long enough ago (issue 20: Today read all 5,000)
    and still returns exactly the closed cases the one rule says are due."""
    for on in closings:
        _closed(vault, vault.cases.add(Case(code="", opened_on=min(on, date(2015, 1, 1)))), on)
    set_retention_years(vault, years)
    every = vault.cases.list(status=CaseStatus.CLOSED)
    expected = sorted((c for c in every if rules.past_retention(c.closed_on, today, years)),
                      key=lambda c: (c.closed_on or today, c.code))
    assert [(c.id, c.code, c.closed_on) for c in cases_past_retention(vault, today)] == [
        (c.id, c.code, c.closed_on) for c in expected]


def test_wrong_code_destroys_nothing(vault: Vault) -> None:
    case = populate(vault)
    assert case.id is not None
    before = dump_bytes(vault.db.conn)
    with pytest.raises(CodeMismatch):
        destroy_case(vault, case.id, "TD-2026-9999")
    with pytest.raises(KeyError):
        destroy_case(vault, 4242, case.code)
    assert dump_bytes(vault.db.conn) == before


def test_destroyed_case_leaves_no_trace(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    key = _data_key(vault)
    doomed = populate(vault, contacts=6)
    kept = populate(vault, OTHER_MARKERS)
    assert doomed.id is not None and kept.id is not None
    vault.audit.append("export", case_code=doomed.code, detail="case summary")
    markers = [m.lower().encode() for m in MARKERS]
    vault.db.checkpoint()
    # Positive control: before destruction the markers are there, decrypted and through our key.
    assert all(m in dump_bytes(vault.db.conn) for m in markers)
    assert all(m in decrypted_raw(data_dir, key) for m in markers)

    result = destroy_case(vault, doomed.id, f"  {doomed.code.lower()} ", today=date(2031, 11, 26))
    assert (result.contacts, result.referrals, result.tasks) == (6, 1, 1)

    decrypted = dump_bytes(vault.db.conn)
    raw = decrypted_raw(data_dir, key)
    for marker in markers:
        assert marker not in decrypted, marker
        assert marker not in raw, marker
    assert all(m.lower().encode() in decrypted for m in OTHER_MARKERS)  # the other case is whole
    assert (data_dir / "vault.db-wal").stat().st_size == 0
    assert vault.cases.get(doomed.id) is None and vault.search("qqnotemarker") == []
    assert {h.case_id for h in vault.search("jjnotemarker")} == {kept.id}
    assert vault.integrity_errors() == []
    chain = vault.audit.verify()
    assert chain.intact
    entry = vault.audit.entries(event="case_destroyed")[0]
    assert (entry.case_code, entry.detail) == (doomed.code, f"case {doomed.code} destroyed on 2031-11-26")
    assert vault.audit.entries(case_code=doomed.code, event="export")  # older entries stay as they were

    vault.lock()  # and a fresh connection sees the same
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        assert all(m not in dump_bytes(again.db.conn) for m in markers)
    finally:
        again.lock()
    for path in data_dir.iterdir():
        if path.is_file():
            blob = path.read_bytes().lower()
            assert not any(m in blob for m in markers)


def test_lingering_copies_are_listed(vault: Vault) -> None:
    assert lingering_copies(vault) == []
    (vault.data_dir / "kept-aside-20261126-101010").mkdir()
    (vault.data_dir / "vault.db.before-schema-1-20261126").write_bytes(b"x")
    assert [p.name for p in lingering_copies(vault)] == ["kept-aside-20261126-101010",
                                                         "vault.db.before-schema-1-20261126"]
