"""A horizontal bar chart of one activity table (pyqtgraph, MIT; not QtCharts, which is GPL).

Suppression applies to the chart exactly as to the table: a suppressed cell gets no bar, only the
text "<5" — its real size is never drawn.  Every bar carries its number as text, so nothing is
told by colour or length alone.  pyqtgraph (~1 s to import cold) is imported on first use only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from trustdesk.ui.kit.retranslates import Retranslates

if TYPE_CHECKING:
    from trustdesk.documents.activity import ActivityTable

SUPPRESSED = "<5"
BAR_THICKNESS = 0.6  # of a row


def load_pyqtgraph() -> Any:
    """Import pyqtgraph (safe from a worker thread: it creates no Qt object on import)."""
    import pyqtgraph

    pyqtgraph.setConfigOptions(antialias=True, useNumba=False)
    return pyqtgraph


class ActivityChart(Retranslates, QWidget):
    """One bar per row, top to bottom in row order, aligned with rows ``row_height`` pixels high."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityChart")
        pg = load_pyqtgraph()
        self._pg = pg
        self.view = pg.GraphicsView(self)
        self.view.setObjectName("activityChartView")
        self.view.setFrameShape(self.view.Shape.NoFrame)
        self.box = pg.ViewBox(enableMouse=False, enableMenu=False, defaultPadding=0.0)
        self.box.invertY(True)
        self.view.setCentralItem(self.box)
        self.view.setInteractive(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.drawn: list[tuple[str, int | None]] = []  # what the chart shows: (key, count or None)
        self._apply_palette()

    def _apply_palette(self) -> None:
        palette = self.palette()
        self.view.setBackground(palette.color(QPalette.ColorRole.Window))

    def show_table(self, table: ActivityTable, labels: Sequence[str], row_height: int) -> None:
        """Draw ``table``; ``labels`` (same order as the rows) go into the accessible description."""
        pg = self._pg
        self.box.clear()
        self.drawn = [(row.key, row.count) for row in table.rows]
        n = len(table.rows)
        self.setFixedHeight(max(1, n * row_height))
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        shown = [row.count for row in table.rows if row.count is not None]
        top = max(shown, default=0) or 1
        scale_max = top * 1.25  # room for the number after the longest bar
        ys = [i for i, row in enumerate(table.rows) if row.count is not None]
        widths = [row.count for row in table.rows if row.count is not None]
        if ys:
            bars = pg.BarGraphItem(x0=[0] * len(ys), y=ys, height=BAR_THICKNESS, width=widths,
                                   brush=bar_colour, pen=pg.mkPen(None))
            self.box.addItem(bars)
        for index, row in enumerate(table.rows):
            if not row.count:  # suppressed ("<5" is in the table beside) or zero: no bar, no second label
                continue
            label = pg.TextItem(str(row.count), color=ink, anchor=(0, 0.5))
            label.setPos(row.count, index)
            self.box.addItem(label)
        self.box.setRange(xRange=(0, scale_max), yRange=(-0.5, n - 0.5), padding=0.0)
        self.setAccessibleName(self.tr("Bar chart"))
        self.setAccessibleDescription("; ".join(
            f"{label}: {row.display}" for label, row in zip(labels, table.rows, strict=True)))

    def on_language_change(self) -> None:
        if self.accessibleName():
            self.setAccessibleName(self.tr("Bar chart"))

    def clear(self) -> None:
        self.box.clear()
        self.drawn = []
        self.setAccessibleDescription("")
