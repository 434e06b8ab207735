"""Audit: the vault's log of what was done (unlocks, exports, prints, backups, restores, pack
imports, destructions — case codes, never names), filterable and exportable as CSV, with the
state of its hash chain; and, as a second tab, “What left this vault” (``ui/disclosures.py``).

The chain is checked in a worker each time the page is shown (100,000 entries take ~0.7 s).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.kit.appearance import clearable, filter_leads_to, whole_tab_labels, without_mnemonic
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.output.document_output import document_kind_text
from trustdesk.ui.security.disclosures import DisclosuresView, kind_text, redaction_text
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.domain.models import AuditEntry
    from trustdesk.vault import Vault
    from trustdesk.vault.audit import AuditFilter, ChainState

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
Index = QModelIndex | QPersistentModelIndex
MAX_SHOWN = 5000
PERIODS = ("all", "7", "30", "365")


_SECTION_WORDS = frozenset({"intake", "contacts", "risk", "referrals", "tasks"})


def _section_words(name: str) -> str:
    words = {
        "intake": QCoreApplication.translate("AuditPage", "intake"),
        "contacts": QCoreApplication.translate("AuditPage", "contacts"),
        "risk": QCoreApplication.translate("AuditPage", "risk history"),
        "referrals": QCoreApplication.translate("AuditPage", "referrals"),
        "tasks": QCoreApplication.translate("AuditPage", "tasks"),
        "no-sections": QCoreApplication.translate("AuditPage", "no sections"),
    }
    return words.get(name, name)


def _document_words(kind: str, rest: str) -> str | None:
    """``<kind> <details>`` of a document that left the vault, in words; None: not such an entry."""
    if kind_text(kind) == kind.replace("_", " ") and kind not in ("safety_plan", "recovery_kit"):
        return None
    words = [kind_text(kind) if kind not in ("safety_plan", "recovery_kit") else document_kind_text(kind)]
    tokens = rest.split()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in ("full", "pseudonymised", "minimal"):
            words.append(redaction_text(token))
        elif token == "referral" and following.isdigit():
            words.append(QCoreApplication.translate("AuditPage", "referral %1").replace("%1", following))
            index += 1
        elif token == "version" and following.isdigit():
            words.append(QCoreApplication.translate("AuditPage", "version %1").replace("%1", following))
            index += 1
        elif token.isdigit() and following == "entries":
            words.append(QCoreApplication.translate("AuditPage", "%n entries", "", int(token)))
            index += 1
        elif "=" in token:
            key, _, value = token.partition("=")
            if key == "redaction":
                words.append(redaction_text(value))
            elif key == "referral":
                words.append(QCoreApplication.translate("AuditPage", "referral %1").replace("%1", value))
            elif key == "recipient":
                words.append(QCoreApplication.translate("AuditPage", "for %1").replace("%1", value.replace("_", " ")))
            else:
                words.append(token)
        elif "," in token or token in _SECTION_WORDS or token == "no-sections":
            words.append(QCoreApplication.translate("AuditPage", "sections: %1").replace(
                "%1", ", ".join(_section_words(name) for name in token.split(",") if name)))
        else:
            words.append(token)
        index += 1
    return " · ".join(words)


def _pack_words(detail: str) -> str | None:
    """``<pack id>@<version>`` of an organisation pack, in words."""
    if m := re.fullmatch(r"([\w.-]+)@([\w.-]+)", detail):
        return QCoreApplication.translate("AuditPage", "pack “%1”, version %2").replace("%1", m.group(1)).replace(
            "%2", m.group(2))
    return None


def detail_text(detail: str, event: str = "") -> str:
    """The stored (English, technical) detail of an entry in the interface's words; anything not
    recognised is shown exactly as written."""
    if event == "pack_import" and (pack := _pack_words(detail)) is not None:
        return pack
    if detail == "passphrase-only":
        return QCoreApplication.translate("AuditPage", "protected by the passphrase only (no keychain)")
    if detail == "access export (json, pdf)":
        return kind_text("access_export")
    if m := re.fullmatch(r"(\d+) failed attempt\(s\)", detail):
        return QCoreApplication.translate("AuditPage", "%n failed attempt(s)", "", int(m.group(1)))
    if detail == "keep":  # a conflict-of-interest decision (the reason itself stays on the case)
        return QCoreApplication.translate("AuditPage", "case kept, with a reason")
    if detail == "return":
        return QCoreApplication.translate("AuditPage", "returned to the coordinator; nothing about the doctor kept")
    handover = handover_detail_text(detail)
    if handover is not None:
        return handover
    if m := re.fullmatch(r"schema (\d+) -> (\d+)", detail):
        return QCoreApplication.translate("AuditPage", "database version %1 → %2").replace("%1", m.group(1)).replace("%2", m.group(2))
    kind, _, rest = detail.partition(" ")
    document = _document_words(kind, rest)
    return detail if document is None else document  # not a document that left the vault: as written


def _sections_text(names: str) -> str:
    from trustdesk.ui.security.handover_receive import included_text

    return ", ".join(included_text(n) for n in names.split(",") if n)


def handover_detail_text(detail: str) -> str | None:
    """A handover entry's detail in words (None: not a handover detail).  The file id is shortened
    to its first 8 characters, enough to match the two vaults' entries on the phone."""
    if not detail.startswith("file "):
        return None
    file_id, _, rest = detail[5:].partition("; ")
    short = file_id[:8]
    if m := re.fullmatch(r"case (\d+) of (\d+); sections (\S*)", rest):
        return (QCoreApplication.translate("AuditPage", "file %1, case %2 of %3; with: %4").replace("%1", short).replace("%2", m.group(1))
                .replace("%3", m.group(2)).replace("%4", _sections_text(m.group(3))))
    if m := re.fullmatch(r"case (\d+) of (\d+); was (\S+)", rest):
        return (QCoreApplication.translate("AuditPage", "file %1, case %2 of %3; was %4 at the predecessor").replace("%1", short)
                .replace("%2", m.group(1)).replace("%3", m.group(2)).replace("%4", m.group(3)))
    if rest == "replayed":
        return QCoreApplication.translate("AuditPage", "file %1 was already imported: refused, nothing imported").replace("%1", short)
    if rest == "kept minimum":
        return QCoreApplication.translate("AuditPage", "closed after the handover in file %1; only the minimum kept").replace("%1", short)
    if rest == "kept full":
        return QCoreApplication.translate("AuditPage", "closed after the handover in file %1; kept in full").replace("%1", short)
    if m := re.fullmatch(r"sections (\S*)", rest):  # entries written before the per-case form
        return QCoreApplication.translate("AuditPage", "file %1; with: %2").replace("%1", short).replace("%2", _sections_text(m.group(1)))
    if m := re.fullmatch(r"from (.+)", rest):
        return QCoreApplication.translate("AuditPage", "file %1; previous codes, in order: %2").replace("%1", short).replace("%2", m.group(1))
    return None


