"""Upgrades: every vault format TrustDesk ever wrote opens with the current code (electrum's
test_storage_upgrade).  The fossils in tests/vault/fossils/vN are real files written by the schema-N
code (make_fossil.py); each test works on a copy, the fossils themselves are never touched.

Opening an older fossil migrates it, and only after writing an encrypted safety copy of the file as
it was.  A synthetic next migration (appended in the test only) checks that path on the newest
fossil too, so the day schema N+1 lands the mechanism is already known to work on real files.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from trustdesk.domain.enums import CaseStatus
from trustdesk.vault import Keychain, Vault, WrongPassphrase, schema
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.db import Database

FOSSILS = Path(__file__).parent / "fossils"
_spec = importlib.util.spec_from_file_location("make_fossil", FOSSILS / "make_fossil.py")
assert _spec is not None and _spec.loader is not None
_make_fossil = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_make_fossil)
EXPECTED: dict[str, object] = _make_fossil.EXPECTED
ALL = sorted(p for p in FOSSILS.iterdir() if (p / "vault.db").is_file())


def facts(fossil: Path) -> dict[str, object]:
    text = (fossil / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```json\n(.*?)\n```", text, re.S)
    assert match, f"{fossil}/README.md has no json facts block"
    return dict(json.loads(match.group(1)))


def copy(fossil: Path, tmp_path: Path) -> Path:
    target = tmp_path / fossil.name
    target.mkdir()
    for name in ("vault.db", "keyslots.json"):
        shutil.copy2(fossil / name, target / name)
    return target


def check_content(vault: Vault) -> None:
    cases = {c.code: c for c in vault.cases.list()}
    assert set(cases) == {EXPECTED["case_code"], EXPECTED["second_case_code"]}
    first = cases[str(EXPECTED["case_code"])]
    assert first.id is not None
    assert first.opened_on == date(2026, 3, 2) and first.status == CaseStatus.INTAKE
    assert first.doctor_name == "Dr. A. Fossiel" and first.region == "Gent"
    (contact,) = vault.contacts.for_case(first.id)
    assert contact.notes == EXPECTED["note"] and contact.agreements == EXPECTED["agreements"]
    assert [h.case_id for h in vault.search(str(EXPECTED["note_word"]))] == [first.id]
    assert vault.search("creme"), "accent-folded search lost after upgrade"
    (referral,) = vault.referrals.for_case(first.id)
    assert referral.reason == EXPECTED["referral_reason"] and referral.provider_name == EXPECTED["provider"]
    assert [p.name for p in vault.providers.list()] == [EXPECTED["provider"]]
    assert [t.title for t in vault.tasks.for_case(first.id)] == [EXPECTED["task"]]
    assert EXPECTED["template"] in [t.name for t in vault.templates.list()]
    key, value = EXPECTED["setting"]  # type: ignore[misc]
    assert vault.settings.get(str(key)) == value
    assert not vault.integrity_errors()
    assert vault.audit.verify().intact


def test_there_are_fossils_of_every_schema_up_to_the_current_one() -> None:
    schemas = sorted(int(str(facts(f)["schema"])) for f in ALL)
    assert schemas and schemas[0] == 1
    assert schemas == list(range(1, schema.LATEST + 1)), (
        f"fossils for schemas {schemas}, current schema {schema.LATEST}: make a fossil of the released "
        "format before changing it (tests/vault/fossils/make_fossil.py)")


@pytest.mark.parametrize("fossil", ALL, ids=[f.name for f in ALL])
def test_fossil_opens_upgrades_and_keeps_everything(fossil: Path, tmp_path: Path) -> None:
    info = facts(fossil)
    data_dir = copy(fossil, tmp_path)
    original = (fossil / "vault.db").read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, str(info["passphrase"]) + "x", keychain=Keychain.none())
    assert (data_dir / "vault.db").read_bytes() == original, "a wrong passphrase changed the file"

    vault = Vault.unlock(data_dir, str(info["passphrase"]), keychain=Keychain.none())
    try:
        assert schema.version(vault.db) == schema.LATEST
        check_content(vault)
        migrated = vault.audit.entries(event=AuditEvent.MIGRATED)
        copies = sorted(data_dir.glob("vault.db.before-schema-*"))
        if int(str(info["schema"])) < schema.LATEST:
            assert len(copies) == 1 and copies[0].read_bytes() == original
            assert copies[0].name.startswith(f"vault.db.before-schema-{info['schema']}-")
            assert [e.detail for e in migrated] == [f"schema {info['schema']} -> {schema.LATEST}"]
        else:
            assert copies == [] and migrated == []
    finally:
        vault.lock()
    Vault.unlock_with_recovery_code(data_dir, str(info["recovery_code"]), keychain=Keychain.none()).lock()


def test_safety_copy_of_a_fossil_still_opens_as_the_old_version(tmp_path: Path) -> None:
    """The safety copy is the old vault, encrypted under the same key: put back, it is the fossil."""
    oldest = ALL[0]
    info = facts(oldest)
    if int(str(info["schema"])) == schema.LATEST:
        pytest.skip("the oldest fossil is the current schema: nothing to migrate")
    data_dir = copy(oldest, tmp_path)
    Vault.unlock(data_dir, str(info["passphrase"]), keychain=Keychain.none()).lock()
    (safety,) = data_dir.glob("vault.db.before-schema-*")
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy2(safety, restored / "vault.db")
    shutil.copy2(oldest / "keyslots.json", restored / "keyslots.json")
    assert (restored / "vault.db").read_bytes() == (oldest / "vault.db").read_bytes()


def test_a_next_migration_runs_on_the_newest_fossil_behind_a_safety_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    newest = ALL[-1]
    info = facts(newest)
    data_dir = copy(newest, tmp_path)
    original = (newest / "vault.db").read_bytes()
    following = schema.LATEST + 1

    def add_column(db: Database) -> None:
        db.execute("ALTER TABLE cases ADD COLUMN fossil_probe TEXT NOT NULL DEFAULT 'migrated'")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, (following, add_column)])
    monkeypatch.setattr(schema, "LATEST", following)
    vault = Vault.unlock(data_dir, str(info["passphrase"]), keychain=Keychain.none())
    try:
        assert schema.version(vault.db) == following
        assert vault.db.scalar("SELECT count(*) FROM cases WHERE fossil_probe = 'migrated'") == 2
        check_content(vault)
        (detail,) = [e.detail for e in vault.audit.entries(event=AuditEvent.MIGRATED)]
        assert detail == f"schema {info['schema']} -> {following}"
    finally:
        vault.lock()
    (safety,) = data_dir.glob(f"vault.db.before-schema-{info['schema']}-*")
    assert safety.read_bytes() == original


def test_a_failing_migration_leaves_the_fossil_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    newest = ALL[-1]
    info = facts(newest)
    data_dir = copy(newest, tmp_path)
    following = schema.LATEST + 1

    def broken(db: Database) -> None:
        db.execute("ALTER TABLE cases ADD COLUMN half_done TEXT")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, (following, broken)])
    monkeypatch.setattr(schema, "LATEST", following)
    with pytest.raises(RuntimeError, match="migration bug"):
        Vault.unlock(data_dir, str(info["passphrase"]), keychain=Keychain.none())
    monkeypatch.undo()
    vault = Vault.unlock(data_dir, str(info["passphrase"]), keychain=Keychain.none())
    try:
        assert schema.version(vault.db) == schema.LATEST
        columns = [row[1] for row in vault.db.query("PRAGMA table_info(cases)")]
        assert "half_done" not in columns
        check_content(vault)
    finally:
        vault.lock()
