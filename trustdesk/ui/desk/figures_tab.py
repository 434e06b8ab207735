"""The national figures: the trust persons' ``.tdfigures`` files are merged (``exchange.merge``: the
newest file per trust person and quarter, foreign or changed files refused, suppression re-applied),
shown as a chart of new cases per quarter and per knowledge domain, and saved as the national report
(PDF in Dutch and French, CSV, a summary).  Saving releases the quarters: the desk keeps them, and a
released quarter is never released again with other numbers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.suppression import HIDDEN_MARK, WITHHELD_MARK
from trustdesk.ui.desk.checklist import fit_columns
from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.vault.files import read_outside_prefix

if TYPE_CHECKING:
    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.exchange.merge import MergeResult, QuarterNote
    from trustdesk.exchange.periods import Quarter
    from trustdesk.exchange.publication import Release

MAX_FIGURES_READ = 1024 * 1024 + 4096


def bar_text(value: int | None, withheld: bool) -> str:
    return WITHHELD_MARK if withheld else HIDDEN_MARK if value is None else str(value)


class QuarterChart(QWidget):
    """Bars per quarter: new cases in total, or per knowledge domain; a hidden count gets no bar, only
    the neutral HIDDEN_MARK (a withheld quarter: WITHHELD_MARK), as in the national report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskQuarterChart")
        self.setMinimumHeight(180)
        self.bars: list[tuple[str, int | None, bool]] = []  # (label, value, withheld)

    def show_values(self, bars: list[tuple[str, int | None, bool]]) -> None:
        self.bars = bars
        self.setAccessibleDescription("; ".join(f"{label}: {bar_text(value, withheld)}"
                                                for label, value, withheld in bars))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.bars:
            return
        painter = QPainter(self)
        palette = self.palette()
        top = max((v for _, v, _ in self.bars if v is not None), default=0) or 1
        area = QRectF(10, 20, self.width() - 20, self.height() - 50)
        step = area.width() / len(self.bars)
        for index, (label, value, withheld) in enumerate(self.bars):
            x = area.left() + step * index
            text = bar_text(value, withheld)
            if value:
                height = area.height() * value / top
                painter.fillRect(QRectF(x + step * 0.2, area.bottom() - height, step * 0.6, height),
                                 palette.color(QPalette.ColorRole.Highlight))
                label_y = area.bottom() - height - 16
            else:
                label_y = area.bottom() - 16
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(x, label_y, step, 14), Qt.AlignmentFlag.AlignCenter, text)
            painter.drawText(QRectF(x, area.bottom() + 4, step, 16), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class FiguresTab(Retranslates, QWidget):
    def __init__(self, desk: CoordinatorDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskFiguresTab")
        self.desk = desk
        self.files: list[tuple[str, bytes]] = []
        self.result: MergeResult | None = None
        self.merged_released: dict[Quarter, Release] = {}  # what the desk had released when the files were merged
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.add_button = named_button(self, "deskAddFigures", self.choose_files)
        self.clear_button = named_button(self, "deskClearFigures", self.clear_files)
        self.file_list = QListWidget(self)
        self.file_list.setObjectName("deskFiguresFiles")
        self.merge_button = named_button(self, "deskMergeFigures", self.merge)
        self.outcomes = QTableWidget(0, 4, self)
        self.outcomes.setObjectName("deskFiguresOutcomes")
        self.outcomes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes.horizontalHeader().setStretchLastSection(True)
        self.show_what = QComboBox(self)
        self.show_what.setObjectName("deskChartDomain")
        self.show_what.currentIndexChanged.connect(self._show_chart)
        self.chart = QuarterChart(self)
        self.save_button = named_button(self, "deskSaveNational", self.save_report)
        self.save_button.setEnabled(False)
        self.message = QLabel(self)
        self.message.setObjectName("deskFiguresMessage")
        self.message.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.file_list, 1)
        left_layout.addWidget(self.merge_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.outcomes, 1)
        right_layout.addWidget(self.show_what)
        right_layout.addWidget(self.chart, 1)
        splitter = QSplitter(self)
        splitter.setObjectName("deskFiguresSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def choose_files(self) -> None:
        from trustdesk.ui.kit.file_dialogs import open_files
        from trustdesk.ui.output.document_output import documents_folder

        self.add_files(open_files(self, self.tr("Figures files of the trust persons"), documents_folder(),
                                  self.tr("TrustDesk figures (*.tdfigures);;All files (*)")))

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                data = read_outside_prefix(path, MAX_FIGURES_READ)
            except OSError:
                self.message.setText(self.tr("%1 cannot be read.").replace("%1", path.name))
                continue
            self.files.append((path.name, data))
            self.file_list.addItem(path.name)

    def clear_files(self) -> None:
        self.files = []
        self.file_list.clear()
        self.result = None
        self.outcomes.setRowCount(0)
        self.chart.show_values([])
        self.save_button.setEnabled(False)

    def merge(self) -> None:
        from trustdesk.exchange.merge import merge_figures

        if not self.files:
            self.message.setText(self.tr("Add the trust persons' figures files first."))
            return
        self.merged_released = self.desk.released()
        self.result = merge_figures(self.files, self.desk.identity, self.desk.cards(), released=self.merged_released)
        self._show_outcomes()
        self._show_chart()
        self.save_button.setEnabled(bool(self.result.releases))

    def _show_outcomes(self) -> None:
        from trustdesk.exchange.merge import FileStatus
        from trustdesk.ui.desk.desk_refusals import desk_refusal_text

        assert self.result is not None
        words = {FileStatus.MERGED: self.tr("merged"), FileStatus.SUPERSEDED: self.tr("replaced by a newer file"),
                 FileStatus.DUPLICATE: self.tr("the same file twice"), FileStatus.REFUSED: self.tr("refused")}
        self.outcomes.setRowCount(len(self.result.files))
        for row, outcome in enumerate(self.result.files):
            detail = (desk_refusal_text(outcome.reason, outcome.found, "figures") if outcome.reason
                      else self.tr("%n new case(s)", "", outcome.cases))
            for column, text in enumerate((outcome.name, words[outcome.status], outcome.quarter,
                                           f"{outcome.sender} – {detail}" if outcome.sender else detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.outcomes.setItem(row, column, item)
        fit_columns(self.outcomes)
        self.outcomes.resizeRowsToContents()  # a refusal's sentence read whole, not cut at "empreinte …"
        counts = {status: self.result.count(status) for status in FileStatus}
        self.message.setText(self.tr("%1, %2, %3.")
                             .replace("%1", self.tr("%n file(s) merged", "", counts[FileStatus.MERGED]))
                             .replace("%2", self.tr("%n replaced", "", counts[FileStatus.SUPERSEDED]))
                             .replace("%3", self.tr("%n refused", "", counts[FileStatus.REFUSED])))
        notes = [self._note_text(note) for note in self.result.notes if note.published_now or note.changed]
        if notes:
            self.message.setText(" ".join([self.message.text(), *notes]))

    def _note_text(self, note: QuarterNote) -> str:
        """A released quarter in words: published now after it was withheld, or kept as released."""
        from trustdesk.documents.labels import Labels
        from trustdesk.exchange.national_pdf import quarter_label
        from trustdesk.exchange.periods import Quarter
        from trustdesk.ui.kit.case_labels import ui_locale

        code = ui_locale().name()[:2]
        quarter = quarter_label(Labels(code if code in ("nl", "fr") else "en"), Quarter.parse(note.quarter))
        if note.published_now:
            return self.tr("%1 was withheld before (fewer than 5 new cases); with these files it is published "
                           "now, with %n new case(s).", "", note.total or 0).replace("%1", quarter)
        return self.tr("%1 was released before; these files give other numbers, but a released quarter never "
                       "changes: the earlier release is kept.").replace("%1", quarter)

    def _show_chart(self) -> None:
        if self.result is None:
            return
        from trustdesk.documents.labels import Labels
        from trustdesk.exchange.national_pdf import quarter_label
        from trustdesk.ui.kit.case_labels import ui_locale

        domain = self.show_what.currentData()
        code = ui_locale().name()[:2]
        labels = Labels(code if code in ("nl", "fr") else "en")
        bars: list[tuple[str, int | None, bool]] = []
        for release in sorted(self.result.releases, key=lambda r: r.quarter)[-12:]:
            value = release.total if not domain else release.table("domain").value(domain) if release.total else None
            bars.append((quarter_label(labels, release.quarter), value, release.total is None))
        self.chart.show_values(bars)

    def releases(self) -> list[Release]:
        return list(self.result.releases) if self.result is not None else []

    def save_report(self) -> None:
        from trustdesk.ui.kit.file_dialogs import choose_folder
        from trustdesk.ui.output.document_output import documents_folder

        if self.result is None:
            return
        chosen = choose_folder(self, self.tr("Folder for the national report"), documents_folder())
        if chosen is not None:
            self.write_report(chosen)

    def write_report(self, folder: Path) -> list[Path]:
        """national_nl.pdf, national_fr.pdf, national.csv into ``folder``: only what is publishable (the
        merge summary, with each file's exact count, stays on the desk's screen); the quarters are
        released (frozen in the desk) and the act audited."""
        from trustdesk.exchange.coordinator import DeskBusy
        from trustdesk.exchange.national_pdf import national_csv, national_pdf
        from trustdesk.ui.desk.desk_watch import busy_text
        from trustdesk.ui.exchange.exchange_files import write_file

        assert self.result is not None
        written: list[Path] = []
        try:
            with self.desk.writing():  # no other program releases a quarter between the check and the freeze
                if self.desk.released() != self.merged_released:
                    self.merge()  # a command released quarters since this merge: its numbers count now
                    self.message.setText(self.tr("Another program released quarters since your merge: the files "
                                                 "were merged again with them. Check the figures and save again."))
                    return []
                for language in ("nl", "fr"):
                    written.append(folder / f"national_{language}.pdf")
                    write_file(written[-1], national_pdf(self.result.releases, language))
                written.append(folder / "national.csv")
                write_file(written[-1], national_csv(self.result.releases))
                for release in self.result.releases:
                    self.desk.freeze(release)
                self.desk.audit("figures_merged", f"{len(self.files)} files; {len(self.result.releases)} quarters")
                self.merged_released = self.desk.released()  # released by this very save: no other program's
        except DeskBusy:
            self.message.setText(busy_text())
            return []
        except OSError:
            self.message.setText(self.tr("The report could not be saved there."))
            return []
        self.message.setText(self.tr("The national report is saved in %1 (PDF in Dutch and French, CSV). Its "
                                     "quarters are released and never change.").replace("%1", str(folder)))
        return written

    def retranslate(self) -> None:
        from trustdesk.ui.kit.case_labels import domain_text

        self.intro.setText(self.tr(
            "Add the figures files the trust persons sent you (one per quarter each), then merge them. Counts "
            "of 1 to 4 are hidden again after merging; a file not sealed to you, changed, or from an unknown "
            "card is refused."))
        self.add_button.setText(self.tr("&Add figures files…"))
        self.add_button.setAccessibleName(self.tr("Add figures files"))
        self.clear_button.setText(self.tr("&Clear the list"))
        self.clear_button.setAccessibleName(self.tr("Clear the list of files"))
        self.file_list.setAccessibleName(self.tr("Figures files to merge"))
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setAccessibleName(self.tr("Merge the figures files"))
        self.outcomes.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Quarter"),
                                                 self.tr("Trust person")])
        self.outcomes.setAccessibleName(self.tr("What was merged and what was refused"))
        self.show_what.setAccessibleName(self.tr("What the chart shows"))
        self.chart.setAccessibleName(self.tr("New cases per quarter"))
        chosen = self.show_what.currentData()
        self.show_what.blockSignals(True)
        self.show_what.clear()
        self.show_what.addItem(self.tr("All new cases"), "")
        from trustdesk.domain.enums import KnowledgeDomain

        for domain in KnowledgeDomain:
            self.show_what.addItem(domain_text(domain), domain.value)
        if chosen is not None and self.show_what.findData(chosen) >= 0:
            self.show_what.setCurrentIndex(self.show_what.findData(chosen))
        self.show_what.blockSignals(False)
        self.save_button.setText(self.tr("&Save the national report…"))
        self.save_button.setAccessibleName(self.tr("Save the national report"))
        self._show_chart()