def event_text(event: str) -> str:
    return {
        "unlock": translate("audit", "Unlocked"),
        "unlock_failed": translate("audit", "Failed unlock attempts"),
        "unlock_recovery": translate("audit", "Unlocked with the recovery code"),
        "passphrase_changed": translate("audit", "Passphrase changed"),
        "vault_created": translate("audit", "Vault created"),
        "vault_migrated": translate("audit", "Vault updated to a new version"),
        "export": translate("audit", "Saved or exported"),
        "print": translate("audit", "Printed"),
        "backup": translate("audit", "Backup made"),
        "restore": translate("audit", "Restored from a backup"),
        "pack_import": translate("audit", "Organisation pack imported"),
        "case_destroyed": translate("audit", "Case destroyed"),
        "handover_sent": translate("audit", "Handed over"),
        "handover_received": translate("audit", "Received by handover"),
        "handover_refused": translate("audit", "Handover file refused"),
        "handover_closed": translate("audit", "Closed after handover"),
        "conflict_decision": translate("audit", "Conflict of interest decided"),
        "recovery_code_changed": translate("audit", "New recovery code made"),
        "vault_rekeyed": translate("audit", "Vault re-encrypted with a new key"),
        "key_header_changed": translate("audit", "Key file changed outside TrustDesk"),
        "audit_gap": translate("audit", "Log entries missing"),
        "intake_sent": translate("audit", "Case sent to a trust person"),
        "intake_received": translate("audit", "Case received from the coordinator"),
        "figures_sent": translate("audit", "Activity figures sent"),
        "identity_created": translate("audit", "Exchange key made"),
        "coordinator_card": translate("audit", "Coordinator key recorded"),
    }.get(event, event.replace("_", " ").capitalize())


