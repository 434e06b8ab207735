"""Document output plumbing: save (re-auth, Qt's own dialog, one file, audit), print from memory
onto a QPrinter with a neutral job name, preview from a QBuffer — and no stray file anywhere."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.documents.conftest import FilledCase, fill_case, pdf_text
from trustdesk.documents import Redaction, Section, case_summary_pdf
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output import document_output
from trustdesk.ui.output.document_output import print_document, save_document, suggested_file_name
from trustdesk.ui.output.pdf_preview import PdfPreviewDialog
from trustdesk.ui.output.reauth import gate_for
from trustdesk.vault import Vault
from trustdesk.vault.settings import PRINT_QUEUE_WARNED


@pytest.fixture
def session(proven_session: VaultSession) -> VaultSession:
    return proven_session


@pytest.fixture
def filled_case(vault: Vault) -> FilledCase:
    return fill_case(vault)


@pytest.fixture
def summary(filled_case: FilledCase) -> bytes:
    assert filled_case.case.id is not None
    return case_summary_pdf(filled_case.vault, filled_case.case.id, Redaction.PSEUDONYMISED, {Section.INTAKE})


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")} if root.exists() else set()


class SaveDialogSpy:
    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> tuple[str, str]:
        self.calls.append(args)
        return self.answer, ""


def test_save_writes_one_file_and_audits_without_names(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                      filled_case: FilledCase, summary: bytes, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out_dir = tmp_path / "chosen"
    out_dir.mkdir()
    target = out_dir / "my-summary.pdf"
    spy = SaveDialogSpy(str(target))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", spy)
    code = filled_case.case.code
    parent = QWidget()
    qtbot.addWidget(parent)

    saved = save_document(parent, session, summary, suggested_file_name("case_summary", code), "summary",
                          kind="case_summary", case_code=code, detail="pseudonymised")

    assert saved == target
    assert sorted(out_dir.iterdir()) == [target]  # exactly one file, no temp left behind
    written = target.read_bytes()  # the document, with the audit stamp appended (a PDF incremental update)
    assert written.startswith(summary) and b"/Keywords (TrustDesk audit #" in written[len(summary):]
    assert len(spy.calls) == 1
    options = spy.calls[0][-1]
    assert options & QFileDialog.Option.DontUseNativeDialog
    assert code in spy.calls[0][2] and filled_case.case.doctor_name not in spy.calls[0][2]
    entries = vault.audit.entries(event="export")
    assert [(e.case_code, e.detail) for e in entries] == [(code, "case_summary pseudonymised")]
    everything = " ".join(f"{e.event} {e.case_code} {e.detail}" for e in vault.audit.entries())
    assert filled_case.case.doctor_name not in everything


def test_save_adds_the_extension_and_cancel_writes_nothing(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                           summary: bytes, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialogSpy(""))
    assert save_document(None, session, summary, "x.pdf", "x", kind="contact_log") is None
    assert vault.audit.entries(event="export") == []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialogSpy(str(tmp_path / "noext")))
    saved = save_document(None, session, b"a;b\n", "report.csv", "x", kind="activity_report")
    assert saved == tmp_path / "noext.csv" and saved.read_bytes() == b"a;b\n"


def test_save_without_reauth_never_opens_the_dialog(qtbot: QtBot, session: VaultSession, summary: bytes,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    gate_for(session).reset()
    spy = SaveDialogSpy("/nowhere.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", spy)
    monkeypatch.setattr(document_output, "require_reauth", lambda *_a: False)
    assert save_document(None, session, summary, "x.pdf", "x", kind="case_summary") is None
    assert spy.calls == []


def test_print_without_reauth_never_reaches_the_printer(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                       summary: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    gate_for(session).reset()
    asked: list[str] = []
    reached: list[bool] = []
    monkeypatch.setattr(document_output, "require_reauth", lambda _s, _p, what, **_k: asked.append(what) or False)
    monkeypatch.setattr(document_output, "print_pdf", lambda *_a, **_k: reached.append(True) or True)
    before = len(vault.audit.entries())
    assert not print_document(None, session, summary, "Case summary TD-2026-0001", kind="case_summary")
    assert asked == ["Case summary TD-2026-0001"] and not reached
    assert len(vault.audit.entries()) == before  # nothing printed, nothing audited


def test_save_into_an_unwritable_folder_fails_calmly(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                     summary: bytes, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialogSpy(str(tmp_path / "missing" / "x.pdf")))
    monkeypatch.setattr(document_output, "_warn", lambda _p, title, _text: warnings.append(title))
    assert save_document(None, session, summary, "x.pdf", "x", kind="case_summary") is None
    assert warnings and vault.audit.entries(event="export") == []


def _pdf_printer_dialog(monkeypatch: pytest.MonkeyPatch, target: Path, seen: list[str]) -> None:
    def fake_exec(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)


def test_print_and_preview_leave_no_file_behind(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                filled_case: FilledCase, summary: bytes, tmp_path: Path,
                                                data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    private_tmp = tmp_path / "tmpdir"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    system_tmp = Path("/tmp")
    xdg = Path(os.environ["XDG_CONFIG_HOME"]).parent
    vault.settings.set_value(PRINT_QUEUE_WARNED, True)
    printed = tmp_path / "printer-out" / "job.pdf"
    printed.parent.mkdir()
    before = {root: _files(root) for root in (private_tmp, data_dir, xdg, printed.parent)}
    before_system = {p.name for p in system_tmp.iterdir()}
    seen: list[str] = []
    _pdf_printer_dialog(monkeypatch, printed, seen)
    code = filled_case.case.code

    dialog = PdfPreviewDialog(None, session, summary, "summary", kind="case_summary", case_code=code,
                              detail="pseudonymised")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count >= 1
    dialog.print_button.click()
    assert dialog.status.text()  # the user is told it went
    dialog.reject()

    assert seen == ["TrustDesk document"]
    assert printed.exists()
    after = {root: _files(root) for root in before}
    assert after[printed.parent] - before[printed.parent] == {printed}
    for root in (private_tmp, data_dir, xdg):
        new = after[root] - before[root] - {data_dir / "audit-head.json"}  # the vault's own audit head record
        assert not new, f"stray files under {root}: {new}"
    new_system = {p for p in ({p.name for p in system_tmp.iterdir()} - before_system)
                  if p.startswith("qt") or p.endswith(".pdf") or "trustdesk" in p.lower()}
    assert not {n for n in new_system if not n.startswith("trustdesk-tests-")}
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    title = next((line for line in info.splitlines() if line.startswith("Title:")), "")
    assert "TrustDesk document" in title
    assert filled_case.case.doctor_name not in info
    assert code in pdf_text(printed.read_bytes()) or pdf_text(printed.read_bytes()).strip() == ""
    entries = vault.audit.entries(event="print")
    assert [(e.case_code, e.detail) for e in entries] == [(code, "case_summary pseudonymised")]


def test_print_renders_every_page(qtbot: QtBot, session: VaultSession, vault: Vault, filled_case: FilledCase,
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.documents import contact_log_pdf

    fill_case(vault, contacts=30)
    assert filled_case.case.id is not None
    log = contact_log_pdf(vault, filled_case.case.id + 1)
    expected = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", "-"], input=log, capture_output=True, check=True).stdout.decode().splitlines()
        if line.startswith("Pages:")))
    assert expected > 1
    vault.settings.set_value(PRINT_QUEUE_WARNED, True)
    printed = tmp_path / "log.pdf"
    _pdf_printer_dialog(monkeypatch, printed, [])
    assert print_document(None, session, log, "log", kind="contact_log", case_code="TD-X")
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{expected}$", info, re.MULTILINE)


def test_first_print_warns_once_and_cancel_prints_nothing(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                          summary: bytes, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ok]
    asked: list[str] = []

    def fake_box_exec(box: QMessageBox) -> int:
        asked.append(box.objectName())
        return answers.pop(0).value

    monkeypatch.setattr(QMessageBox, "exec", fake_box_exec)
    printed = tmp_path / "p.pdf"
    _pdf_printer_dialog(monkeypatch, printed, [])
    assert not print_document(None, session, summary, "x", kind="case_summary")
    assert not printed.exists() and vault.audit.entries(event="print") == []
    assert print_document(None, session, summary, "x", kind="case_summary")
    assert print_document(None, session, summary, "x", kind="case_summary")
    assert asked == ["printQueueWarning", "printQueueWarning"]  # not a third time
    assert len(vault.audit.entries(event="print")) == 2


def test_preview_drops_the_document_on_lock(qtbot: QtBot, session: VaultSession, summary: bytes) -> None:
    dialog = PdfPreviewDialog(None, session, summary, "summary", kind="case_summary")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count >= 1
    for name in ("pdfPreviewPrint", "pdfPreviewSave", "pdfPreviewClose", "pdfPreviewFitWidth", "pdfPreviewView"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName()
    session.lock()
    assert dialog.page_count == 0 and not dialog.isVisible()


def test_suggested_names_carry_the_code_only() -> None:
    from datetime import date

    assert suggested_file_name("case_summary", "TD-2026-0004", today=date(2026, 11, 26)) == \
        "TD-2026-0004_case-summary_2026-11-26.pdf"
    assert suggested_file_name("x/../../etc", "", "csv", today=date(2026, 1, 2)) == "x_.._.._etc_2026-01-02.csv"


def test_qt_file_dialog_forgets_the_folders_it_visited(qtbot: QtBot, session: VaultSession, summary: bytes,
                                                       tmp_path: Path) -> None:
    """The real (Qt, non-native) dialog: its folder history never stays in QtProject.conf."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    folder = tmp_path / "Dr Verhaeghe"
    folder.mkdir()
    seen: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(bool(dialog.options() & QFileDialog.Option.DontUseNativeDialog))
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / "summary.pdf"))
        dialog.accept()

    QTimer.singleShot(50, answer)
    saved = save_document(None, session, summary, "TD-2026-0001_case_summary.pdf", "x", kind="case_summary")
    assert saved is not None and saved.parent == folder and seen == [True]
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.sync()
    assert not store.contains("FileDialog/history") and not store.contains("FileDialog/lastVisited")
    config = Path(store.fileName())
    assert not config.exists() or "Verhaeghe" not in config.read_text(encoding="utf-8")


