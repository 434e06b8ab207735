"""The appearance helpers the first window (unlock) needs: headings, comfortable margins, a busy bar.

Kept apart from ``appearance.py`` (which re-exports them) so that the unlock window, built before its
first paint, does not import the widget classes the rest of appearance needs: each class PySide6
makes on first use builds its enum classes (start-up budget, ARCHITECTURE.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
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


SHOW_AFTER_MS = 1000
"""A wait that may end sooner shows no moving bar (``BusyBar.wait_begins``).  Under a second a person's
flow is not broken and the words that say what is happening are the feedback that counts; a bar that
appears and is gone a moment later is a flash, not information.  The unlock's key derivation is
calibrated to ~0.5 s (``keyslots.calibrate``), so the bar moves only when the machine makes a person
wait twice that: a loaded or slow computer, where it says the window is alive."""


class BusyBar(Retranslates, QProgressBar):
    """An indeterminate bar whose accessible name follows the interface language.

    The style animates it 60 steps a second and repaints it at each (Fusion's moving stripes: ~1.2-1.8
    ms of the UI thread's CPU a frame).  The unlock window shows it while Argon2id derives the key in
    OpenSSL threads on every core, so that CPU lengthened the wait it animates.  This bar draws every
    ``FRAME_EVERY``-th step: 20 frames a second, the stripes moving as fast, three pixels a frame.
    Hidden, it lets the style's animation stop (accepting every step kept a hidden bar's animation
    waking the UI thread 60 times a second for as long as its window lived).

    ``wait_begins``/``wait_ends`` (the unlock window) show it only once a wait outlasts
    ``SHOW_AFTER_MS``: a sub-second wait then wakes the UI thread for no frame at all."""

    FRAME_EVERY = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = 0
        self._later: QTimer | None = None  # shows the bar once the wait has lasted SHOW_AFTER_MS

    def event(self, event: QEvent) -> bool:
        if event.type() == _ANIMATION_STEP and self.isVisible() and not self.window().isMinimized():
            event.accept()  # the animation goes on (an ignored step would stop it)
            self._steps += 1
            if self._steps % self.FRAME_EVERY == 0:
                self.update()
            return True
        return super().event(event)  # (hidden or minimized: QWidget leaves the step ignored, the animation stops)

    def wait_begins(self, words: str = "", teller: QWidget | None = None) -> None:
        """A wait begins: the bar's place is kept at once (nothing moves when it appears), the bar is
        shown if the wait lasts ``SHOW_AFTER_MS``, and a screen reader is told ``words`` now (from
        ``teller``, the label that shows them; else from the bar)."""
        self._keep_place(True)
        if self._later is None:
            self._later = QTimer(self)
            self._later.setSingleShot(True)
            self._later.setInterval(SHOW_AFTER_MS)
            self._later.timeout.connect(self.show)
        if not self.isVisible():
            self._later.start()
        if words:
            _announce(teller or self, words)

    def wait_ends(self) -> None:
        """The wait is over: no bar, and its place given back."""
        if self._later is not None:
            self._later.stop()
        self.hide()
        self._keep_place(False)

    def _keep_place(self, keep: bool) -> None:
        policy = self.sizePolicy()
        if policy.retainSizeWhenHidden() != keep:
            policy.setRetainSizeWhenHidden(keep)
            self.setSizePolicy(policy)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("appearance", "Working, please wait"))


def _announce(teller: QWidget, words: str) -> None:
    """Words a screen reader speaks when it is free (a polite announcement; nothing when none listens)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # (made by the type warmer meanwhile)

    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(teller, words))


def busy_indicator(parent: QWidget, name: str = "busyIndicator") -> BusyBar:
    """An indeterminate bar; hidden until work runs."""
    bar = BusyBar(parent)
    bar.setObjectName(name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.retranslate()
    bar.hide()
    return bar
