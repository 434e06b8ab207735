"""A calm, readable look shared by the windows: headings, comfortable margins, a busy indicator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLayout, QProgressBar, QWidget

MARGIN = 32
SPACING = 12


def heading(label: QLabel, scale: float = 1.5) -> QLabel:
    font = QFont(label.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def monospace(label: QWidget, scale: float = 1.6) -> None:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * scale)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    label.setFont(font)


def roomy(layout: QLayout) -> QLayout:
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING)
    return layout


def busy_indicator(parent: QWidget, name: str = "busyIndicator") -> QProgressBar:
    """An indeterminate bar; hidden until work runs."""
    bar = QProgressBar(parent)
    bar.setObjectName(name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(QCoreApplication.translate("appearance", "Working, please wait"))
    bar.hide()
    return bar