def test_printing_keeps_the_window_alive_and_can_be_cancelled(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                               filled_case: FilledCase, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from trustdesk.documents import contact_log_pdf

    assert filled_case.case.id is not None
    other = fill_case(vault, contacts=24)
    assert other.case.id is not None
    log = contact_log_pdf(vault, other.case.id)
    vault.settings.set_value(PRINT_QUEUE_WARNED, True)
    _pdf_printer_dialog(monkeypatch, tmp_path / "a.pdf", [])
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert print_document(None, session, log, "log", kind="contact_log")
    timer.stop()
    assert len(ticks) >= 3  # the event loop kept turning while the pages were rendered

    def cancel_soon() -> None:
        progress = next((w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QProgressDialog) and w.objectName() == "printProgress"), None)
        if progress is None:
            QTimer.singleShot(5, cancel_soon)
            return
        button = progress.findChild(QPushButton)
        assert button is not None
        button.click()  # what the user does

    _pdf_printer_dialog(monkeypatch, tmp_path / "b.pdf", [])
    QTimer.singleShot(0, cancel_soon)
    assert not print_document(None, session, log, "log", kind="contact_log")
    assert len(vault.audit.entries(event="print")) == 2  # the attempt is on record too


def test_one_confirmation_before_printing(qtbot: QtBot, session: VaultSession, vault: Vault, summary: bytes,
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18: the print-queue notice is said in the passphrase confirmation, not in a second box after
    it; once read there it is not said again.  Only the system's print dialog follows."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from trustdesk.ui.output.reauth import ReauthDialog

    notices: list[str] = []
    boxes: list[str] = []

    def confirm(dialog: ReauthDialog) -> int:
        notices.append(dialog.notice.text() if dialog.notice.isVisibleTo(dialog) else "")
        gate_for(session).proven()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReauthDialog, "exec", confirm)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.objectName()) or 0)
    printed: list[str] = []
    _pdf_printer_dialog(monkeypatch, tmp_path / "printed.pdf", printed)
    for _ in range(2):
        gate_for(session).reset()
        assert print_document(None, session, summary, "Case summary TD-2026-0001", kind="case_summary")
    assert len(printed) == 2 and boxes == []
    assert "print queue" in notices[0] and notices[1] == ""
