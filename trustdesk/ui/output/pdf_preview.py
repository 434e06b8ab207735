"""Preview a PDF inside the app (QtPdfWidgets over the in-memory bytes), with Save and Print.

The bytes never touch the disk to be shown; the dialog closes itself and drops the document when
the vault locks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.rows_language import say
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.document_output import PdfBytes, print_document, save_document, suggested_file_name


class PdfPreviewDialog(QDialog):
    """``PdfPreviewDialog(parent, session, pdf, what, kind=..., case_code=..., detail=..., suggested_name=...)``."""

    def __init__(self, parent: QWidget | None, session: VaultSession, pdf: bytes, what: str, *, kind: str,
                 case_code: str = "", detail: str = "", suggested_name: str = "", title: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self._pdf: bytes | None = pdf
        self._what = what
        self._kind = kind
        self._case_code = case_code
        self._detail = detail
        self._suggested = suggested_name or suggested_file_name(kind, case_code)
        self.saved_path: Path | None = None
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title or self.tr("Preview"))
        self.setAccessibleName(title or self.tr("Preview"))
        self.setModal(True)

        self._source = PdfBytes(pdf, self)  # parented: the view never outlives its document
        self._closed = False
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreviewView")
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setDocument(self._source.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(self.view.documentMargins())

        self.subject = QLabel(what, self)
        self.subject.setObjectName("pdfPreviewSubject")
        self.subject.setWordWrap(True)
        self.pages = QLabel(self)
        self.pages.setObjectName("pdfPreviewPages")
        self.status = QLabel(self)
        self.status.setObjectName("pdfPreviewStatus")
        self.status.setWordWrap(True)  # a message wraps, never widens the window
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.fit_button = named_button(self, "pdfPreviewFitWidth", self._fit_width, text=self.tr("Fit &width"))
        self.whole_button = named_button(self, "pdfPreviewWholePage", self._whole_page, text=self.tr("W&hole page"))
        self.print_button = named_button(self, "pdfPreviewPrint", self._print, text=self.tr("&Print…"))
        self.save_button = named_button(self, "pdfPreviewSave", self._save, text=self.tr("&Save as PDF…"))
        self.close_button = named_button(self, "pdfPreviewClose", self.reject, text=self.tr("Close"))
        for button in (self.fit_button, self.whole_button, self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.subject, 1)
        top.addWidget(self.pages)
        bottom = QHBoxLayout()
        bottom.addWidget(self.fit_button)
        bottom.addWidget(self.whole_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self._print)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._save)
        count = self._source.document.pageCount()
        self.pages.setText(self.tr("%n page(s)", "", count))
        self.save_button.setDefault(False)
        self.close_button.setDefault(True)
        session.locked.connect(self._on_locked)
        fit_to_screen(self, 860, 1000)
        self.view.setFocus()

    @property
    def page_count(self) -> int:
        return 0 if self._closed else self._source.document.pageCount()

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _whole_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.pageNavigator().jump(self.view.pageNavigator().currentPage(), QPointF(), 0)

    def _save(self) -> None:
        if self._pdf is None:
            return
        path = save_document(self, self.session, self._pdf, self._suggested, self._what,
                             kind=self._kind, case_code=self._case_code, detail=self._detail)
        if path is not None:
            self.saved_path = path
            say(self.status, lambda: self.tr("Saved as %1.").replace("%1", path.name))

    def _print(self) -> None:
        if self._pdf is None:
            return
        if print_document(self, self.session, self._pdf, self._what, kind=self._kind, case_code=self._case_code,
                          detail=self._detail):
            say(self.status, lambda: self.tr("Sent to the printer."))

    def clear(self) -> None:
        """Drop the document (called on lock and on close)."""
        if not self._closed:
            self._source.close()  # the view now shows an empty document
            self._closed = True
        self._pdf = None

    def _on_locked(self) -> None:
        self.clear()
        self.reject()

    def done(self, result: int) -> None:
        try:
            self.session.locked.disconnect(self._on_locked)
        except (RuntimeError, TypeError):
            pass
        self.clear()
        super().done(result)

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter must not close (or save) by surprise
        super().keyPressEvent(event)  # type: ignore[arg-type]
