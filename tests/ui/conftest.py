"""UI fixtures: typed preferences in a temp ini file, translations, a shell over a real temp vault."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from trustdesk.ui.language import Translations, translations_dir
from trustdesk.ui.preferences import Preferences
from trustdesk.ui.session import VaultSession
from trustdesk.ui.shell import Shell
from trustdesk.vault import KdfParams, Keychain, Vault


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts catalogues compiled into a temp dir (independent of `make translations`)."""
    target = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(translations_dir().glob("trustdesk_*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target / ts.with_suffix(".qm").name)],
                       check=True, capture_output=True)
    return target


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    t = Translations(qapp, compiled_translations)
    t.install("en")
    yield t
    t.install("en")
    t.deleteLater()


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
        qapp.removeEventFilter(shell.idle)
        for window in (shell.wizard, shell.unlock_window, shell.main_window):
            if window is not None:
                window.close()
                window.deleteLater()
        shell.deleteLater()


@pytest.fixture
def session(qapp: QApplication, vault: Vault) -> Iterator[VaultSession]:
    """The UI's session over the test's real vault; no worker outlives it, and it ends locked."""
    s = VaultSession()
    s.open(vault)
    yield s
    QThreadPool.globalInstance().waitForDone(5000)  # no worker may outlive the test's vault
    if s.is_unlocked:
        s.lock()
    s.deleteLater()
