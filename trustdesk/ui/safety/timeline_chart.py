"""The case over time: contacts as marks, the risk level as a step line with the level names on the
axis, and the PHQ-9 / GAD-7 totals over their standard severity bands (labelled horizontal bands).

Nothing is told by colour alone: every risk level has its own marker shape and its name on the
axis; each instrument has its own marker shape and a legend; the bands carry their names.  Only
totals and dates are recorded (``score_dialog``); the questionnaires are not reproduced.
pyqtgraph (MIT; not QtCharts, which is GPL) costs about a second to import cold, so the chart is
built the first time the tab is shown.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trustdesk.domain import rules
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.scores import BANDS, MAXIMUM, Instrument, Severity
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.risk_badge import risk_colour, risk_text
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.safety.labels import instrument_text, severity_text
from trustdesk.ui.safety.queries import TimelineData, load_timeline
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault.events import Change

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

RISK_ORDER = list(RiskLevel)  # NOT_ASSESSED at the bottom: its notes are marks, not steps of the line
RISK_SYMBOL = {RiskLevel.NOT_ASSESSED: "x", RiskLevel.NONE: "o", RiskLevel.LOW: "s", RiskLevel.MODERATE: "t",
               RiskLevel.HIGH: "d", RiskLevel.ACUTE: "star"}
INSTRUMENT_SYMBOL = {Instrument.PHQ9: "o", Instrument.GAD7: "t1"}
INSTRUMENT_STYLE = {Instrument.PHQ9: Qt.PenStyle.SolidLine, Instrument.GAD7: Qt.PenStyle.DashLine}
BAND_TINT = ("#eef4ee", "#f6f3e6", "#f8ece0", "#f6e4e0", "#f2dede")


def _stamp(value: datetime | date) -> float:
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(12, 0))
    return value.timestamp()


def risk_steps(contacts: list[tuple[datetime, RiskLevel]], until: float) -> tuple[list[float], list[float]]:
    """The risk as a step line: each assessed level holds from its contact until the next assessed one
    (then until ``until``); a note without an assessment changes nothing (it is only a mark)."""
    xs: list[float] = []
    ys: list[float] = []
    contacts = [c for c in contacts if c[1].assessed]
    for index, (at, risk) in enumerate(contacts):
        x = _stamp(at)
        y = float(RISK_ORDER.index(risk))
        if xs:
            xs.append(x)
            ys.append(ys[-1])
        xs.append(x)
        ys.append(y)
        if index == len(contacts) - 1 and until > x:
            xs.append(until)
            ys.append(y)
    return xs, ys


def band_ranges(instrument: Instrument) -> list[tuple[float, float, Severity]]:
    bands = BANDS[instrument]
    ranges = []
    for i, (low, severity) in enumerate(bands):
        high = bands[i + 1][0] if i + 1 < len(bands) else MAXIMUM[instrument] + 1
        ranges.append((low - 0.5, high - 0.5, severity))
    return ranges


def date_tick(value: float, spacing: float) -> str:
    """A date on the time axis in the interface's language (pyqtgraph's own uses C-locale month names)."""
    stamp = QDateTime.fromSecsSinceEpoch(int(value))
    day = 86400
    if spacing >= 300 * day:
        fmt = "yyyy"
    elif spacing >= 25 * day:
        fmt = "MMM yyyy" if stamp.date().month() == 1 else "MMM"
    elif spacing >= day:
        fmt = "d MMM"
    else:
        fmt = "HH:mm"
    return QLocale().toString(stamp, fmt)


def _date_axis(pg: Any) -> Any:
    class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
            return [date_tick(v, spacing) for v in values]

    return LocalDateAxis()


def load_pyqtgraph() -> Any:
    import pyqtgraph

    pyqtgraph.setConfigOptions(antialias=True, useNumba=False)
    return pyqtgraph


class TimelineChart(QWidget):
    """Two linked plots: the risk (top) and the instrument totals (bottom)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_chart")
        pg = load_pyqtgraph()
        self._pg = pg
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setObjectName("timeline_chart_view")
        palette = self.palette()
        self.ink = palette.color(QPalette.ColorRole.Text)
        self.view.setBackground(palette.color(QPalette.ColorRole.Base))
        self.risk_plot = self.view.addPlot(row=0, col=0, axisItems={"bottom": _date_axis(pg)})
        self.score_plot = self.view.addPlot(row=1, col=0, axisItems={"bottom": _date_axis(pg)})
        for plot in (self.risk_plot, self.score_plot):  # right axis: the bands' names (same width: x aligned)
            plot.showAxis("right")
            plot.getAxis("right").setWidth(130)
            plot.getAxis("right").setTextPen(self.ink)
            plot.getAxis("right").setPen(self.ink)
        self.risk_plot.getAxis("right").setTicks([[]])
        self.score_plot.setXLink(self.risk_plot)
        for plot in (self.risk_plot, self.score_plot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=True, y=False)
            plot.showGrid(x=True, y=False, alpha=0.15)
            plot.getAxis("left").setWidth(96)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setTextPen(self.ink)
                plot.getAxis(axis).setPen(self.ink)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.legend = self.score_plot.addLegend(offset=(-10, 10), labelTextColor=self.ink)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.drawn: dict[str, Any] = {}
        self.band_instrument = Instrument.PHQ9

    def show_data(self, data: TimelineData, band_instrument: Instrument | None = None, now: datetime | None = None) -> None:
        pg = self._pg
        self.band_instrument = band_instrument or self.band_instrument
        self.risk_plot.clear()
        self.score_plot.clear()
        self.legend.clear()
        until = (now or datetime.now()).timestamp()
        # -- risk: step line and one marker shape per level
        left = self.risk_plot.getAxis("left")
        left.setTicks([[(float(i), risk_text(level)) for i, level in enumerate(RISK_ORDER)]])
        left.setLabel(translate("Timeline", "Risk"))
        self.risk_plot.setYRange(-0.5, len(RISK_ORDER) - 0.5, padding=0)
        xs, ys = risk_steps(data.contacts, until)
        if xs:
            self.risk_plot.addItem(pg.PlotDataItem(xs, ys, pen=pg.mkPen(self.ink, width=2)))
        marks = {level: [c for c in data.contacts if c[1] is level] for level in RISK_ORDER}
        for level, points in marks.items():
            if points:
                self.risk_plot.addItem(pg.ScatterPlotItem(
                    x=[_stamp(at) for at, _ in points], y=[float(RISK_ORDER.index(level))] * len(points),
                    symbol=RISK_SYMBOL[level], size=13, pen=pg.mkPen(self.ink), brush=pg.mkBrush(self._risk_fill(level))))
        # -- scores over the severity bands of one instrument
        axis = self.score_plot.getAxis("left")
        axis.setLabel(translate("Timeline", "%1 total").replace("%1", instrument_text(self.band_instrument)))
        top = MAXIMUM[Instrument.PHQ9] if any(s.instrument is Instrument.PHQ9 for s in data.scores) else \
            MAXIMUM[self.band_instrument]
        self.score_plot.setYRange(-0.5, top + 0.5, padding=0)
        bands = band_ranges(self.band_instrument)
        x0 = min([*xs, *(_stamp(at) for at, _ in data.contacts), *(_stamp(s.taken_on) for s in data.scores)],
                 default=until - 86400 * 30)
        for index, (low, high, _severity) in enumerate(bands):
            region = pg.LinearRegionItem(values=(low, high), orientation="horizontal", movable=False,
                                         brush=pg.mkBrush(BAND_TINT[index % len(BAND_TINT)]), pen=pg.mkPen(None))
            region.setZValue(-10)
            self.score_plot.addItem(region)
        self.score_plot.getAxis("right").setTicks(
            [[((low + high) / 2, severity_text(severity)) for low, high, severity in bands]])
        self.drawn = {"risk_points": len(data.contacts), "bands": [severity_text(b[2]) for b in bands],
                      "score_lines": {}, "risk_fills": {level.value: self._risk_fill(level).name()
                                                        for level, points in marks.items() if points},
                      "empty_scores": ""}
        if not any(s.instrument is self.band_instrument for s in data.scores):
            empty = translate("Timeline", "No %1 scores yet").replace("%1", instrument_text(self.band_instrument))
            text = pg.TextItem(empty, color=self.ink, anchor=(0.5, 0.5))
            text.setPos((x0 + max([*xs, until])) / 2, top / 2)
            self.score_plot.addItem(text)
            self.drawn["empty_scores"] = empty
        for instrument in Instrument:
            scores = [s for s in data.scores if s.instrument is instrument]
            if not scores:
                continue
            item = pg.PlotDataItem([_stamp(s.taken_on) for s in scores], [float(s.total) for s in scores],
                                   pen=pg.mkPen(self.ink, width=2, style=INSTRUMENT_STYLE[instrument]),
                                   symbol=INSTRUMENT_SYMBOL[instrument], symbolSize=11, symbolPen=pg.mkPen(self.ink),
                                   symbolBrush=pg.mkBrush(self.palette().color(QPalette.ColorRole.Base)),
                                   name=instrument_text(instrument))
            self.score_plot.addItem(item)
            self.drawn["score_lines"][instrument.value] = [s.total for s in scores]
            for score in scores:
                if score.item9_positive:  # item 9 above 0 is shown whatever the total
                    label = translate("Timeline", "⚠ item 9: %1").replace("%1", str(score.item9))
                    mark = pg.TextItem(label, color=QColor(risk_colour(RiskLevel.ACUTE)), anchor=(0.5, 1.2))
                    mark.setPos(_stamp(score.taken_on), float(score.total))
                    self.score_plot.addItem(mark)
                    self.drawn.setdefault("item9_marks", []).append(label)
        right = max([*xs, *(_stamp(s.taken_on) for s in data.scores), until])
        self.risk_plot.setXRange(x0 - 86400 * 3, right + 86400 * 3, padding=0)
        self.setAccessibleDescription(self.describe(data))

    def _risk_fill(self, level: RiskLevel) -> QColor:
        """The level's colour of the risk badges (the shape and the axis name already say it)."""
        if level is RiskLevel.NOT_ASSESSED:
            return self.palette().color(QPalette.ColorRole.Base)
        return QColor(risk_colour(level))

    def describe(self, data: TimelineData) -> str:
        parts = [translate("Timeline", "%n contact(s).", "", len(data.contacts))]
        if data.contacts:
            latest = rules.current_risk(risk for _, risk in reversed(data.contacts))
            parts.append(translate("Timeline", "Latest risk: %1.").replace("%1", risk_text(latest)))
        for instrument in Instrument:
            scores = [s for s in data.scores if s.instrument is instrument]
            if scores:
                parts.append(translate("Timeline", "%1: %2 (latest %3).").replace("%1", instrument_text(instrument)).replace(
                    "%2", ", ".join(str(s.total) for s in scores)).replace("%3", str(scores[-1].total)))
                positive = [s for s in scores if s.item9_positive]
                if positive:
                    parts.append(translate("Timeline", "PHQ-9 item 9 above 0 on %1.").replace(
                        "%1", ", ".join(QLocale().toString(QDate(s.taken_on), QLocale.FormatType.ShortFormat) for s in positive)))
        return " ".join(parts)


