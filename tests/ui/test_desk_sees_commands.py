"""The desk window and the headless commands on one desk folder: a card a command adds (a real second
process) shows in the open window -- its table and the intake's recipients -- without a restart; and
they never write at the same time: while another process holds the desk's write lock, a write waits,
then is refused with a sentence and changes nothing (exchange/desk_lock.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.waits import wait_for_line
from trustdesk.cli import main as cli
from trustdesk.exchange import desk_lock
from trustdesk.exchange.coordinator import AUDIT_FILE, CoordinatorDesk, DeskBusy
from trustdesk.exchange.keys import ContactCard, Identity, Role
from trustdesk.ui.desk.desk_watch import busy_text
from trustdesk.ui.desk.desk_window import DeskWindow

PASSPHRASE = "the coordinator's own desk"
HOLDER = """
import sys
from trustdesk.exchange.desk_lock import DeskLock
with DeskLock(sys.argv[1]).held():
    print("HELD", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def desk(tmp_path: Path) -> CoordinatorDesk:
    return CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", PASSPHRASE)


@pytest.fixture
def window(qtbot: QtBot, desk: CoordinatorDesk) -> DeskWindow:
    window = DeskWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window


def _card(folder: Path, name: str) -> tuple[Path, ContactCard]:
    card = Identity.generate().card(name, Role.TRUST_PERSON)
    path = folder / f"{name.split()[-1]}.tdcard"
    path.write_bytes(card.to_bytes())
    return path, card


def _names(window: DeskWindow) -> list[str]:
    table = window.cards.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def _recipients(window: DeskWindow) -> list[str]:
    return [window.intakes.recipient.itemText(i) for i in range(window.intakes.recipient.count())]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}


def test_a_card_added_by_a_command_shows_in_the_open_window(qtbot: QtBot, window: DeskWindow, desk: CoordinatorDesk,
                                                            tmp_path: Path) -> None:
    for number, name in enumerate(("Dr. An Peeters", "Dr. Luc Dubois"), start=1):
        path, card = _card(tmp_path, name)
        command = subprocess.run(
            [sys.executable, "-m", "trustdesk", "coordinator", "add-card", str(desk.folder), str(path),
             "--fingerprint", card.fingerprint, "--passphrase-stdin"],
            input=PASSPHRASE + "\n", capture_output=True, text=True, env=_env(), timeout=120)
        assert command.returncode == 0, command.stderr
        qtbot.waitUntil(lambda name=name: name in _names(window), timeout=15_000)  # no restart, no click
        assert len(_names(window)) == number
        assert any(item.startswith(name) for item in _recipients(window))  # the intake can go to them now
    assert desk.audit_intact()


def test_the_window_looks_again_when_it_is_activated(qtbot: QtBot, window: DeskWindow, desk: CoordinatorDesk,
                                                     tmp_path: Path) -> None:
    """A watcher can miss a change (a network drive): coming back to the window looks again."""
    window.watch.stop()  # as if the notice never came
    _path, card = _card(tmp_path, "Dr. Els Claes")
    CoordinatorDesk.open(desk.folder, PASSPHRASE).add_card(card.to_bytes(), card.fingerprint)
    assert "Dr. Els Claes" not in _names(window)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert "Dr. Els Claes" in _names(window)


@pytest.fixture
def holder(desk: CoordinatorDesk) -> subprocess.Popen[str]:
    """A second process that holds the desk's write lock until its stdin closes."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(desk.folder)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=_env())
    wait_for_line(process, "HELD", timeout=60)
    yield process
    if process.poll() is None:
        process.kill()
        process.wait(timeout=20)


def _release(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.close()
    assert process.wait(timeout=20) == 0


def test_no_write_while_another_process_writes(qtbot: QtBot, window: DeskWindow, desk: CoordinatorDesk,
                                               tmp_path: Path, holder: subprocess.Popen[str],
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(desk_lock, "WAIT_SECONDS", 0.3)
    audit_before = (desk.folder / AUDIT_FILE).read_bytes()
    path, card = _card(tmp_path, "Dr. Jan Maes")
    # the desk window: refused in words, nothing written
    window.cards.load_card(card.to_bytes())
    window.cards.heard.setText(card.fingerprint)
    window.cards.add_button.click()
    assert window.cards.message.text() == busy_text() and "Dr. Jan Maes" not in _names(window)
    # the API and the command alike
    with pytest.raises(DeskBusy):
        desk.add_card(card.to_bytes(), card.fingerprint)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli(["coordinator", "add-card", str(desk.folder), str(path), "--fingerprint", card.fingerprint,
                "--passphrase-stdin"])
    assert code == 1 and "busy" in capsys.readouterr().err
    assert desk.cards() == {} and (desk.folder / AUDIT_FILE).read_bytes() == audit_before
    # the other process is done: the same write goes through
    _release(holder)
    window.cards.add_button.click()
    assert "Dr. Jan Maes" in _names(window) and desk.audit_intact()


def test_the_lock_is_reentrant_and_shared_by_threads(desk: CoordinatorDesk, tmp_path: Path) -> None:
    """A card added writes its file and its audit line under one hold; many writes in a row keep the chain."""
    import threading

    cards = [_card(tmp_path, f"Dr. Number {i}")[1] for i in range(8)]
    threads = [threading.Thread(target=desk.add_card, args=(c.to_bytes(), c.fingerprint)) for c in cards]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(desk.cards()) == 8 and desk.audit_intact()
    assert [e["seq"] for e in desk.audit_entries()] == list(range(1, 10))


def test_a_quarter_released_by_a_command_after_the_merge_is_never_overwritten_by_the_window(
        qtbot: QtBot, window: DeskWindow, desk: CoordinatorDesk, tmp_path: Path) -> None:
    """The window merged; then `figures merge` (another process) released a quarter: saving the report
    merges again under the lock instead of publishing numbers the desk no longer holds."""
    from trustdesk.exchange.merge import MergeResult
    from trustdesk.exchange.periods import Quarter
    from trustdesk.exchange.publication import release_of

    figures = window.figures
    figures.files = [("none.tdfigures", b"not figures")]
    figures.merged_released = desk.released()
    figures.result = MergeResult()
    CoordinatorDesk.open(desk.folder, PASSPHRASE).freeze(release_of({}, Quarter.parse("2026-Q1")))
    out = tmp_path / "national"
    out.mkdir()
    assert figures.write_report(out) == [] and list(out.iterdir()) == []
    assert "merged again" in figures.message.text()


def test_the_window_saving_the_report_twice_is_not_another_program(qtbot: QtBot, window: DeskWindow,
                                                                  desk: CoordinatorDesk, tmp_path: Path) -> None:
    """Its own release is no other program's (the walk: the second save said 'another program released')."""
    from datetime import date, datetime

    from trustdesk.exchange.figures import make_figures
    from trustdesk.exchange.periods import Quarter

    sender = Identity.generate()
    card = sender.card("Dr. An Peeters", Role.TRUST_PERSON)
    desk.add_card(card.to_bytes(), card.fingerprint)
    quarter = Quarter.of(date.today()).previous()
    data, _ = make_figures({}, quarter, sender, desk.card, now=datetime.now())
    figures = window.figures
    figures.files = [("peeters.tdfigures", data)]
    figures.merge()
    for attempt in ("first", "second"):
        out = tmp_path / attempt
        out.mkdir()
        assert len(figures.write_report(out)) == 3, (attempt, figures.message.text())
