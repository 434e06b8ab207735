"""UI fixtures: typed preferences in a temp ini file, translations, a shell over a real temp vault (started at
its unlock window, or unlocked)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import KdfParams, Keychain, Vault

if TYPE_CHECKING:
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def make_shell(qapp: QApplication, data_dir: Path, prefs: Preferences, translations: Translations,
               keychain: Keychain) -> Iterator[Callable[..., Shell]]:
    shells: list[Shell] = []

    def make(**kwargs: object) -> Shell:
        options: dict[str, object] = {"keychain": keychain, "kdf": KdfParams()}
        options.update(kwargs)
        shell = Shell(qapp, data_dir, prefs, translations, **options)  # type: ignore[arg-type]
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.quit()
        shell.idle.unwatch()
        for window in (shell.wizard, shell.unlock_window, shell.main_window, shell.restore_wizard,
                       shell.kept_aside_offer, shell.main_frame):
            if window is not None and isValid(window):  # a child may have gone with its parent
                window.close()
                window.deleteLater()
        shell.deleteLater()


@pytest.fixture
def unlocked_shell(make_shell: Callable[..., Shell], vault: Vault) -> Callable[..., tuple[Shell, MainWindow]]:
    """Starts a shell (``make_shell``'s options) and opens the test's vault in it, as an unlock does: the
    shell and its main window."""

    def start(**kwargs: object) -> tuple[Shell, MainWindow]:
        shell = make_shell(**kwargs)
        shell.start()
        shell.session.open(vault)
        window = shell.main_window
        assert window is not None
        return shell, window

    return start


@pytest.fixture
def shell_at_unlock(qtbot: QtBot, make_shell: Callable[..., Shell]) -> Callable[..., tuple[Shell, UnlockWindow]]:
    """Starts a shell over a locked vault: the shell and its unlock window, the active window with the
    keyboard in its passphrase field."""

    def start(**kwargs: object) -> tuple[Shell, UnlockWindow]:
        shell = make_shell(**kwargs)
        shell.start()
        window = shell.unlock_window
        assert window is not None
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.passphrase)
        return shell, window

    return start


@pytest.fixture
def unlocked_by_passphrase(qtbot: QtBot, make_shell: Callable[..., Shell]) -> Callable[..., tuple[Shell, MainWindow]]:
    """Unlocks through the unlock window, as a person does (the passphrase given, its attempt made): a new
    shell started over the locked vault, or the ``shell`` given, at its unlock window again.  The shell and
    its main window, shown and the active window."""

    def unlock(shell: Shell | None = None) -> tuple[Shell, MainWindow]:
        if shell is None:
            shell = make_shell()
            shell.start()
        unlock = shell.unlock_window
        assert unlock is not None
        unlock.passphrase.setText(PASSPHRASE)
        unlock.try_unlock()
        qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)
        window = shell.main_window
        assert window is not None
        window.activateWindow()
        return shell, window

    return unlock


def _session(vault: Vault, *, proven: bool) -> Iterator[VaultSession]:
    s = VaultSession()
    s.open(vault)
    if proven:
        from trustdesk.ui.output.reauth import gate_for

        gate_for(s).proven()  # the passphrase was just given (re-authentication itself: test_reauth)
    yield s
    QThreadPool.globalInstance().waitForDone(5000)  # no worker may outlive the test's vault
    if s.is_unlocked:
        s.lock()
    s.deleteLater()


@pytest.fixture
def session(qapp: QApplication, vault: Vault) -> Iterator[VaultSession]:
    """The UI's session over the test's real vault; no worker outlives it, and it ends locked."""
    yield from _session(vault, proven=False)


@pytest.fixture
def proven_session(qapp: QApplication, vault: Vault) -> Iterator[VaultSession]:
    """``session`` right after the passphrase was given: printing and saving documents ask nothing."""
    yield from _session(vault, proven=True)
