"""Reports: the anonymous activity figures for the knowledge centre.

The trust person chooses a completed calendar quarter and the report's language.  Only fixed,
non-overlapping periods are offered: with a free from-to period, two reports (January-November and
January-December) could be subtracted and give away the December cells that each report hides; a
running quarter is not offered for the same reason (the quarter so far vs the whole quarter).  The page shows
*exactly* the tables that will be saved — every hidden count as the neutral mark "\u00b7", no case codes, no dates finer
than a month — each beside a bar chart with the same suppression (a suppressed cell gets no bar).
Saving (PDF or CSV) is an export: ``save_document`` asks for the passphrase and audits it.  The
file is made from the very ``ActivityReport`` on screen, never recomputed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.exchange.periods import Quarter
from trustdesk.ui.kit.appearance import busy_indicator, heading, named_button
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.retire import retire
from trustdesk.ui.kit.rows_language import say
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.output.document_output import save_document, suggested_file_name
from trustdesk.ui.reports.queries import build_report
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.documents.activity import ActivityReport, ActivityTable
    from trustdesk.ui.reports.activity_chart import ActivityChart
    from trustdesk.vault import Vault

REPORT_LANGUAGES = ("nl", "fr", "en")
KIND = "activity_report"
QUARTER_YEARS = 5  # how far back the quarter list goes


def current_day() -> date:
    """Today (tests stand in for it)."""
    return date.today()


def quarter_text(quarter: Quarter) -> str:
    """"2026 Q3 (July – September)" in the interface's language: the quarter's name as the commands and the
    national PDFs write it (``Quarter.name``: 2026 K3, 2026 T3), its months in the interface's words."""
    locale = QLocale()
    first, last = quarter.start.month, quarter.end.month
    return QCoreApplication.translate("ReportsPage", "%1 (%3 – %4)").replace(
        "%1", quarter.name(locale.name()[:2])).replace("%3", locale.standaloneMonthName(first)).replace(
        "%4", locale.standaloneMonthName(last))



