"""Sending the quarter's figures to the coordinator as a ``.tdfigures`` file.

The trust person picks a completed quarter and reviews *exactly* the cells the file will hold
(month, knowledge domains, who called, region, outcome at the quarter's end, and the count — no
codes, names or days).  Only then is the file sealed to the coordinator's confirmed card and
saved where the trust person chooses; only the coordinator's key opens it.  The counts are exact:
small numbers are hidden by the coordinator after merging the files of all trust persons.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.exchange.periods import Quarter, completed_quarters
from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.exchange.figures import Cell
    from trustdesk.vault import Vault

translate = QCoreApplication.translate
YEARS_BACK = 5


def current_day() -> date:
    """Today (tests stand in for it)."""
    return date.today()


def cell_texts(cell: Cell) -> list[str]:
    """A cell's five keys in the interface's language."""
    from trustdesk.domain.enums import CloseReason, Initiator, KnowledgeDomain, Province
    from trustdesk.exchange.figures import CLOSED, NO_DOMAIN, OPEN, UNKNOWN_REGION, domains_of
    from trustdesk.ui.kit.case_labels import (
        close_reason_text,
        domains_text,
        initiator_text,
        province_text,
        ui_locale,
    )

    month, domains, initiator, region, outcome = cell
    year, number = month.split("-")
    month_text = f"{ui_locale().standaloneMonthName(int(number))} {year}"
    domains_label = (translate("Figures", "no domain") if domains == NO_DOMAIN
                     else domains_text(frozenset(KnowledgeDomain(d) for d in domains_of(domains))))
    region_label = translate("Figures", "unknown") if region == UNKNOWN_REGION else province_text(Province(region))
    outcome_label = {OPEN: translate("Figures", "still open"),
                     CLOSED: translate("Figures", "closed")}.get(outcome) or close_reason_text(CloseReason(outcome))
    return [month_text, domains_label, initiator_text(Initiator(initiator)), region_label, outcome_label]


class FiguresDialog(ClosesOnLock, QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figures_dialog")
        self.session = session
        self.cells: dict[Cell, int] | None = None
        self.saved: Path | None = None
        today = current_day()
        self.quarters = completed_quarters(today, date(today.year - YEARS_BACK, 1, 1))

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.quarter_label = QLabel(self)
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("figures_quarter")
        self.quarter_label.setBuddy(self.quarter)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("figures_table")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("figures_summary")
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("figures_message")
        self.message.setWordWrap(True)
        self.close_button = named_button(self, "figures_close", self.reject)  # made in layout order: the Tab order
        self.save_button = named_button(self, "figures_save", self.seal_and_save)
        self.save_button.setEnabled(False)

        choice = QHBoxLayout()
        choice.addWidget(self.quarter_label)
        choice.addWidget(self.quarter)
        choice.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.close_on_lock(session)
        self.retranslate()
        self.quarter.currentIndexChanged.connect(lambda _i: self.load())
        fit_to_screen(self, 860, 560)
        self.load()

    def chosen(self) -> Quarter:
        return self.quarters[max(self.quarter.currentIndex(), 0)]

    def set_quarter(self, quarter: Quarter) -> None:
        self.quarter.setCurrentIndex(self.quarters.index(quarter))

    def load(self) -> None:
        from trustdesk.exchange.figures import collect

        quarter, today = self.chosen(), current_day()
        self.cells = None
        self.save_button.setEnabled(False)
        self.message.clear()
        VaultOp(self, lambda v: collect(v, quarter, today=today), session=self.session).success(
            lambda cells: self._show(quarter, cells)).failure(lambda _e, text: self.message.setText(text)).run()

    def _show(self, quarter: Quarter, cells: dict[Cell, int]) -> None:
        if quarter != self.chosen():
            return
        self.cells = cells
        self.table.setRowCount(len(cells))
        for row, (cell, count) in enumerate(cells.items()):
            for column, text in enumerate(cell_texts(cell)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 5, number)
        total = sum(cells.values())
        self.summary.setText(self.tr("%n new case(s) in this quarter, in the rows above. This is everything the "
                                     "file holds.", "", total))
        self.save_button.setEnabled(True)

    def seal_and_save(self) -> None:
        cells, quarter = self.cells, self.chosen()
        if cells is None:
            return
        from trustdesk.ui.exchange.exchange_files import ask_save_path, write_file

        path = ask_save_path(self, self.tr("Save the figures for the coordinator"), f"figures-{quarter}.tdfigures",
                             self.tr("TrustDesk figures (*.tdfigures)"))
        if path is None:
            return

        def seal(vault: Vault) -> Path:
            from trustdesk.exchange.figures import seal_for_coordinator

            data, _ = seal_for_coordinator(vault, quarter, cells)
            write_file(path, data)
            return path

        self.save_button.setEnabled(False)
        VaultOp(self, seal, session=self.session).success(self._saved).failure(self._refused).run_in_background()

    def _saved(self, path: Path) -> None:
        self.saved = path
        self.message.setText(self.tr("Saved as %1, sealed for your coordinator: only the coordinator's key opens "
                                     "it. Send it by mail or on a USB stick.").replace("%1", path.name))
        self.save_button.setEnabled(True)

    def _refused(self, exc: BaseException, message: str) -> None:
        from trustdesk.exchange.errors import ExchangeRejected
        from trustdesk.ui.exchange.exchange_files import refusal_text

        self.message.setText(refusal_text(exc.reason) if isinstance(exc, ExchangeRejected) else message)
        self.save_button.setEnabled(self.cells is not None)

    def done(self, result: int) -> None:
        self.cells = None
        self.table.setRowCount(0)
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Figures for the coordinator"))
        self.setAccessibleName(self.tr("Figures for the coordinator"))
        self.intro.setText(self.tr(
            "The exact number of new cases of one whole quarter, per month, knowledge domains, who called, region "
            "and how the case stood at the end of the quarter. No codes, names or days. The coordinator merges "
            "the figures of all trust persons and publishes only merged figures, with small numbers hidden."))
        self.quarter_label.setText(self.tr("&Quarter:"))
        self.quarter.setAccessibleName(self.tr("Quarter of the figures"))
        from trustdesk.ui.reports.reports_page import quarter_text

        self.quarter.blockSignals(True)
        if self.quarter.count() != len(self.quarters):
            self.quarter.clear()
            for quarter in self.quarters:
                self.quarter.addItem(quarter_text(quarter), str(quarter))
        for index, quarter in enumerate(self.quarters):
            self.quarter.setItemText(index, quarter_text(quarter))
        self.quarter.blockSignals(False)
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Knowledge domains"), self.tr("Who called"),
                                              self.tr("Region"), self.tr("Outcome at the quarter's end"),
                                              self.tr("Cases")])
        self.table.setAccessibleName(self.tr("What the figures file holds"))
        self.save_button.setText(self.tr("&Seal and save…"))
        self.save_button.setAccessibleName(self.tr("Seal the figures for the coordinator and save them"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
