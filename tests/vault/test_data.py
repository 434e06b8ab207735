"""Repositories, search, migrations and the audit chain on a real SQLCipher vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlcipher3 import dbapi2 as sqlcipher

from tests.conftest import PASSPHRASE
from trustdesk.domain import (
    Case,
    CaseStatus,
    CloseReason,
    Contact,
    KnowledgeDomain,
    Language,
    Provider,
    ProviderKind,
    Referral,
    ReferralStatus,
    RiskLevel,
    Task,
    Template,
    TemplateKind,
)
from trustdesk.vault import Keychain, Vault, VaultTooNew, schema
from trustdesk.vault.db import Database
from trustdesk.vault.events import Change

MARKER_NAME = "Zwanhilde Vercammen-Qzx"
MARKER_NOTE = "kwispelstaartmarker"


def _case(vault: Vault, **kw: object) -> Case:
    base = Case(code="", opened_on=date(2026, 11, 2), domains=frozenset({KnowledgeDomain.BURNOUT}),
                doctor_name=MARKER_NAME)
    return vault.cases.add(replace(base, **kw))  # type: ignore[arg-type]


def test_no_plaintext_on_disk(data_dir: Path, vault: Vault) -> None:
    case = _case(vault)
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 3, 21, 0), notes=MARKER_NOTE))
    vault.lock()
    names = {p.name for p in data_dir.iterdir()}  # the audit log's head record lives beside the vault
    assert names - {"audit-head.json"} == {"keyslots.json", "vault.db"} or \
        (data_dir / "vault.db-wal").stat().st_size == 0
    for path in data_dir.iterdir():
        raw = path.read_bytes()
        assert not raw.startswith(b"SQLite format 3")
        for marker in (MARKER_NAME, MARKER_NOTE):
            assert marker.encode("utf-8") not in raw
            assert marker.encode("utf-16-le") not in raw


def test_case_round_trip_and_codes(vault: Vault) -> None:
    a = _case(vault)
    b = _case(vault, domains=frozenset({KnowledgeDomain.DEPRESSION, KnowledgeDomain.SECOND_VICTIM}),
              language=Language.FR)
    assert (a.code, b.code) == ("TD-2026-0001", "TD-2026-0002")
    assert b.id is not None
    got = vault.cases.get(b.id)
    assert got == b
    assert vault.cases.by_code("TD-2026-0002") == b


def test_status_changes_follow_rules(vault: Vault) -> None:
    case = _case(vault)
    assert case.id is not None
    with pytest.raises(ValueError):
        vault.cases.change_status(case.id, CaseStatus.WAITING)
    vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    with pytest.raises(ValueError):
        vault.cases.change_status(case.id, CaseStatus.CLOSED)  # no reason
    closed = vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2026, 12, 1),
                                       reason=CloseReason.STRUCTURAL_SOLUTION)
    assert closed.closed_on == date(2026, 12, 1)
    assert [c.id for c in vault.cases.list(include_closed=False)] == []
    reopened = vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    assert reopened.closed_on is None and reopened.close_reason is None


def test_overview_current_risk_and_last_contact(vault: Vault) -> None:
    case = _case(vault)
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 3, 20), risk=RiskLevel.HIGH))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 10, 20), risk=RiskLevel.LOW))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 5, 20), risk=RiskLevel.ACUTE))
    (row,) = vault.cases.overview()
    assert row.current_risk is RiskLevel.LOW
    assert row.last_contact == date(2026, 11, 10)
    assert row.contact_count == 3
    assert [c.at.day for c in vault.contacts.for_case(case.id)] == [10, 5, 3]


def test_contact_revisions_kept_for_old_notes(vault: Vault) -> None:
    case = _case(vault)
    assert case.id is not None
    t0 = datetime(2026, 11, 1, 21, 0)
    c = vault.contacts.add(Contact(case_id=case.id, at=t0, notes="eerste versie"), at=t0)
    c = vault.contacts.update(replace(c, notes="tweede versie"), at=t0 + timedelta(hours=1))
    assert vault.contacts.revisions(c.id or 0) == []
    later = t0 + timedelta(days=2)
    c = vault.contacts.update(replace(c, notes="derde versie"), at=later)
    c = vault.contacts.update(replace(c, notes="derde versie, aangevuld"), at=later + timedelta(seconds=1))
    revs = vault.contacts.revisions(c.id or 0)
    assert [r.notes for r in revs] == ["tweede versie"]
    assert vault.contacts.get(c.id or 0).notes == "derde versie, aangevuld"  # type: ignore[union-attr]


def test_search_accents_prefix_and_sync(vault: Vault) -> None:
    case = _case(vault, specialty="Anesthésie")
    assert case.id is not None
    c = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 3, 20),
                                   notes="Épuisé après les gardes; il a parlé du café",
                                   agreements="Rendez-vous chez le médecin généraliste"))
    assert [h.contact_id for h in vault.search("epuise")] == [c.id]
    assert [h.contact_id for h in vault.search("medec")] == [c.id]
    assert {h.contact_id for h in vault.search("anesth")} == {None}
    hit = vault.search("cafe")[0]
    assert "\x02café\x03" in hit.snippet and hit.case_code == case.code
    vault.contacts.update(replace(c, notes="Rustiger nu"))
    assert vault.search("epuise") == []
    assert vault.search("rustig")
    vault.contacts.delete(c.id or 0)
    assert vault.search("rustig") == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_search_never_fails_on_user_input(vault: Vault, text: str) -> None:
    """FTS5 syntax in the search box (quotes, NEAR, *, ^, -) is neutralised, never an error."""
    vault.search(text)


@pytest.mark.parametrize("text", ['"', "NEAR(a b)", "a OR", "*", "-x", "col:val", "'); DROP TABLE cases;--"])
def test_search_hostile_queries(vault: Vault, text: str) -> None:
    vault.search(text)
    assert vault.cases.count() == 0


def test_providers_referrals_tasks_templates(vault: Vault) -> None:
    case = _case(vault)
    assert case.id is not None
    p = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Praktijk De Linde",
                                     languages=frozenset({Language.NL, Language.FR}), region="brussels"))
    assert vault.providers.list(language=Language.FR) == [p]
    assert vault.providers.list(language=Language.DE) == []
    assert vault.providers.list(kind=ProviderKind.GP) == []
    r = vault.referrals.add(Referral(case_id=case.id, provider_id=p.id, reason="burn-out"))
    assert r.status is ReferralStatus.PROPOSED
    with pytest.raises(ValueError):
        vault.referrals.advance(r.id or 0, ReferralStatus.CONSENTED)  # no consent recorded
    with pytest.raises(ValueError):
        vault.referrals.update(replace(r, letter_text="Beste collega"))
    r = vault.referrals.update(replace(r, consent_given=True, consent_date=date(2026, 11, 4),
                                       consent_scope="reden van verwijzing"))
    r = vault.referrals.advance(r.id or 0, ReferralStatus.CONSENTED, on=date(2026, 11, 4))
    assert r.status_dates["consented"] == "2026-11-04"
    assert vault.referrals.for_case(case.id) == [r]
    t = vault.tasks.add(Task(title="Terugbellen", due_on=date(2026, 11, 20), case_id=case.id))
    vault.tasks.add(Task(title="Later", due_on=date(2026, 12, 20)))
    assert [x.id for x in vault.tasks.open_due_by(date(2026, 11, 26))] == [t.id]
    vault.tasks.mark_done(t.id or 0)
    assert vault.tasks.open_due_by(date(2026, 11, 26)) == []
    tpl = vault.templates.add(Template(name="Psy", kind=TemplateKind.REFERRAL_PSY, language=Language.NL,
                                       body="Beste {{ provider.name }}"))
    assert vault.templates.list(language=Language.NL) == [tpl]
    vault.settings.set("letterhead.name", "Dr. A. Peeters")
    assert vault.settings.get("letterhead.name") == "Dr. A. Peeters"
    # deleting a case removes its children
    vault.cases.delete(case.id)
    assert vault.referrals.list() == [] and vault.tasks.for_case(case.id) == []


def test_change_feed_reports_writes(vault: Vault) -> None:
    seen: list[Change] = []
    vault.feed.subscribe(seen.append)
    case = _case(vault)
    vault.contacts.add(Contact(case_id=case.id or 0, at=datetime(2026, 11, 3)))
    assert [(c.table, c.case_id) for c in seen] == [("cases", case.id), ("contacts", case.id)]


def test_failed_transaction_rolls_back(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.db.transaction():
        vault.db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        raise RuntimeError("boom")
    assert vault.settings.get("x") is None


def test_audit_chain_detects_tampering(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    for i in range(5):
        vault.audit.append("export", case_code=f"TD-2026-000{i}", detail="summary")
    assert vault.audit.verify().intact
    conn = vault.db.conn
    conn.execute("UPDATE audit SET detail = 'print' WHERE seq = 3")
    state = vault.audit.verify()
    assert not state.intact and state.first_broken == 3
    conn.execute("UPDATE audit SET detail = 'summary' WHERE seq = 3")
    assert vault.audit.verify().intact
    conn.execute("DELETE FROM audit WHERE seq = 4")
    assert vault.audit.verify().first_broken == 5


def test_migration_from_version_zero(tmp_path: Path) -> None:
    key = bytearray(range(32))
    db = Database.open(tmp_path / "v0.db", key, create=True)
    assert schema.version(db) == 0
    assert schema.migrate(db) == [v for v, _ in schema.MIGRATIONS]
    assert schema.version(db) == schema.LATEST
    assert schema.migrate(db) == []
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"cases", "contacts", "audit", "contacts_fts"} <= tables
    db.close()


def test_newer_vault_is_refused_untouched(data_dir: Path, keychain: Keychain, vault: Vault) -> None:
    vault.db.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    vault.lock()
    before = (data_dir / "vault.db").read_bytes()
    with pytest.raises(VaultTooNew):
        Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    assert (data_dir / "vault.db").read_bytes() == before


def test_lock_truncates_wal_and_zeroes_key(data_dir: Path, vault: Vault) -> None:
    _case(vault)
    key = vault._key
    vault.lock()
    assert not any(key)
    wal = data_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_pragmas_hold(vault: Vault) -> None:
    q = vault.db.scalar
    assert q("PRAGMA journal_mode") == "wal"
    assert q("PRAGMA synchronous") == 2
    assert q("PRAGMA foreign_keys") == 1
    assert q("PRAGMA secure_delete") == 1
    assert q("PRAGMA temp_store") == 2


def test_raw_file_is_not_sqlite(data_dir: Path, vault: Vault) -> None:
    vault.lock()
    conn = sqlcipher.connect(str(data_dir / "vault.db"))
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_search_in_a_huge_note_is_fast_and_marks_the_match(vault: Vault) -> None:
    """A pasted document of 2 MB: its snippet is made in Python (FTS5's is superlinear in one row)."""
    case = _case(vault)
    assert case.id is not None
    filler = "Lange geplakte mail over de planning van de dienst. " * 40_000
    big = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 3, 20),
                                     notes=filler + "De arts was ÉPUISÉ na de wachtdienst. " + filler))
    small = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 4, 20), notes="epuisement, rust"))
    assert vault.db.scalar("SELECT count(*) FROM big_contacts") == 1
    hits = vault.search("epuis")
    assert {h.contact_id for h in hits} == {big.id, small.id}
    snippet = next(h.snippet for h in hits if h.contact_id == big.id)
    assert "\x02ÉPUISÉ\x03" in snippet and len(snippet) < 400
    # shrinking the note takes it off the big list; deleting it takes it away entirely
    vault.contacts.update(replace(big, notes="kort"))
    assert vault.db.scalar("SELECT count(*) FROM big_contacts") == 0
    vault.contacts.update(replace(big, notes=filler))
    vault.contacts.delete(big.id or 0)
    assert vault.db.scalar("SELECT count(*) FROM big_contacts") == 0
