"""The coordinator desk is keyboard-first: in every tab (and sub-tab of the pack editor), in every
language, each Alt+letter belongs to one control."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.i18n.test_mnemonics import clashes
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.ui.kit.language import Translations


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_desk_tab_has_unique_mnemonics(qtbot: QtBot, tmp_path: Path, translations: Translations,
                                             language: str) -> None:
    from trustdesk.ui.desk.desk_start import DeskSetupDialog, DeskUnlockDialog
    from trustdesk.ui.desk.desk_window import DeskWindow

    translations.install(language)
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", "the coordinator's own desk")
    window = DeskWindow(desk)
    qtbot.addWidget(window)
    window.show()
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if window.tabs.currentWidget() is window.pack:
            for part in range(window.pack.parts.count()):
                window.pack.parts.setCurrentIndex(part)
                found[f"pack {part}"] = clashes(window)
        else:
            found[window.tabs.currentWidget().objectName()] = clashes(window)
    for dialog in (DeskSetupDialog(tmp_path), DeskUnlockDialog(tmp_path)):
        qtbot.addWidget(dialog)
        dialog.show()
        found[dialog.objectName()] = clashes(dialog)
    assert {where: who for where, who in found.items() if who} == {}
