"""``trustdesk selftest``: a headless round trip through a real vault in a temporary data dir.

create -> case + note -> search -> lock -> unlock -> verify -> a PDF in memory -> remove the temp dir.
Prints exactly one line, ``selftest: OK`` or ``selftest: FAIL <reason>``; exit code 0 / 1 (cli/exits.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser


def _round_trip(root: Path) -> None:
    from trustdesk.domain import Case, Contact, KnowledgeDomain, RiskLevel
    from trustdesk.vault import Keychain, Vault, WrongPassphrase

    data_dir = root / "data"
    passphrase = "selftest passphrase Ærø"
    marker = "zelftestmarkeerwoord"
    vault = Vault.create(data_dir, passphrase, keychain=Keychain.none())
    case = vault.cases.add(Case(code="", opened_on=date.today(), domains=frozenset({KnowledgeDomain.BURNOUT})))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now(), notes=f"Uitgeputte arts, {marker} café",
                               risk=RiskLevel.MODERATE))
    hits = vault.search("zelftestmarkeer")
    if not hits or hits[0].case_id != case.id:
        raise AssertionError("search did not find the note")
    recovery = vault.recovery_code
    vault.lock()
    if (data_dir / "vault.db").read_bytes().startswith(b"SQLite format 3"):
        raise AssertionError("vault.db is not encrypted")
    _no_plaintext(root, marker)
    try:
        Vault.unlock(data_dir, passphrase + "x", keychain=Keychain.none())
        raise AssertionError("a wrong passphrase opened the vault")
    except WrongPassphrase:
        pass
    vault = Vault.unlock(data_dir, passphrase, keychain=Keychain.none())
    try:
        if vault.integrity_errors():
            raise AssertionError("integrity check failed")
        if len(vault.contacts.for_case(case.id)) != 1 or not vault.search("cafe"):
            raise AssertionError("data did not survive lock/unlock")
        if not vault.audit.verify().intact:
            raise AssertionError("audit chain broken")
        # Documents: reportlab, the bundled font and Babel's locale data must all be there (a frozen
        # build that lost one of them fails here, not in front of a user). Built in memory only.
        from trustdesk.documents import Redaction, case_summary_pdf

        pdf = case_summary_pdf(vault, case.id, Redaction.MINIMAL)
        if not pdf.startswith(b"%PDF") or b"DejaVu" not in pdf:
            raise AssertionError("the case summary PDF did not build with the bundled font")
    finally:
        vault.lock()
    assert recovery is not None
    Vault.unlock_with_recovery_code(data_dir, recovery.lower(), keychain=Keychain.none()).lock()
    _no_plaintext(root, marker)  # nor after the sessions that read it back, built the PDF and used the code


def _no_plaintext(root: Path, marker: str) -> None:
    """Every file under the scratch folder (the vault, its log, audit head, any scratch copy), not only
    vault.db, is free of the note's words."""
    for path in root.rglob("*"):
        if path.is_file() and marker.encode() in path.read_bytes():
            raise AssertionError(f"{path.name} holds a note in plaintext")


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.words import translate

    CommandParser(prog="trustdesk selftest", contract="selftest", description=translate(
        "cli", "A round trip through a real vault in a temporary folder, with made-up data only: create, a case "
               "and a note, search, lock, unlock, a PDF in memory; the folder is removed afterwards.")
                  ).parse_args(list(argv))
    from trustdesk.vault.files import scratch_folder

    # Synthetic data only (no real case ever), encrypted in the vault, in the user's private scratch
    # folder (never the shared temp folder), and removed below whatever happens (a killed run's by the
    # next sweep of that folder: the folder is named with this process's id).
    root = scratch_folder("selftest")
    try:
        _round_trip(root)
    except Exception as exc:  # one clear line, whatever went wrong
        print(f"selftest: FAIL {type(exc).__name__}: {exc}")
        return exits.REFUSED
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("selftest: OK")
    return exits.OK