class TimelineTab(Retranslates, QWidget):
    """The "Over time" tab of a case: the chart (built when first shown) and *Add a score…*."""

    loaded = Signal()  # refresh() has put what the vault holds for this tab on screen

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_tab")
        self.session = session
        self.case_id = case_id
        self.chart: TimelineChart | None = None
        self.data: TimelineData | None = None
        self.note = QLabel(self)
        self.note.setObjectName("timeline_note")
        self.note.setWordWrap(True)
        self.bands_label = QLabel(self)
        self.bands = QComboBox(self)
        self.bands.setObjectName("timeline_bands")
        for instrument in Instrument:
            self.bands.addItem(instrument_text(instrument), instrument.value)
        self.bands_label.setBuddy(self.bands)
        self.add_score_button = QPushButton(self)
        self.add_score_button.setObjectName("timeline_add_score")
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.bands_label)
        top.addWidget(self.bands)
        top.addWidget(self.add_score_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self.bands.currentIndexChanged.connect(self._draw)
        self.add_score_button.clicked.connect(self.add_score)
        session.changed.connect(self._on_changed)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self.chart is None:
            self.chart = TimelineChart(self)
            self._layout.addWidget(self.chart, 1)
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        VaultOp(self, lambda v: load_timeline(v, self.case_id), session=self.session).success(self._loaded).failure(
            lambda _exc, message: self.note.setText(message)).run()
        self.loaded.emit()

    def _loaded(self, data: TimelineData) -> None:
        self.data = data
        if data.scores:  # the bands of the instrument used last, unless the user chose
            self.bands.blockSignals(True)
            self.bands.setCurrentIndex(self.bands.findData(data.scores[-1].instrument.value))
            self.bands.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        if self.chart is not None and self.data is not None:
            self.chart.show_data(self.data, Instrument(self.bands.currentData()))

    def add_score(self) -> QWidget:
        from trustdesk.ui.safety.score_dialog import ScoreDialog

        dialog = ScoreDialog(self.session, self.case_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_changed(self, change: Change) -> None:
        if self.chart is not None and change.concerns(self.case_id, Table.CONTACTS, Table.SCORES):
            self.refresh()

    def clear(self) -> None:
        self.data = None
        if self.chart is not None:
            self.chart.show_data(TimelineData([], []))
            self.chart.setAccessibleDescription("")

    def retranslate(self) -> None:
        self.note.setText(self.tr("Risk at each contact, and the totals of questionnaires the doctor completed. "
                                  "Marker shapes and names tell the levels apart."))
        self.bands_label.setText(self.tr("&Bands of:"))
        self.bands.setAccessibleName(self.tr("Severity bands of which questionnaire"))
        self.add_score_button.setText(self.tr("Add a &score…"))
        self.add_score_button.setAccessibleName(self.tr("Add a PHQ-9 or GAD-7 total"))

    def on_language_change(self) -> None:
        self.retranslate()
        for i in range(self.bands.count()):
            self.bands.setItemText(i, instrument_text(Instrument(self.bands.itemData(i))))
        self._draw()  # axis labels, level names and the chart's description
