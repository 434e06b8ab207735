"""A lock hides the main window before it empties its pages (MainWindow._on_locked), both before the
lock returns: emptied while shown, a page put back what it shows when empty (the cases page showed
its list again in place of the open case, with its layout) just to be thrown away.  Counted, not
timed: the main window's widgets shown during the lock.  The lock is as strong as before: when it
returns nothing of the case is shown or held by the pages, the vault is locked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.models import Case
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault


class _Shown(QObject):
    """Counts Show events of widgets inside ``window`` (not of other windows)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched is not self.window and self.window.isAncestorOf(watched)):
            self.shown.append(watched.objectName() or type(watched).__name__)
        return False


@pytest.mark.parametrize("pages", [("cases",), ("cases", "providers", "templates"), ("cases", "audit", "reports")])
def test_the_lock_hides_the_window_before_it_empties_the_pages(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, data_dir: Path, keychain: Keychain,
        pages: tuple[str, ...]) -> None:
    vault.lock()
    opened = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    case = opened.cases.add(Case(code="", opened_on=date(2026, 1, 5)))
    opened.lock()
    shell = make_shell()
    shell.start()
    assert shell.unlock_window is not None
    shell.unlock_window.passphrase.setText(PASSPHRASE)
    shell.unlock_window.try_unlock()
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)
    window = shell.main_window
    assert window is not None
    for key in pages:
        window.navigate(key)
    assert case.id is not None and window.open_case(case.id)  # a case open: the cases page shows it
    view = window.pages["cases"].case_view
    qtbot.waitUntil(lambda: view.case_id == case.id)

    counter = _Shown(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    try:
        shell.lock()
    finally:
        app.removeEventFilter(counter)
    assert counter.shown == []  # the old order showed the cases list (and its parts) again first
    assert not window.isVisible() and shell.main_window is None and not shell.session.is_unlocked
    built = window.pages.built()
    assert view.case_id is None and built["cases"].model.rowCount() == 0  # emptied before the lock returned
    assert all(getattr(page, "count", None) is None for page in built.values() if hasattr(page, "count"))
