"""The appearance helpers the first window (unlock) needs: headings, comfortable margins, a busy bar.

Kept apart from ``appearance.py`` (which re-exports them) so that the unlock window, built before its
first paint, does not import the widget classes the rest of appearance needs: each class PySide6
makes on first use builds its enum classes (start-up budget, ARCHITECTURE.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLayout, QProgressBar, QWidget

from trustdesk.ui.kit.retranslates import Retranslates

MARGIN = 32
SPACING = 12


def heading(label: QLabel, scale: float = 1.5) -> QLabel:
    font = QFont(label.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def roomy(layout: QLayout) -> QLayout:
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING)
    return layout


class BusyBar(Retranslates, QProgressBar):
    """An indeterminate bar whose accessible name follows the interface language."""

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("appearance", "Working, please wait"))


def busy_indicator(parent: QWidget, name: str = "busyIndicator") -> QProgressBar:
    """An indeterminate bar; hidden until work runs."""
    bar = BusyBar(parent)
    bar.setObjectName(name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.retranslate()
    bar.hide()
    return bar
