"""The audit chain: tampering through a raw decrypted connection is detected; the audit-verify
command; the chain after destruction; the accounting of disclosures."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from trustdesk.cli import COMMANDS
from trustdesk.cli.audit_verify import EXIT_BROKEN, EXIT_INTACT, EXIT_SECRET, EXIT_VAULT
from trustdesk.cli.audit_verify import main as audit_verify
from trustdesk.domain import Case
from trustdesk.domain.enums import CaseStatus, CloseReason, ProviderKind
from trustdesk.domain.models import Provider, Referral
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.audit import (
    GENESIS,
    disclosure_detail,
    disclosures,
    disclosures_csv,
    entry_hash,
)
from trustdesk.vault.retention import destroy_case


def _fill(vault: Vault, n: int = 6) -> None:
    for i in range(n):
        vault.audit.append("export", case_code=f"TD-2026-000{i}", detail=f"case_summary redaction=minimal #{i}")
    assert vault.audit.verify().intact


def test_reordering_two_entries_is_detected(vault: Vault) -> None:
    _fill(vault)
    conn = vault.db.conn
    rows = {r[0]: r[1:] for r in conn.execute("SELECT seq, at, event, case_code, detail, prev_hash, hash "
                                              "FROM audit WHERE seq IN (3, 4)")}
    for seq, other in ((3, 4), (4, 3)):  # swap the whole content of two rows (hashes included)
        conn.execute("UPDATE audit SET at=?, event=?, case_code=?, detail=?, prev_hash=?, hash=? WHERE seq=?",
                     (*rows[other], seq))
    state = vault.audit.verify()
    assert not state.intact and state.first_broken == 3 and state.entries == 2


def test_renumbering_entries_is_detected(vault: Vault) -> None:
    _fill(vault)
    conn = vault.db.conn
    conn.execute("UPDATE audit SET seq = seq + 100 WHERE seq = 5")  # moved to the end
    assert vault.audit.verify().first_broken == 6


@pytest.mark.parametrize("column", ["at", "event", "case_code", "hash", "prev_hash"])
def test_editing_any_column_is_detected(vault: Vault, column: str) -> None:
    _fill(vault)
    vault.db.conn.execute(f"UPDATE audit SET {column} = {column} || 'x' WHERE seq = 2")
    state = vault.audit.verify()
    assert not state.intact and state.first_broken == 2


def test_a_rehashed_forgery_breaks_the_next_link(vault: Vault) -> None:
    """Recomputing the edited entry's own hash does not help: the next entry names the old one."""
    _fill(vault)
    conn = vault.db.conn
    row = conn.execute("SELECT seq, at, event, case_code, prev_hash FROM audit WHERE seq = 3").fetchone()
    forged = entry_hash(row[0], row[1], row[2], row[3], "nothing happened", row[4])
    conn.execute("UPDATE audit SET detail = 'nothing happened', hash = ? WHERE seq = 3", (forged,))
    assert vault.audit.verify().first_broken == 4


def test_destruction_appends_and_the_chain_still_verifies(vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2015, 1, 5), doctor_name="Dr. Weg"))
    assert case.id is not None
    vault.audit.append("export", case_code=case.code, detail="case_summary redaction=full")
    vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2016, 1, 5), reason=CloseReason.DOCTOR_ENDED)
    before = vault.audit.verify().entries
    destroy_case(vault, case.id, case.code, today=date(2026, 11, 26))
    state = vault.audit.verify()
    assert state.intact and state.entries == before + 1
    last = vault.audit.entries(limit=1)[0]
    assert last.event == "case_destroyed" and last.case_code == case.code
    assert len(vault.audit.entries(case_code=case.code)) == 2  # the export line stays, verbatim


# -- the command ------------------------------------------------------------------------------

def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str],
         secret: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
    code = audit_verify(args)
    return code, capsys.readouterr().out


@pytest.fixture
def plain_vault(data_dir: Path, new_vault: Callable[..., Vault]) -> tuple[Path, str]:
    """A passphrase-only vault (what a headless machine has), locked; returns (dir, recovery code)."""
    v = new_vault(data_dir, keychain=Keychain.none())
    code = v.recovery_code or ""
    _fill(v)
    v.lock()
    return data_dir, code


def test_cli_is_registered() -> None:
    assert COMMANDS["audit-verify"][0] == "trustdesk.cli.audit_verify"


