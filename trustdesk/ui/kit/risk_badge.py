"""Risk level and case status as icon + text: never colour alone (used by every view of a case).

Each risk level has its own *shape* (a dash, one to three bars, a warning triangle) and each status
its own symbol, so the badge reads the same for colour-blind users and in a grey-scale print of the
screen. The colour only repeats what the shape already says.

    label = RiskBadge(parent); label.set_risk(RiskLevel.HIGH)
    model.data(..., DecorationRole) -> risk_icon(level); DisplayRole -> risk_text(level)
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from trustdesk.domain.enums import CaseStatus, RiskLevel
from trustdesk.domain.rules import AttentionReason

_SIZES = (16, 24, 32, 48)

# Colours only repeat the shape; chosen to stay readable on light and dark palettes.
_RISK_COLOURS = {
    RiskLevel.NOT_ASSESSED: "#5a6070",
    RiskLevel.NONE: "#7a7f87",
    RiskLevel.LOW: "#2e7d32",
    RiskLevel.MODERATE: "#b26a00",
    RiskLevel.HIGH: "#c4410c",
    RiskLevel.ACUTE: "#b3141c",
}
_STATUS_COLOURS = {
    CaseStatus.INTAKE: "#3a6ea5",
    CaseStatus.ACTIVE: "#2e7d32",
    CaseStatus.WAITING: "#8a6d00",
    CaseStatus.CLOSED: "#6b6f76",
}
_ATTENTION_COLOUR = "#b3141c"


def risk_text(level: RiskLevel) -> str:
    """The translated name of a risk level ("High")."""
    texts = {
        RiskLevel.NOT_ASSESSED: QCoreApplication.translate("RiskBadge", "Not assessed"),
        RiskLevel.NONE: QCoreApplication.translate("RiskBadge", "No risk identified"),
        RiskLevel.LOW: QCoreApplication.translate("RiskBadge", "Low"),
        RiskLevel.MODERATE: QCoreApplication.translate("RiskBadge", "Moderate"),
        RiskLevel.HIGH: QCoreApplication.translate("RiskBadge", "High"),
        RiskLevel.ACUTE: QCoreApplication.translate("RiskBadge", "Acute"),
    }
    return texts[level]


def risk_colour(level: RiskLevel) -> str:
    """The level's colour (``#rrggbb``): it only repeats what the shape and the name say."""
    return _RISK_COLOURS[level]


def not_assessed_text() -> str:
    """A case or note whose risk nobody assessed yet (never shown as "no risk")."""
    return risk_text(RiskLevel.NOT_ASSESSED)


def status_text(status: CaseStatus) -> str:
    texts = {
        CaseStatus.INTAKE: QCoreApplication.translate("RiskBadge", "Intake"),
        CaseStatus.ACTIVE: QCoreApplication.translate("RiskBadge", "Active"),
        CaseStatus.WAITING: QCoreApplication.translate("RiskBadge", "Waiting"),
        CaseStatus.CLOSED: QCoreApplication.translate("RiskBadge", "Closed"),
    }
    return texts[status]


def attention_text(reason: AttentionReason, item9_on: date | None = None, note_on: date | None = None, *,
                   risk: RiskLevel | None, crisis_on: date | None = None, crisis_risk: RiskLevel | None = None,
                   today: date | None = None) -> str:
    """The reason in full; a positive PHQ-9 item 9 with its day when ``item9_on`` is given, an
    unfinished note with its day when ``note_on`` is.  ``risk``, the case's current risk, is named by
    the reasons of a high or acute risk (outside tester: an acute case read "High risk, no complete
    safety plan"); every caller gives it, so no reason says a level the case is not at."""
    acute = risk is RiskLevel.ACUTE
    if reason is AttentionReason.ITEM9_POSITIVE and item9_on is not None:
        from trustdesk.ui.kit.case_labels import date_text

        return QCoreApplication.translate("RiskBadge", "PHQ-9 item 9 positive on %1: assess the risk, make the "
                                          "safety plan").replace("%1", date_text(item9_on))
    if reason is AttentionReason.UNFINISHED_NOTE and note_on is not None:
        from trustdesk.ui.kit.case_labels import date_text

        return QCoreApplication.translate("RiskBadge", "Note of %1 not finished: risk not assessed").replace(
            "%1", date_text(note_on))
    if reason is AttentionReason.RECENT_CRISIS and crisis_on is not None and today is not None:
        return recent_crisis_text(crisis_risk is RiskLevel.ACUTE, (today - crisis_on).days)
    texts = {
        AttentionReason.ACUTE_RISK: QCoreApplication.translate("RiskBadge", "Acute risk"),
        AttentionReason.RECENT_CRISIS: QCoreApplication.translate(
            "RiskBadge", "A crisis in the last days, a lower risk since"),
        AttentionReason.UNFINISHED_NOTE: QCoreApplication.translate(
            "RiskBadge", "A note is not finished: risk not assessed"),
        AttentionReason.HIGH_RISK_NO_RECENT_CONTACT: QCoreApplication.translate(
            "RiskBadge", "Acute risk, no recent contact") if acute else QCoreApplication.translate(
            "RiskBadge", "High risk, no recent contact"),
        AttentionReason.ITEM9_POSITIVE: QCoreApplication.translate(
            "RiskBadge", "PHQ-9 item 9 positive: assess the risk, make the safety plan"),
        AttentionReason.SAFETY_PLAN_MISSING: QCoreApplication.translate(
            "RiskBadge", "Acute risk, no complete safety plan") if acute else QCoreApplication.translate(
            "RiskBadge", "High risk, no complete safety plan"),
        AttentionReason.OVERDUE_TASK: QCoreApplication.translate("RiskBadge", "A task is overdue"),
        AttentionReason.NO_FIRST_CONTACT: QCoreApplication.translate("RiskBadge", "No first contact yet"),
    }
    return texts[reason]


