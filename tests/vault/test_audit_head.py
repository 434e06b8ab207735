"""The audit log's head, anchored outside the table (issue 17, items 2 and 20).

Whoever cuts the newest entries off the table (through a decrypted connection), deletes one and
re-hashes the rest, or loses them with a damaged write-ahead log, leaves a chain that still verifies
on its own; the head record (audit-head.json) names a later entry, so opening reports the gap,
records it in the log, and ``audit-verify`` says TRUNCATED.  Backups carry the head at backup time
and say which of them holds what is missing.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.vault_copies import VaultTemplates
from trustdesk.cli.audit_verify import EXIT_BROKEN, EXIT_INTACT
from trustdesk.cli.audit_verify import main as audit_verify
from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.audit import GENESIS, AuditEvent, entry_hash
from trustdesk.vault.audit_head import HEAD_NAME, HeadStatus
from trustdesk.vault.backup import BackupService, backups_holding
from trustdesk.vault.backup_file import read_header
from trustdesk.vault.db import Database

ENTRIES = 12


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, vault_templates: VaultTemplates) -> tuple[Path, bytes]:
    """A locked passphrase-only vault with ENTRIES audit entries, and its data key."""
    data_dir = tmp_path_factory.mktemp("head") / "data"
    vault = vault_templates.copy(data_dir, PASSPHRASE, keychain=Keychain.none())
    while (head := vault.audit.head()) is None or head.seq < ENTRIES:
        vault.audit.append("export", case_code="TD-2026-0001", detail="case_summary redaction=minimal")
    key = bytes(vault._key)
    vault.lock()
    return data_dir, key


def _copy(template: tuple[Path, bytes], tmp_path: Path) -> Path:
    target = tmp_path / f"v{len(list(tmp_path.iterdir()))}"
    shutil.copytree(template[0], target)
    return target


def _raw(data_dir: Path, key: bytes) -> Database:
    return Database.open(data_dir / "vault.db", key)


def _rehash_from(db: Database, first: int) -> None:
    """Renumber and re-hash every entry from ``first`` on: a chain that verifies again."""
    rows = db.query("SELECT seq, at, event, case_code, detail FROM audit WHERE seq >= ? ORDER BY seq", (first,))
    prev = db.scalar("SELECT hash FROM audit WHERE seq = ?", (first - 1,)) or GENESIS
    db.execute("DELETE FROM audit WHERE seq >= ?", (first,))
    for n, row in enumerate(rows, start=first):
        digest = entry_hash(n, row["at"], row["event"], row["case_code"], row["detail"], prev)
        db.execute("INSERT INTO audit (seq, at, event, case_code, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
                   (n, row["at"], row["event"], row["case_code"], row["detail"], prev, digest))
        prev = digest


def _verify_cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = audit_verify(["--data-dir", str(data_dir), "--passphrase-stdin"])
    return code, capsys.readouterr().out


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(1, ENTRIES - 1), rehash=st.booleans())
def test_a_cut_tail_is_seen_against_the_head(template: tuple[Path, bytes], tmp_path: Path, cut: int, rehash: bool,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = _copy(template, tmp_path)
    db = _raw(data_dir, template[1])
    if rehash:  # delete one entry in the middle and re-hash the rest: the chain verifies again
        victim = ENTRIES - cut
        db.execute("DELETE FROM audit WHERE seq = ?", (victim,))
        _rehash_from(db, victim)
    else:  # cut off the newest entries
        db.execute("DELETE FROM audit WHERE seq > ?", (ENTRIES - cut,))
    db.close()
    code, out = _verify_cli(data_dir, monkeypatch, capsys)
    assert code == EXIT_BROKEN and "TRUNCATED" in out, out
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        gaps = vault.audit.entries(event=AuditEvent.AUDIT_GAP)
        assert gaps and f"named #{ENTRIES}" in gaps[-1].detail  # recorded in the log for good
        assert vault.audit.verify().intact
    finally:
        vault.lock()


def test_an_untouched_log_verifies_against_its_head(template: tuple[Path, bytes], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = _copy(template, tmp_path)
    code, out = _verify_cli(data_dir, monkeypatch, capsys)
    assert code == EXIT_INTACT and f"head record at #{ENTRIES} verified" in out, out


def test_the_head_follows_every_commit_and_never_a_rollback(vault: Vault) -> None:
    assert vault.audit.anchor is not None
    for n in range(5):
        vault.audit.append("export", detail=f"#{n}")
        assert vault.audit.anchor.check().status is HeadStatus.OK
    before = (vault.data_dir / HEAD_NAME).read_bytes()
    with pytest.raises(RuntimeError), vault.transaction():
        vault.audit.append("export", detail="rolled back")
        raise RuntimeError("roll back")
    assert (vault.data_dir / HEAD_NAME).read_bytes() == before
    with vault.transaction():  # several appends in one transaction: the head names the last
        vault.audit.append("export", detail="a")
        vault.audit.append("export", detail="b")
        assert (vault.data_dir / HEAD_NAME).read_bytes() == before  # not before the commit
    check = vault.audit.anchor.check()
    assert check.status is HeadStatus.OK and check.head == vault.audit.head()


@pytest.fixture(scope="module")
def heads(template: tuple[Path, bytes], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[bytes]]:
    """A copy of the template used for a while: the head record as it stood after each of its commits
    (heads[-1] is the current one, heads[-2] one commit behind, ...)."""
    data_dir = _copy(template, tmp_path_factory.mktemp("heads"))
    records = [(data_dir / HEAD_NAME).read_bytes()]
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    records.append((data_dir / HEAD_NAME).read_bytes())  # after the unlock entry
    for n in range(4):
        with vault.transaction():  # commits of one and of several entries
            for k in range(1 + n % 2):
                vault.audit.append("export", detail=f"commit {n} entry {k}")
        records.append((data_dir / HEAD_NAME).read_bytes())
    vault.lock()
    return data_dir, records


def _copy_of(heads: tuple[Path, list[bytes]], tmp_path: Path) -> Path:
    target = tmp_path / f"h{len(list(tmp_path.iterdir()))}"
    shutil.copytree(heads[0], target)
    return target


def test_a_head_one_commit_behind_is_a_crash_not_an_alarm(heads: tuple[Path, list[bytes]], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A crash between a commit and its head write leaves the head exactly one commit behind: AHEAD."""
    data_dir = _copy_of(heads, tmp_path)
    (data_dir / HEAD_NAME).write_bytes(heads[1][-2])
    code, out = _verify_cli(data_dir, monkeypatch, capsys)
    assert code == EXIT_INTACT and "verified" in out, out
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        assert vault.head_check is not None and vault.head_check.status is HeadStatus.OK
        assert vault.audit_gap is None and not vault.audit.entries(event=AuditEvent.AUDIT_GAP)
    finally:
        vault.lock()


