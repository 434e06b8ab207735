"""The stall drive makes documents and a backup the way a person does (tests/benchmarks/stall_documents.py):
its answerer gives the passphrase when asked again and a file name in Qt's own save dialog, so the
real save path runs (re-authentication with its key derivation, the dialog, the audited write)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from tests.benchmarks import stall_documents
from tests.benchmarks.stall_documents import DialogAnswerer
from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.document_output import save_document
from trustdesk.ui.output.reauth import gate_for
from trustdesk.vault import Vault


def test_documents_are_saved_through_the_passphrase_and_the_save_dialog(qapp: QApplication, vault: Vault,
                                                                        tmp_path: Path) -> None:
    session = VaultSession()
    session.open(vault)
    answerer = DialogAnswerer(tmp_path, PASSPHRASE)
    try:
        assert not gate_for(session).fresh()  # the passphrase will be asked
        saved = [save_document(None, session, b"%PDF-1.4 made up", f"{kind}.{ext}", kind, kind=kind)
                 for kind, ext in (("summary", "pdf"), ("activity_report", "csv"))]
    finally:
        answerer.stop()
        QThreadPool.globalInstance().waitForDone(5000)
        session.lock()
    assert saved == answerer.saved and all(p is not None and p.exists() for p in saved)
    assert [p.suffix for p in answerer.saved] == [".pdf", ".csv"]
    events = [e.event for e in vault.audit.entries()] if not vault.is_locked else None
    assert events is None or "export" in events


def test_the_drive_makes_every_document_kind_and_a_backup() -> None:
    """Every kind the Documents tab offers (summary, contact log, referral letter), the safety plan's page,
    the activity report (PDF and CSV) and a backup are steps of the drive."""
    import inspect

    source = inspect.getsource(stall_documents.make_every_document)
    assert "from trustdesk.ui.documents.queries import LETTER, LOG, SUMMARY" in source
    for needed in ("choose(SUMMARY)", "(LOG, None", "(LETTER, referral_id", "pdf_button.click", "save_pdf.click",
                   "save_csv.click", "now_button.click"):
        assert needed in source, needed
