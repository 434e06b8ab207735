"""A horizontal bar chart of one activity table, painted with QPainter (no chart library).

Suppression applies to the chart exactly as to the table: a suppressed cell gets no bar, only the
text (the hidden mark) in the table beside it — its real size is never drawn.  Every bar carries its number as
text, so nothing is told by colour or length alone, and the table beside the chart (keyboard
reachable, read by screen readers) holds the same numbers.  Painting one chart takes well under a
millisecond and imports nothing (pyqtgraph, used before, cost ~1–3 s to import and brought numpy).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from trustdesk.domain.suppression import HIDDEN_MARK
from trustdesk.ui.kit.retranslates import Retranslates

if TYPE_CHECKING:
    from trustdesk.documents.activity import ActivityTable

SUPPRESSED = HIDDEN_MARK
BAR_THICKNESS = 0.6  # of a row
HEADROOM = 1.25  # the scale runs to 125 % of the largest count: room for the number after the bar


class ActivityChart(Retranslates, QWidget):
    """One bar per row, top to bottom in row order, aligned with rows ``row_height`` pixels high."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.drawn: list[tuple[str, int | None]] = []  # what the chart shows: (key, count or None)
        self._row_height = 1

    def show_table(self, table: ActivityTable, labels: Sequence[str], row_height: int) -> None:
        """Draw ``table``; ``labels`` (same order as the rows) go into the accessible description."""
        self.drawn = [(row.key, row.count) for row in table.rows]
        self._row_height = max(1, row_height)
        self.setFixedHeight(max(1, len(self.drawn) * self._row_height))
        self.setAccessibleName(self.tr("Bar chart"))
        self.setAccessibleDescription("; ".join(
            f"{label}: {row.display}" for label, row in zip(labels, table.rows, strict=True)))
        self.update()

    def bar_rects(self) -> list[QRectF | None]:
        """Where each row's bar goes at the current width (None: no bar — suppressed or zero)."""
        shown = [count for _key, count in self.drawn if count is not None]
        scale = (max(shown, default=0) or 1) * HEADROOM
        height = self._row_height * BAR_THICKNESS
        rects: list[QRectF | None] = []
        for index, (_key, count) in enumerate(self.drawn):
            if not count:
                rects.append(None)
                continue
            top = index * self._row_height + (self._row_height - height) / 2
            rects.append(QRectF(0, top, self.width() * count / scale, height))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for (_key, count), rect in zip(self.drawn, self.bar_rects(), strict=True):
            if rect is None:
                continue
            painter.fillRect(rect, bar_colour)
            text_box = QRectF(rect.right() + 4, rect.center().y() - self._row_height / 2,
                              max(1.0, self.width() - rect.right() - 4), self._row_height)
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(count))
        painter.end()

    def on_language_change(self) -> None:
        if self.accessibleName():
            self.setAccessibleName(self.tr("Bar chart"))

    def clear(self) -> None:
        self.drawn = []
        self.setAccessibleDescription("")
        self.update()
