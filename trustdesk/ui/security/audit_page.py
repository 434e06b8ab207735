"""Audit: the vault's log of what was done (unlocks, exports, prints, backups, restores, pack
imports, destructions — case codes, never names), filterable and exportable as CSV, with the
state of its hash chain; and, as a second tab, “What left this vault” (``ui/disclosures.py``).

The chain is checked in a worker each time the page is shown (100,000 entries take ~0.7 s); the
entries are read in a worker too (up to ``MAX_SHOWN``), and the columns are sized from what they can
show (the longest few case codes, every event's words, a sample date), never by measuring every row.
"""

from __future__ import annotations

import heapq
from datetime import date, datetime, timedelta
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
from trustdesk.ui.security.audit_words import EVENTS, detail_text, event_text
from trustdesk.ui.security.disclosures import DisclosuresView
from trustdesk.ui.security.queries import read_entries
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.domain.models import AuditEntry
    from trustdesk.vault.audit import AuditFilter, ChainState

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
Index = QModelIndex | QPersistentModelIndex
PERIODS = ("all", "7", "30", "365")
MEASURED = 12  # how many of the longest case codes are measured in pixels
SAMPLE_MOMENT = datetime(2026, 12, 28, 23, 58, 58)  # a wide date and time: the When column's width


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
        """The text of one cell, and only that one: the view asks for every cell it shows, and the
        detail's words (a pattern matched, a translation) cost more than all the others together."""
        e = self.rows[row]
        if column == 0:
            return str(e.seq)
        if column == 1:
            return datetime_text(e.at, seconds=True)
        if column == 2:
            return event_text(e.event)
        if column == 3:
            return e.case_code
        return detail_text(e.detail, e.event)

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


class AuditPage(Page):
    tables = (Table.AUDIT,)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("auditPage")
        self.chain: ChainState | None = None
        self.total = 0
        self._checking = 0  # chain checks under way: ``loaded`` waits for them
        self._reading = 0  # reads of the entries under way: ``loaded`` waits for them too
        self._generation = 0  # the newest read of the entries: an older one's answer is dropped
        layout = self.own_layout(keep_heading=True)

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
        # Sized from samples (``_size_columns``): ResizeToContents asks for the text of a thousand rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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

    @property
    def reading(self) -> bool:
        """Entries or the chain's state are being read (``loaded`` comes when both are in)."""
        return bool(self._reading or self._checking)

    def load_entries(self) -> None:
        """Read the entries the filters ask for, in a worker (up to 5,000 of a long log)."""
        if not self.session.is_unlocked:
            return
        filters = self.filters()
        self._generation += 1
        generation = self._generation
        self._reading += 1
        VaultOp(self, lambda v: read_entries(v, filters)).success(
            lambda result: self._fill(result, generation)).finished(self._read_finished).run_in_background()

    def verify(self) -> None:
        self._checking += 1
        VaultOp(self, lambda v: v.audit.verify()).success(self._chain_checked).finished(
            self._check_finished).run_in_background()

    def _fill(self, result: tuple[list[AuditEntry], int], generation: int) -> None:
        if not self.session.is_unlocked or generation != self._generation:
            return  # locked meanwhile, or the filters changed again: a newer read comes
        rows, self.total = result
        self.model.set_rows(rows)
        self.count = len(rows)
        self.retranslate()

    def _read_finished(self) -> None:
        self._reading -= 1
        if not self.reading and self.session.is_unlocked:
            self.loaded.emit()

    def column_texts(self) -> dict[int, list[str]]:
        """The texts each sized column is measured by: a few, whatever the number of rows."""
        rows = self.model.rows
        codes = heapq.nlargest(MEASURED, {e.case_code for e in rows}, key=len)
        events = {name: event_text(name) for name in (*EVENTS, *{e.event for e in rows})}
        return {0: [str(max((e.seq for e in rows[:1] + rows[-1:]), default=0))],
                1: [datetime_text(SAMPLE_MOMENT, seconds=True)],
                2: list(events.values()),
                3: codes}

    def _size_columns(self) -> None:
        """Widths from ``column_texts`` and the titles; the last column (the detail) takes the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, texts in self.column_texts().items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 16
            header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(title) + 24))

    def _chain_checked(self, state: ChainState) -> None:
        if self.session.is_unlocked:
            self.chain = state
            self.retranslate()

    def _check_finished(self) -> None:
        self._checking -= 1
        if not self.reading and self.session.is_unlocked:
            self.loaded.emit()

    def clear(self) -> None:
        self._generation += 1  # a read under way is not shown
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
        VaultOp(self, lambda v: audit_csv(v, filters)).success(data.append).run_waiting()
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
                self.tr("Showing the newest %1 of %n entries.", "", self.total).replace("%1", str(self.count))
            )
        else:
            self.count_label.setText(self.tr("%n entries.", "", self.count))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._size_columns()
