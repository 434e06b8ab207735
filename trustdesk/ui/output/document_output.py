"""Where document bytes leave the vault: save as PDF/CSV, print, preview (ARCHITECTURE.md, Where plaintext may leave).

Every path asks for the passphrase first (``require_reauth``), writes only where the user chose,
creates no temp file, and appends one audit entry (case code, document kind, redaction level —
never a name):

    save_document(parent, session, data, suggested_name, what, kind=..., case_code=..., detail=...)
    print_document(parent, session, pdf, what, kind=..., case_code=..., detail=...)
    PdfPreviewDialog(parent, session, pdf, what, kind=..., case_code=..., detail=..., suggested_name=...)

``write_document`` / ``print_pdf`` take the vault and skip the re-authentication: only for a caller
that has just proven the secret itself (the first-run wizard's recovery kit).

- Saving uses Qt's own file dialog (``DontUseNativeDialog``): the OS "recent files" list never
  learns the name; Qt's own dialog history (``QtProject.conf``) is wiped right after.  The file is
  written atomically (temp name in the chosen folder, 0600, fsync, rename), stamped, written and
  audited in a worker (``queries.write_audited`` through ``Operation.run_waiting``).
- Printing renders the in-memory PDF page by page through ``QPdfDocument`` (on a ``QBuffer``) onto
  ``QPrinter``; the print job is always called "TrustDesk document".  The first print explains that
  the operating system's print queue may keep a copy.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from trustdesk.ui.kit.file_dialogs import save_file
from trustdesk.ui.kit.session import Operation, VaultSession
from trustdesk.ui.output.queries import audit_output
from trustdesk.ui.output.reauth import gate_for, require_reauth

if TYPE_CHECKING:
    from trustdesk.vault import Vault

# What render_to_printer's worker is handed back (a page's size, the printer's layout): made here, on the
# UI thread, as PySide6 makes a class on first use and must not make one in a worker (shell/warm_up.py)
HANDED_TO_WORKER = (QSizeF, QPageLayout)
NEUTRAL_DOC_NAME = "TrustDesk document"
MAX_PRINT_DPI = 300  # a 600-dpi A4 page is a 140 MB image; 300 dpi prints text crisply

# The folder last chosen in this session, in memory only (a folder name may say more than it should).
_LAST_FOLDER: weakref.WeakKeyDictionary[VaultSession, Path] = weakref.WeakKeyDictionary()


def file_word(kind: str) -> str:
    """What a saved file is, in the interface's language, as a file name's word ("dossiersamenvatting")."""
    texts = {
        "case_summary": QCoreApplication.translate("FileNames", "case-summary"),
        "contact_log": QCoreApplication.translate("FileNames", "contact-log"),
        "referral_letter": QCoreApplication.translate("FileNames", "referral-letter"),
        "activity_report": QCoreApplication.translate("FileNames", "activity-report"),
        "recovery_kit": QCoreApplication.translate("FileNames", "recovery-kit"),
        "safety_plan": QCoreApplication.translate("FileNames", "safety-plan"),
        "access": QCoreApplication.translate("FileNames", "access-export"),
        "audit_log": QCoreApplication.translate("FileNames", "audit-log"),
        "disclosures": QCoreApplication.translate("FileNames", "disclosures"),
        "providers": QCoreApplication.translate("FileNames", "providers"),
        "handover": QCoreApplication.translate("FileNames", "handover"),
    }
    return texts.get(kind, kind)


def suggested_file_name(kind: str, case_code: str = "", extension: str = "pdf", today: date | None = None,
                        detail: str = "") -> str:
    """A neutral default name in the interface's language: the case's code (never its alias, never a name),
    what the file is, ``detail`` (e.g. a report's months), the date as yyyy-mm-dd so names sort by day
    ("TD-2026-0004_dossiersamenvatting_2026-11-26.pdf").  Plain ASCII: accents are dropped, so the name
    travels to any disk or mail program."""
    parts = [p for p in (case_code, file_word(kind), detail, (today or date.today()).isoformat()) if p]
    plain = unicodedata.normalize("NFKD", "_".join(parts)).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", plain).strip("._") or "document"
    return f"{stem}.{extension}"



def document_kind_text(kind: str) -> str:
    """The interface's words for a document kind (audit ``kind`` values)."""
    texts = {
        "case_summary": QCoreApplication.translate("document_output", "Case summary"),
        "contact_log": QCoreApplication.translate("document_output", "Contact log"),
        "referral_letter": QCoreApplication.translate("document_output", "Referral letter"),
        "activity_report": QCoreApplication.translate("document_output", "Activity report"),
        "recovery_kit": QCoreApplication.translate("document_output", "Recovery kit"),
        "safety_plan": QCoreApplication.translate("document_output", "Safety plan"),
        "access": QCoreApplication.translate("document_output", "Access export for the doctor"),
    }
    return texts.get(kind, kind)


def redaction_text(level: str, *, short: bool = False) -> str:
    """The interface's words for a redaction level (long: with what it keeps)."""
    if short:
        texts = {
            "full": QCoreApplication.translate("document_output", "full"),
            "pseudonymised": QCoreApplication.translate("document_output", "pseudonymised"),
            "minimal": QCoreApplication.translate("document_output", "minimal"),
        }
    else:
        texts = {
            "full": QCoreApplication.translate("document_output", "&Full: with the doctor's name and contact details"),
            "pseudonymised": QCoreApplication.translate(
                "document_output", "Pse&udonymised: the case code, no name, contact details, region or exact dates"),
            "minimal": QCoreApplication.translate("document_output", "&Minimal: months, domains and status only"),
        }
    return texts.get(level, level)


def section_text(section: str) -> str:
    texts = {
        "intake": QCoreApplication.translate("document_output", "&Intake"),
        "contacts": QCoreApplication.translate("document_output", "&Contacts"),
        "risk": QCoreApplication.translate("document_output", "&Risk history"),
        "safety_plan": QCoreApplication.translate("document_output", "Safet&y plan"),
        "referrals": QCoreApplication.translate("document_output", "R&eferrals"),
        "tasks": QCoreApplication.translate("document_output", "&Tasks"),
    }
    return texts.get(section, section)


def _default_folder(session: VaultSession) -> Path:
    folder = _LAST_FOLDER.get(session)
    if folder is not None and folder.is_dir():
        return folder
    return documents_folder()


def documents_folder() -> Path:
    """Where a save dialog starts: the user's Documents folder (else home)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(docs) if docs else Path.home()
    return path if path.is_dir() else Path.home()




def vault_owner() -> QObject:
    """The parent of an output's worker when the caller has no window: the application."""
    app = QCoreApplication.instance()
    assert app is not None
    return app


def _file_filter(extension: str) -> str:
    if extension == "csv":
        return QCoreApplication.translate("document_output", "CSV files (*.csv)")
    return QCoreApplication.translate("document_output", "PDF documents (*.pdf)")



def _warn(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("documentOutputWarning")
    box.setAccessibleName(title)
    box.exec()
    box.deleteLater()


def save_document(parent: QWidget | None, session: VaultSession, data: bytes, suggested_name: str, what: str, *,
                  kind: str, case_code: str = "", detail: str = "") -> Path | None:
    """Re-auth, ask where, write ``data`` there atomically, audit it.  The path, or None when cancelled/failed."""
    if not session.is_unlocked or not require_reauth(session, parent, what):
        return None
    path = write_document(parent, session.require(), data, suggested_name, kind=kind, case_code=case_code,
                          detail=detail, start_folder=_default_folder(session))
    if path is not None:
        _LAST_FOLDER[session] = path.parent
    return path


def write_document(parent: QWidget | None, vault: Vault, data: bytes, suggested_name: str, *, kind: str,
                   case_code: str = "", detail: str = "", start_folder: Path | None = None) -> Path | None:
    """``save_document`` without the re-authentication, for a caller that has just proven the secret
    (the first-run wizard's recovery kit).  Everything else is the same: Qt's own dialog, atomic write, audit."""
    name = Path(suggested_name).name or suggested_file_name(kind, case_code)
    extension = Path(name).suffix.lstrip(".").lower() or "pdf"
    start = (start_folder or documents_folder()) / name
    title = QCoreApplication.translate("document_output", "Save document")
    path = save_file(parent, title, start, _file_filter(extension))
    if path is None:
        return None
    if path.suffix.lower() != f".{extension}":
        path = path.with_name(f"{path.name}.{extension}")
    if vault.is_locked:  # locked (idle) while the dialog was open: nothing leaves
        return None
    from trustdesk.ui.output.queries import write_audited

    # stamped, written, fsynced and audited in a worker (a big PDF or CSV is a second on a slow disk)
    outcome: list[str] = []
    Operation(parent or vault_owner(), lambda: write_audited(vault, path, data, kind, case_code, detail)).success(
        outcome.append).run_waiting()
    if not outcome:  # locked while it was written: the worker left nothing behind
        return None
    if outcome[0] == "write":
        _warn(parent, QCoreApplication.translate("document_output", "Not saved"),
              QCoreApplication.translate("document_output", "The document could not be written to that folder (no "
                                         "permission, or the disk is full). Nothing was saved; choose another folder."))
        return None
    if outcome[0] == "audit":
        _warn(parent, QCoreApplication.translate("document_output", "Not saved"),
              QCoreApplication.translate("document_output", "The vault could not record this export, so the file was "
                                         "removed. Nothing was saved."))
        return None
    return path


# --- PDF in memory -------------------------------------------------------------------------------


class PdfBytes:
    """A ``QPdfDocument`` read from bytes through a ``QBuffer`` (no file). ``close()`` drops both."""

    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        self.buffer = QBuffer(parent)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent) if parent is not None else QPdfDocument()
        self.document.load(self.buffer)

    @property
    def ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray())


