"""Where a file the user chose is written (the doctor's access export, every "save as PDF/CSV"), the PDF is
made and the file written, fsynced and audited in a worker, while the window goes on answering (an outside
tester measured the access export freezing the window 120–318 ms with a 27-contact case).

Counted: which thread made the PDF and wrote the files, and that a timer of the UI thread fires while the
worker is still writing (the event loop runs meanwhile, it does not wait blocked)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import trustdesk.documents as documents
from tests.conftest import PASSPHRASE
from tests.ui.test_audit_page import answer_reauth, save_to
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.access_export_dialog import export_access
from trustdesk.ui.output.document_output import save_document
from trustdesk.vault import Vault, access_export, files


def _noting(threads: list[str], original: Callable[..., Any], ticked: threading.Event | None = None) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        if ticked is not None:  # the UI thread's timer must fire while this call waits
            ticked.wait(5)
        return original(*args, **kwargs)

    return call


def _ticker(ticked: threading.Event) -> QTimer:
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(ticked.set)
    timer.start()
    return timer


def test_the_access_export_is_made_and_written_in_a_worker(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 9, 1), doctor_name="Dr. Anna Peeters"))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 9, 2, 10), notes="eerste gesprek"))
    made: list[str] = []
    written: list[str] = []
    ticked = threading.Event()
    monkeypatch.setattr(documents, "case_summary_pdf", _noting(made, documents.case_summary_pdf))
    monkeypatch.setattr(access_export, "write_access_export",
                        _noting(written, access_export.write_access_export, ticked))
    answer_reauth(monkeypatch, PASSPHRASE, [])
    told: list[str] = []

    def tell(_p: QWidget | None, _icon: QMessageBox.Icon, _title: str, text: str) -> None:
        told.append(text)

    timer = _ticker(ticked)
    try:
        out = export_access(None, session, case.id, case.code, folder_chooser=lambda _p: tmp_path, tell=tell)
    finally:
        timer.stop()
    assert out is not None and all(p.is_file() for p in out) and told
    main = threading.main_thread().name
    assert made and main not in made, f"the access PDF was made on the UI thread: {made}"
    assert written and main not in written, f"the access export was written on the UI thread: {written}"
    assert ticked.is_set(), "the UI thread's event loop did not run while the export was written"


def test_a_saved_document_is_written_and_audited_in_a_worker(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    audited: list[str] = []
    ticked = threading.Event()
    monkeypatch.setattr(files, "atomic_write_bytes", _noting(written, files.atomic_write_bytes, ticked))
    monkeypatch.setattr(vault.audit, "append", _noting(audited, vault.audit.append))
    answer_reauth(monkeypatch, PASSPHRASE, [])
    save_to(monkeypatch, tmp_path / "report.csv", [])
    timer = _ticker(ticked)
    try:
        saved = save_document(None, session, b"a;b\n", "report.csv", "x", kind="activity_report")
    finally:
        timer.stop()
    assert saved == tmp_path / "report.csv" and saved.read_bytes() == b"a;b\n"
    main = threading.main_thread().name
    assert written and main not in written, f"the document was written on the UI thread: {written}"
    assert audited and main not in audited, f"the export was audited on the UI thread: {audited}"
    assert ticked.is_set(), "the UI thread's event loop did not run while the document was written"
