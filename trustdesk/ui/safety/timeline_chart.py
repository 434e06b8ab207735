"""The case over time: contacts as marks, the risk level as a step line with the level names on the
axis, and the PHQ-9 / GAD-7 totals over their standard severity bands (labelled horizontal bands).

Nothing is told by colour alone: every risk level has its own marker shape and its name on the
axis; each instrument has its own marker shape and a legend; the bands carry their names.  Only
totals and dates are recorded (``score_dialog``); the questionnaires are not reproduced.
The chart is painted with QPainter (``chart_painting`` has the shapes and the time axis): no chart
library, nothing to import.  Below it, the same figures as a table (date, what, value) that the
keyboard reaches and a screen reader reads row by row.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QPolygonF, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain import rules
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.scores import BANDS, MAXIMUM, Instrument, Severity
from trustdesk.ui.kit.case_labels import date_text
from trustdesk.ui.kit.focus_back import focus_back
from trustdesk.ui.kit.new_item import new_item
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.risk_badge import risk_colour, risk_text
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.safety.chart_painting import (
    DAY,
    Scale,
    axis_labels,
    day_positions,
    day_start,
    local_day,
    marker_path,
)
from trustdesk.ui.safety.labels import instrument_text, severity_text
from trustdesk.ui.safety.queries import TimelineData, load_timeline
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault.events import Change

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

RISK_ORDER = list(RiskLevel)  # every level the chart names
# The risk scale, lowest first: the assessed levels only.  "Not assessed" is no step of it (outside tester:
# drawn under "no risk identified", it read as the lowest risk): its notes are marks in a lane of their
# own, under the scale and apart from it (``not_assessed_lane``).
RISK_SCALE = [level for level in RiskLevel if level.assessed]
RISK_SYMBOL = {RiskLevel.NOT_ASSESSED: "x", RiskLevel.NONE: "o", RiskLevel.LOW: "s", RiskLevel.MODERATE: "t",
               RiskLevel.HIGH: "d", RiskLevel.ACUTE: "star"}
INSTRUMENT_SYMBOL = {Instrument.PHQ9: "o", Instrument.GAD7: "t1"}
INSTRUMENT_STYLE = {Instrument.PHQ9: Qt.PenStyle.SolidLine, Instrument.GAD7: Qt.PenStyle.DashLine}
BAND_TINT = ("#eef4ee", "#f6f3e6", "#f8ece0", "#f6e4e0", "#f2dede")


def risk_steps(contacts: list[tuple[datetime, RiskLevel]], until: float) -> tuple[list[float], list[float]]:
    """The risk as a step line: each assessed level holds from its contact's mark (inside the band of its
    local day: ``day_positions``) until the next assessed one (then until ``until``); a note without an
    assessment changes nothing (it is only a mark)."""
    xs: list[float] = []
    ys: list[float] = []
    marks = day_positions([at for at, _ in contacts])
    assessed = [(x, risk) for x, (_, risk) in zip(marks, contacts, strict=True) if risk.assessed]
    for index, (x, risk) in enumerate(assessed):
        y = float(RISK_SCALE.index(risk))
        if xs:
            xs.append(x)
            ys.append(ys[-1])
        xs.append(x)
        ys.append(y)
        if index == len(assessed) - 1 and until > x:
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


class TimelineChart(QWidget):
    """Two panels over one time axis, painted with QPainter: the risk (top) and the instrument totals
    (bottom).  ``show_data`` keeps what to draw; ``paintEvent`` lays it out at the current size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_chart")
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.drawn: dict[str, Any] = {}
        self.band_instrument = Instrument.PHQ9
        self._data = TimelineData([], [])
        self._contact_x: list[float] = []  # where each contact's mark is drawn (epoch seconds)
        self._score_x: list[float] = []  # where each score's mark is drawn
        self._until = datetime.now().timestamp()
        self._x_range = (self._until - DAY * 30, self._until)
        self._score_top = float(MAXIMUM[Instrument.PHQ9])
        self.setAccessibleName(translate("Timeline", "Risk and scores over time"))

    def show_data(self, data: TimelineData, band_instrument: Instrument | None = None, now: datetime | None = None) -> None:
        self.band_instrument = band_instrument or self.band_instrument
        self._data = data
        # the risk holds until today's band's centre at least, where today's marks are (day_positions)
        today = (now or datetime.now()).replace(tzinfo=None)
        self._until = until = max(today.timestamp(), day_positions([today.date()])[0])
        xs, _ys = risk_steps(data.contacts, until)
        # each mark inside the band of its local day, where the axis labels that day (chart_painting)
        self._contact_x = day_positions([at for at, _ in data.contacts])
        self._score_x = day_positions([s.taken_on for s in data.scores])
        self._score_top = float(MAXIMUM[Instrument.PHQ9] if any(s.instrument is Instrument.PHQ9 for s in data.scores)
                                else MAXIMUM[self.band_instrument])
        x0 = min([*xs, *self._contact_x, *self._score_x], default=until - DAY * 30)
        right = max([*xs, *self._contact_x, *self._score_x, until])
        first, last = date.fromtimestamp(x0), date.fromtimestamp(right)  # whole local days, three either side
        self._x_range = (day_start(first - timedelta(days=3)), day_start(last + timedelta(days=4)))
        marks = {level: [c for c in data.contacts if c[1] is level] for level in RISK_ORDER}
        self.drawn = {"risk_points": len(data.contacts),
                      "risk_axis": [risk_text(level) for level in RISK_ORDER],
                      "bands": [severity_text(b[2]) for b in band_ranges(self.band_instrument)],
                      "score_lines": {}, "risk_fills": {level.value: self._risk_fill(level).name()
                                                        for level, points in marks.items() if points},
                      "empty_scores": "", "contact_x": self._contact_x, "score_x": self._score_x}
        if not any(s.instrument is self.band_instrument for s in data.scores):
            self.drawn["empty_scores"] = translate("Timeline", "No %1 scores yet").replace(
                "%1", instrument_text(self.band_instrument))
        for instrument in Instrument:
            scores = [s for s in data.scores if s.instrument is instrument]
            if scores:
                self.drawn["score_lines"][instrument.value] = [s.total for s in scores]
            for score in scores:
                if score.item9_positive:  # item 9 above 0 is shown whatever the total
                    self.drawn.setdefault("item9_marks", []).append(
                        translate("Timeline", "⚠ item 9: %1").replace("%1", str(score.item9)))
        self.setAccessibleDescription(self.describe(data))
        self.update()

    def _risk_fill(self, level: RiskLevel) -> QColor:
        """The level's colour of the risk badges (the shape and the axis name already say it)."""
        if level is RiskLevel.NOT_ASSESSED:
            return self.palette().color(QPalette.ColorRole.Base)
        return QColor(risk_colour(level))

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), base)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        bands = band_ranges(self.band_instrument)
        title_column = line + 6  # the rotated axis titles
        left = title_column + max(metrics.horizontalAdvance(t) for t in self.drawn.get("risk_axis") or [""]) + 10
        right = self.width() - max(90.0, max((metrics.horizontalAdvance(severity_text(b[2])) for b in bands),
                                             default=0) + 14)
        top, bottom = 6.0, self.height() - line - 10
        if right - left < 40 or bottom - top < 60:
            painter.end()
            return
        gap = line * 0.6
        split = top + (bottom - top - gap) * 0.6
        lane_box = QRectF(left, split - line * 1.4, right - left, line * 1.4)  # "not assessed": apart
        risk_box = QRectF(left, top, right - left, lane_box.top() - gap - top)
        score_box = QRectF(left, split + gap, right - left, bottom - split - gap)
        x = Scale(self._x_range[0], self._x_range[1], left, right)
        periods = axis_labels(*self._x_range, int((right - left) // 90))
        self.drawn["axis"] = periods
        faint = QColor(ink)
        faint.setAlphaF(0.15)
        # bands first (under everything), then the grid, the frames and the axes
        score_y = Scale(-0.5, self._score_top + 0.5, score_box.bottom(), score_box.top())
        painter.setPen(ink)
        for index, (low, high, severity) in enumerate(bands):
            y_low, y_high = score_y(max(low, -0.5)), score_y(min(high, self._score_top + 0.5))
            painter.fillRect(QRectF(left, y_high, right - left, y_low - y_high), QColor(BAND_TINT[index % len(BAND_TINT)]))
            painter.drawText(QRectF(right + 6, y_high, self.width() - right - 6, y_low - y_high),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), severity_text(severity))
        for start, end, label in periods:  # gridlines at a period's edges, its label at its centre
            painter.setPen(QPen(faint, 1))
            for edge in (start, end):
                if self._x_range[0] <= edge <= self._x_range[1]:
                    for box in (risk_box, score_box):
                        painter.drawLine(QPointF(x(edge), box.top()), QPointF(x(edge), box.bottom()))
            centre = (start + end) / 2
            if self._x_range[0] < centre < self._x_range[1]:
                painter.setPen(ink)
                painter.drawText(QRectF(x(centre) - 60, bottom + 3, 120, line), int(Qt.AlignmentFlag.AlignHCenter),
                                 label)
        painter.setPen(QPen(ink, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(risk_box)
        painter.drawRect(score_box)
        painter.setPen(QPen(ink, 1, Qt.PenStyle.DotLine))
        painter.drawRect(lane_box)
        painter.setPen(QPen(ink, 1))
        # risk: level names on the axis, the step line, one marker shape per level; "not assessed" in its lane
        risk_y = Scale(-0.5, len(RISK_SCALE) - 0.5, risk_box.bottom(), risk_box.top())

        def level_y(level: RiskLevel) -> float:
            return risk_y(RISK_SCALE.index(level)) if level.assessed else lane_box.center().y()

        self.drawn["risk_rows"] = {level.value: level_y(level) for level in RISK_ORDER}
        self.drawn["risk_box"] = (risk_box.top(), risk_box.bottom())
        for level in RISK_ORDER:
            painter.drawText(QRectF(title_column, level_y(level) - line / 2, left - title_column - 6, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), risk_text(level))
        for value in range(0, int(self._score_top) + 1, 5):
            painter.drawText(QRectF(title_column, score_y(value) - line / 2, left - title_column - 6, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))
        self._axis_title(painter, risk_box, translate("Timeline", "Risk"))
        self._axis_title(painter, score_box, translate("Timeline", "%1 total").replace(
            "%1", instrument_text(self.band_instrument)))
        painter.save()
        painter.setClipRect(risk_box.united(lane_box).adjusted(-8, -8, 8, 8))
        xs, ys = risk_steps(self._data.contacts, self._until)
        if xs:
            painter.setPen(QPen(ink, 2))
            painter.drawPolyline(QPolygonF([QPointF(x(a), risk_y(b)) for a, b in zip(xs, ys, strict=True)]))
        painter.setPen(QPen(ink, 1))
        for mark, (_at, level) in zip(self._contact_x, self._data.contacts, strict=True):
            painter.setBrush(self._risk_fill(level))
            painter.drawPath(marker_path(RISK_SYMBOL[level], QPointF(x(mark), level_y(level)), 13))
        painter.restore()
        # scores: a line per instrument (solid / dashed, its own marker), item 9 marked in words
        painter.save()
        painter.setClipRect(score_box.adjusted(-8, -line * 1.5, 8, 8))
        if self.drawn.get("empty_scores"):
            painter.setPen(ink)
            painter.drawText(score_box, int(Qt.AlignmentFlag.AlignCenter), self.drawn["empty_scores"])
        for instrument in Instrument:
            marks = [(m, s) for m, s in zip(self._score_x, self._data.scores, strict=True) if s.instrument is instrument]
            scores = [s for _, s in marks]
            points = [QPointF(x(m), score_y(s.total)) for m, s in marks]
            if not points:
                continue
            painter.setPen(QPen(ink, 2, INSTRUMENT_STYLE[instrument]))
            painter.drawPolyline(QPolygonF(points))
            painter.setPen(QPen(ink, 1))
            painter.setBrush(base)
            for point in points:
                painter.drawPath(marker_path(INSTRUMENT_SYMBOL[instrument], point, 11))
            painter.setPen(QColor(risk_colour(RiskLevel.ACUTE)))
            for score, point in zip(scores, points, strict=True):
                if score.item9_positive:
                    label = translate("Timeline", "⚠ item 9: %1").replace("%1", str(score.item9))
                    painter.drawText(QRectF(point.x() - 80, point.y() - line - 8, 160, line),
                                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), label)
        painter.restore()
        self._legend(painter, score_box, metrics)
        painter.end()

    def _axis_title(self, painter: QPainter, box: QRectF, title: str) -> None:
        painter.save()
        painter.translate(2, box.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-box.height() / 2, 0, box.height(), QFontMetricsF(self.font()).height()),
                         int(Qt.AlignmentFlag.AlignCenter), title)
        painter.restore()

    def _legend(self, painter: QPainter, box: QRectF, metrics: QFontMetricsF) -> None:
        shown = [i for i in Instrument if any(s.instrument is i for s in self._data.scores)]
        if not shown:
            return
        ink = self.palette().color(QPalette.ColorRole.Text)
        line = metrics.height()
        width = 44 + max(metrics.horizontalAdvance(instrument_text(i)) for i in shown)
        area = QRectF(box.right() - width - 10, box.top() + 8, width, line * len(shown) + 6)
        painter.setPen(QPen(ink, 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRect(area)
        for index, instrument in enumerate(shown):
            y = area.top() + 3 + line * (index + 0.5)
            painter.setPen(QPen(ink, 2, INSTRUMENT_STYLE[instrument]))
            painter.drawLine(QPointF(area.left() + 6, y), QPointF(area.left() + 34, y))
            painter.setPen(QPen(ink, 1))
            painter.drawPath(marker_path(INSTRUMENT_SYMBOL[instrument], QPointF(area.left() + 20, y), 9))
            painter.drawText(QRectF(area.left() + 40, y - line / 2, width - 40, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), instrument_text(instrument))

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
                        "%1", ", ".join(date_text(s.taken_on) for s in positive)))
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
        self.table: QTableWidget | None = None  # the chart's figures for the keyboard and screen readers
        self.data: TimelineData | None = None
        self._generation = 0  # the newest read: an older one's answer is dropped
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
            self._layout.addWidget(self.chart, 3)
            self.table = figures_table(self)
            self._layout.addWidget(self.table, 1)
            self.retranslate()
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the case's risks and scores in a worker: the tab (and its empty chart) is shown on one turn of
        the event loop, the figures drawn on a later one (each was half of one stall); ``loaded`` then."""
        if not self.session.is_unlocked:
            return
        self._generation += 1
        generation, case_id = self._generation, self.case_id
        VaultOp(self, lambda v: load_timeline(v, case_id), session=self.session).success(
            lambda data: self._arrived(generation, data)).failure(
            lambda _exc, message: self._arrived(generation, None, message)).run_in_background()

    def _arrived(self, generation: int, data: TimelineData | None, message: str = "") -> None:
        if generation != self._generation or not self.session.is_unlocked:
            return  # a newer read, or the lock, came meanwhile
        if data is None:
            self.note.setText(message)
        else:
            self._loaded(data)
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
        if self.table is not None:
            fill_figures(self.table, self.data or TimelineData([], []))

    def add_score(self) -> QWidget:
        from trustdesk.ui.safety.score_dialog import ScoreDialog

        dialog = ScoreDialog(self.session, self.case_id, self)
        dialog.finished.connect(dialog.deleteLater)
        focus_back(dialog, self, land=lambda: self.table)  # the figures, the new score among them
        dialog.open()
        return dialog

    def _on_changed(self, change: Change) -> None:
        if self.chart is not None and change.concerns(self.case_id, Table.CONTACTS, Table.SCORES):
            self.refresh()

    def clear(self) -> None:
        self.data = None
        self._generation += 1  # a read under way is not shown
        if self.chart is not None:
            self.chart.show_data(TimelineData([], []))
            self.chart.setAccessibleDescription("")
        if self.table is not None:
            fill_figures(self.table, TimelineData([], []))

    def retranslate(self) -> None:
        self.note.setText(self.tr("Risk at each contact, and the totals of questionnaires the doctor completed. "
                                  "Marker shapes and names tell the levels apart."))
        self.bands_label.setText(self.tr("&Bands of:"))
        self.bands.setAccessibleName(self.tr("Severity bands of which questionnaire"))
        new_item(self.add_score_button, self.tr("&New score…"),  # Alt+N, as every tab's new item
                 self.tr("New PHQ-9 or GAD-7 total"))
        self.add_score_button.setAccessibleName(self.tr("Add a PHQ-9 or GAD-7 total"))
        if self.chart is not None:
            self.chart.setAccessibleName(translate("Timeline", "Risk and scores over time"))
        if self.table is not None:
            self.table.setAccessibleName(self.tr("Risk and scores as a table"))
            self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Value")])

    def on_language_change(self) -> None:
        self.retranslate()
        for i in range(self.bands.count()):
            self.bands.setItemText(i, instrument_text(Instrument(self.bands.itemData(i))))
        self._draw()  # axis labels, level names and the chart's description


def figures_table(parent: QWidget) -> QTableWidget:
    """The chart's figures as a read-only table: one row per contact and per score, oldest first."""
    table = QTableWidget(0, 3, parent)
    table.setObjectName("timeline_table")
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; the arrows read it row by row
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return table


def figure_rows(data: TimelineData) -> list[tuple[date, str, str]]:
    """(day, what, value) of every mark on the chart, in date order: contacts with their risk, scores
    with their total (and item 9 when above 0)."""
    rows: list[tuple[date, str, str]] = []
    for at, level in data.contacts:
        rows.append((local_day(at), translate("Timeline", "Contact: risk"), risk_text(level)))
    for score in data.scores:
        value = str(score.total)
        if score.item9_positive:
            value += " — " + translate("Timeline", "⚠ item 9: %1").replace("%1", str(score.item9))
        rows.append((score.taken_on, translate("Timeline", "%1 total").replace("%1", instrument_text(score.instrument)),
                     value))
    return sorted(rows, key=lambda row: row[0])


def fill_figures(table: QTableWidget, data: TimelineData) -> None:
    rows = figure_rows(data)
    table.setRowCount(len(rows))
    for index, (day, what, value) in enumerate(rows):
        for column, cell in enumerate((date_text(day), what, value)):
            table.setItem(index, column, QTableWidgetItem(cell))
