"""A small window while TrustDesk closes: the quit's backup runs in the lock's thread after the main
window has gone (``Vault.begin_lock``; ~4 s for a 225 MB vault, longer on a USB stick).

Without it the window vanished and the process stayed: a person who started TrustDesk again at once
was told it "is already open" with no window to switch to (outside tester).  ``wait_while_closing``
runs the event loop until the threads have ended (what they tell the UI thread is delivered), and shows
the notice only once the wait outlasts ``SHOW_AFTER_MS``: a quick close shows nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from trustdesk.ui.kit.basics import BusyBar, roomy

SHOW_AFTER_MS = 400
POLL_MS = 50


class ClosingNotice(QWidget):
    """"TrustDesk is closing: making its backup", with a moving bar; it has nothing to press.  With
    ``reopening``: the words of a TrustDesk started while another holds the folder (still closing, or
    open: ``set_other_open``), and a Cancel button (closing the window cancels too)."""

    cancelled = Signal()

    def __init__(self, *, reopening: bool = False) -> None:
        super().__init__(None)
        self.reopening = reopening
        self.other_open = False  # (reopening) the folder's holder is open, not closing
        self._may_close = False  # the closing notice goes only by done()
        self.setObjectName("reopeningNotice" if reopening else "closingNotice")
        layout = QVBoxLayout(self)
        roomy(layout)
        self.words = QLabel(self)
        self.words.setObjectName("closingNoticeWords")
        self.words.setWordWrap(True)
        layout.addWidget(self.words)
        self.bar = BusyBar(self)
        self.bar.setObjectName("closingNoticeBar")
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.cancel: QPushButton | None = None
        if reopening:
            self.cancel = QPushButton(self)
            self.cancel.setObjectName("reopeningNoticeCancel")
            self.cancel.clicked.connect(self.close)
            layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        if self.reopening and self.other_open:
            self.setWindowTitle(self.tr("TrustDesk is already open"))
            self.words.setText(self.tr("TrustDesk is already open for this vault: switch to its window (look in "
                                       "the taskbar). A second copy would not be safe, so this one opens only "
                                       "once the other has closed."))
            self.setAccessibleName(self.tr("TrustDesk is already open"))
        elif self.reopening:
            self.setWindowTitle(self.tr("TrustDesk is opening"))
            self.words.setText(self.tr("TrustDesk is still making the backup of your last session. It opens as "
                                       "soon as that is done."))
            self.setAccessibleName(self.tr("TrustDesk is opening"))
        else:
            self.setWindowTitle(self.tr("TrustDesk is closing"))
            self.words.setText(self.tr("TrustDesk is making its backup and closes by itself when it is done. "
                                       "Your work is saved."))
            self.setAccessibleName(self.tr("TrustDesk is closing"))
        self.words.setAccessibleName(self.words.text())
        self.bar.setAccessibleName(self.tr("Making the backup"))
        if self.cancel is not None:
            self.cancel.setText(self.tr("Cancel"))
            self.cancel.setAccessibleName(self.tr("Cancel"))

    def set_other_open(self, other_open: bool) -> None:
        if other_open != self.other_open:
            self.other_open = other_open
            self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.cancel is not None and event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cancel is None and self.isVisible() and not self._may_close:
            event.ignore()  # the closing notice goes when the close is done, not before
            return
        self.cancelled.emit()
        super().closeEvent(event)

    def done(self) -> None:
        """The wait is over: the notice goes."""
        self._may_close = True
        self.close()


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

    later = QTimer()
    later.setSingleShot(True)
    later.timeout.connect(show)
    later.start(show_after_ms)
    _run_polling(loop, check, POLL_MS)
    later.stop()
    for notice in shown:
        notice.done()
    return shown[0] if shown else None


def wait_for_the_folder(try_again: Callable[[], bool], holder_is_closing: Callable[[], bool], *,
                        poll_ms: int = 200) -> bool:
    """Started while another TrustDesk holds this folder: a notice says whether it is still closing (its
    quit's backup) or open (switch to it), and the folder is tried again every ``poll_ms``: this one opens
    as soon as the other has let go, whichever it was (outside testers: "already open" stayed up, with no
    window behind it, after the other had gone).  True once the folder is ours; False when the person
    cancels (Cancel, Escape, closing the notice)."""
    notice = ClosingNotice(reopening=True)
    notice.set_other_open(not holder_is_closing())
    loop = QEventLoop()
    outcome: list[bool] = []

    def end(taken: bool) -> None:
        if not outcome:
            outcome.append(taken)
            loop.quit()

    def check() -> None:
        if try_again():
            end(True)
        else:
            notice.set_other_open(not holder_is_closing())

    notice.cancelled.connect(lambda: end(False))
    notice.show()
    notice.raise_()
    notice.activateWindow()
    _run_polling(loop, check, poll_ms)
    if notice.isVisible():
        notice.done()
    return outcome[0]


def _run_polling(loop: QEventLoop, check: Callable[[], None], every_ms: int) -> None:
    """Run ``loop`` with ``check`` called every ``every_ms`` until it quits the loop."""
    poll = QTimer()
    poll.setInterval(every_ms)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
