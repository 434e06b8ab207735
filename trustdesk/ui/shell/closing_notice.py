"""A small window while TrustDesk closes: the quit's backup runs in the lock's thread after the main
window has gone (``Vault.begin_lock``; ~4 s for a 225 MB vault, longer on a USB stick).

Without it the window vanished and the process stayed: a person who started TrustDesk again at once
was told it "is already open" with no window to switch to (outside tester).  ``wait_while_closing``
runs the event loop until the threads have ended (what they tell the UI thread is delivered), and shows
the notice only once the wait outlasts ``SHOW_AFTER_MS``: a quick close shows nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trustdesk.ui.kit.basics import BusyBar, roomy

SHOW_AFTER_MS = 400
POLL_MS = 50


class ClosingNotice(QWidget):
    """"TrustDesk is closing: making its backup", with a moving bar; it has nothing to press."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("closingNotice")
        layout = roomy(QVBoxLayout(self))
        self.words = QLabel(self)
        self.words.setObjectName("closingNoticeWords")
        self.words.setWordWrap(True)
        layout.addWidget(self.words)
        self.bar = BusyBar(self)
        self.bar.setObjectName("closingNoticeBar")
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.retranslate()
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("TrustDesk is closing"))
        self.words.setText(self.tr("TrustDesk is making its backup and closes by itself when it is done. "
                                   "Your work is saved."))
        self.setAccessibleName(self.tr("TrustDesk is closing"))
        self.words.setAccessibleName(self.words.text())
        self.bar.setAccessibleName(self.tr("Making the backup"))


def wait_while_closing(pending: Callable[[], bool], *, show_after_ms: int = SHOW_AFTER_MS) -> ClosingNotice | None:
    """Run the event loop until ``pending()`` is false; the notice shows once the wait outlasts
    ``show_after_ms``.  Returns the notice that was shown (closed by now), or None."""
    if not pending():
        return None
    loop = QEventLoop()
    shown: list[ClosingNotice] = []

    def show() -> None:
        if pending() and not shown:
            notice = ClosingNotice()
            shown.append(notice)
            notice.show()
            notice.raise_()

    def check() -> None:
        if not pending():
            loop.quit()

    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(check)
    poll.start()
    later = QTimer()
    later.setSingleShot(True)
    later.timeout.connect(show)
    later.start(show_after_ms)
    loop.exec()
    poll.stop()
    later.stop()
    for notice in shown:
        notice.close()
    return shown[0] if shown else None
