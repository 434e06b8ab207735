"""The appearance helpers the first window (unlock) needs: headings, comfortable margins, a busy bar.

Kept apart from ``appearance.py`` (which re-exports them) so that the unlock window, built before its
first paint, does not import the widget classes the rest of appearance needs: each class PySide6
makes on first use builds its enum classes (start-up budget, ARCHITECTURE.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
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


_ANIMATION_STEP = QEvent.Type.StyleAnimationUpdate


class BusyBar(Retranslates, QProgressBar):
    """An indeterminate bar whose accessible name follows the interface language.

    The style animates it 60 steps a second and repaints it at each (Fusion's moving stripes: ~1.2-1.8
    ms of the UI thread's CPU a frame).  The unlock window shows it while Argon2id derives the key in
    OpenSSL threads on every core, so that CPU lengthened the wait it animates.  This bar draws every
    ``FRAME_EVERY``-th step: 20 frames a second, the stripes moving as fast, three pixels a frame."""

    FRAME_EVERY = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = 0

    def event(self, event: QEvent) -> bool:
        if event.type() == _ANIMATION_STEP:
            event.accept()  # the animation goes on (an ignored step would stop it)
            self._steps += 1
            if self._steps % self.FRAME_EVERY == 0 and self.isVisible():
                self.update()
            return True
        return super().event(event)

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