def recent_crisis_text(acute: bool, days: int) -> str:
    """The days after a crisis (``rules.recent_crisis``), with the level that note assessed and how long
    ago: "Acute risk 2 days ago, lower since"."""
    if days <= 0:
        return (QCoreApplication.translate("RiskBadge", "Acute risk assessed today, lower since") if acute
                else QCoreApplication.translate("RiskBadge", "High risk assessed today, lower since"))
    if acute:
        return QCoreApplication.translate("RiskBadge", "Acute risk %n day(s) ago, lower since", "", days)
    return QCoreApplication.translate("RiskBadge", "High risk %n day(s) ago, lower since", "", days)


def attention_short_text(reason: AttentionReason, item9_on: date | None = None) -> str:
    """A few words for a narrow list column; ``attention_text`` says it in full (tooltips).  A positive
    PHQ-9 item 9 with its day when ``item9_on`` is given."""
    if reason is AttentionReason.ITEM9_POSITIVE and item9_on is not None:
        from trustdesk.ui.kit.case_labels import date_text

        return QCoreApplication.translate("RiskBadge", "PHQ-9 item 9 positive on %1").replace(
            "%1", date_text(item9_on))
    texts = {
        AttentionReason.ACUTE_RISK: QCoreApplication.translate("RiskBadge", "Acute risk"),
        AttentionReason.RECENT_CRISIS: QCoreApplication.translate("RiskBadge", "Recent crisis"),
        AttentionReason.UNFINISHED_NOTE: QCoreApplication.translate("RiskBadge", "Note not finished"),
        AttentionReason.HIGH_RISK_NO_RECENT_CONTACT: QCoreApplication.translate("RiskBadge", "Contact overdue"),
        AttentionReason.ITEM9_POSITIVE: QCoreApplication.translate("RiskBadge", "PHQ-9 item 9 positive"),
        AttentionReason.SAFETY_PLAN_MISSING: QCoreApplication.translate("RiskBadge", "No complete safety plan"),
        AttentionReason.OVERDUE_TASK: QCoreApplication.translate("RiskBadge", "Task overdue"),
        AttentionReason.NO_FIRST_CONTACT: QCoreApplication.translate("RiskBadge", "No first contact"),
    }
    return texts[reason]