class ReportsPage(Page):
    tables = (Table.CASES, Table.REFERRALS)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("reportsPage")
        self.report: ActivityReport | None = None
        self.charts: dict[str, ActivityChart] = {}
        self.grids: dict[str, QTableWidget] = {}
        self._generation = 0
        self._pending = False

        self.period_label = QLabel(self)
        self.period_choice = QComboBox(self)
        self.period_choice.setObjectName("reports_period")
        self.period_label.setBuddy(self.period_choice)
        self._fill_quarters()
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("reports_language")
        self.language_label.setBuddy(self.language)
        for code in REPORT_LANGUAGES:
            self.language.addItem("", code)
        self._language_chosen = False  # until the trust person picks one, the report follows the interface
        self._follow_interface_language()
        self.language.activated.connect(lambda _i: setattr(self, "_language_chosen", True))
        # made in the order they are laid out (left to right): that is their Tab order
        self.save_csv = named_button(self, "reports_save_csv", lambda: self._save("csv"))
        self.save_pdf = named_button(self, "reports_save_pdf", lambda: self._save("pdf"))
        self.busy = busy_indicator(self, "reports_busy")
        self.message = QLabel(self)
        self.message.setObjectName("reports_message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.content = QWidget()
        self.content.setObjectName("reports_content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 12, 0)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("reports_scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the figures are the tab stops; it follows them
        self.scroller.setWidget(self.content)

        period = QHBoxLayout()
        for widget in (self.period_label, self.period_choice):
            period.addWidget(widget)
        period.addSpacing(24)
        period.addWidget(self.language_label)
        period.addWidget(self.language)
        period.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addStretch(0)
        actions.addWidget(self.save_csv)
        actions.addWidget(self.save_pdf)

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():  # the base page's empty state is not ours
            layout.takeAt(0)
        self.state.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(period)
        layout.addWidget(self.busy)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(actions)

        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(250)
        self._rebuild.timeout.connect(self.refresh)
        self.period_choice.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._show_report())
        self.retranslate()
        self._update_buttons()

    def _fill_quarters(self) -> None:
        """The completed calendar quarters, newest first (fixed periods: see the module docstring)."""
        from trustdesk.exchange.periods import completed_quarters

        today = current_day()
        self.quarters = completed_quarters(today, date(today.year - QUARTER_YEARS, 1, 1))
        self.period_choice.blockSignals(True)
        self.period_choice.clear()
        for quarter in self.quarters:
            self.period_choice.addItem(quarter_text(quarter), str(quarter))
        self.period_choice.blockSignals(False)

    # -- contract ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        start, end = self.period()
        self._generation += 1
        generation = self._generation
        self.busy.show()
        self._pending = True
        self._update_buttons()

        def done(report: ActivityReport) -> None:
            if generation == self._generation and self.session.is_unlocked:
                self._pending = False
                self.busy.hide()
                self.report = report
                self.message.hide()
                self._show_report()
                self.loaded.emit()

        def failed(_exc: BaseException, message: str) -> None:
            if generation == self._generation:
                self._pending = False
                self.busy.hide()
                self._say(message)
                self._update_buttons()
                self.loaded.emit()

        language = self.report_language()

        def build(vault: Vault) -> ActivityReport:
            from trustdesk.documents.labels import Labels

            report = build_report(vault, start, end)
            # the month names' locale data loaded here, not on the UI thread when the report is shown
            Labels(language).month(start.year, start.month)
            return report

        VaultOp(self, build).success(done).failure(failed).run_in_background()

    def clear(self) -> None:
        self._generation += 1  # a report still being built is dropped
        self._pending = False
        self.busy.hide()
        self.count = None
        self._drop_report()
        self.message.clear()
        self.message.hide()

    def period(self) -> tuple[date, date]:
        """The first and last day of the chosen quarter."""
        quarter = self.quarters[max(self.period_choice.currentIndex(), 0)]
        return quarter.start, quarter.end

    def set_quarter(self, quarter: Quarter) -> None:
        """Choose ``quarter`` (ValueError when it is not one of the completed quarters offered)."""
        self.period_choice.setCurrentIndex(self.quarters.index(quarter))

    def report_language(self) -> str:
        return str(self.language.currentData() or "nl")

    # -- showing ----------------------------------------------------------------------------------

    def _drop_report(self) -> None:
        self.report = None
        for chart in self.charts.values():
            chart.clear()
        self.charts.clear()
        self.grids.clear()
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                retire(widget)  # under the kit's holder: never a deferred delete that outlives this page
        self._update_buttons()

    def _show_report(self) -> None:
        report = self.report
        self._drop_report()
        self.report = report
        if report is None:
            return
        from trustdesk.documents.activity import row_label, table_title
        from trustdesk.documents.labels import Labels

        words = Labels(self.report_language())

        def month(key: str) -> str:
            return row_label(words, "month", key)

        title = heading(QLabel(words("activity.title"), self.content), 1.2)
        title.setObjectName("reports_title")
        period = QLabel(words("activity.period", start=month(report.start_month), end=month(report.end_month)),
                        self.content)
        period.setObjectName("reports_period")
        note = QLabel(words("activity.note"), self.content)
        note.setObjectName("reports_note")
        note.setWordWrap(True)
        # "<5" as rich text would be an unknown tag and vanish ("New cases in this period:" and nothing)
        total = QLabel(f"{html.escape(words('activity.total'))} <b>{html.escape(report.total.display)}</b>",
                       self.content)
        total.setTextFormat(Qt.TextFormat.RichText)
        total.setObjectName("reports_total")
        for label in (title, period, note, total):
            self.content_layout.addWidget(label)
        for table in report.tables:
            self._add_table(table, words, [row_label(words, table.name, r.key) for r in table.rows],
                            table_title(words, table.name))
            if table.name == "domain":
                domain_note = QLabel(words("activity.domain_note"), self.content)
                domain_note.setObjectName("reports_domain_note")
                self.content_layout.addWidget(domain_note)
        self.content_layout.addStretch(1)
        self._update_buttons()

    def _add_table(self, table: ActivityTable, words: object, labels: list[str], title: str) -> None:
        from trustdesk.ui.reports.activity_chart import ActivityChart

        caption = heading(QLabel(title, self.content), 1.05)
        caption.setObjectName(f"reports_caption_{table.name}")
        grid = QTableWidget(len(table.rows), 2, self.content)
        grid.setObjectName(f"reports_table_{table.name}")
        grid.setAccessibleName(title)
        first = words("field.provider_kind") if table.name == "referral_kind" else ""  # type: ignore[operator]
        grid.setHorizontalHeaderLabels([first, words("activity.column.count")])  # type: ignore[operator]
        grid.verticalHeader().hide()
        grid.setCornerButtonEnabled(False)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        grid.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers can reach the figures
        grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setAlternatingRowColors(True)
        row_height = grid.fontMetrics().height() + 10
        grid.verticalHeader().setDefaultSectionSize(row_height)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for index, (row, label) in enumerate(zip(table.rows, labels, strict=True)):
            grid.setItem(index, 0, QTableWidgetItem(label))
            count = QTableWidgetItem(row.display)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.setItem(index, 1, count)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_height = header.sizeHint().height()
        grid.setFixedHeight(header_height + row_height * len(table.rows) + 2 * grid.frameWidth())
        grid.setMinimumWidth(320)
        grid.setMaximumWidth(460)
        chart = ActivityChart(self.content)
        chart.setObjectName(f"reports_chart_{table.name}")
        chart.setMaximumWidth(560)
        chart.show_table(table, labels, row_height)
        chart_column = QVBoxLayout()
        chart_column.setContentsMargins(0, header_height + grid.frameWidth(), 0, 0)
        chart_column.addWidget(chart)
        chart_column.addStretch(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(grid, 2)
        line.addSpacing(12)
        line.addLayout(chart_column, 3)
        line.addStretch(1)
        box = QWidget(self.content)
        box.setLayout(line)
        self.content_layout.addSpacing(8)
        self.content_layout.addWidget(caption)
        self.content_layout.addWidget(box)
        self.grids[table.name] = grid
        self.charts[table.name] = chart

    def shown_cells(self) -> dict[str, list[tuple[str, str]]]:
        """What the page shows, table by table: (row label, count text) — for tests and review."""
        cells: dict[str, list[tuple[str, str]]] = {}
        for name, grid in self.grids.items():
            rows = []
            for r in range(grid.rowCount()):
                label, count = grid.item(r, 0), grid.item(r, 1)
                rows.append((label.text() if label else "", count.text() if count else ""))
            cells[name] = rows
        return cells

    # -- saving -----------------------------------------------------------------------------------

    def _save(self, fmt: str) -> None:
        report = self.report
        if report is None or not self.session.is_unlocked:
            return
        language = self.report_language()
        what = (self.tr("Anonymous activity report %1 to %2 (PDF)") if fmt == "pdf"
                else self.tr("Anonymous activity report %1 to %2 (CSV)")).replace(
            "%1", report.start_month).replace("%2", report.end_month)
        name = suggested_file_name("activity_report", "", fmt,
                                   detail=f"{report.start_month}_{report.end_month}")
        detail = f"{report.start_month}..{report.end_month} {fmt}"
        generation = self._generation

        def save(data: bytes) -> None:
            self.busy.hide()
            self._update_buttons()
            if generation != self._generation:
                return
            path = save_document(self, self.session, data, name, what, kind=KIND, detail=detail)
            if path is not None:
                self._say(lambda: self.tr("Saved as %1.").replace("%1", path.name))

        def failed(_exc: BaseException, message: str) -> None:
            self.busy.hide()
            self._say(message)

        def make(_vault: Vault) -> bytes:
            if fmt == "csv":
                from trustdesk.documents.activity import activity_report_csv

                return activity_report_csv(report)
            from trustdesk.documents.activity_pdf import activity_report_pdf

            return activity_report_pdf(report, language)

        self.busy.show()
        VaultOp(self, make).success(save).failure(failed).run_in_background()

    # -- the rest ---------------------------------------------------------------------------------

    def _period_changed(self) -> None:
        self._pending = True  # the figures on screen no longer match the chosen period
        self._update_buttons()
        self._rebuild.start()

    def _update_buttons(self) -> None:
        ready = self.report is not None and not self._pending
        for button in (self.save_pdf, self.save_csv):
            button.setEnabled(ready)

    def _say(self, text: str | Callable[[], str]) -> None:
        """A message made from a result: made again on a language switch while it is shown (kit.rows_language)."""
        say(self.message, text if callable(text) else lambda: text)
        self.message.show()

    def title(self) -> str:
        return self.tr("Reports")

    def empty_text(self) -> str:
        return ""

    def hint_text(self) -> str:
        return self.tr("Anonymous figures for the knowledge centre. What you see below is exactly what the "
                       "saved file holds.")

    def _follow_interface_language(self, *, shown: bool = True) -> None:
        current = QLocale().name()[:2]
        index = REPORT_LANGUAGES.index(current) if current in REPORT_LANGUAGES else 0
        if index != self.language.currentIndex():
            if shown:
                self.language.setCurrentIndex(index)  # the report on screen is made again in it
            else:  # out of sight: showing the page reads the report again (Page.showEvent), in this language
                with QSignalBlocker(self.language):
                    self.language.setCurrentIndex(index)

    def language_switched_out_of_sight(self) -> None:
        if not self._language_chosen:  # the report's language follows the interface's, seen or not
            # (not made again now: a report rebuilt out of sight was most of a language switch's stall)
            self._follow_interface_language(shown=False)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "language") and not self._language_chosen:
            self._follow_interface_language()
        self.state.hide()
        self.period_label.setText(self.tr("&Quarter:"))
        self.period_choice.setAccessibleName(self.tr("Quarter of the report"))
        for index, quarter in enumerate(self.quarters):
            self.period_choice.setItemText(index, quarter_text(quarter))
        self.language_label.setText(self.tr("Report &language:"))
        self.language.setAccessibleName(self.tr("Language of the report"))
        names = {"nl": self.tr("Dutch"), "fr": self.tr("French"), "en": self.tr("English")}
        for i, code in enumerate(REPORT_LANGUAGES):
            self.language.setItemText(i, names[code])
        self.save_pdf.setText(self.tr("Save as &PDF…"))
        self.save_pdf.setAccessibleName(self.tr("Save as PDF"))
        self.save_csv.setText(self.tr("Save as &CSV…"))
        self.save_csv.setAccessibleName(self.tr("Save as CSV"))
