"""Keys typed while a passphrase is checked are kept, as a login prompt keeps them: the field stays writable
during the check, what is typed replaces the passphrase being checked, and an Enter given meanwhile is a new
attempt taken as soon as the check refuses (outside tester: a wrong passphrase, Enter, the right one typed
at once and Enter: the keys were lost -- the field was read-only -- and the wrong one came back selected).
A lock asked for meanwhile still wins: nothing typed before it opens the vault after it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.ui.security.unlock import UnlockWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Vault

WRONG = ["x", "not the passphrase", PASSPHRASE[:-1], PASSPHRASE + " "]


class Held:
    """Vault.unlock in a worker waits for ``go``; ``calls`` counts the attempts."""

    def __init__(self) -> None:
        self.go = threading.Event()
        self.calls = 0


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    state = Held()
    original = Vault.unlock.__func__  # type: ignore[attr-defined]

    def waiting(cls: type[Vault], *args: object, **kwargs: object) -> Vault:
        if threading.current_thread() is not threading.main_thread():  # (the test's own opens go on)
            state.calls += 1
            assert state.go.wait(30)
        return original(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Vault, "unlock", classmethod(waiting))
    yield state
    state.go.set()


def _keys(qtbot: QtBot, text: str, enter: bool) -> None:
    """Typed where the keyboard is (the application's focus widget), as a real keyboard does."""
    target = QApplication.focusWidget()
    assert isinstance(target, QLineEdit)
    qtbot.keyClicks(target, text)
    if enter:
        qtbot.keyClick(target, Qt.Key.Key_Return)


@pytest.mark.parametrize("wrong", WRONG)
@pytest.mark.parametrize("enter", [True, False], ids=["with Enter", "without Enter"])
def test_keys_typed_during_the_check_are_kept(
        qtbot: QtBot, shell_at_unlock: Callable[..., tuple[Shell, UnlockWindow]], held: Held, vault: Vault, wrong: str,
        enter: bool) -> None:
    vault.lock()
    shell, window = shell_at_unlock()
    _keys(qtbot, wrong, enter=True)
    assert window._busy
    _keys(qtbot, PASSPHRASE, enter=enter)  # at once, while the wrong one is checked
    assert window.passphrase.text() == PASSPHRASE
    held.go.set()
    qtbot.waitUntil(lambda: window.failed_attempts == 1 or shell.session.vault is not None, timeout=20_000)
    if not enter:  # refused: the passphrase typed meanwhile is there as typed, the cursor at its end
        qtbot.waitUntil(lambda: not window._busy, timeout=20_000)
        assert window.passphrase.text() == PASSPHRASE and not window.passphrase.hasSelectedText()
        assert window.passphrase.cursorPosition() == len(PASSPHRASE)
        assert QApplication.focusWidget() is window.passphrase
        _keys(qtbot, "", enter=True)
    qtbot.waitUntil(lambda: shell.session.vault is not None, timeout=20_000)  # opened by the one typed ahead
    assert held.calls == 2


@pytest.mark.parametrize("wrong", WRONG[:2])
def test_a_lock_during_the_check_wins_over_keys_typed_ahead(
        qtbot: QtBot, shell_at_unlock: Callable[..., tuple[Shell, UnlockWindow]], held: Held, vault: Vault, wrong: str) -> None:
    vault.lock()
    shell, window = shell_at_unlock()
    _keys(qtbot, wrong, enter=True)
    _keys(qtbot, PASSPHRASE, enter=True)  # the right one and its Enter, waiting for the check ...
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # ... locked
    assert window.passphrase.text() == "" and not window._busy
    held.go.set()
    qtbot.waitUntil(lambda: window.failed_attempts == 1, timeout=20_000)  # the wrong one's answer came
    assert held.calls == 1 and shell.session.vault is None and shell.main_window is None
    assert window.passphrase.text() == "" and QApplication.focusWidget() is window.passphrase
