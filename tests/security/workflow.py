"""A full vault-level workflow with marker strings in every text field, run as a subprocess.

    python -m tests.security.workflow <data_dir> <saved_dir>   (markers as JSON on stdin's first line)

The parent (tests/security/test_plaintext_on_disk.py) gives the child a fresh TMPDIR, HOME and
XDG dirs, then scans them all with tests/security/scan.py.  Protocol on stdout/stdin:

    child: ``open`` -- everything is written and the vault is still unlocked (WAL present)
    parent: any line -- scanned, go on
    child: ``done <json>`` -- locked; the json lists the files the user explicitly saved

The files this workflow "saves on purpose" (the user's choice of a place) are the referral letter
as text, three PDFs (letter, full case summary, contact log) and the summary printed through the
GUI's path (QtPdf preview from a QBuffer, pages painted onto a PDF ``QPrinter``); the scan allows
exactly the paths listed in ``done``.  A backup (written, inspected, restored into
``<saved_dir>/restored``) is scanned with no allowance: it must be encrypted.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

PASSPHRASE = "workflow passphrase for the plaintext scan"
NEW_PASSPHRASE = "another workflow passphrase, changed"


def run(data_dir: Path, saved_dir: Path, m: dict[str, str]) -> list[str]:
    from trustdesk.domain import (
        Case,
        CaseStatus,
        CloseReason,
        Contact,
        KnowledgeDomain,
        Provider,
        ProviderKind,
        Referral,
        RiskLevel,
        Task,
        Template,
        TemplateKind,
    )
    from trustdesk.vault import Keychain, Vault

    keychain = Keychain.none()
    vault = Vault.create(data_dir, PASSPHRASE, keychain=keychain)
    case = vault.cases.add(Case(
        code="", opened_on=date.today() - timedelta(days=40), coordinator_ref=m["coordinator_ref"],
        region=m["region"], specialty=m["specialty"], domains=frozenset({KnowledgeDomain.BURNOUT}),
        consent_to_contact=True, doctor_name=m["doctor_name"], doctor_phone=m["doctor_phone"],
        doctor_email=m["doctor_email"], workplace=m["workplace"], details=m["details"]))
    assert case.id is not None
    when = datetime.now().replace(microsecond=0) - timedelta(days=3)
    contact = vault.contacts.add(Contact(
        case_id=case.id, at=when, duration_min=45, present=m["present"], notes=m["notes"],
        agreements=m["agreements"], risk=RiskLevel.HIGH, safety_plan=m["safety_plan"]), at=when)
    # An edit two days later keeps the old text as a revision (more copies of the markers).
    vault.contacts.update(replace(contact, notes=m["notes"] + " " + m["notes_edit"]),
                          at=when + timedelta(days=2))
    provider = vault.providers.add(Provider(
        kind=ProviderKind.PSYCHOLOGIST, name=m["provider_name"], address=m["provider_address"],
        notes=m["provider_notes"]))
    referral = vault.referrals.add(Referral(
        case_id=case.id, provider_id=provider.id, provider_name=provider.name, reason=m["referral_reason"],
        consent_given=True, consent_date=date.today(), consent_scope=m["consent_scope"]))
    letter = f"Geachte collega,\n{m['letter_text']}\n{m['doctor_name']}\n"
    vault.referrals.update(replace(referral, letter_text=letter, feedback=m["feedback"]))
    vault.tasks.add(Task(title=m["task_title"], notes=m["task_notes"], case_id=case.id,
                         due_on=date.today()))
    vault.templates.add(Template(name=m["template_name"], kind=TemplateKind.REFERRAL_PSY,
                                 language=case.language, body=m["template_body"] + " {{ doctor.name }}"))
    vault.settings.set("letterhead", m["letterhead"])
    if not vault.search(m["notes"].split()[0]):
        raise AssertionError("search did not find the note")
    vault.cases.change_status(case.id, CaseStatus.ACTIVE)
    # The one file the user saves on purpose: the referral letter, where they chose.
    saved = saved_dir / "letter.txt"
    saved.write_text(letter, encoding="utf-8")
    saved_pdfs = documents_and_backup(vault, case.id, referral.id, saved_dir)

    print("open", flush=True)
    sys.stdin.readline()

    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    vault.lock()
    vault = Vault.unlock(data_dir, NEW_PASSPHRASE, keychain=keychain)
    if vault.integrity_errors() or vault.cases.get(case.id) is None:
        raise AssertionError("the vault did not come back intact")
    vault.cases.change_status(case.id, CaseStatus.CLOSED, reason=CloseReason.OTHER, note=m["close_note"])
    vault.lock()
    return [str(saved), *map(str, saved_pdfs)]


def documents_and_backup(vault: Any, case_id: int, referral_id: Any, saved_dir: Path) -> list[Path]:
    """PDFs saved where the user chose (allowed hits), a verified backup and a restore of it (no
    hits allowed: both are encrypted), inspecting the backup (uses TMPDIR: must stay clean)."""
    from trustdesk.documents.letters import referral_letter_pdf
    from trustdesk.documents.summaries import Redaction, case_summary_pdf, contact_log_pdf
    from trustdesk.vault import Keychain
    from trustdesk.vault.backup import BackupService
    from trustdesk.vault.restore import inspect_backup, restore_backup

    pdfs = {"letter.pdf": referral_letter_pdf(vault, referral_id),
            "summary.pdf": case_summary_pdf(vault, case_id, Redaction.FULL),
            "contacts.pdf": contact_log_pdf(vault, case_id)}
    saved = []
    for name, data in pdfs.items():
        (saved_dir / name).write_bytes(data)
        saved.append(saved_dir / name)
    saved.append(print_to_pdf_printer(pdfs["summary.pdf"], saved_dir / "printed.pdf"))
    (saved_dir / "backups").mkdir()
    result = BackupService(vault).run_automatic(saved_dir / "backups")
    if not inspect_backup(result.path, passphrase=PASSPHRASE).verified:
        raise AssertionError("the backup did not verify")
    restore_backup(result.path, saved_dir / "restored", passphrase=PASSPHRASE, keychain=Keychain.none())
    return saved


def print_to_pdf_printer(pdf: bytes, target: Path) -> Path:
    """The GUI's preview and print path, headless (offscreen): QtPdf reads the bytes from a QBuffer,
    pages are painted onto a QPrinter whose output is a PDF file the user chose."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from trustdesk.ui.output.document_output import PdfBytes, render_to_printer

    app = QApplication.instance() or QApplication(["workflow"])
    preview = PdfBytes(pdf)
    if not preview.ready:
        raise AssertionError("the preview did not load")
    preview.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    if render_to_printer(pdf, printer) < 1:
        raise AssertionError("nothing was printed")
    app.processEvents()
    return target


def main() -> int:
    data_dir, saved_dir = Path(sys.argv[1]), Path(sys.argv[2])
    markers = json.loads(sys.stdin.readline())
    saved = run(data_dir, saved_dir, markers)
    print("done " + json.dumps(saved), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
