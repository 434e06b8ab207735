"""The bar under a case's header that asks before a status changes: a stray arrow key or mouse wheel
on the status combo only opens it; *Cancel* keeps the status, the other button makes the change
(``CaseView.confirm_status``, audited by ``vault.case_status``)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from trustdesk.ui.kit.retranslates import Retranslates


class StatusConfirm(Retranslates, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_status_confirm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(self)
        self.question.setObjectName("case_status_question")
        self.question.setWordWrap(True)
        self.yes = QPushButton(self)
        self.yes.setObjectName("case_status_yes")
        self.no = QPushButton(self)
        self.no.setObjectName("case_status_no")
        row = QHBoxLayout(self)
        row.addWidget(self.question, 1)
        row.addWidget(self.no)
        row.addWidget(self.yes)
        for button in (self.no, self.yes):  # Return/Enter press the focused button (Space always does)
            button.setAutoDefault(True)
        QWidget.setTabOrder(self.no, self.yes)  # the order they are seen in: Cancel, then the change
        self.asking = False
        self.hide()
        self.retranslate()

    def ask(self, question: str, yes: str) -> None:
        self.asking = True
        self.question.setText(question)
        self.yes.setText(yes)
        self.yes.setAccessibleName(yes)
        self.show()
        self.yes.setFocus()

    def follow(self, before: QWidget) -> None:
        """Put the bar in the Tab chain right after ``before`` (the status combo): Tab reaches Cancel,
        then the change; Shift+Tab goes back the same way."""
        QWidget.setTabOrder(before, self.no)
        QWidget.setTabOrder(self.no, self.yes)

    def done(self) -> None:
        self.asking = False
        self.hide()

    def retranslate(self) -> None:
        self.no.setText(self.tr("Cancel"))
        self.no.setAccessibleName(self.tr("Keep the status as it is"))
        if not self.asking:
            self.yes.setText(self.tr("Change the status"))
            self.yes.setAccessibleName(self.tr("Change the status"))
