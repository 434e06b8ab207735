"""i18n fixtures: catalogues compiled into a temp dir, a Translations object, and a main window
over the realistic sample vault (tests/i18n/sample.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.i18n.sample import Sample, populate
from trustdesk.ui.language import Translations, translations_dir
from trustdesk.ui.preferences import Preferences
from trustdesk.vault import Vault


@pytest.fixture(scope="session")
def i18n_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts catalogues compiled into a temp dir (independent of `make translations`)."""
    target = tmp_path_factory.mktemp("i18n-qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(translations_dir().glob("trustdesk_*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target / ts.with_suffix(".qm").name)],
                       check=True, capture_output=True)
    return target


@pytest.fixture
def ui_language(qapp: QApplication, i18n_qm: Path) -> Iterator[Translations]:
    t = Translations(qapp, i18n_qm)
    t.install("en")
    yield t
    t.install("en")
    t.deleteLater()


@pytest.fixture
def i18n_prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sample(vault: Vault) -> Sample:
    return populate(vault)
