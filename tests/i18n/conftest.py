"""i18n fixtures: catalogues compiled into a temp dir, a Translations object, and a main window
over the realistic sample vault (tests/i18n/sample.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample, populate
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


@pytest.fixture
def sample(vault: Vault) -> Sample:
    return populate(vault)


@pytest.fixture
def session(vault: Vault, sample: Sample) -> Iterator[VaultSession]:
    """A session over the sample vault (the sample is written before the session opens)."""
    s = VaultSession()
    s.open(vault)
    yield s
    s.lock()


@pytest.fixture
def window(qtbot: QtBot, session: VaultSession, prefs: Preferences) -> MainWindow:
    """The main window at a 1366×768 laptop's size less the panel."""
    win = MainWindow(session, prefs)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    return win
