"""A document being made can be stopped: the Cancel button and Esc stop it before its next paragraph,
a lock stops it too (said when the case is back), and nothing leaves the vault."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.documents.conftest import fill_case
from trustdesk.ui.documents import documents_tab
from trustdesk.ui.documents.documents_tab import DocumentsTab
from trustdesk.ui.documents.queries import build_document
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Keychain, Vault, VaultLocked


@pytest.fixture
def session(proven_session: VaultSession) -> VaultSession:
    return proven_session


@pytest.fixture
def tab(qtbot: QtBot, session: VaultSession, vault: Vault) -> DocumentsTab:
    case_id = fill_case(vault).case.id
    assert case_id is not None
    widget = DocumentsTab(session, case_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.info is not None)
    return widget


def _held_build(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[object]]:
    """The real build, started only once its stop flag is set (so the stop is seen, whatever the timing)."""
    started = threading.Event()
    results: list[object] = []

    def build(vault: Vault, request: Any, stop: threading.Event) -> bytes | None:
        started.set()
        assert stop.wait(10)
        try:
            result = build_document(vault, request, stop)
        except VaultLocked as exc:  # locked before the case was read: the worker ends as well
            results.append(type(exc))
            raise
        results.append(result)
        return result

    monkeypatch.setattr(documents_tab, "build_document", build)
    return started, results


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_stops_the_document(qtbot: QtBot, tab: DocumentsTab, monkeypatch: pytest.MonkeyPatch,
                                   how: str) -> None:
    started, results = _held_build(monkeypatch)
    delivered: list[object] = []
    monkeypatch.setattr(tab, "_deliver", lambda *a: delivered.append(a))
    tab.preview_button.click()
    assert started.wait(5)
    assert tab.cancel_button.isVisible() and tab.message.isVisible() and tab.message.text()
    stop: Callable[[], None] = (tab.cancel_button.click if how == "button"
                                else lambda: qtbot.keyClick(tab, Qt.Key.Key_Escape))
    stop()
    qtbot.waitUntil(lambda: not tab.cancel_button.isVisible(), timeout=10_000)
    assert results == [None] and delivered == []
    assert tab.message.text() == "Stopped: no document was made."
    assert tab.preview_button.isEnabled()  # ready for the next one


def test_a_lock_stops_the_document_and_says_so_after_unlock(
        qtbot: QtBot, tab: DocumentsTab, session: VaultSession, data_dir: Path, keychain: Keychain,
        monkeypatch: pytest.MonkeyPatch) -> None:
    started, results = _held_build(monkeypatch)
    tab.preview_button.click()
    assert started.wait(5)
    session.lock()  # sets the stop flag: the worker is free at once (quit locks the same way)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10_000)
    assert results in ([None], [VaultLocked])
    assert not tab.message.isVisible()  # nothing of the case on screen while locked
    session.open(Vault.unlock(data_dir, PASSPHRASE, keychain=keychain))
    tab.refresh()
    qtbot.waitUntil(lambda: tab.info is not None and tab.message.isVisible(), timeout=10_000)
    assert "locked" in tab.message.text() and "stopped" in tab.message.text()