# -- icons -------------------------------------------------------------------------------------------


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _paint_risk(painter: QPainter, level: RiskLevel, s: float) -> None:
    colour = QColor(_RISK_COLOURS[level])
    painter.setPen(QPen(colour, max(1.0, s / 12)))
    if level is RiskLevel.NOT_ASSESSED:  # an open circle with a question mark: nobody judged yet
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8))
        font = painter.font()
        font.setPixelSize(max(6, int(s * 0.62)))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, s, s), int(Qt.AlignmentFlag.AlignCenter), "?")
        return
    if level is RiskLevel.NONE:  # a flat dash: no risk
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(s * 0.15, s * 0.44, s * 0.7, s * 0.12), s * 0.05, s * 0.05)
        return
    if level is RiskLevel.ACUTE:  # a warning triangle with an exclamation mark
        triangle = QPolygonF([QPointF(s * 0.5, s * 0.06), QPointF(s * 0.96, s * 0.92),
                              QPointF(s * 0.04, s * 0.92)])
        painter.setBrush(colour)
        painter.drawPolygon(triangle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(s * 0.45, s * 0.34, s * 0.1, s * 0.3))
        painter.drawRect(QRectF(s * 0.45, s * 0.71, s * 0.1, s * 0.1))
        return
    # low / moderate / high: one, two or three rising bars (the others drawn as empty outlines)
    filled = {RiskLevel.LOW: 1, RiskLevel.MODERATE: 2, RiskLevel.HIGH: 3}[level]
    width = s * 0.22
    for i in range(3):
        height = s * (0.35 + 0.25 * i)
        rect = QRectF(s * 0.08 + i * s * 0.3, s * 0.92 - height, width, height)
        painter.setBrush(colour if i < filled else Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)


def _paint_status(painter: QPainter, status: CaseStatus, s: float) -> None:
    colour = QColor(_STATUS_COLOURS[status])
    pen = QPen(colour, max(1.5, s / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    circle = QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8)
    if status is CaseStatus.INTAKE:  # an open circle with a plus: a new file
        painter.drawEllipse(circle)
        painter.drawLine(QPointF(s * 0.5, s * 0.3), QPointF(s * 0.5, s * 0.7))
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5))
    elif status is CaseStatus.ACTIVE:  # a filled circle
        painter.setBrush(colour)
        painter.drawEllipse(circle)
    elif status is CaseStatus.WAITING:  # an hourglass
        path = QPainterPath(QPointF(s * 0.2, s * 0.1))
        path.lineTo(s * 0.8, s * 0.1)
        path.lineTo(s * 0.2, s * 0.9)
        path.lineTo(s * 0.8, s * 0.9)
        path.closeSubpath()
        painter.drawPath(path)
    else:  # closed: a tick in a square
        painter.drawRoundedRect(circle, s * 0.08, s * 0.08)
        painter.drawPolyline(QPolygonF([QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                        QPointF(s * 0.74, s * 0.34)]))


def _paint_attention(painter: QPainter, s: float) -> None:
    colour = QColor(_ATTENTION_COLOUR)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88))
    painter.setBrush(QColor("white"))
    painter.drawRect(QRectF(s * 0.44, s * 0.22, s * 0.12, s * 0.36))
    painter.drawRect(QRectF(s * 0.44, s * 0.66, s * 0.12, s * 0.12))


def _icon(kind: str, value: str) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        pixmap, painter = _canvas(size)
        try:
            if kind == "risk":
                _paint_risk(painter, RiskLevel(value), float(size))
            elif kind == "status":
                _paint_status(painter, CaseStatus(value), float(size))
            else:
                _paint_attention(painter, float(size))
        finally:
            painter.end()
        icon.addPixmap(pixmap)
    return icon


@lru_cache(maxsize=16)
def risk_icon(level: RiskLevel) -> QIcon:
    return _icon("risk", level.value)


@lru_cache(maxsize=8)
def status_icon(status: CaseStatus) -> QIcon:
    return _icon("status", status.value)


@lru_cache(maxsize=1)
def attention_icon() -> QIcon:
    return _icon("attention", "")


# -- a label widget: icon + text, with an accessible description -------------------------------------


class RiskBadge(QWidget):
    """A small icon + text label for a risk level or a case status (read-only, not focusable)."""

    def __init__(self, parent: QWidget | None = None, *, icon_size: int = 16) -> None:
        super().__init__(parent)
        self._icon_size = icon_size
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._icon)
        layout.addWidget(self._text)
        layout.addStretch(1)

    def text(self) -> str:
        return self._text.text()

    def _show(self, icon: QIcon | None, text: str, accessible: str) -> None:
        self._icon.setPixmap(icon.pixmap(self._icon_size, self._icon_size) if icon else QPixmap())
        self._icon.setVisible(icon is not None)
        self._text.setText(text)
        self.setAccessibleName(accessible)
        self._text.setAccessibleName(accessible)

    def set_risk(self, level: RiskLevel | None) -> None:
        """``None`` or ``NOT_ASSESSED``: no risk has been assessed yet."""
        level = level or RiskLevel.NOT_ASSESSED
        text = risk_text(level)
        self._show(risk_icon(level), text, self.tr("Current risk: %1").replace("%1", text))

    def clear(self) -> None:
        self._show(None, "", "")