def render_to_printer(pdf: bytes, printer: QPrinter, *, on_page: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> int:
    """Paint every page of ``pdf`` onto ``printer`` (from memory); returns the number of pages painted.

    Safe in a worker thread (QPainter on a QPrinter and QImage is).  ``on_page(done, total)`` reports
    progress; ``cancelled()`` is asked between pages and aborts the job when it says yes.
    """
    source = PdfBytes(pdf)
    try:
        if not source.ready:
            raise ValueError("not a readable PDF")
        count = source.document.pageCount()
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            for index in range(count):
                if cancelled is not None and cancelled():
                    printer.abort()
                    return index
                if index:
                    printer.newPage()
                points = source.document.pagePointSize(index)
                size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
                page = QImage(size, QImage.Format.Format_RGB32)
                page.fill(QColor("white"))
                with _painting(page) as p:
                    p.drawImage(0, 0, source.document.render(index, size))
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                scale = min(area.width() / size.width(), area.height() / size.height())
                w, h = size.width() * scale, size.height() * scale
                painter.drawImage(QRectF((area.width() - w) / 2, 0, w, h), page)
                if on_page is not None:
                    on_page(index + 1, count)
        finally:
            painter.end()
        return count
    finally:
        source.close()


class _painting:
    def __init__(self, image: QImage) -> None:
        self._painter = QPainter(image)

    def __enter__(self) -> QPainter:
        return self._painter

    def __exit__(self, *exc: object) -> None:
        self._painter.end()


class _PrintRelay(QObject):
    page = Signal(int, int)
    finished = Signal(object)  # None, or the exception


def print_with_progress(parent: QWidget | None, pdf: bytes, printer: QPrinter) -> bool:
    """Render in a worker while a progress dialog keeps the window alive (a 37-page log takes ~10 s).
    True when every page went to the printer; False when cancelled.  Raises what rendering raised."""
    progress = QProgressDialog(QCoreApplication.translate("document_output", "Sending the pages to the printer…"),
                               QCoreApplication.translate("document_output", "Cancel"), 0, 0, parent)
    progress.setObjectName("printProgress")
    progress.setAccessibleName(QCoreApplication.translate("document_output", "Printing"))
    progress.setWindowTitle(QCoreApplication.translate("document_output", "Printing"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    relay = _PrintRelay()
    loop = QEventLoop()
    stop = threading.Event()
    outcome: dict[str, object] = {}

    def report(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def finish(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    relay.page.connect(report)
    relay.finished.connect(finish)
    progress.canceled.connect(stop.set)

    def work() -> None:
        try:
            painted = render_to_printer(pdf, printer, on_page=relay.page.emit, cancelled=stop.is_set)
            relay.finished.emit(painted)
        except Exception as exc:  # noqa: BLE001 - re-raised on the UI thread
            relay.finished.emit(exc)

    QThreadPool.globalInstance().start(work)
    if "result" not in outcome:
        loop.exec()
    cancelled = stop.is_set()
    progress.canceled.disconnect(stop.set)  # closing a progress dialog says "canceled"
    progress.close()
    progress.deleteLater()
    relay.deleteLater()
    if "result" not in outcome:  # the app quits meanwhile (its exit ends every loop): stop the pages
        stop.set()
        return False
    result = outcome["result"]
    if isinstance(result, Exception):
        raise result
    return not cancelled


def print_queue_text() -> str:
    return QCoreApplication.translate(
        "document_output", "Printing hands the document to the operating system. Its print queue (and some "
        "printers) may keep a copy until the page is printed, outside the encrypted vault. "
        "Print on a printer you trust, and collect the pages right away.")


def _print_queue_warning(parent: QWidget | None, vault: Vault) -> bool:
    """Once per vault: the OS may keep a copy in its print queue.  False when the user backs out."""
    from trustdesk.vault.settings import PRINT_QUEUE_WARNED

    if vault.settings.value(PRINT_QUEUE_WARNED):
        return True
    title = QCoreApplication.translate("document_output", "Before you print")
    box = QMessageBox(QMessageBox.Icon.Information, title, print_queue_text(),
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("printQueueWarning")
    box.setAccessibleName(title)
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("document_output", "Print"))
    ok.setObjectName("printQueueWarningContinue")
    ok.setAccessibleName(QCoreApplication.translate("document_output", "Print"))
    answer = box.exec()
    box.deleteLater()
    if answer != QMessageBox.StandardButton.Ok:
        return False
    vault.settings.set_value(PRINT_QUEUE_WARNED, True)
    return True


def print_document(parent: QWidget | None, session: VaultSession, pdf: bytes, what: str, *, kind: str,
                   case_code: str = "", detail: str = "", printer: QPrinter | None = None) -> bool:
    """Re-auth, print dialog, render the pages from memory, audit.  True when the job was sent.

    One confirmation, then the system's print dialog: the first time, the print-queue notice is said in
    the re-authentication dialog, not in a second box right after it."""
    from trustdesk.vault.settings import PRINT_QUEUE_WARNED

    if not session.is_unlocked:
        return False
    vault = session.require()
    notice = "" if vault.settings.value(PRINT_QUEUE_WARNED) else print_queue_text()
    asked = bool(notice) and not gate_for(session).fresh()
    if not require_reauth(session, parent, what, notice=notice):
        return False
    if asked and not vault.is_locked:
        vault.settings.set_value(PRINT_QUEUE_WARNED, True)  # read and confirmed with the passphrase
    return print_pdf(parent, vault, pdf, kind=kind, case_code=case_code, detail=detail, printer=printer)


def print_pdf(parent: QWidget | None, vault: Vault, pdf: bytes, *, kind: str, case_code: str = "",
              detail: str = "", printer: QPrinter | None = None) -> bool:
    """``print_document`` without the re-authentication (see ``write_document``).  False when cancelled."""
    if not _print_queue_warning(parent, vault):
        return False
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(NEUTRAL_DOC_NAME)
    printer.setCreator("TrustDesk")
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setAccessibleName(QCoreApplication.translate("document_output", "Print"))
    dialog.setWindowTitle(QCoreApplication.translate("document_output", "Print"))
    try:
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if not accepted or vault.is_locked:
        return False
    printer.setDocName(NEUTRAL_DOC_NAME)  # whatever the dialog did
    audit_output(vault, "PRINT", kind, case_code, detail)  # before the pages leave (an idle lock may come meanwhile)
    try:
        complete = print_with_progress(parent, pdf, printer)
    except (OSError, ValueError):
        _warn(parent, QCoreApplication.translate("document_output", "Not printed"),
              QCoreApplication.translate("document_output", "The printer could not be started. Nothing was printed."))
        return False
    return complete

