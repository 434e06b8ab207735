"""The stall drive makes documents and a backup the way a person does (tests/benchmarks/stall_documents.py):
its answerer gives the passphrase when asked again and a file name in Qt's own save dialog, so the
real save path runs (re-authentication with its key derivation, the dialog, the audited write)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.benchmarks import stall_documents
from tests.benchmarks.stall_documents import DialogAnswerer
from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.file_dialogs import choose_folder, save_file
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


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_file_dialog_with_the_keyboard_in_its_name_field_is_answered_with_the_drives_file(
        qtbot: QtBot, tmp_path: Path, kind: str) -> None:
    """The answerer looks at Qt's save dialog (or the backup's folder chooser) once the dialog is active
    and its name field has the keyboard, as it is when the answerer's tick comes a moment late (make
    bench: the summary's and the activity report's PDF "did not finish in 120 s", Back up now in 300 s).
    ``QFileDialog.selectFile`` leaves a focused name field alone: the dialog answered the suggested name
    in the drive's folder, or the folder itself, and the drive waited for a file never written."""
    folder, start = tmp_path / "made", tmp_path / "documents"
    folder.mkdir()
    start.mkdir()
    answerer = DialogAnswerer(folder)
    answerer.timer.stop()  # it first looks once the name field has the keyboard
    focused: list[bool] = []

    def with_the_keyboard() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(10, with_the_keyboard)  # not shown yet
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        dialog.activateWindow()
        name.setFocus()
        try:
            qtbot.waitUntil(name.hasFocus, timeout=5_000)
            focused.append(True)
        except AssertionError:
            focused.append(False)
        answerer.timer.start()

    QTimer.singleShot(0, with_the_keyboard)
    try:
        if kind == "file":
            got = save_file(None, "Save document", start / "case-summary-C-0001.pdf", "PDF documents (*.pdf)")
        else:
            got = choose_folder(None, "Choose a backup folder", start)
    finally:
        answerer.stop()
    assert focused == [True], "the dialog's name field never had the keyboard: the case is not tested"
    assert answerer.saved == [folder / ("made-1.pdf" if kind == "file" else "made-1")]
    assert got == answerer.saved[0]