def test_cli_reports_an_intact_chain(plain_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _ = plain_vault
    code, out = _run(monkeypatch, capsys, ["--data-dir", str(data_dir), "--passphrase-stdin"], PASSPHRASE)
    assert code == EXIT_INTACT
    assert "chain intact, 8 entries" in out  # created, 6 exports and this unlock
    code, out = _run(monkeypatch, capsys, ["--data-dir", str(data_dir), "--recovery-code-stdin"], plain_vault[1])
    assert code == EXIT_INTACT and "chain intact, 9 entries" in out


def test_cli_reports_the_first_broken_entry(plain_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _ = plain_vault
    v = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    v.db.conn.execute("DELETE FROM audit WHERE seq = 4")
    v.lock()
    code, out = _run(monkeypatch, capsys, ["--data-dir", str(data_dir), "--passphrase-stdin"], PASSPHRASE)
    assert code == EXIT_BROKEN
    assert "BROKEN at entry 5" in out and "3 entries" in out


def test_cli_wrong_passphrase_and_missing_vault(plain_vault: tuple[Path, str], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _ = plain_vault
    before = (data_dir / "vault.db").read_bytes()
    code, out = _run(monkeypatch, capsys, ["--data-dir", str(data_dir), "--passphrase-stdin"], "not it at all")
    assert code == EXIT_SECRET and "does not open" in out
    assert (data_dir / "vault.db").read_bytes() == before
    code, out = _run(monkeypatch, capsys, ["--data-dir", str(tmp_path / "nothing"), "--passphrase-stdin"], "x")
    assert code == EXIT_VAULT


def test_cli_without_the_keychain_secret_suggests_the_recovery_code(
        data_dir: Path, keychain: Keychain, new_vault: Callable[..., Vault], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    v = new_vault(data_dir, keychain=keychain)  # needs the (in-memory) keychain's secret
    v.lock()
    from keyring.backends import fail

    monkeypatch.setattr("keyring.get_keyring", lambda: fail.Keyring())  # this computer: no keychain
    code, out = _run(monkeypatch, capsys, ["--data-dir", str(data_dir), "--passphrase-stdin"], PASSPHRASE)
    assert code == EXIT_SECRET and "--recovery-code-stdin" in out


def test_chain_function_builds_a_long_valid_log_fast(vault: Vault) -> None:
    """Entries inserted in one transaction with the chain function verify (the benchmark's method)."""
    insert_chain(vault, 2000)
    state = vault.audit.verify()
    assert state.intact and state.entries >= 2000


def insert_chain(vault: Vault, n: int) -> None:
    last = vault.db.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    seq, prev = (last["seq"], last["hash"]) if last else (0, GENESIS)
    rows = []
    for _ in range(n):
        seq += 1
        at = "2026-11-26T10:00:00"
        digest = entry_hash(seq, at, "print", "TD-2026-0001", "case_summary redaction=minimal", prev)
        rows.append((seq, at, "print", "TD-2026-0001", "case_summary redaction=minimal", prev, digest))
        prev = digest
    with vault.db.transaction():
        vault.db.conn.executemany("INSERT INTO audit (seq, at, event, case_code, detail, prev_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


# -- disclosures --------------------------------------------------------------------------------

def test_disclosures_name_recipient_redaction_and_consent(vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    assert case.id is not None
    provider = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Praktijk De Linde"))
    referral = vault.referrals.add(Referral(case_id=case.id, provider_id=provider.id, provider_name="Praktijk De Linde",
                                            consent_given=True, consent_date=date(2026, 10, 20),
                                            consent_scope="letter to the psychologist"))
    assert referral.id is not None
    vault.audit.append("print", case.code, disclosure_detail("referral_letter", referral_id=referral.id,
                                                             redaction="full"))
    vault.audit.append("export", case.code, "case_summary pseudonymised")
    vault.audit.append("backup", detail="x.tdbackup")  # not a disclosure
    vault.audit.append("export", "TD-2099-0001", "case_summary redaction=minimal")
    found = disclosures(vault, case.code)
    assert [(d.event, d.kind, d.redaction) for d in found] == [
        ("print", "referral_letter", "full"), ("export", "case_summary", "pseudonymised")]
    letter = found[0]
    assert letter.recipient == "Praktijk De Linde" and letter.consent_given is True
    assert letter.consent_date == date(2026, 10, 20) and letter.consent_scope == "letter to the psychologist"
    assert found[1].recipient == "" and found[1].consent_given is None
    assert len(disclosures(vault)) == 3
    text = disclosures_csv(vault).decode("utf-8-sig")
    assert "Praktijk De Linde" in text and "TD-2099-0001" in text and "x.tdbackup" not in text
