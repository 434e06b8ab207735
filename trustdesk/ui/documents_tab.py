"""The Documents tab of a case. For now a calm empty state; the documents task replaces it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trustdesk.ui.appearance import heading
from trustdesk.ui.session import VaultSession


class DocumentsTab(QWidget):
    """Summaries and letters of one case (empty state until that lands)."""

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents_tab")
        self.session = session
        self.case_id = case_id
        self.title = heading(QLabel(self), 1.2)
        self.title.setObjectName("documents_empty_title")
        self.body = QLabel(self)
        self.body.setObjectName("documents_empty_text")
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(560)  # a short paragraph, not one long line
        for label in (self.title, self.body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("No documents for this case yet."))
        self.body.setText(self.tr(
            "Case summaries, contact logs and referral letters you save or print will be listed here, "
            "with the redaction level each one was made with."))

    def refresh(self) -> None:
        """Nothing to load yet."""

    def clear(self) -> None:
        """Holds no case data."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
