"""Waiting for the UI without sleeping: on the event that proves the thing happened.

- ``switch_language``: a new translator makes Qt *post* a LanguageChange to every window; they
  are delivered here and now, so the texts are retranslated when it returns.
- ``show_page``: a page's ``loaded`` signal says that what ``refresh()`` asked for is on screen
  (after the worker's answer for a background read: reports, the audit chain, the cases list).
- ``open_case``: the case view's ``loaded`` says its header and tabs show the case (``case_shown``: in a
  case view of its own).
- ``apply_layouts``: layout requests are posted too; delivered here, geometry is final.
- ``wait_for_line``: a child process says what it has done on its stdout (``READY``, ``SAVED``).
- ``settings_dialog``: the shell's Settings opened from its menu action, shown and the focused window.
- ``worker_answers``: records every worker result as it reaches the UI thread, so a test that says
  "a late answer is dropped" first sees the late answer arrive.
"""

from __future__ import annotations

import selectors
import subprocess
import time
from typing import TYPE_CHECKING, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from trustdesk.ui.case.case_view import CaseView
    from trustdesk.ui.kit.language import Translations
    from trustdesk.ui.kit.page import Page
    from trustdesk.ui.kit.session import VaultSession
    from trustdesk.ui.shell.main_window import MainWindow
    from trustdesk.ui.shell.settings_dialog import SettingsDialog
    from trustdesk.ui.shell.shell import Shell

LOAD_TIMEOUT_MS = 15_000  # generous for a busy machine; a page that never loads fails here


def worker_answers(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    from trustdesk.ui.kit.session import Operation

    answers: list[object] = []
    succeed = Operation._succeed

    def record(op: Operation[object], result: object) -> None:
        answers.append(result)
        succeed(op, result)

    monkeypatch.setattr(Operation, "_succeed", record)
    return answers


def wait_for_line(proc: subprocess.Popen[str], expected: str, timeout: float) -> float:
    """The monotonic time at which the child printed the line ``expected`` (other lines are skipped)."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        while selector.select(timeout=max(0.0, deadline - time.monotonic())):
            line = proc.stdout.readline()
            if not line:
                break
            if line.strip() == expected:
                return time.monotonic()
    raise AssertionError(f"the child never printed {expected!r} within {timeout} s (exit code {proc.poll()})")


def switch_language(translations: Translations, language: str) -> None:
    translations.install(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def apply_layouts() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def show_page(qtbot: QtBot, window: MainWindow, key: str) -> Page:
    page = window.pages[key]
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        window.show_page(key)
    return page


def open_case(qtbot: QtBot, window: MainWindow, case_id: int, contact_id: int | None = None) -> CaseView:
    view: CaseView = window.pages["cases"].case_view  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.loaded, timeout=LOAD_TIMEOUT_MS):
        assert window.open_case(case_id, contact_id)
    return view


_W = TypeVar("_W", bound=QWidget)


def active_window(qtbot: QtBot, window: _W) -> _W:
    """``window`` shown, exposed and the active window (keys sent to the application reach it)."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def shown_case_view(qtbot: QtBot, session: VaultSession, size: tuple[int, int] = (1200, 700)) -> CaseView:
    """A case view of its own, shown at a laptop's size (no case open yet)."""
    from trustdesk.ui.case.case_view import CaseView

    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def case_shown(qtbot: QtBot, session: VaultSession, case_id: int, size: tuple[int, int] = (1200, 700)) -> CaseView:
    """``shown_case_view`` once it shows the case ``case_id`` (its ``loaded``: the header and tabs)."""
    view = shown_case_view(qtbot, session, size)
    with qtbot.waitSignal(view.loaded, timeout=LOAD_TIMEOUT_MS):
        assert view.show_case(case_id)
    return view


def settings_dialog(qtbot: QtBot, shell: Shell) -> SettingsDialog:
    """Settings opened as a person opens it (the main window's action), shown and the focused window
    (keys sent to the application reach it)."""
    assert shell.main_window is not None
    shell.main_window.settings_action.trigger()
    dialog = shell.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    return dialog