EVENTS = (
    "unlock",
    "unlock_failed",
    "unlock_recovery",
    "passphrase_changed",
    "vault_created",
    "vault_migrated",
    "export",
    "print",
    "backup",
    "restore",
    "pack_import",
    "case_destroyed",
    "handover_sent",
    "handover_received",
    "handover_refused",
    "handover_closed",
    "conflict_decision",
    "recovery_code_changed",
    "vault_rekeyed",
    "key_header_changed",
    "audit_gap",
    "intake_sent",
    "intake_received",
    "figures_sent",
    "identity_created",
    "coordinator_card",
)


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditEntry] = []

    def set_rows(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 5

    def cell(self, row: int, column: int) -> str:
        e = self.rows[row]
        return (str(e.seq), datetime_text(e.at, seconds=True), event_text(e.event), e.case_code,
                detail_text(e.detail, e.event))[
            column
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("audit", "No."),
                translate("audit", "When"),
                translate("audit", "What happened"),
                translate("audit", "Case"),
                translate("audit", "Detail"),
            )[section]
        return None


def read_entries(vault: Vault, filters: AuditFilter) -> tuple[list[AuditEntry], int]:
    """The newest ``MAX_SHOWN`` entries that match, newest first, and how many match in all."""
    matching = [
        e for e in vault.audit.entries(event=filters.event, case_code=filters.case_code) if filters.matches(e)
    ]
    return matching[:MAX_SHOWN], len(matching)


class AuditPage(Page):
    tables = (Table.AUDIT,)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("auditPage")
        self.chain: ChainState | None = None
        self.total = 0
        self._checking = 0  # chain checks under way: ``loaded`` waits for them
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count() > 1:  # keep the heading
            layout.takeAt(1)
        self.state.hide()
        self.hint.hide()

        self.tabs = whole_tab_labels(QTabWidget(self))
        self.tabs.setObjectName("auditTabs")
        events = QWidget(self.tabs)
        self.chain_label = QLabel(events)
        self.chain_label.setObjectName("auditChainState")
        self.chain_label.setWordWrap(True)
        self.chain_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.chain_label.setMargin(8)
        self.event_filter = QComboBox(events)
        self.event_filter.setObjectName("auditEventFilter")
        self.case_filter = guard_text(QLineEdit(events))
        self.case_filter.setObjectName("auditCaseFilter")
        clearable(self.case_filter)
        self.period_filter = QComboBox(events)
        self.period_filter.setObjectName("auditPeriodFilter")
        self._event_label = QLabel(events)
        self._event_label.setBuddy(self.event_filter)
        self._case_label = QLabel(events)
        self._case_label.setBuddy(self.case_filter)
        self._period_label = QLabel(events)
        self._period_label.setBuddy(self.period_filter)
        self.model = AuditModel(self)
        self.table = QTableView(events)
        filter_leads_to(self.case_filter, self.table)  # Down/Return in the filter go to the results
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count_label = QLabel(events)
        self.count_label.setObjectName("auditCount")
        self.export_button = QPushButton(events)
        self.export_button.setObjectName("auditExportCsv")
        filters = QHBoxLayout()
        for label, widget in (
            (self._event_label, self.event_filter),
            (self._case_label, self.case_filter),
            (self._period_label, self.period_filter),
        ):
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(12)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        box = QVBoxLayout(events)
        box.addWidget(self.chain_label)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)
        self.tabs.addTab(events, "")
        self.disclosures = DisclosuresView(session, self.tabs)
        self.tabs.addTab(self.disclosures, "")
        layout.addWidget(self.tabs, 1)

        self.event_filter.currentIndexChanged.connect(lambda _i: self.load_entries())
        self.period_filter.currentIndexChanged.connect(lambda _i: self.load_entries())
        self.case_filter.textChanged.connect(lambda _t: self.load_entries())
        self.export_button.clicked.connect(self.export_csv)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        session.locked.connect(self.clear)
        self.retranslate()

    # -- filters ------------------------------------------------------------------------------

    def filters(self, today: date | None = None) -> AuditFilter:
        from trustdesk.vault.audit import AuditFilter

        event = self.event_filter.currentData()
        code = self.case_filter.text().strip().upper()
        period = self.period_filter.currentData()
        since = None
        if isinstance(period, str) and period != "all":
            since = (today or date.today()) - timedelta(days=int(period))
        return AuditFilter(
            event=event if isinstance(event, str) and event else None, case_code=code or None, since=since
        )

    # -- page contract --------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        self.verify()  # first: the entries (read right away) are not "loaded" before the chain's state
        self.load_entries()
        if self.tabs.currentWidget() is self.disclosures:
            self.disclosures.refresh()

    def load_entries(self) -> None:
        if not self.session.is_unlocked:
            return
        filters = self.filters()
        VaultOp(self, lambda v: read_entries(v, filters)).success(self._fill).run()

    def verify(self) -> None:
        self._checking += 1
        VaultOp(self, lambda v: v.audit.verify()).success(self._chain_checked).finished(
            self._check_finished).run_in_background()

    def _fill(self, result: tuple[list[AuditEntry], int]) -> None:
        if not self.session.is_unlocked:
            return
        rows, self.total = result
        self.model.set_rows(rows)
        self.count = len(rows)
        self.retranslate()
        if not self._checking:
            self.loaded.emit()

    def _chain_checked(self, state: ChainState) -> None:
        if self.session.is_unlocked:
            self.chain = state
            self.retranslate()

    def _check_finished(self) -> None:
        self._checking -= 1
        if not self._checking and self.session.is_unlocked:
            self.loaded.emit()

    def clear(self) -> None:
        self.model.set_rows([])
        self.chain = None
        self.total = 0
        self.count = None
        self.case_filter.blockSignals(True)
        self.case_filter.clear()
        self.case_filter.blockSignals(False)
        self.disclosures.clear()
        self.chain_label.clear()
        self.count_label.clear()

    def export_csv(self) -> object:
        if not self.session.is_unlocked:
            return None
        from trustdesk.ui.output.document_output import save_document, suggested_file_name
        from trustdesk.vault.audit import audit_csv

        filters = self.filters()
        data: list[bytes] = []
        VaultOp(self, lambda v: audit_csv(v, filters)).success(data.append).run()
        if not data:
            return None
        return save_document(
            self,
            self.session,
            data[0],
            suggested_file_name("audit_log", extension="csv"),
            self.tr("The audit log as shown (CSV, with case codes)"),
            kind="audit_csv",
            detail=f"{self.total} entries",
        )

    # -- texts ----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Audit")

    def empty_text(self) -> str:
        return self.tr("No entry matches these filters.")

    def _chain_text(self) -> str:
        state = self.chain
        if state is None:
            return self.tr("Checking the audit log…")
        if state.intact:
            return self.tr(
                "✓ The audit log is intact: %n entries, none changed or removed since they were written.",
                "",
                state.entries,
            )
        return (
            self.tr(
                "⚠ The audit log was changed outside TrustDesk: entry %1 and everything after it no longer "
                "verify. The entries before it (%2) are intact."
            )
            .replace("%1", str(state.first_broken))
            .replace("%2", str(state.entries))
        )

    def _fill_combos(self) -> None:
        event, period = self.event_filter.currentData(), self.period_filter.currentData()
        for combo in (self.event_filter, self.period_filter):
            combo.blockSignals(True)
            combo.clear()
        self.event_filter.addItem(self.tr("All events"), "")
        for name in EVENTS:
            self.event_filter.addItem(event_text(name), name)
        periods = (self.tr("All time"), self.tr("Last 7 days"), self.tr("Last 30 days"), self.tr("Last year"))
        for key, text in zip(PERIODS, periods, strict=True):
            self.period_filter.addItem(text, key)
        self.event_filter.setCurrentIndex(max(0, self.event_filter.findData(event or "")))
        self.period_filter.setCurrentIndex(max(0, self.period_filter.findData(period or "all")))
        for combo in (self.event_filter, self.period_filter):
            combo.blockSignals(False)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "tabs"):
            return
        self._fill_combos()
        self.tabs.setTabText(0, without_mnemonic(self.tr("&Events")))  # the letters belong to the tab's controls
        self.tabs.setTabText(1, without_mnemonic(self.tr("What &left this vault")))
        self.tabs.setAccessibleName(self.tr("Audit log and disclosures"))
        self._event_label.setText(self.tr("E&vent:"))
        self.event_filter.setAccessibleName(self.tr("Show only this kind of event"))
        self._case_label.setText(self.tr("&Case:"))
        self.case_filter.setPlaceholderText("TD-2026-0001")
        self.case_filter.setAccessibleName(self.tr("Show only this case code"))
        self._period_label.setText(self.tr("&Period:"))
        self.period_filter.setAccessibleName(self.tr("Show only this period"))
        self.table.setAccessibleName(self.tr("Audit log entries, newest first"))
        self.export_button.setText(self.tr("E&xport as CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the shown audit entries as CSV"))
        chain = self._chain_text() if self.session.is_unlocked else ""
        self.chain_label.setText(chain)
        self.chain_label.setAccessibleName(chain)
        if self.count is None:
            self.count_label.clear()
        elif self.count == 0:
            self.count_label.setText(self.empty_text())
        elif self.total > self.count:
            self.count_label.setText(
                self.tr("Showing the newest %1 of %2 entries.")
                .replace("%1", str(self.count))
                .replace("%2", str(self.total))
            )
        else:
            self.count_label.setText(self.tr("%n entries.", "", self.count))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
