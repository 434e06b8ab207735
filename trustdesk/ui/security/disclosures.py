"""“What left this vault”: the accounting of disclosures, read from the audit log.

Every saved document, print, export and handover with its date, how it left, what it was, the case
code, the recipient (the referral's provider where there is one), the redaction level and the
consent it relied on.  Exportable as CSV (re-authentication first, through ``save_document``).
The same list, per case, is part of the doctor's access export (``vault.access_export``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from trustdesk.ui.kit.case_labels import date_text, datetime_text
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault.audit import Disclosure

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
Index = QModelIndex | QPersistentModelIndex


def how_text(event: str) -> str:
    return {
        "export": translate("disclosures", "Saved"),
        "print": translate("disclosures", "Printed"),
        "handover_sent": translate("disclosures", "Handed over"),
    }.get(event, event)


def kind_text(kind: str) -> str:
    return {
        "case_summary": translate("disclosures", "Case summary"),
        "contact_log": translate("disclosures", "Contact log"),
        "referral_letter": translate("disclosures", "Referral letter"),
        "access_export": translate("disclosures", "Access export (the doctor's complete file)"),
        "handover": translate("disclosures", "Handover file"),
        "audit_csv": translate("disclosures", "Audit log (CSV)"),
        "disclosures_csv": translate("disclosures", "Disclosures list (CSV)"),
        "activity_report": translate("disclosures", "Activity figures"),
        "activity_report_csv": translate("disclosures", "Activity figures (CSV)"),
        "providers_csv": translate("disclosures", "Provider list (CSV)"),
        "clipboard": translate("disclosures", "Whole text copied to the clipboard"),
    }.get(kind, kind.replace("_", " "))


def redaction_text(level: str) -> str:
    return {
        "full": translate("disclosures", "Full (with name)"),
        "pseudonymised": translate("disclosures", "Pseudonymised"),
        "minimal": translate("disclosures", "Minimal"),
    }.get(level, level or "—")


def consent_text(d: Disclosure) -> str:
    if d.consent_given is None:
        return "—"
    if not d.consent_given:
        return translate("disclosures", "⚠ no consent recorded")
    when = date_text(d.consent_date)
    text = translate("disclosures", "Consent given %1").replace("%1", when).strip()
    return f"{text} ({d.consent_scope})" if d.consent_scope else text


class DisclosuresModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Disclosure] = []

    def set_rows(self, rows: list[Disclosure]) -> None:
        self.beginResetModel()
        self.rows = list(reversed(rows))  # newest first
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            translate("disclosures", "When"),
            translate("disclosures", "How"),
            translate("disclosures", "What"),
            translate("disclosures", "Case"),
            translate("disclosures", "Recipient"),
            translate("disclosures", "Redaction"),
            translate("disclosures", "Consent"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 7

    def cell(self, row: int, column: int) -> str:
        d = self.rows[row]
        values = (
            datetime_text(d.at),
            how_text(d.event),
            kind_text(d.kind),
            d.case_code,
            d.recipient
            if d.kind != "access_export"
            else translate("disclosures", "the doctor (right of access)"),
            redaction_text(d.redaction),
            consent_text(d),
        )
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.rows[index.row()].detail
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class DisclosuresView(Retranslates, QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosuresView")
        self.session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = DisclosuresModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("disclosuresTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(self)
        self.count.setObjectName("disclosuresCount")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("disclosuresExportCsv")
        self.export_button.clicked.connect(self.export_csv)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        from trustdesk.vault.audit import disclosures

        VaultOp(self, disclosures, session=self.session).success(self._fill).run()

    def _fill(self, rows: list[Disclosure]) -> None:
        self.model.set_rows(rows)
        self.retranslate()

    def clear(self) -> None:
        self.model.set_rows([])
        self.count.clear()

    def export_csv(self) -> object:
        if not self.session.is_unlocked:
            return None
        from trustdesk.ui.output.document_output import save_document, suggested_file_name
        from trustdesk.vault.audit import disclosures_csv

        data: list[bytes] = []
        VaultOp(self, disclosures_csv, session=self.session).success(data.append).run_waiting()
        if not data:
            return None
        return save_document(
            self,
            self.session,
            data[0],
            suggested_file_name("disclosures", extension="csv"),
            self.tr("The list of what left this vault (CSV, with case codes and recipients)"),
            kind="disclosures_csv",
        )

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Everything that left the encrypted vault as a readable document: what, when, "
                "for which case, to whom, how much it showed and the consent it relied on."
            )
        )
        self.table.setAccessibleName(self.tr("What left this vault"))
        rows = self.model.rowCount()
        self.count.setText(
            self.tr("%n document(s) left the vault.", "", rows)
            if rows
            else self.tr("Nothing has left the vault yet.")
        )
        self.export_button.setText(self.tr("E&xport as CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the list of what left the vault as CSV"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
