"""The first language switch only installs catalogues loaded beforehand (an outside tester measured the first
switch nl -> fr freezing the window 116–171 ms, later ones 42–50 ms: what only the first did was read and load
the catalogues).  The start-up warm-up reads every catalogue file in a worker and loads each language's
translators once (``kit/language.prepare_languages``, from ``Shell._warmed_up``); a switch loads nothing.

Counted, not timed: the catalogue loads (``QTranslator.load``) a switch makes, and which thread read the files."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit import language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import LANGUAGES
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Vault


def _counting_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    loads: list[str] = []
    original = QTranslator.load

    def load(self: QTranslator, *args: Any) -> bool:
        loads.append(str(args[0]))
        return bool(original(self, *args))

    monkeypatch.setattr(QTranslator, "load", load)
    return loads


def test_a_switch_after_the_warm_up_loads_no_catalogue(qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault,
                                                      translations: Translations,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    read_on: list[str] = []
    original_read = language.read_catalogues

    def reading(files: list[Path]) -> int:
        read_on.append(threading.current_thread().name)
        return original_read(files)

    monkeypatch.setattr(language, "read_catalogues", reading)
    vault.lock()
    translations.install("nl")
    shell = make_shell()
    shell.start()
    qtbot.waitUntil(lambda: all(translations.is_prepared(code) for code in LANGUAGES), timeout=30_000)
    assert read_on and threading.main_thread().name not in read_on, f"catalogues read on the UI thread: {read_on}"
    loads = _counting_loads(monkeypatch)
    for code in ("fr", "nl", "en", "fr"):
        assert shell.translations.install(code) or code == "en"
        assert translations.language == code
    assert loads == [], f"a language switch loaded catalogues on the UI thread: {loads}"


def test_each_language_is_loaded_once_and_switches_still_translate(translations: Translations,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication

    loads = _counting_loads(monkeypatch)
    seen = []
    for code in ("nl", "fr", "nl", "fr", "en"):
        translations.install(code)
        seen.append(QCoreApplication.translate("MainWindow", "Today"))
    ours = [name for name in loads if "trustdesk_" in name]
    assert sorted(ours) == ["trustdesk_fr", "trustdesk_nl"], ours  # once each (en: at the fixture's install)
    assert seen[0] == seen[2] != seen[1] == seen[3] and seen[4] == "Today"
