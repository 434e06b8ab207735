"""TrustDesk started while another holds its folder waits for it and opens: after a quit, while the last
session still makes its backup ("TrustDesk is opening"), or while the other is open ("already open",
switch to it) -- outside testers: "already open" showed with no window behind it, and stayed up after the
other had gone; OK ended the new one)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.ui.shell.closing_notice import ClosingNotice, wait_for_the_folder
from trustdesk.ui.shell.single_instance import InstanceLock


def _reopening() -> list[ClosingNotice]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, ClosingNotice) and w.reopening and w.isVisible()]


def test_a_holder_that_says_it_closes_is_waited_for_then_the_folder_is_ours(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    assert not second.holder_is_closing()  # open, not closing: "already open" stays the answer
    first.mark_closing()
    assert second.holder_is_closing()
    seen: list[int] = []
    QTimer.singleShot(300, lambda: seen.append(len(_reopening())))
    let_go = threading.Timer(1.0, first.release)  # its backup done, the last session lets go
    let_go.start()
    assert wait_for_the_folder(second.try_again, second.holder_is_closing, poll_ms=50)
    let_go.join()
    assert seen == [1]  # the person saw why it waits
    assert second.held and not _reopening()
    assert not second.closing_path.exists()  # the mark went with the session that made it
    second.release()


def test_a_mark_of_another_process_does_not_make_an_open_one_closing(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    first.closing_path.write_text(str(os.getpid() + 1))  # left by a session that crashed while closing
    assert not second.holder_is_closing()
    first.release()
    assert second.try_again() and not second.closing_path.exists()
    second.release()


def test_escape_cancels_the_wait(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    first.mark_closing()

    def press_escape() -> None:
        notices = _reopening()
        assert notices and notices[0].cancel is not None and notices[0].cancel.accessibleName()
        qtbot.keyClick(notices[0], Qt.Key.Key_Escape)

    QTimer.singleShot(300, press_escape)
    assert not wait_for_the_folder(second.try_again, second.holder_is_closing, poll_ms=50)
    assert not second.held and not _reopening()
    first.release()


def test_a_release_leaves_no_mark(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    lock.mark_closing()
    assert lock.closing_path.read_text() == str(os.getpid())
    lock.release()
    assert not lock.closing_path.exists()


def test_an_open_holder_is_named_and_its_end_opens_this_one(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    said: list[tuple[bool, str]] = []

    def look() -> None:
        notice = _reopening()[0]
        said.append((notice.other_open, notice.windowTitle()))

    def quit_with_its_backup() -> None:  # the other TrustDesk quits: it says it closes, then lets go
        first.mark_closing()
        QTimer.singleShot(400, look)
        QTimer.singleShot(800, first.release)

    QTimer.singleShot(300, look)
    QTimer.singleShot(500, quit_with_its_backup)
    assert wait_for_the_folder(second.try_again, second.holder_is_closing, poll_ms=50)
    assert [other_open for other_open, _ in said] == [True, False]  # what it said followed the other
    assert said[0][1] != said[1][1]
    assert second.held and not _reopening()
    second.release()