def test_a_vault_that_never_had_a_head_is_no_alarm(template: tuple[Path, bytes], heads: tuple[Path, list[bytes]],
                                                   tmp_path: Path) -> None:
    """A vault from before the head record: no head key in it and no file beside it."""
    data_dir = _copy_of(heads, tmp_path)
    (data_dir / HEAD_NAME).unlink()
    db = _raw(data_dir, template[1])
    db.execute("DELETE FROM settings WHERE key IN ('audit.head_key', 'audit.head_floor')")
    db.close()
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        assert vault.head_check is not None and vault.head_check.status is HeadStatus.NO_HEAD
        assert vault.audit_gap is None
    finally:
        vault.lock()


DAMAGES = st.one_of(
    st.just(("deleted", b"")),
    st.tuples(st.just("junk"), st.binary(max_size=5000)),
    st.tuples(st.just("edited"), st.sampled_from([b'"seq": ', b'"hash": "', b'"at": "', b'"mac": "'])),
    st.tuples(st.just("older"), st.integers(2, 5).map(lambda back: bytes([back]))),
)


@settings(max_examples=16, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=DAMAGES)
def test_a_deleted_forged_or_older_head_fails_audit_verify_and_is_recorded(
        heads: tuple[Path, list[bytes]], tmp_path: Path, damage: tuple[str, bytes],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The head record deleted, replaced by junk, edited, or put back from a copy two or more commits
    old: the end of the log can no longer be proved.  ``audit-verify`` exits non-zero and says which,
    the open records an ``audit_gap`` entry, and every later run still says so (exit 4) though the
    head has been written anew."""
    from trustdesk.cli.audit_verify import EXIT_GAPS

    data_dir = _copy_of(heads, tmp_path)
    head = data_dir / HEAD_NAME
    kind, detail = damage
    if kind == "deleted":
        head.unlink()
    elif kind == "junk":
        head.write_bytes(detail)
    elif kind == "edited":
        raw = head.read_bytes()
        at = raw.index(detail) + len(detail)
        head.write_bytes(raw[:at] + (b"9" if raw[at:at + 1] != b"9" else b"8") + raw[at + 1:])
    else:
        head.write_bytes(heads[1][-1 - detail[0]])
    expected = {"deleted": HeadStatus.DELETED, "junk": HeadStatus.UNVERIFIABLE, "edited": HeadStatus.UNVERIFIABLE,
                "older": HeadStatus.ROLLED_BACK}[kind]
    code, out = _verify_cli(data_dir, monkeypatch, capsys)
    assert code == EXIT_BROKEN, out
    assert expected.value.upper().replace("_", " ") in out and "audit_gap" in out, out
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        assert vault.head_check is not None and vault.head_check.status is HeadStatus.OK  # written anew
        gaps = vault.audit.entries(event=AuditEvent.AUDIT_GAP)
        assert len(gaps) == 1 and gaps[0].detail.startswith(expected.value), gaps
        assert vault.audit.verify().intact
    finally:
        vault.lock()
    code, out = _verify_cli(data_dir, monkeypatch, capsys)
    assert code == EXIT_GAPS and "1 earlier gap" in out, out


def test_backups_carry_the_head_and_say_which_holds_the_missing_entries(template: tuple[Path, bytes],
                                                                        tmp_path: Path) -> None:
    data_dir = _copy(template, tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    service = BackupService(vault)
    service.set_folder(folder)
    head_before = vault.audit.head()
    result = service.run_automatic()
    header = read_header(result.path)
    assert header.audit_head == head_before  # the copy's last entry (the backup entry follows it)
    for n in range(3):
        vault.audit.append("export", detail=f"after the backup #{n}")
    latest = vault.audit.head()
    vault.lock()
    assert latest is not None and head_before is not None
    db = _raw(data_dir, template[1])
    db.execute("DELETE FROM audit WHERE seq > ?", (head_before.seq - 2,))  # lost: also what the backup holds
    db.close()
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        gap = vault.audit_gap
        assert gap is not None and gap.head == latest and gap.missing == latest.seq - (head_before.seq - 2)
        holding = backups_holding(vault, gap.last.seq if gap.last else 0)
        assert [path for path, _ in holding] == [result.path]
    finally:
        vault.lock()


def test_a_damaged_wal_that_drops_recent_changes_is_reported(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    """A crash copy (vault.db + WAL taken while the vault is open) whose WAL lost its last frames:
    the vault opens without the last changes, and says so."""
    data_dir = tmp_path / "live"
    vault = new_vault(data_dir, keychain=Keychain.none())
    vault.lock()
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    from datetime import date

    for n in range(10):
        vault.cases.add(Case(code="", opened_on=date(2026, 12, 1), details=f"recent note {n}"))
        vault.audit.append("export", detail=f"recent #{n}")
    crash = tmp_path / "crash"
    crash.mkdir()
    for name in ("vault.db", "vault.db-wal", "keyslots.json", HEAD_NAME):
        shutil.copy2(data_dir / name, crash / name)
    head = vault.audit.head()
    vault.lock()
    wal = crash / "vault.db-wal"
    raw = bytearray(wal.read_bytes())
    middle = len(raw) // 2
    raw[middle:middle + 64] = bytes(64)  # a damaged frame: SQLite replays the WAL up to it
    wal.write_bytes(bytes(raw))
    damaged = Vault.unlock(crash, PASSPHRASE, keychain=Keychain.none())
    try:
        gap = damaged.audit_gap
        assert gap is not None and gap.status is HeadStatus.MISSING_TAIL and gap.head == head
        assert gap.missing > 0 and len(damaged.cases.list()) < 10
    finally:
        damaged.lock()
