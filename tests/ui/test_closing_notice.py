"""While the quit's backup runs after the main window has gone, a notice says TrustDesk is closing
(outside tester: the window vanished, the process stayed, and starting TrustDesk again said it "is
already open" with no window to switch to)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.waits import switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.shell.closing_notice import ClosingNotice, wait_while_closing

WORDS = {"en": "closing", "nl": "afgesloten", "fr": "ferme"}


def _visible_notices() -> list[ClosingNotice]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ClosingNotice) and w.isVisible()]


def test_a_long_close_shows_the_notice_until_it_ends(qtbot: QtBot) -> None:
    done = threading.Event()
    seen: list[int] = []

    def pending() -> bool:
        seen.append(len(_visible_notices()))
        return not done.is_set()

    timer = threading.Timer(1.2, done.set)  # the lock's thread, making the backup
    timer.start()
    notice = wait_while_closing(pending, show_after_ms=200)
    timer.join()
    assert notice is not None and not notice.isVisible()  # shown, then closed when the close ended
    assert max(seen) == 1  # one notice, shown while it waited
    assert notice.objectName() == "closingNotice" and notice.accessibleName()
    assert notice.bar.accessibleName() and notice.words.text()


def test_a_quick_close_shows_nothing(qtbot: QtBot) -> None:
    answers = iter([True, True])  # over at the third look (the polls come every POLL_MS, before the notice's time)
    assert wait_while_closing(lambda: next(answers, False), show_after_ms=400) is None
    assert wait_while_closing(lambda: False) is None  # nothing running: not even a turn of the loop
    assert not _visible_notices()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_notice_speaks_the_interface_language(qtbot: QtBot, translations: Translations, language: str) -> None:
    switch_language(translations, language)
    notice = ClosingNotice()
    qtbot.addWidget(notice)
    english = "TrustDesk is making its backup"
    assert english not in notice.words.text()
    assert WORDS[language] in (notice.windowTitle() + notice.words.text()).lower()
