"""No plaintext case data on disk outside the vault and the files the user saved on purpose.

A subprocess runs the whole vault-level workflow (tests/security/workflow.py) with a unique marker
in every text field, under a fresh TMPDIR, HOME and XDG dirs.  While the vault is open (WAL
present) and again after lock, every file under those dirs and the data dir is scanned
(tests/security/scan.py) for the markers (UTF-8, UTF-16-LE/BE, file names) and for an unencrypted
SQLite header.  Zero hits, except the one letter the workflow saved on purpose.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.security.sandbox import ROOT, isolated_env
from tests.security.scan import SQLITE_MAGIC, files_under, scan

FIELDS = ("coordinator_ref", "region", "specialty", "doctor_name", "doctor_phone", "doctor_email", "workplace",
          "details", "present", "notes", "notes_edit", "agreements", "safety_plan", "provider_name",
          "provider_address", "provider_notes", "referral_reason", "consent_scope", "letter_text", "feedback",
          "task_title", "task_notes", "template_name", "template_body", "letterhead", "close_note")


def make_markers() -> dict[str, str]:
    """One unique, searchable marker per field; every third one non-ASCII (UTF-16 differs more)."""
    markers = {}
    for i, name in enumerate(FIELDS):
        tag = uuid.uuid4().hex[:10]
        accent = "Zoë Ĳsselmeer " if i % 3 == 0 else ""
        markers[name] = f"{accent}mrk{name.replace('_', '')}{tag}"
    return markers


# --- the scanner must be able to fail --------------------------------------------------------------


def test_scanner_finds_every_kind_of_leak(tmp_path: Path) -> None:
    marker = "Zoë mrkscanner" + uuid.uuid4().hex[:8]
    (tmp_path / "a.txt").write_bytes(b"xx" + marker.encode("utf-8") + b"yy")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "b.bin").write_bytes(marker.encode("utf-16-le"))
    (tmp_path / f"temp-{marker}.txt").write_text("nothing inside")
    plain = sqlite3.connect(tmp_path / "plain.db")
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    hits = scan([tmp_path], [marker])
    assert {(h.path.name, h.how) for h in hits} >= {
        ("a.txt", "utf-8"), ("b.bin", "utf-16-le"), (f"temp-{marker}.txt", "file name"),
        ("plain.db", "sqlite magic")}
    assert all(h.path.name != "a.txt" for h in scan([tmp_path], [marker], allowed=[tmp_path / "a.txt"]))
    assert scan([tmp_path], ["not-there-" + uuid.uuid4().hex], magic=False) == []


# --- the real check -------------------------------------------------------------------------------


def test_vault_workflow_leaves_no_plaintext(tmp_path: Path) -> None:
    markers = make_markers()
    env, scanned = isolated_env(tmp_path / "env")
    data_dir, saved_dir = tmp_path / "data", tmp_path / "saved"
    saved_dir.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "tests.security.workflow", str(data_dir), str(saved_dir)],
                            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(markers) + "\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        assert line.strip() == "open", line + (proc.stderr.read() if proc.stderr else "")
        # Unlocked, WAL and shared-memory index present: nothing readable anywhere.
        open_files = {p.name for p in data_dir.iterdir()}
        hits_open = scan([data_dir, *scanned], list(markers.values()))
        proc.stdin.write("go\n")
        proc.stdin.flush()
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    saved = [Path(p) for p in json.loads(out.split("done ", 1)[1])]

    assert "vault.db-wal" in open_files, "the scan while open should have seen a WAL"
    assert hits_open == [], "plaintext while unlocked:\n" + "\n".join(map(str, hits_open))
    hits = scan([data_dir, *scanned, saved_dir], list(markers.values()), allowed=saved)
    assert hits == [], "plaintext on disk:\n" + "\n".join(map(str, hits))
    # Positive control: the scan does see what the child wrote where the user asked.
    assert {h.what for h in scan(saved, list(markers.values()))} >= {markers["letter_text"],
                                                                     markers["doctor_name"]}
    assert len(saved) == 5, saved  # the letter as text, three PDFs, one printed to a PDF QPrinter
    # The backup and the vault restored from it were scanned above (saved_dir) and must be encrypted.
    assert list((saved_dir / "backups").glob("*.tdbackup")) and (saved_dir / "restored" / "vault.db").exists()
    # The data dir holds the vault, its header and the audit head record (a number, a hash, a MAC),
    # nothing else; the vault is not plain SQLite.
    assert {p.name for p in data_dir.iterdir()} <= {"vault.db", "keyslots.json", "vault.db-wal", "audit-head.json"}
    assert not (data_dir / "vault.db").read_bytes().startswith(SQLITE_MAGIC)
    # Owner-only: the data dir 0700, every file in it 0600 (no group or other bits).
    for directory in (data_dir, saved_dir / "restored"):
        assert directory.stat().st_mode & 0o077 == 0, oct(directory.stat().st_mode)
        loose = {p.name: oct(p.stat().st_mode) for p in directory.iterdir() if p.stat().st_mode & 0o077}
        assert loose == {}, f"files others can read in {directory.name}: {loose}"
    print(f"\nplaintext scan: {len(markers)} markers x 3 encodings, "
          f"{len(files_under([data_dir, *scanned, saved_dir]))} files scanned, 0 hits")


@pytest.mark.parametrize("command", [["-m", "trustdesk", "selftest"]])
def test_selftest_leaves_nothing_in_tmpdir(tmp_path: Path, command: list[str]) -> None:
    env, scanned = isolated_env(tmp_path / "env")
    result = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.stdout.strip() == "selftest: OK", result.stdout + result.stderr
    assert scan(scanned, ["zelftestmarkeerwoord", "Uitgeputte arts"]) == []
    assert files_under([Path(env["TMPDIR"])]) == [], "selftest left files in TMPDIR"


def test_selftest_looks_again_after_its_last_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note that reaches a file only in a later session (the read back, the PDF, the recovery code) fails
    the selftest too: it scans its folder after its last lock as well as after its first."""
    from trustdesk.cli import selftest
    from trustdesk.vault import Vault

    real = Vault.unlock_with_recovery_code.__func__  # type: ignore[attr-defined]

    def leaking(cls: type[Vault], data_dir: Path, code: str, **kwargs: object) -> Vault:
        (data_dir / "late-leak.txt").write_text("… zelftestmarkeerwoord …", encoding="utf-8")
        return real(cls, data_dir, code, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Vault, "unlock_with_recovery_code", classmethod(leaking))
    with pytest.raises(AssertionError, match="late-leak.txt holds a note in plaintext"):
        selftest._round_trip(tmp_path)


def test_the_scratch_folder_takes_only_its_known_purposes() -> None:
    """scratch_folder is for the selftest's made-up, encrypted vault only: no other purpose can get one."""
    from trustdesk.vault.files import SCRATCH_FOLDER_PURPOSES, scratch_folder

    assert SCRATCH_FOLDER_PURPOSES == {"selftest"}
    with pytest.raises(ValueError, match="not a scratch folder purpose"):
        scratch_folder("pdf")


def test_selftest_looks_for_its_note_in_every_file_it_leaves(tmp_path: Path) -> None:
    """The selftest's own plaintext check reads every file under its folder, not only vault.db: a note
    that reached any file (a log, a backup, a scratch copy) fails it."""
    from trustdesk.cli import selftest

    (tmp_path / "leak.txt").write_text("… zelftestmarkeerwoord …", encoding="utf-8")
    with pytest.raises(AssertionError, match="leak.txt holds a note in plaintext"):
        selftest._round_trip(tmp_path)
